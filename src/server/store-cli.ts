import path from "node:path";
import { pathToFileURL } from "node:url";
import { Command, Option } from "commander";
import type { z } from "zod";
import {
  HR_MESSAGES_FILE,
  HR_MESSAGES_SPACE,
  HrMessagesFile,
  empty as noMessages,
} from "../adapters/slack/hr-messages.ts";
import { LedgerFile, SEEN_EVENTS_FILE, SEEN_NAMESPACE } from "../adapters/slack/seen-events.ts";
import {
  CONVERSATIONS_SPACE,
  ConversationsFile,
  emptyStore as noConversations,
} from "../adapters/teams/conversation-store.ts";
import { loadConfig } from "../config.ts";
import { createLogger, type Logger } from "../log.ts";
import { RequestLog } from "../requests/log.ts";
import { type AppStore, openPostgresAppStore, outboxRow, requestRow } from "../requests/store.ts";
import { DIALOG_NAMESPACE } from "../storage/file-store.ts";
import { JsonFile } from "../storage/json-file.ts";
import { kvDocument } from "../storage/kv-document.ts";
import { migrate } from "../storage/postgres/migrate.ts";

/**
 * `npm run store -- migrate [--database-url URL]`: applies the PostgreSQL migrations (every instance
 * also does at start-up).
 * `npm run store -- import [--data-dir DIR] [--database-url URL]`: copies a file store (DATA_DIR:
 * requests.json with its outbox and open forms, the Slack and Teams files) into PostgreSQL, in one
 * transaction for the request log. Refused when the database already holds requests.
 */

export interface ImportCounts {
  requests: number;
  history: number;
  events: number;
  dialogs: number;
  slackMessages: number;
  slackEvents: number;
  teamsReferences: number;
}

export async function importFileStore(
  dataDir: string,
  store: AppStore,
  logger: Logger,
): Promise<ImportCounts> {
  const log = await RequestLog.open({ dataDir, logger });
  const now = new Date();
  try {
    const data = await log.snapshot();
    const existing = await store.requests.count();
    if (existing > 0)
      throw new Error(`the database already holds ${existing} requests: import into an empty one`);
    const counts = await store.requests.transact(async (tx) => {
      let history = 0;
      for (const record of data.requests) {
        const entries = record.history.map((entry, i) => ({ seq: i + 1, at: entry.at, entry }));
        history += entries.length;
        await tx.put(requestRow(record), entries);
      }
      // Each sequence continues after the last id it handed out.
      for (const [key, last] of Object.entries(data.sequences ?? {})) await tx.advanceSequence(key, last);
      for (const entry of data.outbox) await tx.enqueue(outboxRow(entry.event), entry.deliveries);
      return {
        result: { requests: data.requests.length, history, events: data.outbox.length },
        write: true,
      };
    });
    const dialogs = Object.entries(data.dialogs);
    for (const [key, state] of dialogs) await store.kv.set(DIALOG_NAMESPACE, key, state, { now });

    const messages = await new JsonFile(
      path.join(dataDir, HR_MESSAGES_FILE),
      HrMessagesFile,
      noMessages,
      logger,
    ).read();
    await kvDocument({
      kv: store.kv,
      ...HR_MESSAGES_SPACE,
      schema: HrMessagesFile,
      empty: noMessages,
      logger,
    }).update((doc) => {
      Object.assign(doc.messages, messages.messages);
      return true;
    });
    const teamsFile = path.join(dataDir, "teams-conversations.json");
    const teams = await new JsonFile(teamsFile, ConversationsFile, noConversations, logger).read();
    await kvDocument({
      kv: store.kv,
      ...CONVERSATIONS_SPACE,
      schema: ConversationsFile,
      empty: noConversations,
      logger,
    }).update((doc) => {
      Object.assign(doc.users, teams.users);
      Object.assign(doc.conversations, teams.conversations);
      Object.assign(doc.cards, teams.cards);
      if (teams.hrConversationId) doc.hrConversationId = teams.hrConversationId;
      return true;
    });
    const seen = await new JsonFile<z.infer<typeof LedgerFile>>(
      path.join(dataDir, SEEN_EVENTS_FILE),
      LedgerFile,
      () => ({
        version: 1 as const,
        events: {},
      }),
      logger,
    ).read();
    let slackEvents = 0;
    for (const [id, mark] of Object.entries(seen.events)) {
      const ttlMs = mark.until - now.getTime();
      if (ttlMs <= 0) continue;
      await store.kv.set(SEEN_NAMESPACE, id, mark.state, { now, ttlMs });
      slackEvents += 1;
    }
    return {
      ...counts,
      dialogs: dialogs.length,
      slackMessages: Object.keys(messages.messages).length,
      slackEvents,
      teamsReferences: Object.keys(teams.users).length + Object.keys(teams.conversations).length,
    };
  } finally {
    await log.close();
  }
}

function databaseUrl(given: string | undefined): string {
  const url = given ?? loadConfig().DATABASE_URL;
  if (!url) throw new Error("no database: set DATABASE_URL or pass --database-url");
  return url;
}

export function buildStoreProgram(stdout: { write(text: string): unknown }): Command {
  const program = new Command("store").description("the store: PostgreSQL migrations and import from files");
  const url = () => new Option("--database-url <url>", "the PostgreSQL database (default: DATABASE_URL)");
  program
    .command("migrate")
    .description("apply the PostgreSQL migrations not yet applied")
    .addOption(url())
    .action(async (options: { databaseUrl?: string }) => {
      const { default: pg } = await import("pg");
      const pool = new pg.Pool({ connectionString: databaseUrl(options.databaseUrl), max: 1 });
      try {
        const applied = await migrate(pool);
        stdout.write(`${JSON.stringify({ applied })}\n`);
      } finally {
        await pool.end();
      }
    });
  program
    .command("import")
    .description("copy the file store in DATA_DIR into an empty PostgreSQL database")
    .option("--data-dir <dir>", "the data directory (default: DATA_DIR)")
    .addOption(url())
    .action(async (options: { dataDir?: string; databaseUrl?: string }) => {
      const logger = createLogger();
      const store = await openPostgresAppStore(databaseUrl(options.databaseUrl));
      try {
        const counts = await importFileStore(options.dataDir ?? loadConfig().DATA_DIR, store, logger);
        stdout.write(`${JSON.stringify(counts)}\n`);
      } finally {
        await store.close();
      }
    });
  return program;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  buildStoreProgram(process.stdout)
    .parseAsync()
    .catch((error: unknown) => {
      process.stderr.write(`store: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
