import { type ChildProcessByStdio, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageActivity } from "../../support/teams.ts";
import { APP_ID, signedJwt, signingKey, unsignedJwt } from "../../support/teams-server.ts";

/**
 * What a caller and the operator see when the authenticated Teams endpoint refuses a request:
 * the real `npm run serve` in a child process, so its real standard output and error are read.
 * Every refusal is decided locally (no signing keys are fetched), so nothing leaves loopback.
 */

const root = path.resolve(import.meta.dirname, "../../..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "teams-refusals-"));
const SERVICE_URL = "https://smba.trafficmanager.net/emea/";

let child: ChildProcessByStdio<null, Readable, Readable>;
let url = "";
let stdout = "";
const stderrLines: string[] = [];

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      PORT: "0",
      HOST: "127.0.0.1",
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: "not-a-real-secret",
      SLACK_BOT_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      SLACK_APP_TOKEN: "",
      TEAMS_LOCAL_UNAUTHENTICATED: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  let partial = "";
  child.stderr.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    stderrLines.push(...lines);
  });
  const deadline = Date.now() + 30_000;
  while (!url) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`no server: ${stderrLines.join("\n")}`);
    const listening = stderrLines.map(parse).find((l) => l?.msg === "server listening");
    url = typeof listening?.url === "string" ? listening.url : "";
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 40_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

function parse(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Posts `body` and returns the answer with the log lines the server wrote meanwhile. */
async function post(body: string, authorization?: string) {
  const before = stderrLines.length;
  const started = performance.now();
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body,
  });
  const ms = performance.now() - started;
  const text = await response.text();
  const deadline = Date.now() + 2000;
  while (stderrLines.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await new Promise((resolve) => setTimeout(resolve, 100)); // a second line, if any, would be here by now
  return { status: response.status, text, ms, lines: stderrLines.slice(before) };
}

function expectRefusal(result: Awaited<ReturnType<typeof post>>, status: number, error: string): void {
  expect(result.status).toBe(status);
  expect(JSON.parse(result.text)).toEqual({ error });
  expect(result.ms).toBeLessThan(1000);
  expect(result.lines).toHaveLength(1);
  expect(parse(result.lines[0] ?? "")).toMatchObject({
    level: 40,
    platform: "teams",
    status,
    msg: "Teams request refused",
  });
  expect(stdout).toBe("");
}

const activity = JSON.stringify(messageActivity({ serviceUrl: SERVICE_URL, text: "help" }));
const key = signingKey("some-key");
const now = Math.floor(Date.now() / 1000);
/** Passes the endpoint's own checks (so its body is read); botbuilder then refuses its issuer. */
const wrongIssuer = `Bearer ${signedJwt(key, { iss: "https://evil.example", serviceurl: SERVICE_URL })}`;

describe("the authenticated Teams endpoint refuses with 401, a short JSON body and one warn line", () => {
  const cases: [string, string | undefined][] = [
    ["no Authorization header", undefined],
    ["a garbage bearer token", "Bearer not-a-jwt"],
    ["another scheme", "Basic dXNlcjpwYXNzd29yZA=="],
    ["an unsigned JWT", `Bearer ${unsignedJwt({ serviceurl: SERVICE_URL })}`],
    ["an expired token", `Bearer ${signedJwt(key, { exp: now - 3600, nbf: now - 7200 })}`],
    ["a token for another bot", `Bearer ${signedJwt(key, { aud: "another-app-id" })}`],
    ["a token from another issuer", wrongIssuer],
  ];
  for (const [what, authorization] of cases) {
    it(what, async () => {
      expectRefusal(await post(activity, authorization), 401, "unauthorized");
    });
  }
});

describe("the Teams endpoint refuses a body that is not an activity with 400", () => {
  const cases: [string, string][] = [
    ["malformed JSON", '{"type": "message", "text": '],
    ["null", "null"],
    ["an array", "[1, 2, 3]"],
    ["a string", '"approve FWA-2026-0001"'],
    ["an object without a type", '{"text": "help"}'],
  ];
  for (const [what, body] of cases) {
    it(what, async () => {
      expectRefusal(await post(body, wrongIssuer), 400, "bad request");
    });
  }

  it("and keeps serving health checks", async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(stderrLines.every((line) => line === "" || parse(line) !== undefined)).toBe(true);
  });
});
