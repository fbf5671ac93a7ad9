import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_LOG_FILE } from "../../src/requests/log.ts";
import { listening, type ServerProcess, start } from "../support/processes.ts";

/**
 * /healthz and /readyz of a real server process (`npm run serve`) over loopback, while its request
 * log is broken on disk in the ways an operator meets: garbage in the file, a directory where the
 * file should be, the data directory gone.
 */

let dataDir: string;
let server: ServerProcess;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "hr-health-"));
  server = await listening(
    start("npm", ["run", "serve", "--silent"], { DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" }, "file"),
  );
}, 60_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function get(pathname: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${pathname}`);
  return { status: response.status, body: await response.json() };
}

const logFile = () => path.join(dataDir, REQUEST_LOG_FILE);
const EMPTY_LOG = JSON.stringify({ version: 1, requests: [], outbox: [], dialogs: {}, sequences: {} });

describe("the health endpoints of a running server", () => {
  it("are both 200 when the server is healthy", async () => {
    expect(await get("/healthz")).toEqual({ status: 200, body: { status: "ok" } });
    expect(await get("/readyz")).toEqual({ status: 200, body: { status: "ready" } });
  });

  it("report not ready, with a short reason, while the request log is corrupt; alive meanwhile", async () => {
    writeFileSync(logFile(), '{"version":1,"requests":[{"id":');
    const ready = await get("/readyz");
    expect(ready).toEqual({
      status: 503,
      body: { status: "unavailable", reasons: ["request log unreadable"] },
    });
    // Never the error's own text (it names the file and the bad place).
    expect(JSON.stringify(ready.body)).not.toContain(dataDir);
    expect(await get("/healthz")).toEqual({ status: 200, body: { status: "ok" } });

    writeFileSync(logFile(), EMPTY_LOG);
    expect(await get("/readyz")).toEqual({ status: 200, body: { status: "ready" } });
  });

  it("report not ready while a directory stands where the request log should be", async () => {
    rmSync(logFile());
    mkdirSync(logFile());
    expect(await get("/readyz")).toEqual({
      status: 503,
      body: { status: "unavailable", reasons: ["request log unreadable"] },
    });
    expect((await get("/healthz")).status).toBe(200);
    rmSync(logFile(), { recursive: true });
    writeFileSync(logFile(), EMPTY_LOG);
    expect((await get("/readyz")).status).toBe(200);
  });

  it("name every failing check when the data directory itself is gone", async () => {
    const aside = `${dataDir}.aside`;
    renameSync(dataDir, aside);
    writeFileSync(dataDir, "not a directory");
    try {
      expect(await get("/readyz")).toEqual({
        status: 503,
        body: { status: "unavailable", reasons: ["request log unreadable", "data directory unwritable"] },
      });
      expect((await get("/healthz")).status).toBe(200);
    } finally {
      rmSync(dataDir);
      renameSync(aside, dataDir);
    }
    expect((await get("/readyz")).status).toBe(200);
  });
});
