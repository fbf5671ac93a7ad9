import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import { afterEach } from "vitest";
import { RequestLog, type RequestLogOptions } from "../../src/requests/log.ts";
import type { Actor } from "../../src/requests/model.ts";
import type { SubmitInput } from "../../src/requests/workflow.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export const MANAGER: Actor = { platform: "console", userId: "bob", name: "Bob Manager" };
export const OTHER: Actor = { platform: "slack", userId: "U0OTHER", name: "Olga Other" };
export const HR: Actor = { platform: "console", userId: "alice", name: "Alice HR" };
export const HR_USERS = ["console:alice", "teams:00000000-0000-0000-0000-0000000000aa"];

/** Temporary data directories, removed after each test; logs opened with `openLog` are closed first. */
const dirs: string[] = [];
const logs: RequestLog[] = [];

afterEach(async () => {
  await Promise.all(logs.splice(0).map((log) => log.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hr-requests-"));
  dirs.push(dir);
  return dir;
}

export async function openLog(
  dataDir: string,
  options: Partial<RequestLogOptions> = {},
): Promise<RequestLog> {
  const log = await RequestLog.open({ dataDir, ...options });
  logs.push(log);
  return log;
}

/** A clock that stands still until told to move. */
export function manualClock(start = "2026-03-02T09:00:00.000Z") {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  };
}

/** A real pino logger writing into memory, to read what was logged. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: "debug" }, stream);
  return {
    logger,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

let counter = 0;

export function submission(overrides: Partial<SubmitInput> = {}): SubmitInput {
  counter += 1;
  return {
    type: "flexible-work",
    requester: MANAGER,
    subject: "Compressed week for Q2",
    fields: { pattern: "4x9", startDate: "2026-04-01" },
    idempotencyKey: `key-${counter}`,
    ...overrides,
  };
}
