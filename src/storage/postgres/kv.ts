import type pg from "pg";
import type { KeyValuePort } from "../port.ts";

/** The key-value space on PostgreSQL: one table, expired rows ignored when read and swept now and then. */

const SWEEP_EVERY = 500;

export function postgresKeyValue(pool: pg.Pool): KeyValuePort {
  let writes = 0;
  const expiry = (now: Date, ttlMs?: number) =>
    ttlMs === undefined ? null : new Date(now.getTime() + ttlMs);
  async function sweep(now: Date): Promise<void> {
    writes += 1;
    if (writes % SWEEP_EVERY === 0) await pool.query("DELETE FROM store_kv WHERE expires_at <= $1", [now]);
  }
  return {
    async get(namespace, key, now) {
      const result = await pool.query<{ value: unknown }>(
        `SELECT value FROM store_kv WHERE namespace = $1 AND key = $2 AND (expires_at IS NULL OR expires_at > $3)`,
        [namespace, key, now],
      );
      return result.rows[0]?.value;
    },
    async set(namespace, key, value, { now, ttlMs }) {
      await pool.query(
        `INSERT INTO store_kv (namespace, key, value, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
        [namespace, key, JSON.stringify(value), expiry(now, ttlMs)],
      );
      await sweep(now);
    },
    async setIfAbsent(namespace, key, value, { now, ttlMs }) {
      // A concurrent insert of the same key waits for the first, then finds it live: one wins.
      const result = await pool.query(
        `INSERT INTO store_kv AS kv (namespace, key, value, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
           WHERE kv.expires_at IS NOT NULL AND kv.expires_at <= $5`,
        [namespace, key, JSON.stringify(value), expiry(now, ttlMs), now],
      );
      await sweep(now);
      return result.rowCount === 1;
    },
    async delete(namespace, key) {
      await pool.query("DELETE FROM store_kv WHERE namespace = $1 AND key = $2", [namespace, key]);
    },
    async entries(namespace, now) {
      const result = await pool.query<{ key: string; value: unknown }>(
        `SELECT key, value FROM store_kv WHERE namespace = $1 AND (expires_at IS NULL OR expires_at > $2)
         ORDER BY key`,
        [namespace, now],
      );
      return result.rows.map((r) => [r.key, r.value]);
    },
  };
}
