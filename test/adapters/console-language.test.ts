import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/adapters/console/console.ts";
import type { Bot } from "../../src/bot/bot.ts";
import { openWorld } from "../support/requests.ts";

/**
 * A language chosen in the console is remembered for the user in the store (the file store in a
 * temporary DATA_DIR): a bare command after it is answered in that language, also after a restart,
 * while a question written in another language is answered in that one.
 */

interface Line {
  input: string;
  intent: string;
  lang: string;
  text: string;
  outcome: string;
}

/** The real console over piped lines (--json), one parsed object per line typed. */
async function chat(bot: Bot, lines: readonly string[]): Promise<Line[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (chunk: Buffer) => {
    written += chunk.toString("utf8");
  });
  input.end(`${lines.join("\n")}\n`);
  await runConsole({ bot, input, output, user: { id: "bob" }, json: true, interactive: false });
  return written
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Line);
}

// Each test opens a store and trains an assistant (twice for a restart): slow on a busy machine.
describe("choosing a language in the console", { timeout: 90_000 }, () => {
  it("answers a bare command in the chosen language, and still does after a restart", async () => {
    const world = await openWorld();
    const [chosen, bare, status, english] = await chat(world.assistant.bot, [
      "réponds en français",
      "FWA-2026-0001?",
      "status FWA-2026-0001",
      "What is the mobility target?",
    ]);
    expect(chosen).toMatchObject({ intent: "set_language", outcome: "done", lang: "fr" });
    expect(chosen?.text).toContain("désormais en français");
    expect(bare).toMatchObject({ intent: "request_status", lang: "fr" });
    expect(bare?.text).toContain("Je ne trouve pas cette demande");
    expect(status?.text).toContain("Je ne trouve pas cette demande");
    // Written in English: answered in English, the choice notwithstanding.
    expect(english).toMatchObject({ intent: "indicator", lang: "en" });
    expect(english?.text).toContain("Target for the end of 2025");

    await world.close();
    const again = await world.reopen();
    const [afterRestart, shown] = await chat(again.assistant.bot, ["FWA-2026-0001?", "/hr language"]);
    expect(afterRestart?.text).toContain("Je ne trouve pas cette demande");
    expect(shown).toMatchObject({ intent: "set_language", lang: "fr" });
    expect(shown?.text).toContain("Je vous réponds en français");
    // The four options, each named in its own language, are offered as choices.
    for (const name of ["English", "中文", "Français", "Español"]) expect(shown?.text).toContain(name);
  });

  it("takes the slash command and the words of every language, and keeps each user's own", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    const ana = world.person("ana");
    expect((await bob.say("/hr language es")).text).toContain("a partir de ahora le responderé en español");
    expect((await ana.say("用中文回答")).reply.lang).toBe("zh");
    expect((await bob.say("ok")).reply.lang).toBe("es");
    expect((await ana.say("ok")).reply.lang).toBe("zh");
    expect((await bob.say("háblame en francés")).reply.lang).toBe("fr");
    expect((await bob.say("contesta en inglés")).text).toContain("From now on I will answer you in English");
    expect((await bob.say("/hr language de")).text).toContain(
      "I can answer in English, Chinese, French or Spanish",
    );
  });

  it("does not take a question about languages for a choice", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    for (const text of [
      "is the strategy available in French?",
      "combien de langues",
      "¿en qué idiomas está la estrategia?",
      "战略有中文版吗",
    ]) {
      expect((await bob.say(text)).reply.intent, text).not.toBe("set_language");
    }
    expect((await bob.say("FWA-2026-0001?")).reply.lang).toBe("en");
  });
});
