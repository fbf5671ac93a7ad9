import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { ConsolePrinter, runConsole } from "../../src/adapters/console/console.ts";
import { createLogger, effectiveLogLevel } from "../../src/log.ts";
import { openWorld } from "../support/requests.ts";

/** The console at a terminal: quiet logs, notifications above the prompt, an open form recalled. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function capture() {
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  return { output, text: () => text };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Waits until the console has drawn its prompt `count` times. */
async function prompted(text: () => string, count = 1): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (text().split("you> ").length - 1 < count) {
    if (Date.now() > deadline) throw new Error(`no prompt in: ${text()}`);
    await tick();
  }
}

describe("the console at a terminal", () => {
  it("recalls a form left open before a restart, and how to drop it", async () => {
    const world = await openWorld();
    await world.person("bob").say("I want to request telework on Mondays");
    const again = await world.reopen();
    const input = new PassThrough();
    const { output, text } = capture();
    const done = runConsole({
      bot: again.assistant.bot,
      input,
      output,
      user: { id: "bob" },
      json: false,
      interactive: true,
    });
    await prompted(text);
    input.end("exit\n");
    await done;
    expect(text()).toContain(
      "You have an open flexible working arrangement form: Arrangement: Telework on set days; Days or pattern: Monday.",
    );
    expect(text()).toContain("type “cancel” to drop it");
    expect(text()).toContain("Is this request for you, or for a member of your staff?");
  });

  it("prints a notification that arrives at the prompt above it, and draws the prompt again", async () => {
    const world = await openWorld();
    const input = new PassThrough();
    const { output, text } = capture();
    const printer = new ConsolePrinter(output);
    const done = runConsole({
      bot: world.assistant.bot,
      input,
      output,
      user: { id: "amy" },
      json: false,
      interactive: true,
      printer,
    });
    await prompted(text);
    const before = text().split("you> ").length;
    printer.write("🔔 FWA-2026-0001 was approved\n\n");
    await tick();
    const after = text();
    expect(after).toContain("🔔 FWA-2026-0001 was approved");
    expect(after.split("you> ").length).toBe(before + 1);
    expect(after.lastIndexOf("you> ")).toBeGreaterThan(after.indexOf("🔔"));
    input.end("exit\n");
    await done;
  });

  it("logs only warnings at a terminal unless LOG_LEVEL or LOG_FILE says otherwise", () => {
    const base = { configured: "info", explicit: false, terminal: true, toFile: false };
    expect(effectiveLogLevel(base)).toBe("warn");
    expect(effectiveLogLevel({ ...base, explicit: true })).toBe("info");
    expect(effectiveLogLevel({ ...base, toFile: true })).toBe("info");
    expect(effectiveLogLevel({ ...base, terminal: false })).toBe("info");
  });

  it("writes the logs to LOG_FILE when set", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hr-log-"));
    dirs.push(dir);
    const file = path.join(dir, "logs", "assistant.log");
    createLogger("info", file).info({ op: "test" }, "to the file");
    expect(JSON.parse(readFileSync(file, "utf8").trim())).toMatchObject({ op: "test", msg: "to the file" });
  });
});
