import { afterEach, describe, expect, it } from "vitest";
import { HrMessageStore } from "../../src/adapters/slack/hr-messages.ts";
import { ConversationReferenceStore } from "../../src/adapters/teams/conversation-store.ts";
import { silentLogger } from "../../src/log.ts";
import { createDialogStore } from "../../src/requests/dialog-store.ts";
import { type AppStore, fileStoreOf, openPostgresAppStore } from "../../src/requests/store.ts";
import { createWorkflow } from "../../src/requests/workflow.ts";
import { importFileStore } from "../../src/server/store-cli.ts";
import { HR, HR_USERS, manualClock, openLog, submission, tempDir } from "../requests/helpers.ts";
import { createTestDatabase } from "../support/postgres.ts";
import { startTs } from "../support/processes.ts";

/** `npm run store -- import`: a file store's content copied into PostgreSQL, whole and once. */

const stores: AppStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

const REFERENCE = {
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  conversation: { id: "19:hr@thread.tacv2", conversationType: "channel" },
  bot: { id: "28:bot" },
};

/** A data directory with two requests (one decided), an outbox partly delivered, an open form and the adapters' files. */
async function fileStoreWithContent() {
  const dataDir = tempDir();
  const log = await openLog(dataDir);
  const clock = manualClock("2026-03-02T09:00:00.000Z");
  const store = fileStoreOf(log);
  const workflow = createWorkflow({ store, hrUsers: HR_USERS, logger: silentLogger, clock: clock.now });
  const first = await workflow.submit(submission());
  const second = await workflow.submit(submission());
  if (!first.ok || !second.ok) throw new Error("refused");
  await workflow.decide(first.request.id, HR, "approve");
  // The first event delivered, the others still to go.
  const claimed = await store.outbox.claim({
    hrPlatforms: ["console"],
    requesterPlatforms: [],
    now: clock.now(),
    leaseMs: 1000,
    token: "t",
    limit: 1,
  });
  await store.outbox.settle(
    claimed.map((c) => ({ eventId: c.id, platform: "console" })),
    {
      hrPlatforms: ["console"],
      requesterPlatforms: [],
      now: clock.now(),
      token: "t",
      backoffMs: () => 0,
      keepDeliveredMs: 1e12,
    },
  );
  await createDialogStore(store).set("console:bob:console:bob", { type: "learning", step: 1 });
  await new HrMessageStore(dataDir, silentLogger).remember(first.request.id, { channel: "C0HR", ts: "1.2" });
  await new ConversationReferenceStore(`${dataDir}/teams-conversations.json`, silentLogger, {
    isTrusted: () => true,
  }).registerHrConversation(REFERENCE);
  return { dataDir, first: first.request, second: second.request, outbox: await store.outbox.entries() };
}

describe("importing a file store into PostgreSQL", () => {
  it("copies requests with their history, the outbox with its deliveries, open forms and references", async () => {
    const { dataDir, first, second, outbox } = await fileStoreWithContent();
    const url = await createTestDatabase();
    const pgStore = await openPostgresAppStore(url);
    stores.push(pgStore);
    const counts = await importFileStore(dataDir, pgStore, silentLogger);
    expect(counts).toMatchObject({
      requests: 2,
      history: 3,
      events: 4,
      dialogs: 1,
      slackMessages: 1,
      teamsReferences: 1,
    });

    expect((await pgStore.requests.list()).map((r) => r.record)).toEqual([
      { ...first, status: "approved", history: expect.any(Array), updatedAt: expect.any(String) },
      second,
    ]);
    expect(await pgStore.outbox.entries()).toEqual(outbox);
    // What was delivered is not delivered again; the rest is.
    const due = await pgStore.outbox.claim({
      hrPlatforms: ["console"],
      requesterPlatforms: ["console"],
      now: new Date("2026-03-02T10:00:00.000Z"),
      leaseMs: 1000,
      token: "pg",
    });
    expect(due.map((c) => c.id)).toEqual(outbox.slice(1).map((e) => e.event.id));
    expect(await createDialogStore(pgStore).get("console:bob:console:bob")).toEqual({
      type: "learning",
      step: 1,
    });
    expect(await new HrMessageStore(tempDir(), silentLogger, pgStore.kv).recall(first.id)).toMatchObject({
      channel: "C0HR",
      ts: "1.2",
    });
    const teams = new ConversationReferenceStore("unused.json", silentLogger, {
      isTrusted: () => true,
      kv: pgStore.kv,
    });
    expect((await teams.hrConversation())?.conversation.id).toBe(REFERENCE.conversation.id);
    // Ids continue where the file left off.
    const workflow = createWorkflow({ store: pgStore, hrUsers: HR_USERS, logger: silentLogger });
    const third = await workflow.submit(submission());
    expect(third.ok && third.request.id).toBe("FWA-2026-0003");

    await expect(importFileStore(dataDir, pgStore, silentLogger)).rejects.toThrow(/already holds 3 requests/);
  });

  it("runs as npm run store -- import, and reports what it copied", async () => {
    const { dataDir } = await fileStoreWithContent();
    const url = await createTestDatabase();
    const child = startTs("src/server/store-cli.ts", [
      "import",
      "--data-dir",
      dataDir,
      "--database-url",
      url,
    ]);
    const { code } = await child.exited;
    expect(code).toBe(0);
    const report = JSON.parse(child.stdout.map((l) => l.text).join("")) as Record<string, number>;
    expect(report.requests).toBe(2);
    const bad = startTs("src/server/store-cli.ts", ["import", "--data-dir", dataDir], { DATABASE_URL: "" });
    expect((await bad.exited).code).toBe(1);
    expect(bad.stderr.map((l) => l.text).join("")).toMatch(/DATABASE_URL/);
  });
});
