import type pg from "pg";
import type { RequestFilter, RequestLogPort, RequestRow, RequestTx, TxOutcome } from "../port.ts";
import { type Decode, inTransaction, iso } from "./sql.ts";

/**
 * The request log on PostgreSQL: a transaction per change, at READ COMMITTED with row locks — the
 * sequence row serialises ids of one type and year (gapless: a rolled-back id is handed out again),
 * the request row serialises changes of one request, and the unique (requester, idempotency key)
 * makes a repeated submission find the first.
 */

interface RequestDbRow {
  id: string;
  requester_key: string;
  idempotency_key: string;
  status: string;
  created_at: Date;
  updated_at: Date;
  record: unknown;
}

const COLUMNS = "id, requester_key, idempotency_key, status, created_at, updated_at, record";

export function postgresRequestLog<R, H, E>(pool: pg.Pool, decode: Decode<R, E>): RequestLogPort<R, H, E> {
  const toRow = (row: RequestDbRow): RequestRow<R> => ({
    id: row.id,
    requesterKey: row.requester_key,
    idempotencyKey: row.idempotency_key,
    status: row.status,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    record: decode.record(row.record),
  });

  function tx(client: pg.PoolClient): RequestTx<R, H, E> {
    return {
      async nextSequence(key) {
        const next = await client.query<{ last: number }>(
          "UPDATE store_sequences SET last = last + 1 WHERE key = $1 RETURNING last",
          [key],
        );
        if (next.rows[0]) return next.rows[0].last;
        // A sequence not yet kept (its first id, or data imported without it) continues after its
        // highest id: looked up once, as it scans the type's requests.
        const result = await client.query<{ last: number }>(
          `INSERT INTO store_sequences AS s (key, last)
             VALUES ($1, 1 + COALESCE((SELECT max(substring(id FROM length($1) + 2)::int)
                                       FROM store_requests WHERE id LIKE $1 || '-%'), 0))
           ON CONFLICT (key) DO UPDATE SET last = s.last + 1
           RETURNING last`,
          [key],
        );
        return result.rows[0]?.last ?? 1;
      },
      async advanceSequence(key, last) {
        await client.query(
          `INSERT INTO store_sequences AS s (key, last) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET last = GREATEST(s.last, EXCLUDED.last)`,
          [key, last],
        );
      },
      async get(id) {
        const result = await client.query<RequestDbRow>(
          `SELECT ${COLUMNS} FROM store_requests WHERE id = $1 FOR UPDATE`,
          [id],
        );
        const row = result.rows[0];
        return row && toRow(row);
      },
      async findByIdempotencyKey(requesterKey, idempotencyKey) {
        const result = await client.query<RequestDbRow>(
          `SELECT ${COLUMNS} FROM store_requests WHERE requester_key = $1 AND idempotency_key = $2`,
          [requesterKey, idempotencyKey],
        );
        const row = result.rows[0];
        return row && toRow(row);
      },
      async put(row, history) {
        await client.query(
          `INSERT INTO store_requests (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at,
             record = EXCLUDED.record`,
          [
            row.id,
            row.requesterKey,
            row.idempotencyKey,
            row.status,
            row.createdAt,
            row.updatedAt,
            JSON.stringify(row.record),
          ],
        );
        for (const entry of history) {
          await client.query(
            "INSERT INTO store_history (request_id, seq, at, entry) VALUES ($1, $2, $3, $4)",
            [row.id, entry.seq, entry.at, JSON.stringify(entry.entry)],
          );
        }
      },
      async enqueue(event, deliveries = {}) {
        const states = Object.entries(deliveries);
        const open = states.length === 0 || states.some(([, d]) => !d.deliveredAt);
        const inserted = await client.query(
          `INSERT INTO store_outbox (id, request_id, audience, audience_platform, created_at, event, open)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
          [
            event.id,
            event.requestId,
            event.audience,
            event.audiencePlatform ?? null,
            event.createdAt,
            JSON.stringify(event.event),
            open,
          ],
        );
        if (inserted.rowCount !== 1) return;
        for (const [platform, d] of states) {
          await client.query(
            `INSERT INTO store_deliveries (event_id, platform, attempts, next_attempt_at, delivered_at, last_error,
               claimed_by, claimed_until) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              event.id,
              platform,
              d.attempts,
              d.nextAttemptAt ?? null,
              d.deliveredAt ?? null,
              d.lastError ?? null,
              d.claimedBy ?? null,
              d.claimedUntil ?? null,
            ],
          );
        }
      },
    };
  }

  return {
    transact<T>(work: (tx: RequestTx<R, H, E>) => Promise<TxOutcome<T>>): Promise<T> {
      return inTransaction(pool, async (client) => {
        const outcome = await work(tx(client));
        return { result: outcome.result, commit: outcome.write };
      });
    },
    async get(id) {
      const result = await pool.query<RequestDbRow>(`SELECT ${COLUMNS} FROM store_requests WHERE id = $1`, [
        id,
      ]);
      const row = result.rows[0];
      return row && toRow(row);
    },
    async list(filter: RequestFilter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.requesterKey !== undefined) {
        params.push(filter.requesterKey);
        where.push(`requester_key = $${params.length}`);
      }
      if (filter.statuses !== undefined) {
        params.push([...filter.statuses]);
        where.push(`status = ANY($${params.length})`);
      }
      const result = await pool.query<RequestDbRow>(
        `SELECT ${COLUMNS} FROM store_requests ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY position`,
        params,
      );
      return result.rows.map(toRow);
    },
    async count() {
      const result = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM store_requests");
      return result.rows[0]?.n ?? 0;
    },
  };
}
