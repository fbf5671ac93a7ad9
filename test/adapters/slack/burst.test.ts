import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALICE,
  counts,
  eventually,
  openSlackRequests,
  type SlackRequests,
  seedRequests,
} from "../../support/slack-requests.ts";

/**
 * A burst of modal submissions on a log that already holds thousands of requests: each is
 * acknowledged as Slack expects (its time is measured by `npm run bench`), each recorded once,
 * and each confirmed once through the outbox.
 */

const SEEDED = 3000;
const BURST = 400;
let world: SlackRequests;

beforeAll(async () => {
  world = await openSlackRequests();
  await seedRequests(world.requests, SEEDED);
});
afterAll(async () => {
  await world.close();
});

describe("Slack: a burst of request modals", () => {
  it("acknowledges all 400, records 400 requests and confirms each once", async () => {
    const dispatcher = world.dispatcher({ pollMs: 50 });
    dispatcher.start();
    const acks = await Promise.all(Array.from({ length: BURST }, (_, i) => world.submit(`V0BURST${i}`)));
    expect(acks.filter((a) => a.status === 200 && a.body === "")).toHaveLength(BURST);

    const fresh = async () => (await world.all()).filter((r) => r.id.startsWith("FWA-2026-"));
    // Reading a log this size takes a while: look now and then, not in a tight loop.
    await eventually(async () => (await fresh()).length === BURST, "the requests", 90_000, 500);
    const recorded = await fresh();
    expect(new Set(recorded.map((r) => r.id)).size).toBe(BURST);
    expect(new Set(recorded.map((r) => r.idempotencyKey)).size).toBe(BURST);

    await eventually(
      () => world.postsTo(ALICE, "Submitted:").length >= BURST,
      "the confirmations",
      90_000,
      200,
    );
    const confirmed = world
      .postsTo(ALICE, "Submitted:")
      .map((c) => /FWA-2026-\d{4}/.exec(String(c.body.text))?.[0] ?? "");
    expect(counts(confirmed)).toEqual(new Map(recorded.map((r) => [r.id, 1])));
    // Nothing was answered as failed.
    expect(world.postsTo(ALICE, "could not be saved")).toEqual([]);
  }, 180_000);
});
