import path from "node:path";
import { type Logger, silentLogger } from "../log.ts";
import { type NotificationEvent, NotificationEvent as NotificationEventSchema } from "../notify/events.ts";
import {
  createFileStore,
  type Describe,
  type FileLogData,
  type FileLogEngine,
} from "../storage/file-store.ts";
import type { KeyValuePort, OutboxEventRow, RequestRow, Store } from "../storage/port.ts";
import { openPostgresStore } from "../storage/postgres/store.ts";
import { RequestLog } from "./log.ts";
import { actorKey, type HistoryEntry, RequestRecord } from "./model.ts";

/**
 * The application's store: the store port with requests, their history entries and notification
 * events as the records. The file store over the request log by default; PostgreSQL with a URL.
 */

export type AppStore = Store<RequestRecord, HistoryEntry, NotificationEvent>;

/** The columns the stores select on, read from our records and events. */
export const DESCRIBE: Describe<RequestRecord, NotificationEvent> = {
  request: (r) => ({
    id: r.id,
    requesterKey: actorKey(r.requester),
    idempotencyKey: r.idempotencyKey,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }),
  event: (e) => ({
    id: e.id,
    audience: e.audience === "hr" ? "hr" : actorKey(e.audience.requester),
    ...(e.audience !== "hr" && { audiencePlatform: e.audience.requester.platform }),
    createdAt: e.createdAt,
  }),
};

export function requestRow(record: RequestRecord): RequestRow<RequestRecord> {
  return { ...DESCRIBE.request(record), record };
}

export function outboxRow(event: NotificationEvent): OutboxEventRow<NotificationEvent> {
  return { ...DESCRIBE.event(event), requestId: event.requestId, event };
}

const stores = new WeakMap<RequestLog, AppStore>();

/** The file store over an open request log (one per log). */
export function fileStoreOf(log: RequestLog, logger?: Logger): AppStore {
  let store = stores.get(log);
  if (!store) {
    store = createFileStore<RequestRecord, HistoryEntry, NotificationEvent>({
      // The log's file is the store's: its records and events are ours, validated when read.
      engine: log as unknown as FileLogEngine<FileLogData<RequestRecord, NotificationEvent>>,
      dataDir: path.dirname(log.file),
      describe: DESCRIBE,
      logger: logger ?? silentLogger,
    });
    stores.set(log, store);
  }
  return store;
}

/** The store; or a request log, taken as its file store. */
export type StoreOption = { store: AppStore } | { log: RequestLog };

export function storeOf(option: StoreOption): AppStore {
  return "store" in option ? option.store : fileStoreOf(option.log);
}

/**
 * The key-value space the adapters keep their own state in (event de-duplication, message
 * references) when it is shared by several instances: PostgreSQL's. With the file store they keep
 * their own files in DATA_DIR, as before the port.
 */
export function sharedKeyValue(store: AppStore | undefined): KeyValuePort | undefined {
  return store?.kind === "postgres" ? store.kv : undefined;
}

export interface OpenStoreOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  logger: Logger;
}

export async function openPostgresAppStore(url: string): Promise<AppStore> {
  return openPostgresStore<RequestRecord, HistoryEntry, NotificationEvent>({
    url,
    decode: {
      record: (json) => RequestRecord.parse(json),
      event: (json) => NotificationEventSchema.parse(json),
    },
  });
}

/** Opens the store the configuration selects; a corrupt request log stops with CorruptLogError. */
export async function openStore(options: OpenStoreOptions): Promise<{ store: AppStore; log?: RequestLog }> {
  if (options.databaseUrl) return { store: await openPostgresAppStore(options.databaseUrl) };
  const log = await RequestLog.open({ dataDir: options.dataDir, logger: options.logger });
  return { store: fileStoreOf(log, options.logger), log };
}
