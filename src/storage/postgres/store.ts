import pg from "pg";
import type { Store } from "../port.ts";
import { postgresKeyValue } from "./kv.ts";
import { migrate } from "./migrate.ts";
import { postgresOutbox } from "./outbox.ts";
import { postgresRequestLog } from "./requests.ts";
import type { Decode } from "./sql.ts";

export interface PostgresStoreOptions<R, E> {
  /** DATABASE_URL: postgres://user:password@host:port/database */
  url: string;
  decode: Decode<R, E>;
  /** Connections per instance. */
  poolSize?: number;
  /** Apply pending migrations first (default: yes). */
  migrate?: boolean;
}

/** The PostgreSQL store: several instances on one database. Migrates the schema at opening. */
export async function openPostgresStore<R, H, E>(
  options: PostgresStoreOptions<R, E>,
): Promise<Store<R, H, E>> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
  // An idle connection the server drops is replaced; the error must not end the process.
  pool.on("error", () => undefined);
  try {
    if (options.migrate !== false) await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: "postgres",
    requests: postgresRequestLog<R, H, E>(pool, options.decode),
    outbox: postgresOutbox<E>(pool, options.decode),
    kv: postgresKeyValue(pool),
    async check() {
      await pool.query("SELECT 1 FROM store_migrations LIMIT 1");
    },
    close: () => pool.end(),
  };
}
