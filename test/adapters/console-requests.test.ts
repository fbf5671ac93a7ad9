import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ConsoleRun, RUN_TIMEOUT_MS, runConsole as run, typed } from "../support/console-run.ts";

/**
 * The HR request workflow through the console, as separate processes sharing one DATA_DIR: a
 * manager submits through the dialog with piped standard input, HR decides in another process,
 * and the manager's next run shows the decision and prints the notification.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hr-console-requests-"));
  dirs.push(dir);
  return dir;
}

/** Each run is killed if it has not finished by then; a test runs at most three. */
const TEST_TIMEOUT_MS = 3 * RUN_TIMEOUT_MS + 5_000;

type Run = ConsoleRun;

/** `node --import tsx src/main.ts` with the lines on standard input (not a terminal). */
function runConsole(dir: string, args: string[], lines: readonly string[]): Promise<Run> {
  return run({ dataDir: dir, args, input: typed(lines), env: { HR_USERS: "console:alice" } });
}

function expectClean(run: Run): void {
  expect(run.timedOut, run.stderr).toBe(false);
  expect(run.code, run.stderr).toBe(0);
}

/** Dates that are in the future whenever the test runs; the process uses the real clock. */
const YEAR = new Date().getUTCFullYear() + 1;
const FIRST = `submit a flexible-work request for telework on Mondays and Fridays from 1 March to 31 August ${YEAR}`;
const ID = /Submitted: ([A-Z]{3}-\d{4}-\d{4})\./;

describe("console: a manager submits, HR approves in another process, the manager is told", {
  timeout: TEST_TIMEOUT_MS,
}, () => {
  const dir = dataDir();
  let id = "";

  it("the manager (bob) submits a flexible-work request through the dialog", async () => {
    const run = await runConsole(dir, ["--user", "bob", "--name", "Bob"], [FIRST, "me", "skip", "submit"]);
    expectClean(run);
    expect(run.stdout).toContain("I have noted:");
    expect(run.stdout).toContain("• Arrangement: Telework on set days");
    expect(run.stdout).toContain(`• Start date: 1 March ${YEAR}`);
    expect(run.stdout).toContain("Is this request for you, or for a member of your staff?");
    expect(run.stdout).toContain("Please check your request:");
    id = ID.exec(run.stdout)?.[1] ?? "";
    expect(id).toMatch(/^FWA-\d{4}-0001$/);
    // HR's notification is not for bob.
    expect(run.stdout).not.toContain("🔔");
  });

  it("HR (alice) is notified, lists the pending requests and approves it", async () => {
    expect(id).not.toBe("");
    const run = await runConsole(dir, ["--user", "alice"], ["pending requests", `approve ${id}`, "yes"]);
    expectClean(run);
    // A typed decision is proposed first, and made on "yes".
    expect(run.stdout).toContain(`Approve ${id} (Flexible working arrangement, Bob`);
    expect(run.stdout).toContain(`🔔 New request ${id} (Flexible working arrangement) awaits review`);
    expect(run.stdout).toContain("Waiting for review (1), oldest first:");
    expect(run.stdout).toContain(`${id} · Flexible working arrangement`);
    expect(run.stdout).toContain(`${id}: approved. The requester has been notified.`);
    // The decision is for bob, not for alice.
    expect(run.stdout).not.toContain(`🔔 Your request ${id}`);
  });

  it("the manager's next run shows the decision and prints the notification", async () => {
    expect(id).not.toBe("");
    const run = await runConsole(dir, ["--user", "bob", "--name", "Bob"], [`status of ${id}`]);
    expectClean(run);
    expect(run.stdout).toContain(`🔔 Your request ${id} was approved by alice`);
    expect(run.stdout).toContain("• Status: approved");
    expect(run.stdout).toMatch(/· alice · approved/);

    // Delivered once: the next run has nothing to print.
    const next = await runConsole(dir, ["--user", "bob", "--name", "Bob"], ["my requests"]);
    expectClean(next);
    expect(next.stdout).not.toContain("🔔");
    expect(next.stdout).toContain(`${id} · Flexible working arrangement`);
  });

  it("a user who is not HR cannot list pending requests or approve", async () => {
    const run = await runConsole(dir, ["--user", "carol"], ["pending requests", `approve ${id}`]);
    expectClean(run);
    expect(run.stdout).toContain("Sorry, only HR reviewers can do that.");
    expect(run.stdout).not.toContain("approved. The requester has been notified.");
  });
});

