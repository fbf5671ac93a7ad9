import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RUN_TIMEOUT_MS, runConsole as run, typed } from "../support/console-run.ts";
import { expectInLanguage, SCRIPTS, type Script, say, WORDS } from "../support/flows-fr-es.ts";

/**
 * The real console (`src/main.ts`, piped standard input, --json) in French and Spanish: a manager
 * files in French, HR (HR_LANGUAGE=es) lists and decides in Spanish in another process and gets
 * its notification in Spanish, and the manager's next run prints the decision in French.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), "hr-console-fr-es-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  objects: { input: string; lang: string; intent: string; text: string }[];
  stderr: string;
}

async function runConsole(user: string, lines: readonly string[]): Promise<Run> {
  const { stdout, stderr, code } = await run({
    dataDir: dir,
    args: ["--json", "--user", user],
    input: typed(lines),
    env: { HR_USERS: "console:alice", HR_LANGUAGE: "es" },
  });
  if (code !== 0) throw new Error(`console exited with ${code}: ${stderr}`);
  const objects = stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));
  return { objects, stderr };
}

/** The notifications a run printed on standard error (its log lines are JSON; they are not). */
const notifications = (run: Run) => run.stderr.split("\n").filter((line) => line.includes("🔔"));

describe("console: French manager, Spanish HR", { timeout: 3 * RUN_TIMEOUT_MS }, () => {
  const script = SCRIPTS[0] as Script;
  let id = "";

  it("the manager files a flexible-work request in French, every answer in French", async () => {
    const run = await runConsole("bob", [...script.lines, WORDS.fr.mine]);
    expect(run.objects.map((o) => o.input)).toEqual([...script.lines, WORDS.fr.mine]);
    for (const object of run.objects) {
      expect(object.lang, object.text).toBe("fr");
      expectInLanguage(object.text, "fr", `${object.input} → ${object.text}`);
    }
    expect(run.objects.at(-2)?.intent).toBe("request_submitted");
    id = /FWA-\d{4}-\d{4}/.exec(String(run.objects.at(-2)?.text))?.[0] ?? "";
    expect(id).not.toBe("");
    expect(notifications(run)).toEqual([]);
  });

  it("HR lists and approves in Spanish, proposed then confirmed, and is notified in Spanish", async () => {
    const lines = [WORDS.es.pending, say(WORDS.es.approve, id), WORDS.es.yes];
    const run = await runConsole("alice", lines);
    expect(run.objects.map((o) => o.intent)).toEqual(["hr_pending", "hr_decide", "hr_decide"]);
    for (const object of run.objects) expectInLanguage(object.text, "es", `${object.input} → ${object.text}`);
    expect(run.objects[2]?.text).toContain(`${id}: aprobada`);
    const [notice, ...others] = notifications(run);
    expect(others).toEqual([]);
    expect(notice).toContain(id);
    expect(notice).toContain(`«estado de ${id}»`);
    expectInLanguage(notice ?? "", "es");
  });

  it("the manager's next run prints the decision in French", async () => {
    const run = await runConsole("bob", [say(WORDS.fr.status, id)]);
    expectInLanguage(run.objects[0]?.text ?? "", "fr");
    const told = notifications(run).join("\n");
    expect(told).toContain(id);
    expect(told).toContain("approuvée");
    expectInLanguage(told, "fr");
  });
});
