import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import { CorruptLogError, LogFile, nextRequestId, REQUEST_LOG_FILE } from "../../src/requests/log.ts";
import { createWorkflow } from "../../src/requests/workflow.ts";
import { LockTimeoutError } from "../../src/storage/file-lock.ts";
import { HR_USERS, manualClock, openLog, submission, tempDir } from "./helpers.ts";

function validRecord(overrides: Record<string, unknown> = {}) {
  const at = "2026-01-05T10:00:00.000Z";
  const requester = { platform: "console", userId: "bob" };
  return {
    id: "FWA-2026-0001",
    type: "flexible-work",
    requester,
    subject: "Remote Fridays",
    fields: {},
    status: "submitted",
    createdAt: at,
    updatedAt: at,
    idempotencyKey: "k1",
    history: [{ at, by: requester, action: "submit", status: "submitted" }],
    ...overrides,
  };
}

function fileWith(content: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, REQUEST_LOG_FILE);
  writeFileSync(file, content);
  return { dir, file };
}

async function openError(dir: string): Promise<CorruptLogError> {
  const error = await openLog(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorruptLogError);
  return error as CorruptLogError;
}

describe("opening the request log", () => {
  it("creates a missing file (and directory) empty", async () => {
    const dir = path.join(tempDir(), "nested", "data");
    const log = await openLog(dir);
    expect(log.file).toBe(path.join(dir, REQUEST_LOG_FILE));
    const stored = LogFile.parse(JSON.parse(readFileSync(log.file, "utf8")));
    expect(stored).toEqual({ version: 1, requests: [], outbox: [], dialogs: {}, sequences: {} });
    expect(await log.snapshot()).toEqual(stored);
  });

  it("reads an existing valid file, with or without sequences", async () => {
    const { dir } = fileWith(
      JSON.stringify({ version: 1, requests: [validRecord()], outbox: [], dialogs: {} }),
    );
    const log = await openLog(dir);
    expect((await log.snapshot()).requests.map((r) => r.id)).toEqual(["FWA-2026-0001"]);
  });

  const corrupt: [string, string, string][] = [
    ["garbage", "this is not json at all", "(json)"],
    [
      "truncated JSON",
      JSON.stringify({ version: 1, requests: [validRecord()], outbox: [] }).slice(0, 80),
      "(json)",
    ],
    ["an empty file", "", "(json)"],
    [
      "a record failing the schema",
      JSON.stringify({
        version: 1,
        requests: [validRecord(), validRecord({ id: "FWA-2026-0002", status: "lost" })],
        outbox: [],
        dialogs: {},
      }),
      "requests[1].status",
    ],
    ["an unknown version", JSON.stringify({ version: 2, requests: [], outbox: [], dialogs: {} }), "version"],
    [
      "a record with an unknown key",
      JSON.stringify({ version: 1, requests: [validRecord({ extra: 1 })], outbox: [], dialogs: {} }),
      "requests[0]",
    ],
  ];

  it.each(corrupt)(
    "refuses %s, naming the file and the first bad path, and leaves it unchanged",
    async (_name, content, at) => {
      const { dir, file } = fileWith(content);
      const error = await openError(dir);
      expect(error.file).toBe(file);
      expect(error.at).toBe(at);
      expect(error.message).toContain(file);
      expect(error.message).toContain(at);
      expect(readFileSync(file, "utf8")).toBe(content);
    },
  );

  it("refuses an unreadable file (a directory in its place) without touching it", async () => {
    const dir = tempDir();
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.join(dir, REQUEST_LOG_FILE));
    const error = await openError(dir);
    expect(error.at).toBe("(file)");
  });

  it("stops an operation when the file turns corrupt while running, and never overwrites it", async () => {
    const dir = tempDir();
    const log = await openLog(dir);
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    expect((await workflow.submit(submission())).ok).toBe(true);
    const truncated = readFileSync(log.file, "utf8").slice(0, 100);
    writeFileSync(log.file, truncated);
    await expect(workflow.submit(submission())).rejects.toBeInstanceOf(CorruptLogError);
    await expect(workflow.listMine({ platform: "console", userId: "bob" })).rejects.toBeInstanceOf(
      CorruptLogError,
    );
    expect(readFileSync(log.file, "utf8")).toBe(truncated);
  });
});

