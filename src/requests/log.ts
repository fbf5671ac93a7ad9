import { type FileHandle, mkdir, open, rename } from "node:fs/promises";
import path from "node:path";
import { type Adapter, Low } from "lowdb";
import { z } from "zod";
import type { Logger } from "../log.ts";
import { OutboxEntry } from "../notify/events.ts";
import {
  DEFAULT_LOCK_OPTIONS,
  isCode,
  type LockOptions,
  runInOrder,
  withFileLock,
} from "../storage/file-lock.ts";
import { sweepStrayFiles } from "../storage/stray-files.ts";
import { RequestRecord, type RequestTypeId } from "./model.ts";
import { HrQuestion } from "./questions/model.ts";
import { requestType } from "./types/index.ts";

/**
 * The request log: one JSON file holding every request with its history, the notification outbox
 * and open dialogs, so that one atomic write covers a change and the notifications it causes.
 * Every operation re-reads the file (another process may share the data directory); writers hold
 * a cross-process lock; the file is replaced atomically and never overwritten when it is invalid.
 */

export const REQUEST_LOG_FILE = "requests.json";

/** The state of one open dialog (a request form being filled in). */
export const DialogState = z.record(z.string(), z.unknown());
export type DialogState = z.infer<typeof DialogState>;

export const LogFile = z.strictObject({
  version: z.literal(1),
  requests: z.array(RequestRecord),
  outbox: z.array(OutboxEntry),
  dialogs: z.record(z.string(), DialogState),
  /** The last sequence number handed out per "PREFIX-YEAR", so ids are never reused. */
  sequences: z.record(z.string().regex(/^[A-Z]{2,4}-\d{4}$/), z.number().int().nonnegative()).optional(),
  /** Questions handed to HR (src/requests/questions/): optional, so earlier files stay valid. */
  questions: z.array(HrQuestion).optional(),
});
export type LogData = z.infer<typeof LogFile>;

export class CorruptLogError extends Error {
  override name = "CorruptLogError";
  /**
   * @param file the request log file
   * @param at the first bad path in it ("requests[3].status"), or "(file)" / "(json)" when it cannot be read or parsed
   */
  constructor(
    readonly file: string,
    readonly at: string,
    detail: string,
  ) {
    super(
      `the request log ${file} is invalid at ${at}: ${detail}. It was left unchanged; repair or restore it, then start again.`,
    );
  }
}

/** What a change returns: its result, and whether the draft must be written. */
export interface Change<T> {
  result: T;
  write: boolean;
}

export interface RequestLogOptions {
  /** The data directory (DATA_DIR); created when missing. */
  dataDir: string;
  fileName?: string;
  lock?: Partial<LockOptions>;
  /** Told which stray files of crashed processes were removed at opening. */
  logger?: Logger;
}

/** The version of the file this process last read or wrote, with an open handle on it (see `sameFile`). */
interface Loaded {
  data: LogData;
  handle: FileHandle;
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

/**
 * The lowdb adapter of the request log. Reading validates the whole file with zod, and parses it
 * again only when the file has changed since this process last read or wrote it. Writing goes to a
 * temporary file that is synced and renamed over the log: a crash leaves the old file or the new
 * one, never a part. Used only under the log's locks.
 */
class LogFileAdapter implements Adapter<LogData> {
  readonly tempFile: string;
  #loaded: Loaded | undefined;

  constructor(readonly file: string) {
    this.tempFile = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  }

  /** The file's content; null when it does not exist; CorruptLogError when it cannot be read or is invalid. */
  async read(): Promise<LogData | null> {
    let handle: FileHandle;
    try {
      handle = await open(this.file, "r");
    } catch (error) {
      if (isCode(error, "ENOENT")) return null;
      throw new CorruptLogError(this.file, "(file)", `cannot be read (${describe(error)})`);
    }
    try {
      const stats = await handle.stat({ bigint: true });
      if (this.#loaded && sameFile(this.#loaded, stats)) {
        await handle.close();
        return this.#loaded.data;
      }
      const text = await handle.readFile("utf8").catch((error: unknown) => {
        throw new CorruptLogError(this.file, "(file)", `cannot be read (${describe(error)})`);
      });
      const data = parseLog(text, this.file);
      this.#remember(data, handle, stats);
      return data;
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async write(data: LogData): Promise<void> {
    const bytes = encode(data);
    const handle = await open(this.tempFile, "w");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
      await rename(this.tempFile, this.file);
      await syncDirectory(path.dirname(this.file));
      this.#remember(deepFreeze(data), handle, await handle.stat({ bigint: true }));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const loaded = this.#loaded;
    this.#loaded = undefined;
    await loaded?.handle.close();
  }

  #remember(data: LogData, handle: FileHandle, stats: FileStats): void {
    const previous = this.#loaded;
    this.#loaded = { data, handle, dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs };
    void previous?.handle.close().catch(() => undefined);
  }
}

export class RequestLog {
  readonly file: string;
  readonly #lockFile: string;
  readonly #lock: LockOptions;
  readonly #adapter: LogFileAdapter;
  readonly #db: Low<LogData>;

