import { readFileSync, readlinkSync } from "node:fs";
import os from "node:os";
import { z } from "zod";

/**
 * Who holds a lock file: a random token (the proof of ownership), and the pid with the pid
 * namespace it lives in. A pid alone says nothing across containers — pid 1 is alive in every
 * one of them — so liveness is decided by the heartbeat (the file's mtime), and the pid only
 * serves as a shortcut when the holder provably ran in this very pid namespace.
 */

export const LockOwner = z.object({
  pid: z.number().int().positive(),
  token: z.string().min(1),
  /** Kernel boot id and pid namespace of the holder; absent in older locks and off Linux. */
  ns: z.string().optional(),
  host: z.string().optional(),
  at: z.string().optional(),
});
export type LockOwner = z.infer<typeof LockOwner>;

/**
 * This process's pid namespace, unique across machines: the kernel's boot id (shared by every
 * container on one kernel, different on another) and the namespace's inode. Undefined off Linux.
 */
export const PID_NAMESPACE: string | undefined = (() => {
  try {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const ns = readlinkSync("/proc/self/ns/pid");
    return boot && ns ? `${boot}/${ns}` : undefined;
  } catch {
    return undefined;
  }
})();

export function ownerRecord(token: string): LockOwner {
  return {
    pid: process.pid,
    token,
    ...(PID_NAMESPACE ? { ns: PID_NAMESPACE } : {}),
    host: os.hostname(),
    at: new Date().toISOString(),
  };
}

export function parseOwner(text: string): LockOwner | undefined {
  try {
    const parsed = LockOwner.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the holder certainly no longer runs: it ran in this pid namespace and its pid is gone.
 * Anything else (another container, another machine, no namespace recorded, this very pid — which
 * worker threads share) is left to the heartbeat.
 */
export function ownerIsGone(owner: LockOwner | undefined): boolean {
  if (!owner?.ns || owner.ns !== PID_NAMESPACE || owner.pid === process.pid) return false;
  return !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
