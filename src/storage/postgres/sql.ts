import type pg from "pg";

/** How the caller reads back its JSON (its zod schemas): the store never trusts what it stored. */
export interface Decode<R, E> {
  record: (json: unknown) => R;
  event: (json: unknown) => E;
}

/** Errors a transaction is run again for: a unique key taken meanwhile, a deadlock, a serialisation failure. */
const RETRIED = new Set(["23505", "40001", "40P01"]);
const ATTEMPTS = 4;

/**
 * Runs `work` in a transaction on one pooled connection; commits when it says so, rolls back
 * otherwise and on any error. A conflict with a concurrent transaction runs it again (a repeated
 * submission then finds the first one's row).
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<{ result: T; commit: boolean }>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      const { result, commit } = await work(client);
      await client.query(commit ? "COMMIT" : "ROLLBACK");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {
        broken = true;
      });
      if (attempt < ATTEMPTS && RETRIED.has(codeOf(error))) continue;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

export function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

export function iso(value: Date): string {
  return value.toISOString();
}

export function isoOrUndefined(value: Date | null): string | undefined {
  return value ? value.toISOString() : undefined;
}