  private constructor(file: string, lock: LockOptions) {
    this.file = file;
    this.#lockFile = `${file}.lock`;
    this.#lock = lock;
    this.#adapter = new LogFileAdapter(file);
    this.#db = new Low(this.#adapter, emptyLog());
  }

  /** Opens the log, creating an empty one when the file is missing; throws CorruptLogError when it is invalid. */
  static async open(options: RequestLogOptions): Promise<RequestLog> {
    await mkdir(options.dataDir, { recursive: true });
    const file = path.resolve(options.dataDir, options.fileName ?? REQUEST_LOG_FILE);
    const log = new RequestLog(file, { ...DEFAULT_LOCK_OPTIONS, ...options.lock });
    await withFileLock(log.#lockFile, log.#lock, async () => {
      // Leftovers of crashed processes; the log's own temporary file is only written under this lock.
      const removed = await sweepStrayFiles(path.dirname(file), {
        olderThanMs: log.#lock.staleMs,
        always: [log.#adapter.tempFile],
      });
      if (removed.length > 0) options.logger?.info({ removed: removed.length }, "stray files removed");
      if ((await log.#adapter.read()) === null) await log.#db.write();
    });
    await log.snapshot();
    return log;
  }

  /** The current content of the file, re-read when it changed. Read-only: records are frozen. */
  snapshot(): Promise<LogData> {
    // In order with this process's changes, which set the shared `Low.data` while they write.
    return runInOrder(this.#lockFile, () => this.#read());
  }

  /**
   * Changes the log: under the lock, re-reads the file, lets `change` edit a draft, and writes the draft
   * atomically when asked to. The draft's arrays and maps are copies; records in them are frozen, so
   * replace a record rather than edit it. Changes asked for while another is being written are
   * applied together, in order, each to the state the ones before it left, and written once: the
   * file is rewritten whole, so a burst of submissions costs a few writes rather than one each.
   */
  change<T>(change: (draft: LogData) => Change<T> | Promise<Change<T>>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ change, resolve: resolve as (value: unknown) => void, reject });
      if (this.#pending.length > 1) return;
      // Callers hear back once the lock is released, as a process may exit right after.
      withFileLock(this.#lockFile, this.#lock, () => this.#commit()).then(
        (answer) => answer(),
        (error: unknown) => {
          for (const item of this.#pending.splice(0)) item.reject(error);
        },
      );
    });
  }

  readonly #pending: Pending[] = [];

  /** Applies and writes the pending changes; returns how to answer their callers. */
  async #commit(): Promise<() => void> {
    const data = await this.#read();
    const batch = this.#pending.splice(0);
    let draft = copyOf(data);
    let write = false;
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    for (const item of batch) {
      // A change that writes nothing (a refusal) leaves nothing behind, as if alone.
      const before = copyOf(draft);
      try {
        // A change may wait (a store transaction's steps), but only on this draft: still under the lock.
        const outcome = await item.change(draft);
        if (outcome.write) write = true;
        else draft = before;
        outcomes.push({ ok: true, value: outcome.result });
      } catch (error) {
        draft = before;
        outcomes.push({ ok: false, error });
      }
    }
    if (write) {
      this.#db.data = draft;
      try {
        await this.#db.write();
      } catch (error) {
        this.#db.data = data;
        return () => {
          for (const item of batch) item.reject(error);
        };
      }
    }
    return () =>
      batch.forEach((item, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) item.resolve(outcome.value);
        else item.reject(outcome?.error);
      });
  }

