import type { Logger } from "../log.ts";
import { fileKeyValue } from "./file-kv.ts";
import type {
  ClaimedEvent,
  DeliveryState,
  OutboxPort,
  OutboxTargets,
  RequestLogPort,
  RequestRow,
  RequestTx,
  Settled,
  Store,
  TxOutcome,
} from "./port.ts";

/**
 * The file store: the store port over the request log's one JSON file (requests, outbox, open
 * forms and sequences, changed under a lock, written atomically) and small JSON files for the
 * rest of the key-value space. The embedded default: one instance on one DATA_DIR.
 */

/** The request log file's content, as the store sees it (the caller's schema validates it). */
export interface FileLogData<R, E> {
  requests: R[];
  outbox: { event: E; deliveries: Partial<Record<string, DeliveryState>> }[];
  dialogs: Record<string, Record<string, unknown>>;
  sequences?: Record<string, number>;
}

/** The locked, batched, atomic file behind it (`RequestLog`). */
export interface FileLogEngine<D> {
  snapshot(): Promise<D>;
  change<T>(change: (draft: D) => Promise<TxOutcome<T>> | TxOutcome<T>): Promise<T>;
  close(): Promise<void>;
}

/** The columns the store selects on, read from the caller's records and events. */
export interface Describe<R, E> {
  request(record: R): Omit<RequestRow<R>, "record">;
  event(event: E): { id: string; audience: string; audiencePlatform?: string; createdAt: string };
}

/** The namespace kept in the request log's own file (open forms, as before the port). */
export const DIALOG_NAMESPACE = "dialog";

export interface FileStoreOptions<R, E> {
  engine: FileLogEngine<FileLogData<R, E>>;
  dataDir: string;
  describe: Describe<R, E>;
  logger: Logger;
}

export function createFileStore<R, H, E>(options: FileStoreOptions<R, E>): Store<R, H, E> {
  const { engine } = options;
  const files = fileKeyValue(options.dataDir, options.logger);
  return {
    kind: "file",
    requests: fileRequestLog<R, H, E>(options),
    outbox: fileOutbox(options),
    kv: {
      async get(namespace, key, now) {
        if (namespace !== DIALOG_NAMESPACE) return files.get(namespace, key, now);
        const dialogs = (await engine.snapshot()).dialogs;
        return Object.hasOwn(dialogs, key) ? structuredClone(dialogs[key]) : undefined;
      },
      async set(namespace, key, value, opts) {
        if (namespace !== DIALOG_NAMESPACE) return files.set(namespace, key, value, opts);
        await engine.change((draft) => {
          draft.dialogs[key] = value as Record<string, unknown>;
          return { result: undefined, write: true };
        });
      },
      async setIfAbsent(namespace, key, value, opts) {
        if (namespace !== DIALOG_NAMESPACE) return files.setIfAbsent(namespace, key, value, opts);
        return engine.change((draft) => {
          if (Object.hasOwn(draft.dialogs, key)) return { result: false, write: false };
          draft.dialogs[key] = value as Record<string, unknown>;
          return { result: true, write: true };
        });
      },
      async delete(namespace, key) {
        if (namespace !== DIALOG_NAMESPACE) return files.delete(namespace, key);
        await engine.change((draft) => {
          const present = Object.hasOwn(draft.dialogs, key);
          if (present) delete draft.dialogs[key];
          return { result: undefined, write: present };
        });
      },
      async entries(namespace, now) {
        if (namespace !== DIALOG_NAMESPACE) return files.entries(namespace, now);
        return Object.entries((await engine.snapshot()).dialogs).map(([k, v]) => [k, structuredClone(v)]);
      },
    },
    async check() {
      await engine.snapshot();
    },
    close: () => engine.close(),
  };
}

