import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ConversationReferenceStore,
  type StoredReference,
} from "../../../src/adapters/teams/conversation-store.ts";
import { BOT, CHANNEL, PERSONAL_CONVERSATION, TENANT_ID, USER } from "../../support/teams.ts";

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "teams-refs-"));
  file = path.join(dir, "nested", "teams-conversations.json");
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function reference(conversationId: string, conversationType = "personal"): StoredReference {
  return {
    channelId: "msteams",
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    conversation: { id: conversationId, conversationType, tenantId: TENANT_ID },
    bot: BOT,
    user: { id: USER.id, aadObjectId: USER.aadObjectId, name: USER.name },
    locale: "en-US",
  };
}

describe("ConversationReferenceStore", () => {
  it("keeps references by user and by conversation across instances", async () => {
    const store = new ConversationReferenceStore(file);
    await store.put(reference(PERSONAL_CONVERSATION), { userId: USER.aadObjectId });
    await store.put(reference(CHANNEL, "channel"));

    const reopened = new ConversationReferenceStore(file);
    expect(await reopened.get({ userId: USER.aadObjectId })).toEqual(reference(PERSONAL_CONVERSATION));
    expect(await reopened.get({ conversationId: CHANNEL })).toEqual(reference(CHANNEL, "channel"));
    expect(await reopened.get({ conversationId: PERSONAL_CONVERSATION })).toEqual(
      reference(PERSONAL_CONVERSATION),
    );
    expect(await reopened.get({ userId: "someone-else" })).toBeUndefined();
  });

  it("loses nothing when many references are stored at once, and leaves no temporary files", async () => {
    const store = new ConversationReferenceStore(file);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.put(reference(`a:chat-${i}`), { userId: `user-${i}` })),
    );
    const onDisk = JSON.parse(await readFile(file, "utf8")) as { users: object; conversations: object };
    expect(Object.keys(onDisk.users)).toHaveLength(40);
    expect(Object.keys(onDisk.conversations)).toHaveLength(40);
    expect(await readdir(path.dirname(file))).toEqual(["teams-conversations.json"]);
  });

  it("refuses a reference that cannot be used to reach anyone", async () => {
    const store = new ConversationReferenceStore(file);
    await expect(store.put({ ...reference("a:chat"), serviceUrl: "not a url" })).rejects.toThrow();
    expect(await store.get({ conversationId: "a:chat" })).toBeUndefined();
  });

  it("sets an unreadable file aside and starts empty", async () => {
    const store = new ConversationReferenceStore(file);
    await store.put(reference("a:chat"));
    await writeFile(file, JSON.stringify({ version: 1, users: { x: { channelId: "" } }, conversations: {} }));

    const reopened = new ConversationReferenceStore(file);
    expect(await reopened.get({ userId: "x" })).toBeUndefined();
    const names = await readdir(path.dirname(file));
    expect(names.some((name) => name.startsWith("teams-conversations.json.invalid-"))).toBe(true);

    await reopened.put(reference("a:chat"));
    expect(await new ConversationReferenceStore(file).get({ conversationId: "a:chat" })).toEqual(
      reference("a:chat"),
    );
  });
});

describe("ConversationReferenceStore: HR", () => {
  it("keeps the registered HR conversation and the HR cards across instances", async () => {
    const store = new ConversationReferenceStore(file);
    expect(await store.hrConversation()).toBeUndefined();
    await store.registerHrConversation(reference(CHANNEL, "channel"));
    await store.putCard("FWA-2026-0001", {
      reference: reference(CHANNEL, "channel"),
      activityId: "1700000000001",
    });

    const reopened = new ConversationReferenceStore(file);
    expect(await reopened.hrConversation("19:configured@thread.tacv2")).toEqual(
      reference(CHANNEL, "channel"),
    );
    expect(await reopened.card("FWA-2026-0001")).toEqual({
      reference: reference(CHANNEL, "channel"),
      activityId: "1700000000001",
    });
    expect(await reopened.card("FWA-2026-0002")).toBeUndefined();
  });

  it("reaches a configured HR conversation it has not seen through a known service", async () => {
    const store = new ConversationReferenceStore(file);
    expect(await store.hrConversation("19:configured@thread.tacv2")).toBeUndefined();
    await store.put(reference(PERSONAL_CONVERSATION), { userId: USER.aadObjectId });
    expect(await store.hrConversation("19:configured@thread.tacv2")).toEqual({
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      conversation: {
        id: "19:configured@thread.tacv2",
        conversationType: "channel",
        isGroup: true,
        tenantId: TENANT_ID,
      },
      bot: BOT,
    });
  });

  it("sees another instance's writes at once (the endpoint and the notifier share the file)", async () => {
    const endpoint = new ConversationReferenceStore(file);
    const notifier = new ConversationReferenceStore(file);
    expect(await notifier.get({ userId: USER.aadObjectId })).toBeUndefined();
    await endpoint.put(reference(PERSONAL_CONVERSATION), { userId: USER.aadObjectId });
    await notifier.putCard("FWA-2026-0001", { reference: reference(CHANNEL, "channel"), activityId: "42" });
    expect(await notifier.get({ userId: USER.aadObjectId })).toEqual(reference(PERSONAL_CONVERSATION));
    expect(await endpoint.card("FWA-2026-0001")).toMatchObject({ activityId: "42" });
  });
});