  /** Releases the open file handle; the log can still be used afterwards. */
  close(): Promise<void> {
    return runInOrder(this.#lockFile, () => this.#adapter.close());
  }

  /**
   * Every operation starts here, as another process may have changed the file. Should the file vanish
   * while running, lowdb keeps the last state read, and the next change writes it back.
   */
  async #read(): Promise<LogData> {
    await this.#db.read();
    return this.#db.data;
  }
}

interface Pending {
  change: (draft: LogData) => Change<unknown> | Promise<Change<unknown>>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A draft: the arrays and maps copied, the frozen records shared. */
function copyOf(data: LogData): LogData {
  return {
    version: data.version,
    requests: [...data.requests],
    outbox: [...data.outbox],
    dialogs: { ...data.dialogs },
    sequences: { ...data.sequences },
    ...(data.questions ? { questions: [...data.questions] } : {}),
  };
}

function emptyLog(): LogData {
  return { version: 1, requests: [], outbox: [], dialogs: {}, sequences: {} };
}

type FileStats = { dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint };

/**
 * The file is only ever replaced by a rename, never edited in place, so the same inode means the same
 * content. Keeping a handle on the loaded inode stops the system from reusing its number for a later
 * version; size and mtime are checked too in case someone edits the file by hand.
 */
function sameFile(loaded: Loaded, stats: FileStats): boolean {
  return (
    loaded.dev === stats.dev &&
    loaded.ino === stats.ino &&
    loaded.size === stats.size &&
    loaded.mtimeNs === stats.mtimeNs
  );
}

/** The encoded JSON of each stored (frozen, so unchanging) record and outbox entry, made once. */
const encoded = new WeakMap<object, Buffer>();

function itemJson(item: object): Buffer {
  let json = encoded.get(item);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(item), "utf8");
    if (Object.isFrozen(item)) encoded.set(item, json);
  }
  return json;
}

const COMMA = Buffer.from(",");

/**
 * Compact JSON, as JSON.stringify would write it, encoded. The file is rewritten whole on every
 * change, so this is most of a write's cost: only items new since the last write are stringified.
 */
function encode(data: LogData): Buffer {
  const head = JSON.stringify({
    version: data.version,
    sequences: data.sequences,
    dialogs: data.dialogs,
    questions: data.questions,
  });
  const parts: Buffer[] = [];
  const list = (name: string, items: readonly object[], end: string) => {
    parts.push(Buffer.from(`"${name}":[`));
    items.forEach((item, i) => {
      if (i > 0) parts.push(COMMA);
      parts.push(itemJson(item));
    });
    parts.push(Buffer.from(`]${end}`));
  };
  parts.push(Buffer.from(`${head.slice(0, -1)},`));
  list("outbox", data.outbox, ",");
  list("requests", data.requests, "}");
  return Buffer.concat(parts);
}

function parseLog(text: string, file: string): LogData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorruptLogError(file, "(json)", `not valid JSON (${describe(error)})`);
  }
  const parsed = LogFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorruptLogError(
      file,
      formatPath(issue?.path ?? []),
      issue?.message ?? "does not match the schema",
    );
  }
  return deepFreeze(parsed.data);
}

function formatPath(segments: readonly PropertyKey[]): string {
  if (segments.length === 0) return "(root)";
  return segments
    .map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join("");
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Makes the rename itself durable. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return "code" in error ? String(error.code) : error.message;
  return String(error);
}

/** Request ids read "FWA-2026-0007": a prefix per type, the year, a sequence per prefix and year. */

/** Hands out the next id for `type` in the year of `now`, recording it in the draft's sequences. */
export function nextRequestId(draft: LogData, type: RequestTypeId, now: Date): string {
  const key = `${requestType(type).prefix}-${now.getUTCFullYear()}`;
  const sequences = draft.sequences ?? {};
  draft.sequences = sequences;
  // A file written without sequences (by hand, or an older version) continues after its highest id.
  const last = sequences[key] ?? highestSequence(draft.requests, key);
  const next = last + 1;
  sequences[key] = next;
  return `${key}-${String(next).padStart(4, "0")}`;
}

function highestSequence(requests: readonly RequestRecord[], key: string): number {
  let highest = 0;
  for (const r of requests) {
    if (r.id.startsWith(`${key}-`)) highest = Math.max(highest, Number(r.id.slice(key.length + 1)));
  }
  return highest;
}
