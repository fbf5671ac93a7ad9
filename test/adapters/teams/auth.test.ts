import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Assistant, createAssistant } from "../../../src/app.ts";
import { parseConfig } from "../../../src/config.ts";
import { silentLogger } from "../../../src/log.ts";
import { createHttpApp, listen, type RunningServer } from "../../../src/server/http.ts";
import { platformMounts } from "../../../src/server/platforms.ts";
import {
  type FakeConnector,
  messageActivity,
  postActivity,
  startFakeConnector,
} from "../../support/teams.ts";

const APP_ID = "0f9c5b2e-4f3a-4d8e-9b1c-2a3b4c5d6e7f";

let dataDir: string;
let assistant: Assistant;
let connector: FakeConnector;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "teams-auth-"));
  assistant = createAssistant();
  connector = await startFakeConnector();
  const config = parseConfig({
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: "not-a-real-secret",
  });
  server = await listen(
    createHttpApp(platformMounts({ assistant, config, logger: silentLogger }), silentLogger),
    0,
    "127.0.0.1",
  );
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("Teams endpoint with an app id", () => {
  it("rejects a request without Authorization with 401 and sends nothing", async () => {
    const response = await postActivity(
      server.url,
      messageActivity({ serviceUrl: connector.url, text: "help" }),
    );
    expect(response.status).toBe(401);
    expect(connector.calls).toHaveLength(0);
  });

  it("rejects a token that is not a Bot Framework JWT with 401, without network access", async () => {
    // botbuilder reports the rejection on console.error; keep the test output readable.
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await postActivity(
        server.url,
        messageActivity({ serviceUrl: connector.url, text: "help" }),
        { authorization: "Bearer not-a-jwt" },
      );
      expect(response.status).toBe(401);
      expect(connector.calls).toHaveLength(0);
    } finally {
      consoleError.mockRestore();
    }
  });

  it("still answers health checks", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
  });
});

describe("Teams endpoint without an app id", () => {
  it("is not mounted unless asked for, and cannot be asked for in production", async () => {
    const config = parseConfig({ NODE_ENV: "development", DATA_DIR: dataDir });
    const bare = await listen(
      createHttpApp(platformMounts({ assistant, config, logger: silentLogger }), silentLogger),
      0,
      "127.0.0.1",
    );
    try {
      const response = await postActivity(
        bare.url,
        messageActivity({ serviceUrl: connector.url, text: "help" }),
      );
      expect(response.status).toBe(404);
    } finally {
      await bare.close();
    }
    expect(() =>
      parseConfig({ NODE_ENV: "production", DATA_DIR: dataDir, TEAMS_LOCAL_UNAUTHENTICATED: "true" }),
    ).toThrow(/TEAMS_LOCAL_UNAUTHENTICATED: refused with NODE_ENV=production/);
  });

  it("warns loudly that the endpoint is unauthenticated with TEAMS_LOCAL_UNAUTHENTICATED", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: "info" }, sink);
    const config = parseConfig({
      NODE_ENV: "development",
      DATA_DIR: dataDir,
      TEAMS_LOCAL_UNAUTHENTICATED: "true",
    });
    createHttpApp(platformMounts({ assistant, config, logger }), logger);
    const warning = lines
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .find((l) => l.level === 40);
    expect(warning?.msg).toMatch(/UNAUTHENTICATED/);
  });
});
