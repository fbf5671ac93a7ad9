import { afterEach, describe, expect, it } from "vitest";
import { HrMessageStore } from "../../src/adapters/slack/hr-messages.ts";
import { SharedSeenEvents } from "../../src/adapters/slack/seen-events.ts";
import { ConversationReferenceStore } from "../../src/adapters/teams/conversation-store.ts";
import { silentLogger } from "../../src/log.ts";
import { type AppStore, openPostgresAppStore, openStore } from "../../src/requests/store.ts";
import { manualClock, tempDir } from "../requests/helpers.ts";
import { createTestDatabase } from "../support/postgres.ts";

/**
 * The adapters' state in the store's key-value space (as with PostgreSQL, where instances share
 * it), run on both stores' spaces: Slack event de-duplication, Slack HR messages, Teams references.
 */

const opened: AppStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const SPACES: Record<string, () => Promise<AppStore>> = {
  file: async () => (await openStore({ dataDir: tempDir(), logger: silentLogger })).store,
  postgres: async () => openPostgresAppStore(await createTestDatabase()),
};

const REFERENCE = {
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  conversation: { id: "19:general@thread.tacv2", conversationType: "channel" },
  bot: { id: "28:bot" },
};

describe.each(Object.keys(SPACES))("in the %s store's key-value space", (kind) => {
  async function store(): Promise<AppStore> {
    const s = await (SPACES[kind] as () => Promise<AppStore>)();
    opened.push(s);
    return s;
  }

  it("Slack events: a repeat is dropped while being answered and once answered; a crash's retry is let through", async () => {
    const { kv } = await store();
    const clock = manualClock();
    const seen = new SharedSeenEvents(kv, silentLogger, { leaseMs: 1_000, ttlMs: 10_000, clock: clock.now });
    const other = new SharedSeenEvents(kv, silentLogger, { leaseMs: 1_000, ttlMs: 10_000, clock: clock.now });
    expect(await Promise.all([seen.begin("Ev1"), other.begin("Ev1")])).toEqual(
      expect.arrayContaining([true, false]),
    );
    clock.advance(1_000);
    // The first died mid-answer: its lease is over, the retry is answered.
    expect(await other.begin("Ev1")).toBe(true);
    await other.finish("Ev1");
    clock.advance(9_999);
    expect(await seen.begin("Ev1")).toBe(false);
    clock.advance(1);
    expect(await seen.begin("Ev1")).toBe(true);
  });

  it("Slack HR messages: remembered, replaced, recalled by another store object, forgotten", async () => {
    const s = await store();
    const one = new HrMessageStore(tempDir(), silentLogger, s.kv);
    const two = new HrMessageStore(tempDir(), silentLogger, s.kv);
    await one.remember("FWA-2026-0001", { channel: "C0HR", ts: "1.1", eventId: "FWA-2026-0001#1" });
    await one.remember("FWA-2026-0001", { channel: "C0HR", ts: "2.2" });
    await one.remember("FWA-2026-0002", { channel: "C0HR", ts: "3.3" });
    expect(await two.recall("FWA-2026-0001")).toEqual({ channel: "C0HR", ts: "2.2" });
    await two.forget("FWA-2026-0001");
    expect(await one.recall("FWA-2026-0001")).toBeUndefined();
    expect(await one.recall("FWA-2026-0002")).toEqual({ channel: "C0HR", ts: "3.3" });
    expect(() => one.remember("FWA-2026-0003", { channel: "", ts: "1" })).toThrow();
  });

  it("Teams references: conversations, users, the HR conversation and cards, shared by two store objects", async () => {
    const s = await store();
    const options = { isTrusted: (url?: string) => url?.startsWith("https://smba.") === true, kv: s.kv };
    const one = new ConversationReferenceStore("unused.json", silentLogger, options);
    const two = new ConversationReferenceStore("unused.json", silentLogger, options);
    await one.put(REFERENCE, { userId: "aad-1" });
    expect(await two.get({ userId: "aad-1" })).toEqual(REFERENCE);
    expect(await two.get({ conversationId: REFERENCE.conversation.id })).toEqual(REFERENCE);
    expect((await two.hrConversation("19:hr@thread.tacv2"))?.conversation.id).toBe("19:hr@thread.tacv2");
    await two.registerHrConversation(REFERENCE);
    expect((await one.hrConversation("19:other"))?.conversation.id).toBe(REFERENCE.conversation.id);
    await one.putCard("FWA-2026-0001", { reference: REFERENCE, activityId: "act-1" });
    expect(await two.card("FWA-2026-0001")).toEqual({ reference: REFERENCE, activityId: "act-1" });
    await expect(one.put({ ...REFERENCE, serviceUrl: "https://evil.example/" })).rejects.toThrow();
  });
});
