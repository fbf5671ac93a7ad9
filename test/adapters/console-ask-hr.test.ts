import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ConsoleRun, RUN_TIMEOUT_MS, runConsole as run, typed } from "../support/console-run.ts";

/**
 * Ask HR through the console, as separate processes sharing one DATA_DIR: a staff member's
 * question the assistant declines is handed to HR, HR (alice) is notified and answers it in
 * another run, the asker's next run prints the answer; nobody else sees it or may answer it.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), "hr-console-ask-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = ConsoleRun;

function runConsole(args: string[], lines: readonly string[]): Promise<Run> {
  return run({ dataDir: dir, args, input: typed(lines), env: { HR_USERS: "console:alice" } });
}

const ID = /Sent to HR as (ASK-\d{4}-\d{4})\./;

describe("console: Ask HR end to end", { timeout: 4 * RUN_TIMEOUT_MS }, () => {
  let id = "";

  it("bob's declined question is offered to HR and sent once he confirms (--json shows outcome and subjects)", async () => {
    const run = await runConsole(
      ["--json", "--user", "bob", "--name", "Bob"],
      ["how many days of leave do I have left?", "ask HR note:", "ask HR", "confirm"],
    );
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout
      .trimEnd()
      .split("\n")
      .map(
        (line) => JSON.parse(line) as { intent: string; text: string; outcome: string; subjects: string[] },
      );
    expect(out.map((o) => [o.intent, o.outcome])).toEqual([
      ["person_specific", "decline"],
      ["ask_hr", "answer"],
      ["ask_hr", "confirm"],
      ["ask_hr", "done"],
    ]);
    expect(out[0]?.text).toContain("Ask HR");
    expect(out[1]?.text).toContain("The note is empty");
    id = ID.exec(out[3]?.text ?? "")?.[1] ?? "";
    expect(id).toMatch(/^ASK-\d{4}-0001$/);
    expect(out[3]?.subjects).toEqual([id]);
  });

  it("carol neither sees it nor may answer it", async () => {
    const run = await runConsole(["--user", "carol"], [`status of ${id}`, `answer ${id}: 30 days`]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("I can't find that HR question, or it isn't yours to see.");
    expect(run.stdout).toContain("Sorry, only HR can answer or close a question sent to HR.");
    expect(run.stdout).not.toContain("🔔");
  });

  it("HR (alice) is notified, answers (proposed, then confirmed), and cannot answer it twice", async () => {
    const run = await runConsole(
      ["--user", "alice"],
      [
        `answer ${id}: you have 12 days of annual leave left`,
        "confirm",
        `answer ${id}: again`,
        "answer ASK-2026-0999: x",
      ],
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`🔔 New question for HR ${id} from Bob`);
    expect(run.stdout).toContain(
      `Send this answer to Bob for ${id}? “you have 12 days of annual leave left”`,
    );
    expect(run.stdout).toContain(`${id} answered. The asker has been sent your answer.`);
    expect(run.stdout).toContain(`${id} is already answered, so it cannot be answered or closed again.`);
    expect(run.stdout).toContain("I can't find that HR question");
  });

  it("bob's next run prints HR's answer, once", async () => {
    const run = await runConsole(["--user", "bob", "--name", "Bob"], ["my questions"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`🔔 HR answered your question ${id} (alice)`);
    expect(run.stdout).toContain("Answer: you have 12 days of annual leave left");
    expect(run.stdout).toContain(`${id} — answered — how many days of leave do I have left?`);
    const next = await runConsole(["--user", "bob", "--name", "Bob"], [`status of ${id}`]);
    expect(next.stdout).not.toContain("🔔");
    expect(next.stdout).toContain("Status: answered");
  });
});
