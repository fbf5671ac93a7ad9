import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HrMessageStore } from "../../../src/adapters/slack/hr-messages.ts";
import { silentLogger } from "../../../src/log.ts";
import { blockActions, eventCallback, imMessage, type RecordedCall } from "../../support/slack.ts";
import {
  ALICE,
  counts,
  eventually,
  HR,
  HR_CHANNEL,
  openSlackRequests,
  type SlackRequests,
  sleep,
} from "../../support/slack-requests.ts";

/**
 * Every message about a request goes through the outbox and is delivered once in effect: with
 * Slack down, after a decision made anywhere, and after a dispatcher died between posting and
 * recording it.
 */

type Block = { type: string; block_id?: string };

let world: SlackRequests;
beforeEach(async () => {
  world = await openSlackRequests();
});
afterEach(async () => {
  await world.close();
});

const idsIn = (calls: RecordedCall[]) =>
  calls.map((c) => /[A-Z]{3}-\d{4}-\d{4}/.exec(String(c.body.text))?.[0] ?? "");
const blocksOf = (call: RecordedCall | undefined) => (call?.body.blocks as Block[] | undefined) ?? [];
const hrMessage = (id: string) => new HrMessageStore(world.dir, silentLogger).recall(id);

async function statusOf(id: string): Promise<string | undefined> {
  return (await world.all()).find((r) => r.id === id)?.status;
}