describe("the file", () => {
  it("is compact JSON, replaced whole, with no temporary file left behind", async () => {
    const dir = tempDir();
    const log = await openLog(dir);
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    await workflow.submit(submission());
    const text = readFileSync(log.file, "utf8");
    expect(text).not.toContain("\n");
    expect(LogFile.parse(JSON.parse(text)).requests).toHaveLength(1);
    expect(JSON.parse(text)).toEqual(await log.snapshot());
    expect(existsSync(path.join(dir, `.${REQUEST_LOG_FILE}.tmp`))).toBe(false);
    expect(existsSync(`${log.file}.lock`)).toBe(false);
  });

  it("is re-read before every operation: a second instance sees the first one's changes", async () => {
    const dir = tempDir();
    const first = createWorkflow({ log: await openLog(dir), hrUsers: HR_USERS, logger: silentLogger });
    const second = createWorkflow({ log: await openLog(dir), hrUsers: HR_USERS, logger: silentLogger });
    const submitted = await first.submit(submission());
    if (!submitted.ok) throw new Error("submit refused");
    const decided = await second.decide(
      submitted.request.id,
      { platform: "console", userId: "alice" },
      "approve",
    );
    expect(decided.ok).toBe(true);
    const seen = await first.get(submitted.request.id, { platform: "console", userId: "bob" });
    expect(seen.ok && seen.request.status).toBe("approved");
  });

  it("is written back with the last state read when it vanishes while running", async () => {
    const log = await openLog(tempDir());
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    await workflow.submit(submission());
    rmSync(log.file);
    expect((await workflow.submit(submission())).ok).toBe(true);
    expect(LogFile.parse(JSON.parse(readFileSync(log.file, "utf8"))).requests).toHaveLength(2);
  });

  it("gives out read-only records, so a caller cannot change the log by accident", async () => {
    const log = await openLog(tempDir());
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    const submitted = await workflow.submit(submission());
    if (!submitted.ok) throw new Error("submit refused");
    expect(() => {
      (submitted.request as { status: string }).status = "approved";
    }).toThrow(TypeError);
    expect((await log.snapshot()).requests[0]?.status).toBe("submitted");
  });
});

describe("request ids", () => {
  const empty = () => LogFile.parse({ version: 1, requests: [], outbox: [], dialogs: {} });

  it("use a prefix per type, the year and a 4-digit sequence per prefix and year", () => {
    const draft = empty();
    const at2026 = new Date("2026-06-01T00:00:00Z");
    expect(nextRequestId(draft, "flexible-work", at2026)).toBe("FWA-2026-0001");
    expect(nextRequestId(draft, "flexible-work", at2026)).toBe("FWA-2026-0002");
    expect(nextRequestId(draft, "early-recruitment", at2026)).toBe("ERV-2026-0001");
    expect(nextRequestId(draft, "learning", at2026)).toBe("LRN-2026-0001");
    expect(nextRequestId(draft, "mobility", at2026)).toBe("MOB-2026-0001");
    expect(nextRequestId(draft, "recognition", at2026)).toBe("REC-2026-0001");
    expect(nextRequestId(draft, "job-description", at2026)).toBe("JDR-2026-0001");
    expect(nextRequestId(draft, "flexible-work", new Date("2027-01-01T00:00:00Z"))).toBe("FWA-2027-0001");
    expect(draft.sequences).toMatchObject({ "FWA-2026": 2, "FWA-2027": 1 });
  });

  it("continue after the highest existing id when the file has no sequences", () => {
    const draft = LogFile.parse({
      version: 1,
      requests: [
        validRecord({ id: "FWA-2026-0041" }),
        validRecord({ id: "FWA-2026-0007", idempotencyKey: "k2" }),
      ],
      outbox: [],
      dialogs: {},
    });
    expect(nextRequestId(draft, "flexible-work", new Date("2026-02-01T00:00:00Z"))).toBe("FWA-2026-0042");
  });

  it("grow beyond four digits", () => {
    const draft = empty();
    draft.sequences = { "REC-2026": 9999 };
    expect(nextRequestId(draft, "recognition", new Date("2026-02-01T00:00:00Z"))).toBe("REC-2026-10000");
  });

  it("follow the injected clock's year", async () => {
    const clock = manualClock("2026-12-31T23:59:59.000Z");
    const log = await openLog(tempDir());
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger, clock: clock.now });
    const first = await workflow.submit(submission());
    clock.advance(2000);
    const second = await workflow.submit(submission());
    expect(first.ok && first.request.id).toBe("FWA-2026-0001");
    expect(second.ok && second.request.id).toBe("FWA-2027-0001");
  });
});

describe("the cross-process lock", () => {
  function lockFileFor(dir: string): string {
    return path.join(dir, `${REQUEST_LOG_FILE}.lock`);
  }

  it("breaks a stale lock whose process is gone", async () => {
    const dir = tempDir();
    const log = await openLog(dir, { lock: { staleMs: 50, timeoutMs: 5000 } });
    const lock = lockFileFor(dir);
    // pid 2^22 + 1 is above Linux's pid_max: no such process.
    writeFileSync(lock, JSON.stringify({ pid: 4_194_305, token: "crashed" }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    expect((await workflow.submit(submission())).ok).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it("waits for a live holder, and gives up with a clear error naming the lock file", async () => {
    const dir = tempDir();
    const log = await openLog(dir, { lock: { staleMs: 50, timeoutMs: 200 } });
    const lock = lockFileFor(dir);
    // A holder in another container: a pid that means nothing here, and a heartbeat kept fresh.
    writeFileSync(lock, JSON.stringify({ pid: 1, token: "someone-else", ns: "another-container" }));
    const heartbeat = setInterval(() => {
      const now = new Date();
      utimesSync(lock, now, now);
    }, 10);
    const before = readFileSync(log.file, "utf8");
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger });
    const error = await workflow.submit(submission()).catch((e: unknown) => e);
    clearInterval(heartbeat);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).lockFile).toBe(lock);
    expect(readFileSync(log.file, "utf8")).toBe(before);
    expect(existsSync(lock)).toBe(true);
  });
});