function fileRequestLog<R, H, E>({ engine, describe }: FileStoreOptions<R, E>): RequestLogPort<R, H, E> {
  const row = (record: R): RequestRow<R> => ({ ...describe.request(record), record });
  return {
    transact<T>(work: (tx: RequestTx<R, H, E>) => Promise<TxOutcome<T>>): Promise<T> {
      return engine.change(async (draft) => {
        const indexOf = (id: string) => draft.requests.findIndex((r) => describe.request(r).id === id);
        return work({
          async nextSequence(key) {
            const sequences = draft.sequences ?? {};
            draft.sequences = sequences;
            // A file written without sequences (by hand, or an older version) continues after its highest id.
            const last =
              sequences[key] ??
              highestSequence(
                draft.requests.map((r) => describe.request(r).id),
                key,
              );
            sequences[key] = last + 1;
            return last + 1;
          },
          async advanceSequence(key, last) {
            const sequences = draft.sequences ?? {};
            draft.sequences = sequences;
            sequences[key] = Math.max(sequences[key] ?? 0, last);
          },
          async get(id) {
            const record = draft.requests[indexOf(id)];
            return record === undefined ? undefined : row(record);
          },
          async findByIdempotencyKey(requesterKey, idempotencyKey) {
            const record = draft.requests.find((r) => {
              const d = describe.request(r);
              return d.requesterKey === requesterKey && d.idempotencyKey === idempotencyKey;
            });
            return record === undefined ? undefined : row(record);
          },
          // The history is the record's own list here: the file holds each record whole.
          async put(next) {
            const index = indexOf(next.id);
            if (index === -1) draft.requests.push(next.record);
            else draft.requests[index] = next.record;
          },
          async enqueue(event, deliveries = {}) {
            if (draft.outbox.some((e) => describe.event(e.event).id === event.id)) return;
            draft.outbox.push({ event: event.event, deliveries: { ...deliveries } });
          },
        });
      });
    },
    async get(id) {
      const record = (await engine.snapshot()).requests.find((r) => describe.request(r).id === id);
      return record === undefined ? undefined : row(record);
    },
    async list(filter = {}) {
      const rows = (await engine.snapshot()).requests.map(row);
      return rows.filter(
        (r) =>
          (filter.requesterKey === undefined || r.requesterKey === filter.requesterKey) &&
          (filter.statuses === undefined || filter.statuses.includes(r.status)),
      );
    },
    async count() {
      return (await engine.snapshot()).requests.length;
    },
  };
}

function highestSequence(ids: readonly string[], key: string): number {
  let highest = 0;
  for (const id of ids) {
    if (id.startsWith(`${key}-`)) highest = Math.max(highest, Number(id.slice(key.length + 1)));
  }
  return highest;
}