describe("Slack delivery through the outbox", () => {
  it("delivers every confirmation once after Slack was down, and updates an approved request's HR message once", async () => {
    const dispatcher = world.dispatcher();
    dispatcher.start();
    // Authorization (auth.test) is looked up once, while Slack is up.
    expect((await world.submit("V0WARM")).status).toBe(200);
    await eventually(() => world.postsTo(ALICE, "Submitted:").length === 1, "the first confirmation");

    world.fake.down();
    const acks = await Promise.all(Array.from({ length: 20 }, (_, i) => world.submit(`V0DOWN${i}`)));
    expect(acks.every((a) => a.status === 200 && a.body === "")).toBe(true);
    await eventually(async () => (await world.all()).length === 21, "the 20 requests");
    // Several rounds of attempts fail while Slack is unreachable.
    await eventually(() => world.fake.callsTo("refused").length >= 40, "failed attempts");
    await sleep(300);
    world.fake.up();

    const ids = (await world.all()).map((r) => r.id);
    await eventually(() => world.postsTo(ALICE, "Submitted:").length >= 21, "the confirmations", 20_000);
    await eventually(() => world.postsTo(HR_CHANNEL).length >= 21, "the HR posts", 20_000);
    await sleep(300);
    expect(counts(idsIn(world.postsTo(ALICE, "Submitted:")))).toEqual(new Map(ids.map((id) => [id, 1])));
    expect(counts(idsIn(world.postsTo(HR_CHANNEL)))).toEqual(new Map(ids.map((id) => [id, 1])));

    // HR approves one with its button while Slack is down again: the update waits, then comes once.
    const id = ids[5] ?? "";
    const stored = await hrMessage(id);
    if (!stored) throw new Error(`no HR message for ${id}`);
    world.fake.down();
    const press = blockActions({
      actionId: "review:approve",
      value: id,
      user: HR,
      responseUrl: world.fake.responseUrl("actions/approve"),
      container: { type: "message", channel: HR_CHANNEL, messageTs: stored.ts },
    });
    expect((await world.post(press)).status).toBe(200);
    await eventually(async () => (await statusOf(id)) === "approved", "the approval");
    await sleep(500);
    world.fake.up();
    await eventually(() => world.fake.callsTo("chat.update").length >= 1, "the HR message update", 20_000);
    await eventually(() => world.postsTo(ALICE, "was approved").length >= 1, "the requester's news");
    await sleep(300);
    const updates = world.fake.callsTo("chat.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]?.body).toMatchObject({ channel: HR_CHANNEL, ts: stored.ts });
    expect(blocksOf(updates[0]).some((b) => b.block_id === "review" || b.type === "actions")).toBe(false);
    expect(JSON.stringify(blocksOf(updates[0]))).toContain(`Approved by <@${HR}>`);
    expect(world.postsTo(ALICE, "was approved")).toHaveLength(1);
    expect(world.fake.callsTo("chat.postEphemeral")).toEqual([]);
  }, 60_000);

  it("updates the HR message after a decision typed in chat, and after one made on another platform", async () => {
    const dispatcher = world.dispatcher();
    dispatcher.start();
    await world.submit("V0TYPED1");
    await world.submit("V0TYPED2");
    await eventually(() => world.postsTo(HR_CHANNEL).length === 2, "the HR posts");
    const [typed = "", elsewhere = ""] = (await world.all()).map((r) => r.id);

    // A typed decision is proposed, and made on "confirm".
    await world.post(eventCallback(imMessage({ user: HR, channel: "D0HR", text: `approve ${typed}` })));
    await eventually(() => world.postsTo("D0HR", "Nothing has changed yet").length === 1, "the proposal");
    expect(await statusOf(typed)).toBe("submitted");
    await world.post(eventCallback(imMessage({ user: HR, channel: "D0HR", text: "confirm" })));
    await eventually(async () => (await statusOf(typed)) === "approved", "the typed approval");
    const result = await world.requests.workflow.decide(
      elsewhere,
      { platform: "teams", userId: "HR-TEAMS", name: "Hana" },
      "reject",
      "No budget this year",
    );
    expect(result.ok).toBe(true);

    await eventually(() => world.fake.callsTo("chat.update").length === 2, "both HR message updates");
    const byTs = new Map(world.fake.callsTo("chat.update").map((c) => [c.body.ts, c]));
    const typedUpdate = byTs.get((await hrMessage(typed))?.ts);
    const elsewhereUpdate = byTs.get((await hrMessage(elsewhere))?.ts);
    expect(JSON.stringify(blocksOf(typedUpdate))).toContain(`Approved by <@${HR}>`);
    expect(JSON.stringify(blocksOf(elsewhereUpdate))).toContain("Rejected by Hana");
    expect(JSON.stringify(blocksOf(elsewhereUpdate))).toContain("Comment: “No budget this year”");
    for (const update of [typedUpdate, elsewhereUpdate]) {
      expect(blocksOf(update).some((b) => b.type === "actions")).toBe(false);
    }
  });

  it("does not post twice when a dispatcher died after Slack took the post but before it was recorded", async () => {
    expect((await world.submit("V0CRASH")).status).toBe(200);
    await eventually(async () => (await world.all()).length === 1, "the request");
    const [id = ""] = (await world.all()).map((r) => r.id);
    const start = Date.now();
    const lease = 60_000;

    // HR's post, then the requester's confirmation: each succeeds at Slack, and its dispatcher
    // never hears back (it died); a dispatcher started after the lease delivers what is left.
    for (const [audience, channel] of [
      ["hr", HR_CHANNEL],
      ["requester", ALICE],
    ] as const) {
      const only = audience === "hr" ? { hr: true } : { hr: false, requesterKey: `slack:${ALICE}` };
      const dying = world.dispatcher({ clock: () => new Date(start), leaseMs: lease, audience: only });
      world.fake.hang("chat.postMessage");
      const cutOff = dying.runOnce();
      await eventually(() => world.postsTo(channel).length === 1, `the ${audience} post`);

      const next = world.dispatcher({
        clock: () => new Date(start + lease + 1),
        leaseMs: lease,
        audience: only,
      });
      await next.runOnce();
      expect(world.postsTo(channel)).toHaveLength(1);
      world.fake.release();
      await cutOff;
    }
    expect(world.fake.callsTo("conversations.history").length).toBeGreaterThanOrEqual(2);
    expect(world.postsTo(HR_CHANNEL, id)).toHaveLength(1);
    expect(world.postsTo(ALICE, `Submitted: ${id}`)).toHaveLength(1);
    // The post found is the one remembered, so the decision updates it.
    const posted = world.fake.history(HR_CHANNEL)[0];
    expect((await hrMessage(id))?.ts).toBe(posted?.ts);
    const outbox = (await world.requests.log.snapshot()).outbox;
    expect(outbox.every((e) => e.deliveries.slack?.deliveredAt !== undefined)).toBe(true);
    const late = world.dispatcher({ clock: () => new Date(start + 10 * lease) });
    expect(await late.runOnce()).toMatchObject({ delivered: 0 });
  });

  it("tells the user by direct message when a form acknowledged cannot be recorded", async () => {
    expect((await world.submit("V0FIRST")).status).toBe(200);
    await eventually(async () => (await world.all()).length === 1, "the first request");
    const file = world.requests.log.file;
    // Its write has reached the disk (writes are batched), so breaking the file now is not undone by it.
    await eventually(() => readFileSync(file, "utf8").includes("V0FIRST"), "the first request on disk");
    await world.requests.log.change(() => ({ result: undefined, write: false }));
    // The log becomes unreadable after the ack: nothing can be recorded, and the user must hear so.
    const good = readFileSync(file, "utf8");
    writeFileSync(`${file}.broken`, "{ not json");
    renameSync(`${file}.broken`, file);
    const ack = await world.submit("V0LOST");
    expect(ack).toEqual({ status: 200, body: "" });
    await eventually(() => world.postsTo(ALICE, "Sorry").length === 1, "the apology");
    writeFileSync(`${file}.good`, good);
    renameSync(`${file}.good`, file);
    expect((await world.all()).map((r) => r.idempotencyKey)).toEqual(["V0FIRST"]);
  });
});
