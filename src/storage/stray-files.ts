import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * Leftovers of processes that died in DATA_DIR: lock candidates and takeover markers
 * (`requests.json.lock.<pid>.<token>`, `….lock.takeover.<token>`) and temporary files of atomic
 * writes (`….tmp`). Lock files themselves are not here: a stale one is taken over when next used.
 */
function isStray(name: string): boolean {
  return name.includes(".lock.") || name.endsWith(".tmp");
}

export interface SweepOptions {
  /**
   * Only files untouched for this long are removed: a live process refreshes its lock candidate
   * while it waits and keeps a temporary file for milliseconds, so an old one is a dead process's.
   */
  olderThanMs: number;
  /** Files removed whatever their age (the caller holds the lock they are written under). */
  always?: readonly string[];
}

/** Removes stray files from `dir` (not its subdirectories); returns the names removed. */
export async function sweepStrayFiles(dir: string, options: SweepOptions): Promise<string[]> {
  const always = new Set((options.always ?? []).map((file) => path.resolve(file)));
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  const now = Date.now();
  for (const entry of entries) {
    if (!entry.isFile() || !isStray(entry.name)) continue;
    const file = path.join(dir, entry.name);
    try {
      if (!always.has(path.resolve(file))) {
        const stats = await stat(file);
        if (now - stats.mtimeMs <= options.olderThanMs) continue;
      }
      await unlink(file);
      removed.push(entry.name);
    } catch {
      // Gone already (another process swept it, or its owner finished): nothing to do.
    }
  }
  return removed;
}
