import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import { LogFile } from "../../src/requests/log.ts";
import { createWorkflow } from "../../src/requests/workflow.ts";
import { HR, HR_USERS, openLog, PROJECT_ROOT, submission, tempDir } from "./helpers.ts";

const SUBMITTER = path.join(PROJECT_ROOT, "test/requests/fixtures/submitter.ts");

function runSubmitter(dataDir: string, userId: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SUBMITTER, dataDir, userId, String(count)], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`submitter ${userId} exited ${code}: ${stderr}`)),
    );
  });
}

function storedFile(file: string) {
  return LogFile.parse(JSON.parse(readFileSync(file, "utf8")));
}

describe("concurrent writers", () => {
  it("keeps all of 200 concurrent submissions in one process, each with its own id", async () => {
    const log = await openLog(tempDir());
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => workflow.submit(submission({ idempotencyKey: `k-${i}` }))),
    );
    const ids = outcomes.map((o) => (o.ok ? o.request.id : o.reason));
    expect(new Set(ids).size).toBe(200);
    const file = storedFile(log.file);
    expect(file.requests).toHaveLength(200);
    expect(new Set(file.requests.map((r) => r.id))).toEqual(new Set(ids));
    expect(file.outbox).toHaveLength(200);
    expect(file.sequences).toEqual({ "FWA-2026": 200 });
  });

  it("keeps one record per idempotency key when the same submission arrives many times at once", async () => {
    const log = await openLog(tempDir());
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    const input = submission({ idempotencyKey: "retried-event" });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => workflow.submit(input)));
    expect(new Set(outcomes.map((o) => o.ok && o.request.id)).size).toBe(1);
    expect(outcomes.filter((o) => o.ok && !o.duplicate)).toHaveLength(1);
    expect(storedFile(log.file).requests).toHaveLength(1);
    expect(storedFile(log.file).outbox).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous decisions through", async () => {
    const dir = tempDir();
    const first = createWorkflow({ log: await openLog(dir), hrUsers: HR_USERS, logger: silentLogger });
    const second = createWorkflow({ log: await openLog(dir), hrUsers: HR_USERS, logger: silentLogger });
    const submitted = await first.submit(submission());
    if (!submitted.ok) throw new Error("submit refused");
    const [a, b] = await Promise.all([
      first.decide(submitted.request.id, HR, "approve"),
      second.decide(submitted.request.id, HR, "reject", "no"),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((o) => !o.ok)).toMatchObject({ reason: "invalid-transition" });
  });

  it("keeps all 100 submissions of two processes writing at the same time, each with its own id", async () => {
    const dir = tempDir();
    const log = await openLog(dir);
    await Promise.all([runSubmitter(dir, "first", 50), runSubmitter(dir, "second", 50)]);
    const file = storedFile(log.file);
    expect(file.requests).toHaveLength(100);
    expect(new Set(file.requests.map((r) => r.id)).size).toBe(100);
    for (const user of ["first", "second"]) {
      expect(file.requests.filter((r) => r.requester.userId === user)).toHaveLength(50);
    }
    expect(file.sequences).toEqual({ "LRN-2026": 50, "MOB-2026": 50 });
    // This process sees the other processes' work too.
    expect((await log.snapshot()).requests).toHaveLength(100);
  });
});