function fileOutbox<R, E>({ engine, describe }: FileStoreOptions<R, E>): OutboxPort<E> {
  function targets(event: E, t: OutboxTargets): string[] {
    const d = describe.event(event);
    if (d.audience === "hr") return [...t.hrPlatforms];
    if (t.requesterKey !== undefined && d.audience !== t.requesterKey) return [];
    return d.audiencePlatform && t.requesterPlatforms.includes(d.audiencePlatform)
      ? [d.audiencePlatform]
      : [];
  }
  function isDue(delivery: DeliveryState | undefined, now: Date): boolean {
    if (!delivery) return true;
    if (delivery.deliveredAt) return false;
    if (delivery.nextAttemptAt && new Date(delivery.nextAttemptAt) > now) return false;
    return !(delivery.claimedUntil && new Date(delivery.claimedUntil) > now);
  }
  function earliestRetry(outbox: FileLogData<R, E>["outbox"], t: OutboxTargets): Date | undefined {
    let earliest: Date | undefined;
    for (const entry of outbox) {
      for (const platform of targets(entry.event, t)) {
        const d = entry.deliveries[platform];
        if (d?.nextAttemptAt && !d.deliveredAt && (!earliest || new Date(d.nextAttemptAt) < earliest)) {
          earliest = new Date(d.nextAttemptAt);
        }
      }
    }
    return earliest;
  }
  return {
    claim(options) {
      return engine.change((draft) => {
        const { now, token } = options;
        const claimedUntil = new Date(now.getTime() + options.leaseMs).toISOString();
        const jobs: ClaimedEvent<E>[] = [];
        draft.outbox.forEach((entry, index) => {
          if (options.limit !== undefined && jobs.length >= options.limit) return;
          const platforms = targets(entry.event, options).filter((p) => isDue(entry.deliveries[p], now));
          if (platforms.length === 0) return;
          const deliveries = { ...entry.deliveries };
          // A settled attempt clears its claim: one still here was cut off between sending and settling.
          // A failed one may have reached the platform too (a timeout, a lost response).
          const uncertain = platforms.filter(
            (p) => deliveries[p]?.claimedBy !== undefined || deliveries[p]?.lastError !== undefined,
          );
          for (const p of platforms)
            deliveries[p] = { attempts: 0, ...deliveries[p], claimedBy: token, claimedUntil };
          draft.outbox[index] = { event: entry.event, deliveries };
          jobs.push({ id: describe.event(entry.event).id, event: entry.event, platforms, uncertain });
        });
        return { result: jobs, write: jobs.length > 0 };
      });
    },
    async renew(eventIds, options) {
      const ids = new Set(eventIds);
      await engine.change((draft) => {
        const claimedUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
        let write = false;
        draft.outbox.forEach((entry, index) => {
          if (!ids.has(describe.event(entry.event).id)) return;
          const deliveries = { ...entry.deliveries };
          for (const [p, d] of Object.entries(deliveries)) {
            if (!d || d.claimedBy !== options.token || d.deliveredAt) continue;
            deliveries[p] = { ...d, claimedUntil };
            write = true;
          }
          draft.outbox[index] = { event: entry.event, deliveries };
        });
        return { result: undefined, write };
      });
    },
    settle(outcomes, options) {
      return engine.change((draft) => {
        const { now } = options;
        const indexById = new Map(
          draft.outbox.map((entry, index) => [describe.event(entry.event).id, index]),
        );
        const settled: Settled[] = [];
        for (const outcome of outcomes) {
          const index = indexById.get(outcome.eventId);
          const entry = index === undefined ? undefined : draft.outbox[index];
          if (index === undefined || !entry) continue;
          // Its lease ran out and another dispatcher took it over: that one's outcome stands.
          if (entry.deliveries[outcome.platform]?.claimedBy !== options.token) continue;
          const attempts = (entry.deliveries[outcome.platform]?.attempts ?? 0) + 1;
          const next: DeliveryState = outcome.error
            ? {
                attempts,
                nextAttemptAt: new Date(now.getTime() + options.backoffMs(attempts)).toISOString(),
                lastError: outcome.error,
              }
            : { attempts, deliveredAt: now.toISOString() };
          draft.outbox[index] = {
            event: entry.event,
            deliveries: { ...entry.deliveries, [outcome.platform]: next },
          };
          settled.push({ ...outcome, attempts });
        }
        draft.outbox = draft.outbox.filter((entry) => {
          const deliveries = Object.values(entry.deliveries);
          const age = now.getTime() - new Date(describe.event(entry.event).createdAt).getTime();
          return !(
            deliveries.length > 0 &&
            deliveries.every((d) => d?.deliveredAt) &&
            age > options.keepDeliveredMs
          );
        });
        return { result: settled, write: true };
      });
    },
    async nextRetry(t) {
      return earliestRetry((await engine.snapshot()).outbox, t);
    },
    async entries() {
      return (await engine.snapshot()).outbox.map((e) => ({
        event: e.event,
        deliveries: Object.fromEntries(
          Object.entries(e.deliveries).filter(
            (pair): pair is [string, DeliveryState] => pair[1] !== undefined,
          ),
        ),
      }));
    },
  };
}
