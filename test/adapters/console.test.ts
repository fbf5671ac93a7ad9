import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ConsoleRun, runConsole as run } from "../support/console-run.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "hr-console-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Run = ConsoleRun;

/** Runs `npm start`'s entry point with piped (non-terminal) standard input, as an evaluator would. */
function runConsole(args: string[], input: string): Promise<Run> {
  return run({ dataDir, args, input, env: { LOG_LEVEL: "info" } });
}

describe("console chat (standard input not a terminal)", () => {
  it("--json prints exactly one JSON object per input line and nothing else", async () => {
    const lines = [
      "what is the mobility target?",
      "女性担任P5及以上职位的目标是多少？",
      "",
      "hello",
      "🙂",
      "x".repeat(20_000),
    ];
    const run = await runConsole(["--json"], `${lines.join("\n")}\n`);
    expect(run.code).toBe(0);
    const out = run.stdout.trimEnd().split("\n");
    expect(out).toHaveLength(lines.length);
    const objects = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    objects.forEach((object, i) => {
      expect(Object.keys(object)).toEqual(["input", "lang", "intent", "text", "outcome", "subjects"]);
      expect(object.input).toBe(lines[i]);
      expect(typeof object.text).toBe("string");
    });
    expect(objects[0]).toMatchObject({ lang: "en", intent: "indicator" });
    expect(objects[0]?.text).toContain("A further increase of 5%*");
    expect(objects[1]).toMatchObject({ lang: "zh", intent: "indicator" });
    expect(objects[1]?.text).toContain("42%");
    expect(objects[2]).toMatchObject({ intent: "empty" });
    expect(objects[3]).toMatchObject({ intent: "greeting" });
    // Logs go to standard error, as JSON lines from pino, without the users' words.
    expect(run.stderr).toContain('"msg":"assistant ready"');
    expect(run.stderr).not.toContain("mobility target");
  });

  it("answers each line as readable text without --json", async () => {
    const run = await runConsole(["--user", "alice", "--name", "Alice"], "all indicators\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Key indicators (11)");
    expect(run.stdout).not.toContain("{");
  });

  it("handles Windows line endings and a last line without a newline", async () => {
    const run = await runConsole(["--json"], "hello\r\nmobility target");
    const out = run.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { input: string });
    expect(out.map((o) => o.input)).toEqual(["hello", "mobility target"]);
  });

  it("stops with a clear message when the configuration is wrong", async () => {
    const child = await run({ dataDir, input: "", env: { LOG_LEVEL: "loud" } });
    expect(child.code).toBe(1);
    expect(child.stderr).toContain("LOG_LEVEL");
  });
});
