import path from "node:path";
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../log.ts";
import { JsonFile } from "../../storage/json-file.ts";
import type { KeyValuePort } from "../../storage/port.ts";
import { errorFields } from "./log.ts";
import { EventEnvelope } from "./payloads.ts";

export const SEEN_EVENTS_FILE = "slack-events.json";

/** Where an event is: being answered (until its lease runs out), or answered (until its TTL does). */
const Mark = z.strictObject({
  state: z.enum(["processing", "done"]),
  /** Epoch milliseconds after which the mark no longer counts. */
  until: z.number().int().nonnegative(),
});
export const LedgerFile = z.strictObject({
  version: z.literal(1),
  /** By event id, oldest first. */
  events: z.record(z.string().min(1).max(200), Mark),
});
type LedgerFile = z.infer<typeof LedgerFile>;

export interface SeenEventsOptions {
  /** The data directory (DATA_DIR) holding slack-events.json. */
  dataDir: string;
  logger: Logger;
  /** How long an answered id is remembered; Slack retries within about five minutes. */
  ttlMs?: number;
  /** How long an id being answered holds off its retries; after it, a crash's retry is let through. */
  leaseMs?: number;
  /** At most this many ids are kept; the oldest go first. */
  max?: number;
  now?: () => number;
}

type Op =
  | { kind: "begin"; id: string; resolve: (first: boolean) => void }
  | { kind: "finish"; id: string; resolve: () => void };

/**
 * The Events API deliveries taken on (X-Slack-Retry-Num repeats the same event_id), kept in
 * DATA_DIR through the validated, locked, atomic JsonFile, so a retry is dropped also after a
 * restart or by another process on the same directory. An id is marked "processing" with a short
 * lease when it arrives and "done" once answered: a retry meanwhile is dropped; a retry after a
 * crash mid-answer (lease over, not done) is answered; a retry after done is dropped for the TTL.
 * Calls arriving together are written together (one locked write per batch), so a burst of events
 * costs a few writes, not two each.
 */
export class SeenEvents {
  private readonly store: JsonFile<LedgerFile>;
  private readonly logger: Logger;
  private readonly ttlMs: number;
  private readonly leaseMs: number;
  private readonly max: number;
  private readonly now: () => number;
  private ops: Op[] = [];
  private draining: Promise<void> | undefined;

  constructor(options: SeenEventsOptions) {
    this.logger = options.logger;
    this.store = new JsonFile(
      path.join(options.dataDir, SEEN_EVENTS_FILE),
      LedgerFile,
      empty,
      options.logger,
    );
    this.ttlMs = options.ttlMs ?? 2 * 60 * 60 * 1000;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.max = options.max ?? 20_000;
    this.now = options.now ?? Date.now;
  }

  get file(): string {
    return this.store.file;
  }

  /** True when the event is to be answered (and marks it processing); false for a repeat to drop. */
  begin(id: string): Promise<boolean> {
    return new Promise((resolve) => this.push({ kind: "begin", id, resolve }));
  }

  /** Marks the event answered. */
  finish(id: string): Promise<void> {
    return new Promise((resolve) => this.push({ kind: "finish", id, resolve }));
  }

  private push(op: Op): void {
    this.ops.push(op);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    while (this.ops.length > 0) {
      const batch = this.ops.splice(0);
      let decisions: boolean[] = [];
      try {
        await this.store.update((data) => {
          const applied = this.apply(data, batch);
          decisions = applied.decisions;
          return applied.changed;
        });
      } catch (error) {
        // Answering twice is better than never: without the file, every event is let through.
        this.logger.error({ error: errorFields(error) }, "slack event ledger not written");
        decisions = batch.map(() => true);
      }
      batch.forEach((op, i) => {
        if (op.kind === "begin") op.resolve(decisions[i] ?? true);
        else op.resolve();
      });
    }
    this.draining = undefined;
  }

  /** Applies a batch to the document (called again on a fresh read under the lock). */
  private apply(data: LedgerFile, batch: readonly Op[]): { decisions: boolean[]; changed: boolean } {
    const now = this.now();
    const { events } = data;
    let changed = false;
    for (const [id, mark] of Object.entries(events)) {
      if (mark.until > now) continue;
      delete events[id];
      changed = true;
    }
    const decisions = batch.map((op) => {
      const mark = Object.hasOwn(events, op.id) ? events[op.id] : undefined;
      if (op.kind === "begin" && mark && mark.until > now) return false;
      delete events[op.id];
      events[op.id] =
        op.kind === "begin"
          ? { state: "processing", until: now + this.leaseMs }
          : { state: "done", until: now + this.ttlMs };
      changed = true;
      return true;
    });
    for (const old of Object.keys(events).slice(0, -this.max)) delete events[old];
    return { decisions, changed };
  }
}

function empty(): LedgerFile {
  return { version: 1, events: {} };
}

/**
 * The same two steps in a key-value space shared by several instances (PostgreSQL's): `begin` is one
 * set-if-absent, so of an event and its retry delivered to two instances exactly one is answered.
 */
export class SharedSeenEvents {
  private readonly ttlMs: number;
  private readonly leaseMs: number;
  private readonly clock: () => Date;

  constructor(
    private readonly kv: KeyValuePort,
    private readonly logger: Logger,
    options: Pick<SeenEventsOptions, "ttlMs" | "leaseMs"> & { clock?: () => Date } = {},
  ) {
    this.ttlMs = options.ttlMs ?? 2 * 60 * 60 * 1000;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.clock = options.clock ?? (() => new Date());
  }

  async begin(id: string): Promise<boolean> {
    try {
      return await this.kv.setIfAbsent(SEEN_NAMESPACE, id, "processing", {
        now: this.clock(),
        ttlMs: this.leaseMs,
      });
    } catch (error) {
      // Answering twice is better than never.
      this.logger.error({ error: errorFields(error) }, "slack event ledger not written");
      return true;
    }
  }

  async finish(id: string): Promise<void> {
    try {
      await this.kv.set(SEEN_NAMESPACE, id, "done", { now: this.clock(), ttlMs: this.ttlMs });
    } catch (error) {
      this.logger.error({ error: errorFields(error) }, "slack event ledger not written");
    }
  }
}

export const SEEN_NAMESPACE = "slack-event";

/** What the de-duplication middleware needs: SeenEvents, or any store with the same two steps. */
export type EventLedger = Pick<SeenEvents, "begin" | "finish">;

/**
 * Global middleware: an event already taken on is acknowledged (Bolt acks events before any
 * middleware runs) and goes no further. Bolt's `next()` resolves once the listeners have answered,
 * so the event is marked done then.
 */
export function skipRepeatedEvents(seen: EventLedger, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = EventEnvelope.safeParse(body);
    if (!envelope.success) {
      await next();
      return;
    }
    const eventId = envelope.data.event_id;
    if (!(await seen.begin(eventId))) {
      logger.info({ eventId, retryNum: context.retryNum }, "slack event repeated, skipped");
      return;
    }
    try {
      await next();
    } finally {
      await seen.finish(eventId);
    }
  };
}
