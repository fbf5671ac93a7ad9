import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { createAssistant } from "../../src/app.ts";
import { parseConfig } from "../../src/config.ts";
import { type FileRequestServices, openRequestServices } from "../../src/requests/services.ts";
import type { Mount } from "../../src/server/http.ts";
import { createHttpApp, listen } from "../../src/server/http.ts";
import { type PlatformDeps, platformMounts } from "../../src/server/platforms.ts";
import { HR_USER, USER } from "./teams.ts";

/**
 * The real server (createHttpApp + the platforms' mounts, on 127.0.0.1:0) over a fresh request log
 * holding one submitted request, with its log lines captured; and the local stand-ins an attacker
 * or Bot Framework would be: a server that records every call, and a signing-key service.
 */

export const APP_ID = "0f9c5b2e-4f3a-4d8e-9b1c-2a3b4c5d6e7f";
export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

export interface TeamsTestServer {
  url: string;
  requests: FileRequestServices;
  deps: PlatformDeps;
  /** The submitted request, awaiting HR's decision. */
  requestId: string;
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startTeamsTestServer(
  env: Record<string, string | undefined>,
  mounts: (deps: PlatformDeps) => Mount[] = platformMounts,
): Promise<TeamsTestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "teams-security-"));
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const requests = await openRequestServices({
    dataDir,
    hrUsers: [`teams:${HR_USER.aadObjectId}`],
    logger,
  });
  const submitted = await requests.workflow.submit({
    type: "flexible-work",
    requester: { platform: "teams", userId: USER.aadObjectId, name: USER.name },
    subject: "Telework on Mondays",
    fields: {
      forWhom: "self",
      arrangement: "telework",
      days: "Mondays",
      start: "2027-03-01",
      end: "2027-08-31",
    },
    idempotencyKey: "security-test",
  });
  if (!submitted.ok) throw new Error(`submit refused: ${submitted.reason}`);
  const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: "info", ...env });
  const deps: PlatformDeps = { assistant: createAssistant({ requests, logger }), config, logger, requests };
  const server = await listen(createHttpApp(mounts(deps), logger), 0, "127.0.0.1");
  return {
    url: server.url,
    requests,
    deps,
    requestId: submitted.request.id,
    logs,
    close: async () => {
      await server.close();
      await requests.log.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Recorder {
  url: string;
  /** Every request it received, whatever the method or path. */
  calls: { method: string; path: string }[];
  close(): Promise<void>;
}

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{
  url: string;
  close(): Promise<void>;
}> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The address an attacker puts in `serviceUrl`: records whatever reaches it, answers 200. */
export async function startRecorder(): Promise<Recorder> {
  const calls: Recorder["calls"] = [];
  const running = await serve((req, res) => {
    calls.push({ method: req.method ?? "", path: req.url ?? "" });
    req.resume();
    res.writeHead(200, { "content-type": "application/json" }).end('{"id":"stolen"}');
  });
  return { ...running, calls };
}

// ---------------------------------------------------------------------------------------------

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function signingKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A JWT signed RS256 with `key`, valid for an hour unless the claims say otherwise. */
export function signedJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: "RS256", typ: "JWT", kid: key.kid })}.${b64({
    iss: BOT_FRAMEWORK_ISSUER,
    aud: APP_ID,
    nbf: now - 60,
    exp: now + 3600,
    ...claims,
  })}`;
  const signature = createSign("RSA-SHA256").update(body).sign(key.privateKey).toString("base64url");
  return `${body}.${signature}`;
}

/** An unsigned JWT ("alg": "none", no signature), with the claims a real one would have. */
export function unsignedJwt(claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: "none", typ: "JWT" })}.${b64({ iss: BOT_FRAMEWORK_ISSUER, aud: APP_ID, exp: now + 3600, ...claims })}.`;
}

export interface FakeOpenId {
  /** The OpenID metadata URL (what botbuilder's ToBotFromChannelOpenIdMetadataUrl names). */
  metadataUrl: string;
  calls: Recorder["calls"];
  close(): Promise<void>;
}

/** Bot Framework's signing-key service on 127.0.0.1, publishing `keys` (endorsed for msteams). */
export async function startFakeOpenId(keys: readonly SigningKey[]): Promise<FakeOpenId> {
  const calls: Recorder["calls"] = [];
  let base = "";
  const running = await serve((req, res) => {
    calls.push({ method: req.method ?? "", path: req.url ?? "" });
    const json = (body: unknown) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.url === "/v1/.well-known/openidconfiguration") {
      return json({ issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/keys` });
    }
    if (req.url === "/keys") {
      return json({
        keys: keys.map((key) => ({
          ...key.publicKey.export({ format: "jwk" }),
          kid: key.kid,
          use: "sig",
          endorsements: ["msteams"],
        })),
      });
    }
    res.writeHead(404).end();
  });
  base = running.url;
  return { metadataUrl: `${running.url}/v1/.well-known/openidconfiguration`, calls, close: running.close };
}
