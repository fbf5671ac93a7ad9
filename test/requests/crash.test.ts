import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import { REQUEST_LOG_FILE } from "../../src/requests/log.ts";
import type { RequestRecord } from "../../src/requests/model.ts";
import { createWorkflow } from "../../src/requests/workflow.ts";
import { HR_USERS, openLog, PROJECT_ROOT, submission, tempDir } from "./helpers.ts";

const SUBMITTER = path.join(PROJECT_ROOT, "test/requests/fixtures/submitter.ts");

/** A log big enough that a write takes a while, so the kill is likely to land in the middle of one. */
function seed(dir: string, count: number): void {
  const requests: RequestRecord[] = Array.from({ length: count }, (_, i) => {
    const at = "2026-01-05T10:00:00.000Z";
    const requester = { platform: "console" as const, userId: `seed-${i % 50}` };
    return {
      id: `REC-2026-${String(i + 1).padStart(4, "0")}`,
      type: "recognition",
      requester,
      subject: `Team award nomination ${i}`,
      fields: { nominee: `Person ${i}`, reason: "x".repeat(400) },
      status: "submitted",
      createdAt: at,
      updatedAt: at,
      idempotencyKey: `seed-${i}`,
      history: [{ at, by: requester, action: "submit", status: "submitted" }],
    };
  });
  writeFileSync(
    path.join(dir, REQUEST_LOG_FILE),
    JSON.stringify({ version: 1, requests, outbox: [], dialogs: {}, sequences: { "REC-2026": count } }),
  );
}

/**
 * Starts a process submitting forever and kills it after `after` reported submissions, half-way
 * through the next one (a write takes most of a submission's time). Resolves with the number reported.
 */
function killMidway(dataDir: string, userId: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SUBMITTER, dataDir, userId, "forever"], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const reportedAt: number[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      for (const line of String(chunk).split("\n"))
        if (line.startsWith("submitted")) reportedAt.push(performance.now());
      if (reportedAt.length === after) {
        const first = reportedAt[0] ?? 0;
        const interval = ((reportedAt.at(-1) ?? first) - first) / Math.max(1, after - 1);
        setTimeout(() => child.kill("SIGKILL"), interval / 2);
      }
    });
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL"
        ? resolve(reportedAt.length)
        : reject(new Error(`submitter ended by itself: ${stderr}`)),
    );
  });
}

describe("a process killed while writing", () => {
  it("leaves a file that loads, with every reported request whole and no partial one", {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    seed(dir, 3000);
    let before = 3000;
    for (const crasher of ["crasher-1", "crasher-2", "crasher-3"]) {
      const reported = await killMidway(dir, crasher, 5);
      // The lock the killed process may hold counts as stale at once, so this writer can go on.
      const log = await openLog(dir, { lock: { staleMs: 0, timeoutMs: 5000 } });
      const data = await log.snapshot();
      const written = data.requests.filter((r) => r.requester.userId === crasher);
      // Every reported submission is there; at most the one in flight as well (written, not yet reported).
      expect(written.length).toBeGreaterThanOrEqual(reported);
      expect(written.length).toBeLessThanOrEqual(reported + 1);
      expect(data.requests).toHaveLength(before + written.length);
      expect(new Set(data.requests.map((r) => r.id)).size).toBe(data.requests.length);
      const ids = new Set(written.map((r) => r.id));
      expect(data.outbox.filter((e) => ids.has(e.event.requestId))).toHaveLength(written.length);

      // The log goes on: the stale lock and temporary file are no obstacle.
      const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
      expect((await workflow.submit(submission({ type: "job-description" }))).ok).toBe(true);
      before = data.requests.length + 1;
      expect((await log.snapshot()).requests).toHaveLength(before);
      await log.close();
    }
  });
});
