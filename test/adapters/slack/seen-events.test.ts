import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEEN_EVENTS_FILE, SeenEvents } from "../../../src/adapters/slack/seen-events.ts";
import { silentLogger } from "../../../src/log.ts";

let dir: string;
let now = 0;
const ledger = (options: { ttlMs?: number; leaseMs?: number; max?: number } = {}) =>
  new SeenEvents({ dataDir: dir, logger: silentLogger, now: () => now, ...options });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "seen-events-"));
  now = 1_000_000;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("SeenEvents (DATA_DIR/slack-events.json)", () => {
  it("lets an event through once: a repeat while processing or after done is dropped, until the TTL", async () => {
    const seen = ledger({ ttlMs: 60 * 60 * 1000, leaseMs: 1000 });
    expect(await seen.begin("Ev1")).toBe(true);
    expect(await seen.begin("Ev1")).toBe(false);
    await seen.finish("Ev1");
    now += 59 * 60 * 1000;
    expect(await seen.begin("Ev1")).toBe(false);
    now += 60 * 1000;
    expect(await seen.begin("Ev1")).toBe(true);
  });

  it("survives a restart: another instance on the same directory drops what was done", async () => {
    const first = ledger();
    expect(await first.begin("Ev2")).toBe(true);
    await first.finish("Ev2");
    expect(await ledger().begin("Ev2")).toBe(false);
    const file = JSON.parse(readFileSync(path.join(dir, SEEN_EVENTS_FILE), "utf8"));
    expect(file.events.Ev2).toMatchObject({ state: "done" });
  });

  it("lets a retry through once the processing lease of a crashed instance is over, and only one", async () => {
    expect(await ledger({ leaseMs: 1000 }).begin("Ev3")).toBe(true);
    // That instance crashed before answering: nothing marks it done.
    const restarted = ledger({ leaseMs: 1000 });
    now += 999;
    expect(await restarted.begin("Ev3")).toBe(false);
    now += 1;
    const [a, b] = await Promise.all([restarted.begin("Ev3"), restarted.begin("Ev3")]);
    expect([a, b].sort()).toEqual([false, true]);
  });

  it("decides a burst in few writes, and keeps at most `max` ids", async () => {
    const seen = ledger({ max: 50 });
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => seen.begin(`Ev${i % 100}`)));
    expect(results.filter(Boolean)).toHaveLength(100);
    const file = JSON.parse(readFileSync(path.join(dir, SEEN_EVENTS_FILE), "utf8"));
    expect(Object.keys(file.events)).toHaveLength(50);
  });
});
