import { randomUUID } from "node:crypto";
import { type FileHandle, link, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { ownerIsGone, ownerRecord, parseOwner } from "./lock-owner.ts";

/**
 * Mutual exclusion for one file, within this process (a promise queue) and across processes
 * (a lock file). Two console sessions may share one data directory, so the queue alone is not enough.
 *
 * The lock file names its owner (a random token) and carries a heartbeat: its holder refreshes the
 * file's mtime while it holds it. A lock whose heartbeat is older than `staleMs` was left by a
 * process that died (or one stalled that long: the lock is a lease) and is taken over; one whose
 * holder provably died in this pid namespace is taken over at once.
 */

export interface LockOptions {
  /** A lock whose heartbeat is older than this is a leftover of a crash and is taken over. */
  staleMs: number;
  /** Give up waiting for a live holder after this long. */
  timeoutMs: number;
  /** How often a holder refreshes its heartbeat; default a quarter of staleMs, at most 1 s. */
  heartbeatMs?: number;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { staleMs: 4_000, timeoutMs: 30_000 };

export class LockTimeoutError extends Error {
  override name = "LockTimeoutError";
  constructor(readonly lockFile: string) {
    super(
      `could not lock ${lockFile} in time: another process holds it and keeps it alive. If no other process is running, remove the lock file.`,
    );
  }
}

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

interface Held {
  token: string;
  /** The lock file's inode, open: the heartbeat touches it, never whatever file later has the name. */
  handle: FileHandle;
  heartbeat: NodeJS.Timeout;
}

async function holdingLock<T>(lockFile: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const held = await acquire(lockFile, options);
  try {
    return await fn();
  } finally {
    await release(lockFile, held);
  }
}

async function acquire(lockFile: string, options: LockOptions): Promise<Held> {
  const token = randomUUID();
  const content = JSON.stringify(ownerRecord(token));
  // Written aside and hard-linked (or renamed) into place, so the lock file never exists without its owner.
  const candidate = `${lockFile}.${process.pid}.${token}`;
  let handle = await createCandidate(candidate, content);
  const deadline = Date.now() + options.timeoutMs;
  try {
    for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
      // A fresh heartbeat the moment it becomes the lock, however long this process waited.
      await touch(handle);
      try {
        await link(candidate, lockFile);
        return hold(token, handle, options);
      } catch (error) {
        if (isCode(error, "ENOENT")) {
          // Another process's start-up swept the candidate away as stray: write it again.
          await handle.close();
          handle = await createCandidate(candidate, content);
        } else if (!isCode(error, "EEXIST")) throw error;
      }
      if (await takeOverIfStale(lockFile, candidate, handle, options.staleMs)) {
        return hold(token, handle, options);
      }
      if (Date.now() > deadline) throw new LockTimeoutError(lockFile);
      await sleep(delay / 2 + Math.random() * delay);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  } finally {
    await unlink(candidate).catch(() => undefined);
  }
}

async function createCandidate(candidate: string, content: string): Promise<FileHandle> {
  const handle = await open(candidate, "w");
  try {
    await handle.writeFile(content);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function hold(token: string, handle: FileHandle, options: LockOptions): Held {
  const every = options.heartbeatMs ?? Math.min(1_000, Math.max(10, options.staleMs / 4));
  const heartbeat = setInterval(() => void touch(handle).catch(() => undefined), every);
  // A held lock must not keep the process alive: a forced exit leaves it to go stale.
  heartbeat.unref();
  return { token, handle, heartbeat };
}

async function release(lockFile: string, held: Held): Promise<void> {
  clearInterval(held.heartbeat);
  const owner = parseOwner(await readFile(lockFile, "utf8").catch(() => ""));
  // Not ours any more when it was taken over while this process stalled: leave the new owner's alone.
  if (owner?.token === held.token) await unlink(lockFile).catch(() => undefined);
  await held.handle.close().catch(() => undefined);
}

function touch(handle: FileHandle): Promise<void> {
  const now = new Date();
  return handle.utimes(now, now);
}

interface Seen {
  text: string;
  ino: number;
  ageMs: number;
}

async function inspect(lockFile: string): Promise<Seen | undefined> {
  try {
    const [text, stats] = await Promise.all([readFile(lockFile, "utf8"), stat(lockFile)]);
    return { text, ino: stats.ino, ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if (isCode(error, "ENOENT")) return undefined;
    throw error;
  }
}

function isStale(seen: Seen, staleMs: number): boolean {
  return seen.ageMs > staleMs || ownerIsGone(parseOwner(seen.text));
}

/**
 * Replaces a stale lock by this process's candidate; true when this process now holds the lock.
 * Takers of one stale lock first create its takeover marker exclusively, so only one of them can
 * replace it; the winner checks again that the lock is the same stale one and renames its candidate
 * over it (atomic: there is no moment without a lock for a third process to slip into).
 */
async function takeOverIfStale(
  lockFile: string,
  candidate: string,
  handle: FileHandle,
  staleMs: number,
): Promise<boolean> {
  const seen = await inspect(lockFile);
  if (!seen || !isStale(seen, staleMs)) return false;
  const marker = `${lockFile}.takeover.${parseOwner(seen.text)?.token ?? `ino-${seen.ino}`}`;
  let markerHandle: FileHandle;
  try {
    markerHandle = await open(marker, "wx");
  } catch (error) {
    if (!isCode(error, "EEXIST")) throw error;
    // Another process is taking it over; a marker left by a taker that died is removed once stale.
    const markerSeen = await inspect(marker);
    if (markerSeen && markerSeen.ageMs > staleMs) await unlink(marker).catch(() => undefined);
    return false;
  }
  try {
    const again = await inspect(lockFile);
    if (!again || again.ino !== seen.ino || again.text !== seen.text || !isStale(again, staleMs))
      return false;
    await touch(handle);
    await rename(candidate, lockFile);
    return true;
  } finally {
    await markerHandle.close();
    // Safe to remove now: the stale lock's token is gone from the lock file for good.
    await unlink(marker).catch(() => undefined);
  }
}

export function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
