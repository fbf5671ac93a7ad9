import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import type { RequestStats } from "../../src/requests/analytics.ts";
import { createWorkflow } from "../../src/requests/workflow.ts";
import { HR, HR_USERS, manualClock, openLog, PROJECT_ROOT, submission, tempDir } from "./helpers.ts";

const CLI = path.join(PROJECT_ROOT, "src/requests/cli.ts");

function requests(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "info" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function seeded(): Promise<string> {
  const dir = tempDir();
  const clock = manualClock("2026-02-10T09:00:00.000Z");
  const workflow = createWorkflow({
    log: await openLog(dir),
    hrUsers: HR_USERS,
    logger: silentLogger,
    clock: clock.now,
  });
  await workflow.submit(submission({ subject: "=cmd|' /C calc'!A0" }));
  clock.set("2026-03-10T09:00:00.000Z");
  const er = await workflow.submit(
    submission({ type: "early-recruitment", subject: "P3 post", fields: { departure: "2026-09-30" } }),
  );
  if (!er.ok) throw new Error("submit refused");
  await workflow.decide(er.request.id, HR, "approve");
  clock.set("2026-12-31T09:00:00.000Z");
  await workflow.recordSelection(er.request.id, HR, "2026-07-01");
  return dir;
}

describe("npm run requests", () => {
  it("exports CSV to standard output, filtered, with logs on standard error", async () => {
    const dir = await seeded();
    const all = requests("export", "--csv", "--data-dir", dir);
    expect(all.code).toBe(0);
    const lines = all.stdout.split("\r\n");
    // a byte-order mark first, so that Excel reads Chinese as UTF-8
    expect(lines[0]).toMatch(/^\uFEFFid,type,status,subject,/);
    expect(lines[1]).toContain(`FWA-2026-0001,flexible-work,submitted,'=cmd|' /C calc'!A0,`);
    expect(lines[2]).toMatch(/^ERV-2026-0001,early-recruitment,approved,/);
    expect(lines).toHaveLength(4);
    expect(all.stderr).toContain('"count":2');

    const approved = requests(
      "export",
      "--csv",
      "--status",
      "approved",
      "--from",
      "2026-03-01",
      "--data-dir",
      dir,
    );
    expect(
      approved.stdout
        .split("\r\n")
        .slice(1, -1)
        .map((l) => l.split(",")[0]),
    ).toEqual(["ERV-2026-0001"]);
    const none = requests("export", "--csv", "--type", "learning", "--data-dir", dir);
    expect(none.stdout.split("\r\n")).toHaveLength(2);
  });

  it("writes the CSV to a file with --output, nothing on standard output; --no-bom leaves the mark out", async () => {
    const dir = await seeded();
    const file = path.join(tempDir(), "requests.csv");
    const run = requests("export", "--csv", "--output", file, "--data-dir", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("ERV-2026-0001");
    const plain = requests("export", "--csv", "--no-bom", "--data-dir", dir);
    expect(plain.stdout.startsWith("id,")).toBe(true);
  });

  it("prints the statistics as a table or as JSON", async () => {
    const dir = await seeded();
    const table = requests("stats", "--data-dir", dir);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Requests, all dates: 2");
    expect(table.stdout).toMatch(/early-recruitment +0 +0 +0 +1 +0 +0 +1\n/);
    expect(table.stdout).toContain("share: 100.0% (1 of 1)");
    const json = requests("stats", "--from", "2026-03-01", "--json", "--data-dir", dir);
    const stats = JSON.parse(json.stdout) as RequestStats;
    expect(stats.total).toBe(1);
    expect(table.stdout).toContain("Early recruitment (focus area 1.1)");
    expect(table.stdout).not.toContain("3.2");
    expect(stats.earlyRecruitment).toEqual({
      requests: 1,
      withSelection: 1,
      comparable: 1,
      leftWithoutSelection: 0,
      selectedBeforeDeparture: 1,
      share: 1,
    });
  });

  it("explains bad options and a corrupt log on standard error, with a failing exit code", async () => {
    const dir = await seeded();
    const badDate = requests("stats", "--from", "March", "--data-dir", dir);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain("--from");
    expect(badDate.stdout).toBe("");
    const noCsv = requests("export", "--data-dir", dir);
    expect(noCsv.code).not.toBe(0);
    expect(noCsv.stderr).toContain("--csv");
    const badType = requests("export", "--csv", "--type", "holiday", "--data-dir", dir);
    expect(badType.code).not.toBe(0);
    expect(badType.stderr).toContain("flexible-work");

    const corrupt = tempDir();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(corrupt, "requests.json"), "{ not json");
    const broken = requests("export", "--csv", "--data-dir", corrupt);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(path.join(corrupt, "requests.json"));
  });
});