describe("console --json: one JSON object per input line, throughout a form", {
  timeout: TEST_TIMEOUT_MS,
}, () => {
  const dir = dataDir();

  function objects(run: Run): Record<string, unknown>[] {
    return run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it("keeps the contract while a form is filled in, and notifications go to standard error", async () => {
    const lines = [
      FIRST,
      "what is the mobility target?",
      "",
      "banana",
      "me",
      "skip",
      "edit 2",
      "flexible hours",
      "submit",
      "my requests",
    ];
    const bob = await runConsole(dir, ["--json", "--user", "bob", "--name", "Bob"], lines);
    expectClean(bob);
    const out = objects(bob);
    expect(out.map((o) => o.input)).toEqual(lines);
    for (const object of out) {
      // The first four fields as they always were; outcome, subjects and the open form after them.
      expect(Object.keys(object).slice(0, 6)).toEqual([
        "input",
        "lang",
        "intent",
        "text",
        "outcome",
        "subjects",
      ]);
      expect(typeof object.text).toBe("string");
    }
    // While the form is open every line names it; the submitted request is a subject.
    expect(out.slice(0, -2).every((o) => o.form === "flexible-work")).toBe(true);
    expect(out.at(-1)?.form).toBeUndefined();
    expect(out.map((o) => o.intent)).toEqual([
      "request_form",
      "indicator",
      "empty",
      "request_form",
      "request_form",
      "request_form",
      "request_form",
      "request_form",
      "request_submitted",
      "my_requests",
    ]);
    expect(out[1]?.text).toContain("A further increase of 5%*");
    expect(out[1]?.text).toContain("(We're still filling in your flexible working arrangement request.)");
    expect(out[3]?.text).toContain("“banana” is not one of the options");
    expect(out[7]?.text).toContain("• Arrangement: Flexible hours");
    const id = ID.exec(String(out[8]?.text))?.[1] ?? "";
    expect(id).toMatch(/^FWA-\d{4}-0001$/);
    expect(bob.stdout).not.toContain("🔔");

    // HR in --json: its notification on standard error, standard output still one object a line.
    const alice = await runConsole(
      dir,
      ["--json", "--user", "alice"],
      ["pending requests", `approve ${id}`, "confirm"],
    );
    expectClean(alice);
    const decided = objects(alice);
    expect(decided.map((o) => [o.input, o.intent])).toEqual([
      ["pending requests", "hr_pending"],
      [`approve ${id}`, "hr_decide"],
      ["confirm", "hr_decide"],
    ]);
    expect(decided[1]?.text).toContain("Nothing has changed yet.");
    expect(decided[2]?.text).toContain(`${id}: approved. The requester has been notified.`);
    expect(alice.stdout).not.toContain("🔔");
    expect(alice.stderr).toContain(`🔔 New request ${id}`);

    const back = await runConsole(dir, ["--json", "--user", "bob"], [`status of ${id}`]);
    expectClean(back);
    const status = objects(back);
    expect(status).toHaveLength(1);
    expect(status[0]).toMatchObject({ input: `status of ${id}`, intent: "request_status" });
    expect(status[0]?.text).toContain("• Status: approved");
    expect(back.stdout).not.toContain("🔔");
    expect(back.stderr).toContain(`🔔 Your request ${id} was approved by alice`);
  });
});
