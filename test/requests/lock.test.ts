import { existsSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REQUEST_LOG_FILE } from "../../src/requests/log.ts";
import { PID_NAMESPACE } from "../../src/storage/lock-owner.ts";
import { startTs } from "../support/processes.ts";
import { openLog, tempDir } from "./helpers.ts";

/**
 * The request log's lock across real processes: a crashed holder's lock does not hold up the next
 * process for long, a live holder's is never stolen, and leftovers are swept at start-up.
 */

const HOLDER = "test/requests/fixtures/hold-lock.ts";
const SUBMITTER = "test/requests/fixtures/submitter.ts";
/** Generous: proves "does not hang"; the figures themselves are in the README. */
const FEW_SECONDS = 8_000;

const lockOf = (dir: string) => path.join(dir, `${REQUEST_LOG_FILE}.lock`);

/** Runs a process that opens the log and submits one request; resolves with how long that took. */
async function submitOne(dir: string, user: string): Promise<number> {
  const began = performance.now();
  const child = startTs(SUBMITTER, [dir, user, "1"]);
  const { code } = await child.exited;
  expect(code, child.stderr.map((l) => l.text).join("\n")).toBe(0);
  return performance.now() - began;
}

async function requesters(dir: string): Promise<string[]> {
  const log = await openLog(dir);
  return (await log.snapshot()).requests.map((r) => r.requester.userId);
}

function setAge(file: string, ageMs: number): void {
  const then = new Date(Date.now() - ageMs);
  utimesSync(file, then, then);
}

describe("the request log's lock across processes", () => {
  it("left by a SIGKILLed holder, lets the next process start and write within a few seconds", {
    timeout: 30_000,
  }, async () => {
    const dir = tempDir();
    const holder = startTs(HOLDER, [lockOf(dir), "forever"]);
    await holder.waitFor((l) => l === "locked");
    holder.process.kill("SIGKILL");
    await holder.exited;
    expect(existsSync(lockOf(dir))).toBe(true);

    const ms = await submitOne(dir, "after-crash");
    expect(ms).toBeLessThan(FEW_SECONDS);
    expect(await requesters(dir)).toEqual(["after-crash"]);
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it("naming pid 1 (alive in every container) with a stale heartbeat, is taken over", {
    timeout: 30_000,
  }, async () => {
    const dir = tempDir();
    writeFileSync(lockOf(dir), JSON.stringify({ pid: 1, token: "old-container", ns: PID_NAMESPACE }));
    setAge(lockOf(dir), 60_000);
    expect(await submitOne(dir, "new-container")).toBeLessThan(FEW_SECONDS);
    expect(await requesters(dir)).toEqual(["new-container"]);
  });

  it("of a holder in another container that died, is taken over once its heartbeat stops", {
    timeout: 30_000,
  }, async () => {
    const dir = tempDir();
    // Fresh when found, and nobody keeps it fresh: it goes stale after a few seconds.
    writeFileSync(lockOf(dir), JSON.stringify({ pid: 1, token: "gone", ns: "another-machine/pid:[1]" }));
    expect(await submitOne(dir, "survivor")).toBeLessThan(FEW_SECONDS);
    expect(await requesters(dir)).toEqual(["survivor"]);
  });

  it("taken over by several processes at once, still gives each submission its own id", {
    timeout: 30_000,
  }, async () => {
    const dir = tempDir();
    writeFileSync(lockOf(dir), JSON.stringify({ pid: 1, token: "crashed", ns: "another-machine/pid:[1]" }));
    setAge(lockOf(dir), 60_000);
    const racers = ["racer-a", "racer-b", "racer-c"].map((user) => startTs(SUBMITTER, [dir, user, "15"]));
    for (const racer of racers) expect((await racer.exited).code).toBe(0);
    const log = await openLog(dir);
    const { requests } = await log.snapshot();
    expect(requests).toHaveLength(45);
    expect(new Set(requests.map((r) => r.id)).size).toBe(45);
  });

  it("held by a live process, is waited for and not stolen, even past the stale age", {
    timeout: 30_000,
  }, async () => {
    const dir = tempDir();
    // Held longer than the stale age (4 s): only its heartbeat keeps it.
    const holder = startTs(HOLDER, [lockOf(dir), "6000"]);
    await holder.waitFor((l) => l === "locked");
    const submitter = startTs(SUBMITTER, [dir, "patient", "1"]);
    const submitted = await submitter.waitFor((l) => l === "submitted 1", 25_000);
    const released = await holder.waitFor((l) => l === "released");
    expect(submitted.at).toBeGreaterThan(released.at);
    expect((await holder.exited).code).toBe(0);
    expect((await submitter.exited).code).toBe(0);
    expect(await requesters(dir)).toEqual(["patient"]);
  });

  it("leaves no stray files: crashed processes' candidates, markers and temporary files are swept at start-up", async () => {
    const dir = tempDir();
    const stray = [
      `${REQUEST_LOG_FILE}.lock.4194305.5b1c7c52-6bd5-4a53-a3a4-2e0a1a0a0a0a`,
      `${REQUEST_LOG_FILE}.lock.takeover.5b1c7c52`,
      `${REQUEST_LOG_FILE}.lock.stale.4194305.0f0e`,
      `.${REQUEST_LOG_FILE}.tmp`,
      "slack-hr-messages.json.4194305.a1b2.tmp",
    ];
    const kept = [
      // A live waiter's candidate (fresh), a file set aside for inspection, someone's own file.
      `${REQUEST_LOG_FILE}.lock.77.fresh-candidate`,
      `${REQUEST_LOG_FILE}.invalid-1767225600000`,
      "notes.txt",
    ];
    for (const name of [...stray, ...kept]) writeFileSync(path.join(dir, name), "{}");
    for (const name of stray) setAge(path.join(dir, name), 60_000);
    // The log's own temporary file is only written under the lock: removed whatever its age.
    setAge(path.join(dir, `.${REQUEST_LOG_FILE}.tmp`), 0);

    await openLog(dir);
    expect(readdirSync(dir).sort()).toEqual([...kept, REQUEST_LOG_FILE].sort());
  });
});
