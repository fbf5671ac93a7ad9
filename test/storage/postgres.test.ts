import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import { openPostgresAppStore } from "../../src/requests/store.ts";
import { createWorkflow } from "../../src/requests/workflow.ts";
import { migrate, readMigrations } from "../../src/storage/postgres/migrate.ts";
import { HR_USERS, submission } from "../requests/helpers.ts";
import { createTestDatabase } from "../support/postgres.ts";

/** What only the PostgreSQL store has: migrations under an advisory lock, an append-only history. */

const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});

function pool(url: string): pg.Pool {
  const p = new pg.Pool({ connectionString: url, max: 2 });
  pools.push(p);
  return p;
}

describe("migrations", () => {
  it("are applied once when several instances start at the same time", async () => {
    const url = await createTestDatabase({ empty: true });
    const results = await Promise.all(Array.from({ length: 4 }, () => migrate(pool(url))));
    const all = (await readMigrations()).map((m) => m.version);
    expect(results.flat().sort()).toEqual(all);
    const rows = await pool(url).query("SELECT version FROM store_migrations ORDER BY version");
    expect(rows.rows.map((r) => r.version)).toEqual(all);
    expect(await migrate(pool(url))).toEqual([]);
  });

  it("leave nothing of a migration that fails, and say so", async () => {
    const url = await createTestDatabase({ empty: true });
    const bad = [{ version: 1, name: "bad", sql: "CREATE TABLE t_ok (a int); SELECT no_such_function();" }];
    await expect(migrate(pool(url), bad)).rejects.toThrow(/no_such_function/);
    const tables = await pool(url).query("SELECT to_regclass('t_ok') AS t");
    expect(tables.rows[0]?.t).toBeNull();
    expect((await pool(url).query("SELECT count(*)::int AS n FROM store_migrations")).rows[0]?.n).toBe(0);
  });

  it("refuse an unreachable database at opening with its error", async () => {
    await expect(openPostgresAppStore("postgres://nobody:x@127.0.0.1:1/none")).rejects.toThrow();
  });
});

describe("the history", () => {
  it("is appended with every change and refuses UPDATE and DELETE", async () => {
    const url = await createTestDatabase();
    const store = await openPostgresAppStore(url);
    try {
      const workflow = createWorkflow({ store, hrUsers: HR_USERS, logger: silentLogger });
      const outcome = await workflow.submit(submission());
      if (!outcome.ok) throw new Error("refused");
      await workflow.decide(outcome.request.id, { platform: "console", userId: "alice" }, "approve");
      const db = pool(url);
      const history = await db.query(
        "SELECT seq, entry->>'action' AS action FROM store_history ORDER BY seq",
      );
      expect(history.rows).toEqual([
        { seq: 1, action: "submit" },
        { seq: 2, action: "approve" },
      ]);
      await expect(db.query("UPDATE store_history SET entry = '{}'")).rejects.toThrow(/append-only/);
      await expect(db.query("DELETE FROM store_history")).rejects.toThrow(/append-only/);
      await expect(db.query("TRUNCATE store_history CASCADE")).rejects.toThrow(/append-only/);
      expect((await db.query("SELECT count(*)::int AS n FROM store_history")).rows[0]?.n).toBe(2);
    } finally {
      await store.close();
    }
  });

  it("reads back only records that pass the schema", async () => {
    const url = await createTestDatabase();
    const store = await openPostgresAppStore(url);
    try {
      const workflow = createWorkflow({ store, hrUsers: HR_USERS, logger: silentLogger });
      const outcome = await workflow.submit(submission());
      if (!outcome.ok) throw new Error("refused");
      await pool(url).query(`UPDATE store_requests SET record = record || '{"status":"lost"}'`);
      await expect(store.requests.get(outcome.request.id)).rejects.toThrow();
    } finally {
      await store.close();
    }
  });
});
