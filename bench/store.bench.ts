import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { silentLogger } from "../src/log.ts";
import { REQUEST_LOG_FILE } from "../src/requests/log.ts";
import { actorKey } from "../src/requests/model.ts";
import { type AppStore, openPostgresAppStore, openStore } from "../src/requests/store.ts";
import { createWorkflow } from "../src/requests/workflow.ts";
import { migrate } from "../src/storage/postgres/migrate.ts";
import { type PostgresServer, startPostgres } from "../test/support/postgres-server.ts";
import { seededRecord } from "./requests.bench.ts";
import { quantile, round } from "./stats.ts";

/**
 * Submission latency by the size of the request log, the file store and PostgreSQL side by side:
 * 100, 10,000 and 100,000 requests already stored. The file store rewrites its file on every
 * write (O(n)); PostgreSQL writes a few rows (flat). PostgreSQL is the package's own server on
 * loopback, started and stopped here.
 *   npx tsx bench/store.bench.ts
 */

const SIZES = [100, 10_000, 100_000];
const SUBMISSIONS = 100;

export interface StoreBenchRow {
  store: "file" | "postgres";
  existing: number;
  submissions: number;
  medianMs: number;
  p99Ms: number;
}

function seedFile(dir: string, count: number): void {
  const requests = Array.from({ length: count }, (_, i) => seededRecord(i));
  const data = { version: 1, requests, outbox: [], dialogs: {}, sequences: { "LRN-2026": count } };
  writeFileSync(path.join(dir, REQUEST_LOG_FILE), JSON.stringify(data));
}

/** Bulk rows, a few thousand per statement. */
async function seedPostgres(url: string, count: number): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migrate(pool);
    for (let from = 0; from < count; from += 5_000) {
      const records = Array.from({ length: Math.min(5_000, count - from) }, (_, i) => seededRecord(from + i));
      await pool.query(
        `INSERT INTO store_requests (id, requester_key, idempotency_key, status, created_at, updated_at, record)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::jsonb[])`,
        [
          records.map((r) => r.id),
          records.map((r) => actorKey(r.requester)),
          records.map((r) => r.idempotencyKey),
          records.map((r) => r.status),
          records.map((r) => r.createdAt),
          records.map((r) => r.updatedAt),
          records.map((r) => JSON.stringify(r)),
        ],
      );
      const history = records.flatMap((r) => r.history.map((entry, i) => ({ id: r.id, seq: i + 1, entry })));
      await pool.query(
        `INSERT INTO store_history (request_id, seq, at, entry)
         SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::jsonb[])`,
        [
          history.map((h) => h.id),
          history.map((h) => h.seq),
          history.map((h) => h.entry.at),
          history.map((h) => JSON.stringify(h.entry)),
        ],
      );
    }
    await pool.query("INSERT INTO store_sequences (key, last) VALUES ('LRN-2026', $1)", [count]);
    // As a database that has run for a while would be: statistics known, pages frozen.
    await pool.query("VACUUM (FREEZE, ANALYZE)");
  } finally {
    await pool.end();
  }
}

async function submissions(store: AppStore, count: number): Promise<number[]> {
  const workflow = createWorkflow({ store, hrUsers: [], logger: silentLogger });
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const outcome = await workflow.submit({
      type: "flexible-work",
      requester: { platform: "console", userId: `bench-${i % 7}` },
      subject: "Compressed working week",
      fields: { pattern: "4x9", startDate: "2026-04-01" },
      idempotencyKey: `bench-${i}`,
    });
    times.push(performance.now() - start);
    if (!outcome.ok) throw new Error(`submission refused: ${outcome.reason}`);
  }
  return times;
}

function row(store: StoreBenchRow["store"], existing: number, times: number[]): StoreBenchRow {
  return {
    store,
    existing,
    submissions: times.length,
    medianMs: round(quantile(times, 0.5), 2),
    p99Ms: round(quantile(times, 0.99), 2),
  };
}

async function fileRow(existing: number): Promise<StoreBenchRow> {
  const dir = mkdtempSync(path.join(tmpdir(), "hr-store-bench-"));
  try {
    seedFile(dir, existing);
    const { store } = await openStore({ dataDir: dir, logger: silentLogger });
    try {
      // The largest file costs a second or more a write: fewer samples, the same picture.
      return row("file", existing, await submissions(store, existing >= 100_000 ? 20 : SUBMISSIONS));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRow(server: PostgresServer, existing: number): Promise<StoreBenchRow> {
  const name = `bench_${existing}_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${server.adminUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = `${server.adminUrl}/${name}`;
  try {
    await seedPostgres(url, existing);
    const store = await openPostgresAppStore(url);
    try {
      await submissions(store, 10); // warm-up: connections, plans
      return row("postgres", existing, await submissions(store, 3 * SUBMISSIONS));
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function benchStore(
  options: { sizes?: readonly number[]; stores?: readonly StoreBenchRow["store"][] } = {},
): Promise<StoreBenchRow[]> {
  const sizes = options.sizes ?? SIZES;
  const stores = options.stores ?? ["file", "postgres"];
  const rows: StoreBenchRow[] = [];
  if (stores.includes("file")) for (const size of sizes) rows.push(await fileRow(size));
  if (!stores.includes("postgres")) return rows;
  const server = await startPostgres();
  try {
    for (const size of sizes) rows.push(await postgresRow(server, size));
  } finally {
    await server.stop();
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchStore());
}
