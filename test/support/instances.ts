import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { listening, type ServerProcess, startTs } from "./processes.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "./slack.ts";

/**
 * Several real `serve` processes side by side, as behind a load balancer: on one PostgreSQL
 * database, or (the negative control) each on its own DATA_DIR, the way two instances on copies of
 * one directory would run. Each reaches the one fake Slack Web API through a proxy of its own, so a
 * test can tell which instance has a call in flight.
 */

export const HR_USER = "U0HR";
export const HR_CHANNEL = "C0HRCHANNEL";

/** Forwards to the fake Web API and counts this instance's chat.postMessage calls in flight. */
export interface ApiProxy {
  apiUrl: string;
  postsInFlight(): number;
  close(): Promise<void>;
}

export async function startApiProxy(targetApiUrl: string): Promise<ApiProxy> {
  const target = new URL(targetApiUrl);
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    const isPost = (req.url ?? "").includes("chat.postMessage");
    if (isPost) inFlight += 1;
    let done = false;
    const finish = () => {
      if (isPost && !done) inFlight -= 1;
      done = true;
    };
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
        response.on("end", finish);
      },
    );
    upstream.on("error", () => {
      finish();
      res.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    postsInFlight: () => inFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Instance extends ServerProcess {
  proxy: ApiProxy;
  dataDir: string;
}

export interface InstanceOptions {
  /** The shared database; without it each instance keeps its own files. */
  databaseUrl?: string;
  fakeApiUrl: string;
  env?: Record<string, string>;
}

/** Starts one `serve` process (file scope: it runs for the whole test file unless killed). */
export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const proxy = await startApiProxy(options.fakeApiUrl);
  const dataDir = mkdtempSync(path.join(tmpdir(), "hr-instance-"));
  const child = startTs(
    "src/main.ts",
    ["serve"],
    {
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: proxy.apiUrl,
      SLACK_HR_CHANNEL: HR_CHANNEL,
      HR_USERS: `slack:${HR_USER}`,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    "file",
  );
  const server = await listening(child, 60_000);
  return { ...server, proxy, dataDir };
}

export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode === null && instance.process.signalCode === null) {
    instance.process.kill("SIGKILL");
    await instance.exited;
  }
  await instance.proxy.close();
  rmSync(instance.dataDir, { recursive: true, force: true });
}

/** Polls until `check` holds, at most `timeoutMs`; false if it never did. */
export async function within(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 25,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** YYYY-MM-DD `days` from now. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
