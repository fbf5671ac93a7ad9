import { randomUUID } from "node:crypto";
import { link, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";

/**
 * Mutual exclusion for one file, within this process (a promise queue) and across processes
 * (a lock file). Two console sessions may share one data directory, so the queue alone is not enough.
 */

export interface LockOptions {
  /** A lock file older than this whose process is gone is a leftover of a crash and is broken. */
  staleMs: number;
  /** Give up waiting for the lock after this long. */
  timeoutMs: number;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { staleMs: 10_000, timeoutMs: 30_000 };

export class LockTimeoutError extends Error {
  override name = "LockTimeoutError";
  constructor(readonly lockFile: string) {
    super(
      `could not lock ${lockFile} in time: another process holds it. If no other process is running, remove the lock file.`,
    );
  }
}

const Holder = z.object({ pid: z.number().int(), token: z.string() });

const queues = new Map<string, Promise<unknown>>();

/** Runs `fn` after the earlier calls with the same key in this process have settled. */
export function runInOrder<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(fn);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

/** Runs `fn` holding the lock `lockFile`: after earlier callers in this process, and alone across processes. */
export function withFileLock<T>(lockFile: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  return runInOrder(lockFile, () => holdingLock(lockFile, options, fn));
}

async function holdingLock<T>(lockFile: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const token = await acquire(lockFile, options);
  try {
    return await fn();
  } finally {
    await release(lockFile, token);
  }
}

async function acquire(lockFile: string, options: LockOptions): Promise<string> {
  const token = randomUUID();
  const content = JSON.stringify({ pid: process.pid, token, at: new Date().toISOString() });
  // Written aside and hard-linked into place, so the lock file never exists without its holder's pid.
  const candidate = `${lockFile}.${process.pid}.${token}`;
  await writeFile(candidate, content);
  const deadline = Date.now() + options.timeoutMs;
  try {
    for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
      try {
        await link(candidate, lockFile);
        return token;
      } catch (error) {
        if (!isCode(error, "EEXIST")) throw error;
      }
      if (await breakIfStale(lockFile, options.staleMs)) continue;
      if (Date.now() > deadline) throw new LockTimeoutError(lockFile);
      await sleep(delay / 2 + Math.random() * delay);
    }
  } finally {
    await unlink(candidate).catch(() => undefined);
  }
}

async function release(lockFile: string, token: string): Promise<void> {
  const holder = await readHolder(lockFile);
  if (holder?.token === token) await unlink(lockFile).catch(() => undefined);
}

/** Removes a lock left by a dead process; true when the lock is gone and acquiring may be retried at once. */
async function breakIfStale(lockFile: string, staleMs: number): Promise<boolean> {
  let text: string;
  let age: number;
  try {
    [text, age] = await Promise.all([
      readFile(lockFile, "utf8"),
      stat(lockFile).then((s) => Date.now() - s.mtimeMs),
    ]);
  } catch (error) {
    if (isCode(error, "ENOENT")) return true;
    throw error;
  }
  if (age <= staleMs) return false;
  const holder = parseHolder(text);
  if (holder && isAlive(holder.pid)) return false;
  // Move it aside first: if another process replaced it meanwhile with a live lock, put that one back.
  const aside = `${lockFile}.stale.${process.pid}.${randomUUID()}`;
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (isCode(error, "ENOENT")) return true;
    throw error;
  }
  const moved = await readFile(aside, "utf8").catch(() => "");
  if (moved !== text) await link(aside, lockFile).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return true;
}

async function readHolder(lockFile: string): Promise<z.infer<typeof Holder> | undefined> {
  const text = await readFile(lockFile, "utf8").catch(() => "");
  return parseHolder(text);
}

function parseHolder(text: string): z.infer<typeof Holder> | undefined {
  try {
    const parsed = Holder.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return isCode(error, "EPERM");
  }
}

export function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
