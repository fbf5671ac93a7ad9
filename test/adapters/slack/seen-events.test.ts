import { describe, expect, it } from "vitest";
import { SeenEvents } from "../../../src/adapters/slack/seen-events.ts";

describe("SeenEvents", () => {
  it("sees an id once, and again only after its time is up", () => {
    let now = 0;
    const seen = new SeenEvents({ ttlMs: 1000, now: () => now });
    expect(seen.firstSighting("Ev1")).toBe(true);
    expect(seen.firstSighting("Ev1")).toBe(false);
    now = 999;
    expect(seen.firstSighting("Ev1")).toBe(false);
    now = 1000;
    expect(seen.firstSighting("Ev1")).toBe(true);
  });

  it("keeps at most `max` ids, forgetting the oldest", () => {
    const seen = new SeenEvents({ max: 3, now: () => 0 });
    for (const id of ["a", "b", "c", "d"]) seen.firstSighting(id);
    expect(seen.size).toBe(3);
    expect(seen.firstSighting("a")).toBe(true);
    expect(seen.firstSighting("d")).toBe(false);
  });

  it("drops expired ids as time passes, so memory stays bounded by traffic in the TTL", () => {
    let now = 0;
    const seen = new SeenEvents({ ttlMs: 10, now: () => now });
    for (let i = 0; i < 100; i += 1) seen.firstSighting(`Ev${i}`);
    now = 50;
    seen.firstSighting("late");
    expect(seen.size).toBe(1);
  });
});
