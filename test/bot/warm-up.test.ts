import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openWorld } from "../support/requests.ts";

/** Every file under a directory with its contents, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = fs.readFileSync(file, "utf8");
  }
  return out;
}

describe("the start-up warm-up", () => {
  it("stores nothing and changes no answer, with the request log open", async () => {
    const world = await openWorld();
    const alice = world.person("alice");
    const first = await alice.say("what is the mobility target?");
    const before = snapshot(world.dataDir);
    expect(await world.assistant.bot.warmUp(80)).toBeGreaterThan(0);
    // and its background part, between messages, neither
    expect(await world.assistant.bot.warmedUp).toBeGreaterThan(0);
    expect(snapshot(world.dataDir)).toEqual(before);
    expect(await world.all()).toEqual([]);
    // the same question, asked again, gets the same answer
    expect((await alice.say("what is the mobility target?")).text).toBe(first.text);
  });
});
