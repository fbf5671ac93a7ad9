import { randomUUID } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import type { Logger } from "../log.ts";
import { JsonFile } from "../storage/json-file.ts";

/**
 * What staff thought of the answers, and what the assistant declined: kept to tell HR what to add
 * to the knowledge base. Each entry holds the intent, its subjects, the language and the time; the
 * question's words only for "not helpful" and declined questions, and never for a question about
 * one's own record (the caller says so: `privateText`). Entries older than the retention period
 * are removed — the one deletion in the application — using the application's clock.
 */

export const FEEDBACK_FILE = "feedback.json";
export const MAX_FEEDBACK_TEXT = 2000;

export const FeedbackKind = z.enum(["helpful", "not-helpful", "declined"]);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

export const FeedbackEntry = z.strictObject({
  id: z.string().min(1).max(100),
  kind: FeedbackKind,
  intent: z.string().min(1).max(100),
  subjects: z.array(z.string().max(200)).max(20),
  lang: z.enum(["en", "zh", "fr", "es"]),
  at: z.iso.datetime(),
  question: z.string().min(1).max(MAX_FEEDBACK_TEXT).optional(),
});
export type FeedbackEntry = z.infer<typeof FeedbackEntry>;

const FeedbackDocument = z.strictObject({ version: z.literal(1), entries: z.array(FeedbackEntry) });
type FeedbackDocument = z.infer<typeof FeedbackDocument>;

export interface FeedbackInput {
  kind: FeedbackKind;
  intent: string;
  subjects: readonly string[];
  lang: FeedbackEntry["lang"];
  /** The question's words: kept only for "not-helpful" and "declined", and only when not private. */
  question?: string | undefined;
  /** The question is about the asker's own record: its words are never kept. */
  privateText?: boolean;
}

export interface FeedbackStoreOptions {
  dataDir: string;
  logger: Logger;
  clock: () => Date;
  /** Days an entry is kept (default 90). */
  retentionDays?: number;
}

export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export class FeedbackStore {
  readonly retentionDays: number;
  readonly #file: JsonFile<FeedbackDocument>;
  readonly #clock: () => Date;

  constructor(options: FeedbackStoreOptions) {
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    this.#clock = options.clock;
    this.#file = new JsonFile(
      path.join(options.dataDir, FEEDBACK_FILE),
      FeedbackDocument,
      () => ({ version: 1, entries: [] }),
      options.logger,
    );
  }

  /** Records one entry (and removes what has outlived the retention period). */
  async record(input: FeedbackInput): Promise<FeedbackEntry> {
    const keepsText = input.kind !== "helpful" && !input.privateText;
    const question = keepsText ? input.question?.trim().slice(0, MAX_FEEDBACK_TEXT) : undefined;
    const entry = FeedbackEntry.parse({
      id: randomUUID(),
      kind: input.kind,
      intent: input.intent,
      subjects: input.subjects.slice(0, 20),
      lang: input.lang,
      at: this.#clock().toISOString(),
      ...(question ? { question } : {}),
    });
    const cutoff = this.#cutoff();
    await this.#file.update((doc) => {
      doc.entries = doc.entries.filter((e) => e.at >= cutoff);
      doc.entries.push(entry);
      return true;
    });
    return entry;
  }

  /** The entries kept, from `from` (inclusive) to `to` (exclusive); never any past retention. */
  async list(range: { from?: Date; to?: Date } = {}): Promise<FeedbackEntry[]> {
    const cutoff = this.#cutoff();
    const from = range.from?.toISOString() ?? "";
    const to = range.to?.toISOString();
    return (await this.#file.read()).entries.filter(
      (e) => e.at >= cutoff && e.at >= from && (to === undefined || e.at < to),
    );
  }

  /** Removes every entry older than the retention period; returns how many. */
  async purge(): Promise<number> {
    const cutoff = this.#cutoff();
    let removed = 0;
    await this.#file.update((doc) => {
      const kept = doc.entries.filter((e) => e.at >= cutoff);
      removed = doc.entries.length - kept.length;
      doc.entries = kept;
      return removed > 0;
    });
    return removed;
  }

  #cutoff(): string {
    return new Date(this.#clock().getTime() - this.retentionDays * DAY_MS).toISOString();
  }
}
