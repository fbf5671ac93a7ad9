import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import type { Logger } from "../log.ts";
import { DEFAULT_LOCK_OPTIONS, isCode, withFileLock } from "./file-lock.ts";

/**
 * A small JSON document kept in one file under DATA_DIR (the adapters' delivery addresses):
 * validated when read, changed under a file lock by whichever process or handler writes, and
 * replaced atomically (synced temporary file, then rename), so a crash leaves the old document or
 * the new one. An unreadable file is set aside for inspection, never overwritten in place.
 */
export class JsonFile<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly empty: () => T,
    private readonly logger: Logger,
  ) {}

  /** The document as it is on disk now (a missing file is the empty document). */
  async read(): Promise<T> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if (isCode(error, "ENOENT")) return this.empty();
      throw error;
    }
    const parsed = this.schema.safeParse(parseJson(text));
    if (parsed.success) return parsed.data;
    const aside = `${this.file}.invalid-${Date.now()}`;
    try {
      await rename(this.file, aside);
      this.logger.error(
        { file: this.file, movedTo: aside },
        "unreadable data file set aside; starting afresh",
      );
    } catch (error) {
      // Another reader set it aside first.
      if (!isCode(error, "ENOENT")) throw error;
    }
    return this.empty();
  }

  /**
   * Applies `change` to the current document and writes it when `change` says it changed something.
   * Most calls change nothing (the same address stored again), so that is checked first, unlocked.
   */
  async update(change: (data: T) => boolean): Promise<void> {
    if (!change(await this.read())) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    await withFileLock(`${this.file}.lock`, DEFAULT_LOCK_OPTIONS, async () => {
      const data = await this.read();
      if (change(data)) await this.write(data);
    });
  }

  private async write(data: T): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${randomUUID()}.tmp`;
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(JSON.stringify(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temporary, this.file);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
