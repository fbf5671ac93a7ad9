/**
 * The store port: everything the application keeps, behind one interface with two stores — the
 * lowdb files in DATA_DIR (the embedded default, one instance) and PostgreSQL (`DATABASE_URL`,
 * several instances). In the style of botbuilder's `Storage` and vercel/chat's `StateAdapter`.
 *
 * This is the bottom layer, so it knows no request or notification: records, history entries and
 * events are the caller's JSON, carried with the few columns a store selects on. The caller
 * validates what it reads back (zod at every edge). Every call that depends on time takes the
 * application's clock (`now`), so a test with a fake clock behaves the same on every store.
 */

/** A request as stored: the caller's record with the columns queries select on. */
export interface RequestRow<R> {
  /** "FWA-2026-0001": a prefix per type, the year, a sequence per prefix and year. */
  id: string;
  /** Who made it ("slack:U123"): "mine" and idempotency are per requester. */
  requesterKey: string;
  idempotencyKey: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  record: R;
}

/** One entry of a request's history, appended and never changed; `seq` counts from 1. */
export interface HistoryRow<H> {
  seq: number;
  at: string;
  entry: H;
}

/** A notification waiting in the outbox, written in the transaction of the change it announces. */
export interface OutboxEventRow<E> {
  id: string;
  requestId: string;
  /** "hr", or the requester's key (a direct message to them). */
  audience: string;
  /** The requester's platform, for a requester's event. */
  audiencePlatform?: string;
  createdAt: string;
  event: E;
}

/** The delivery of one event to one platform. */
export interface DeliveryState {
  attempts: number;
  nextAttemptAt?: string;
  deliveredAt?: string;
  lastError?: string;
  /** A dispatcher delivering it now; others leave it alone until `claimedUntil`. */
  claimedBy?: string;
  claimedUntil?: string;
}

/** What one transaction on the request log may do; nothing is visible to others before it ends. */
export interface RequestTx<R, H, E> {
  /** The next number of the sequence `key` ("FWA-2026"): gapless, never handed out twice. */
  nextSequence(key: string): Promise<number>;
  /** Records that the sequence `key` has handed out `last` already (import); never goes back. */
  advanceSequence(key: string, last: number): Promise<void>;
  /** The request, held for this transaction (a concurrent change of it waits). */
  get(id: string): Promise<RequestRow<R> | undefined>;
  findByIdempotencyKey(requesterKey: string, idempotencyKey: string): Promise<RequestRow<R> | undefined>;
  /** Inserts or replaces the request and appends its new history entries (one per change; all on import). */
  put(row: RequestRow<R>, history: readonly HistoryRow<H>[]): Promise<void>;
  /** Queues the event (once: an id already queued is left as it is); `deliveries` only on import. */
  enqueue(event: OutboxEventRow<E>, deliveries?: Readonly<Record<string, DeliveryState>>): Promise<void>;
}

/** What a transaction's work returns: its result, and whether its changes are to be kept. */
export interface TxOutcome<T> {
  result: T;
  write: boolean;
}

export interface RequestFilter {
  requesterKey?: string;
  statuses?: readonly string[];
}

export interface RequestLogPort<R, H, E> {
  /**
   * Runs `work` in one transaction: ids, the request, its history entry and its notifications are
   * written together or not at all (also when `work` throws or says `write: false`).
   */
  transact<T>(work: (tx: RequestTx<R, H, E>) => Promise<TxOutcome<T>>): Promise<T>;
  get(id: string): Promise<RequestRow<R> | undefined>;
  /** In the order they were made. */
  list(filter?: RequestFilter): Promise<RequestRow<R>[]>;
  count(): Promise<number>;
}

/** Which events a dispatcher delivers, and to which platforms. */
export interface OutboxTargets {
  /** Platforms that receive HR events (none: this dispatcher takes no HR event). */
  hrPlatforms: readonly string[];
  /** Platforms whose requesters' events this dispatcher delivers. */
  requesterPlatforms: readonly string[];
  /** Only this requester's events (a console session: its own user's). */
  requesterKey?: string;
}

export interface ClaimOptions extends OutboxTargets {
  now: Date;
  leaseMs: number;
  /** The claiming dispatcher. */
  token: string;
  limit?: number;
}

export interface ClaimedEvent<E> {
  id: string;
  event: E;
  platforms: string[];
  /** Platforms whose earlier claim never settled, or failed: the message may be out already. */
  uncertain: string[];
}

export interface SettleOutcome {
  eventId: string;
  platform: string;
  error?: string;
}

export interface SettleOptions extends OutboxTargets {
  now: Date;
  token: string;
  /** The delay before the next attempt after `attempts` failures. */
  backoffMs: (attempts: number) => number;
  /** Delivered events are removed after this long. */
  keepDeliveredMs: number;
}

export interface Settled extends SettleOutcome {
  attempts: number;
}

export interface OutboxPort<E> {
  /** Reserves the due deliveries for `token` until `now + leaseMs`; others skip them meanwhile. */
  claim(options: ClaimOptions): Promise<ClaimedEvent<E>[]>;
  /** Extends `token`'s claims on these events while it is still delivering them. */
  renew(eventIds: readonly string[], options: { now: Date; leaseMs: number; token: string }): Promise<void>;
  /**
   * Marks deliveries done or schedules their retry; an outcome whose claim was taken over by another
   * dispatcher (its lease ran out) is dropped. Returns the outcomes recorded.
   */
  settle(outcomes: readonly SettleOutcome[], options: SettleOptions): Promise<Settled[]>;
  /** When the earliest retry for these targets is due, if one is waiting. */
  nextRetry(targets: OutboxTargets): Promise<Date | undefined>;
  /** Every event with its deliveries (operations and tests). */
  entries(): Promise<{ event: E; deliveries: Record<string, DeliveryState> }[]>;
}

/** A key-value space in namespaces ("dialog", "slack-event", …), each value the caller's JSON. */
export interface KeyValuePort {
  /** The value, unless missing or expired at `now`. */
  get(namespace: string, key: string, now: Date): Promise<unknown>;
  /** Sets the value; with `ttlMs` it expires that long after `now`. */
  set(namespace: string, key: string, value: unknown, options: { now: Date; ttlMs?: number }): Promise<void>;
  /** Sets the value only when the key is missing or expired; true when it did. */
  setIfAbsent(
    namespace: string,
    key: string,
    value: unknown,
    options: { now: Date; ttlMs?: number },
  ): Promise<boolean>;
  delete(namespace: string, key: string): Promise<void>;
  /** The live entries of a namespace. */
  entries(namespace: string, now: Date): Promise<[string, unknown][]>;
}

export interface Store<R, H, E> {
  kind: "file" | "postgres";
  requests: RequestLogPort<R, H, E>;
  outbox: OutboxPort<E>;
  kv: KeyValuePort;
  /** Reads and writes once (readiness). */
  check(): Promise<void>;
  close(): Promise<void>;
}
