import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProactiveMessenger } from "../../../src/adapters/teams/cloud.ts";
import {
  ConversationReferenceStore,
  type StoredReference,
} from "../../../src/adapters/teams/conversation-store.ts";
import { createTeamsNotifier, NoTeamsConversationError } from "../../../src/adapters/teams/notifier.ts";
import { serviceUrlPolicy, UntrustedServiceUrlError } from "../../../src/adapters/teams/service-url.ts";
import { parseConfig } from "../../../src/config.ts";
import { silentLogger } from "../../../src/log.ts";
import { openRequestServices } from "../../../src/requests/services.ts";
import { BOT, PERSONAL_CONVERSATION, TENANT_ID, USER } from "../../support/teams.ts";
import { type Recorder, startRecorder } from "../../support/teams-server.ts";

describe("trusted service URLs", () => {
  const trusted = serviceUrlPolicy(["http://localhost:56150"]);

  it("are the Bot Framework's hosts over https, and the configured origins exactly", () => {
    for (const url of [
      "https://smba.trafficmanager.net/emea/",
      "https://smba.trafficmanager.net/amer/",
      "https://smba.infra.gcc.teams.microsoft.com/teams",
      "https://smba.infra.gov.teams.microsoft.us/",
      "https://europe.webchat.botframework.com/",
      "https://directline.botframework.com",
      "http://localhost:56150",
      "http://localhost:56150/v3/conversations",
    ]) {
      expect(trusted(url), url).toBe(true);
    }
  });

  it("are not lookalikes, other ports, plain http, credentials or anything unparsable", () => {
    for (const url of [
      undefined,
      "",
      "not a url",
      "http://smba.trafficmanager.net/emea/",
      "https://smba.trafficmanager.net:8443/emea/",
      "https://smba.trafficmanager.net.evil.example/",
      "https://evilbotframework.com/",
      "https://botframework.com.evil.example/",
      "https://user:pass@smba.trafficmanager.net/",
      "http://localhost:56151",
      "https://localhost:56150",
      "http://127.0.0.1:56150",
      "file:///etc/passwd",
    ]) {
      expect(trusted(url), String(url)).toBe(false);
    }
  });
});

describe("where an untrusted service URL gets no further", () => {
  let dir: string;
  let attacker: Recorder;
  const config = () => parseConfig({ NODE_ENV: "test", DATA_DIR: dir, TEAMS_LOCAL_UNAUTHENTICATED: "true" });
  const reference = (serviceUrl: string): StoredReference => ({
    channelId: "msteams",
    serviceUrl,
    conversation: { id: PERSONAL_CONVERSATION, conversationType: "personal", tenantId: TENANT_ID },
    bot: BOT,
    user: { id: USER.id, aadObjectId: USER.aadObjectId },
  });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "teams-trust-"));
    attacker = await startRecorder();
  });
  afterAll(async () => {
    await attacker?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("the conversation store refuses to keep it, and ignores one already in its file", async () => {
    const file = path.join(dir, "teams-conversations.json");
    const store = new ConversationReferenceStore(file);
    await expect(store.put(reference(attacker.url), { userId: USER.aadObjectId })).rejects.toBeInstanceOf(
      UntrustedServiceUrlError,
    );
    await expect(store.registerHrConversation(reference(attacker.url))).rejects.toBeInstanceOf(
      UntrustedServiceUrlError,
    );
    await expect(
      store.putCard("FWA-2026-0001", { reference: reference(attacker.url), activityId: "1" }),
    ).rejects.toBeInstanceOf(UntrustedServiceUrlError);
    expect(await readFile(file, "utf8").catch(() => "")).not.toContain(attacker.url);

    // A file written before the check: the bot treats its untrusted references as unknown.
    const planted = reference(attacker.url);
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        users: { [USER.aadObjectId]: planted },
        conversations: { [PERSONAL_CONVERSATION]: planted, "19:hr@thread.tacv2": planted },
        hrConversationId: "19:hr@thread.tacv2",
        cards: { "FWA-2026-0001": { reference: planted, activityId: "1" } },
      }),
    );
    expect(await store.get({ userId: USER.aadObjectId })).toBeUndefined();
    expect(await store.hrConversation("19:configured@thread.tacv2")).toBeUndefined();
    expect(await store.card("FWA-2026-0001")).toBeUndefined();
  });

  it("the notifier finds no conversation there, so it calls nothing", async () => {
    const requests = await openRequestServices({ dataDir: dir, hrUsers: [], logger: silentLogger });
    try {
      const notifier = createTeamsNotifier({ config: config(), logger: silentLogger, requests });
      await expect(
        notifier.deliver({
          id: "FWA-2026-0001#2",
          kind: "request-decided",
          requestId: "FWA-2026-0001",
          audience: { requester: { platform: "teams", userId: USER.aadObjectId } },
          createdAt: "2026-11-23T09:00:00.000Z",
        }),
      ).rejects.toBeInstanceOf(NoTeamsConversationError);
    } finally {
      await requests.log.close();
    }
    expect(attacker.calls).toHaveLength(0);
  });

  it("the proactive messenger refuses to post to it or update a card there", async () => {
    const messenger = new ProactiveMessenger(config());
    await expect(messenger.send(reference(attacker.url), { text: "hello" })).rejects.toBeInstanceOf(
      UntrustedServiceUrlError,
    );
    await expect(
      messenger.update({ reference: reference(attacker.url), activityId: "1" }, { text: "decided" }),
    ).rejects.toBeInstanceOf(UntrustedServiceUrlError);
    expect(attacker.calls).toHaveLength(0);
  });
});
