import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LogFile, REQUEST_LOG_FILE } from "../../src/requests/log.ts";
import {
  type Child,
  isRunning,
  listening,
  refused,
  type ServerProcess,
  start,
  startTs,
} from "../support/processes.ts";
import {
  BOT_TOKEN,
  type FakeSlackApi,
  nowSeconds,
  SIGNING_SECRET,
  signature,
  startFakeSlackApi,
  urlVerification,
} from "../support/slack.ts";

/**
 * Stopping the server as operators do: SIGTERM to `npm run serve` or `npm start` (the documented
 * commands), real processes and requests over loopback. Nothing may stay running, accepted work is
 * finished, new work is turned away, and all within 10 s.
 */

const TEN_SECONDS = 10_000;

const dirs: string[] = [];
let fake: FakeSlackApi | undefined;
let slowApi: { close(): Promise<void> } | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await slowApi?.close();
  slowApi = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hr-stop-"));
  dirs.push(dataDir);
  return { DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", ...extra };
}

async function slackEnv(): Promise<Record<string, string>> {
  fake = await startFakeSlackApi();
  return env({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
}

interface SlowRequest {
  /** Resolves once the server has taken the request (it answered "100 Continue"). */
  accepted: Promise<void>;
  /** Sends the body, so the server can answer. */
  finish(): void;
  response: Promise<{ status: number; body: string }>;
}

/** A signed Slack request whose body is sent only when told: a request in flight for as long as the test wants. */
function slowSlackRequest(url: string, challenge: string): SlowRequest {
  const { body, contentType } = urlVerification(challenge);
  const timestamp = nowSeconds();
  const req = request(`${url}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "content-length": Buffer.byteLength(body),
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature(body, timestamp),
      expect: "100-continue",
    },
  });
  const accepted = new Promise<void>((resolve) => req.once("continue", () => resolve()));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
      });
      res.once("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.once("error", reject);
  });
  req.flushHeaders();
  return { accepted, finish: () => req.end(body), response };
}

/** What a new request gets: an answer, or "refused" when the port no longer takes connections. */
async function newRequest(
  url: string,
  pathname: string,
): Promise<"refused" | { status: number; body: unknown }> {
  try {
    const response = await fetch(`${url}${pathname}`);
    return { status: response.status, body: await response.json() };
  } catch {
    return "refused";
  }
}

async function expectAllGone(npm: Child, server: ServerProcess, sentAt: number): Promise<number> {
  const exit = await npm.exited;
  expect(await refused(server.url)).toBe(true);
  const ms = performance.now() - sentAt;
  expect(isRunning(server.serverPid)).toBe(false);
  expect(isRunning(npm.pid)).toBe(false);
  expect(exit.code).toBe(0);
  return ms;
}

describe("stopping the server", () => {
  it("SIGTERM to `npm run serve` stops the server itself, leaving no process behind", {
    timeout: 60_000,
  }, async () => {
    const npm = start("npm", ["run", "serve", "--silent"], env());
    const server = await listening(npm);
    // npm runs the server itself (no tsx CLI or shell in between that could be left behind).
    expect(server.serverPid).not.toBe(npm.pid);
    expect(isRunning(server.serverPid)).toBe(true);

    const sentAt = performance.now();
    npm.process.kill("SIGTERM");
    const ms = await expectAllGone(npm, server, sentAt);
    expect(ms).toBeLessThan(TEN_SECONDS);
    expect(npm.stderr.some((l) => l.text.includes('"msg":"stopped"'))).toBe(true);
  });

  it("SIGTERM to `npm start` with Slack configured: the request in flight is answered, new ones get 503", {
    timeout: 60_000,
  }, async () => {
    const npm = start("npm", ["start", "--silent"], await slackEnv());
    const server = await listening(npm);
    const slow = slowSlackRequest(server.url, "challenge-in-flight");
    await slow.accepted;

    const sentAt = performance.now();
    npm.process.kill("SIGTERM");
    await npm.waitFor((l) => l.includes('"msg":"draining"'));
    // Still listening while it drains, so new requests are told so rather than refused.
    expect(await newRequest(server.url, "/healthz")).toEqual({
      status: 503,
      body: { status: "shutting down" },
    });
    const turnedAway = { status: 503, body: { status: "unavailable", reasons: ["shutting down"] } };
    expect(await newRequest(server.url, "/readyz")).toEqual(turnedAway);
    expect(await newRequest(server.url, "/slack/events")).toEqual(turnedAway);
    // Still running: it waits for the request it accepted.
    expect(isRunning(server.serverPid)).toBe(true);

    slow.finish();
    const answered = await slow.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ challenge: "challenge-in-flight" });
    const ms = await expectAllGone(npm, server, sentAt);
    expect(ms).toBeLessThan(TEN_SECONDS);
  });

  it("a request that never finishes does not keep the server past its deadline", {
    timeout: 60_000,
  }, async () => {
    const child = startTs("src/main.ts", ["serve"], await slackEnv());
    const server = await listening(child);
    const stuck = slowSlackRequest(server.url, "never-sent");
    stuck.response.catch(() => undefined);
    await stuck.accepted;

    const sentAt = performance.now();
    child.process.kill("SIGTERM");
    const exit = await child.exited;
    const ms = exit.at - sentAt;
    expect(exit.code).toBe(1);
    expect(ms).toBeLessThan(TEN_SECONDS);
    expect(child.stderr.some((l) => l.text.includes("shutdown deadline passed"))).toBe(true);
    expect(isRunning(server.serverPid)).toBe(false);
  });

  it("a notification being delivered when SIGTERM arrives is delivered and recorded, not sent again later", {
    timeout: 60_000,
  }, async () => {
    // A Slack Web API that takes its time: the delivery is in progress when the signal comes.
    let called: () => void = () => undefined;
    const firstCall = new Promise<void>((resolve) => {
      called = resolve;
    });
    const api = createServer((req, res) => {
      req.resume();
      called();
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: true, channel: "C0HRCHANNEL", ts: "1700000000.000100" }));
      }, 1_500);
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    slowApi = {
      close: () =>
        new Promise<void>((resolve) => {
          api.closeAllConnections();
          api.close(() => resolve());
        }),
    };
    const settings = env({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_HR_CHANNEL: "C0HRCHANNEL",
      SLACK_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`,
    });
    const dataDir = settings.DATA_DIR ?? "";
    // One submitted request waiting in the outbox for HR.
    const submitter = startTs("test/requests/fixtures/submitter.ts", [dataDir, "bob", "1"]);
    expect((await submitter.exited).code).toBe(0);

    const npm = start("npm", ["run", "serve", "--silent"], settings);
    const server = await listening(npm);
    await firstCall;
    const sentAt = performance.now();
    npm.process.kill("SIGTERM");
    const ms = await expectAllGone(npm, server, sentAt);
    expect(ms).toBeLessThan(TEN_SECONDS);

    const log = LogFile.parse(JSON.parse(readFileSync(path.join(dataDir, REQUEST_LOG_FILE), "utf8")));
    expect(log.outbox).toHaveLength(1);
    expect(log.outbox[0]?.deliveries.slack?.deliveredAt).toBeDefined();
  });
});
