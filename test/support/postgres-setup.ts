import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/storage/postgres/migrate.ts";
import { startPostgres } from "./postgres-server.ts";

/**
 * vitest globalSetup: one real PostgreSQL server for the whole run (see postgres-server.ts), with
 * a migrated template database that each test file clones (see postgres.ts). Stopped and removed
 * at teardown.
 */

export const TEMPLATE_DB = "store_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: `${server.adminUrl}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
    const pool = new pg.Pool({ connectionString: `${server.adminUrl}/${TEMPLATE_DB}` });
    await migrate(pool);
    await pool.end();
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("postgresAdminUrl", server.adminUrl);
  return () => server.stop();
}
