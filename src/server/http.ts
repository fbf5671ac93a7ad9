import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "../log.ts";
import { mountedCheck } from "./checks.ts";
import { Health, type ReadinessCheck } from "./health.ts";

/** What a platform may give back when mounted; mounts that return nothing are fine too. */
export interface Mounted {
  /** Added to GET /readyz: e.g. "its Socket Mode connection is up". */
  checks?: readonly ReadinessCheck[];
  /** Called at shutdown once no new requests are accepted: finish or stop the platform's own work. */
  close?: () => Promise<void>;
}

/** Something that adds its routes to the shared server (Slack, Teams). */
// biome-ignore lint/suspicious/noConfusingVoidType: a mount that returns nothing (most do) must stay a Mount.
export type Mount = (app: Express) => void | Mounted;

export interface ServerApp {
  app: Express;
  health: Health;
  /** The mounts' `close`, for shutdown. */
  closers: (() => Promise<void>)[];
}

/**
 * The one HTTP server that hosts every platform: each adapter mounts its endpoint, GET /healthz and
 * GET /readyz answer for load balancers, and while draining new requests are turned away with 503.
 * Errors in a route become a 4xx/5xx, never a crash.
 */
export function createServerApp(
  mounts: readonly Mount[],
  logger: Logger,
  health: Health = new Health(logger),
): ServerApp {
  const app = express();
  app.disable("x-powered-by");
  health.install(app);
  const closers: (() => Promise<void>)[] = [];
  let mounted = 0;
  for (const mount of mounts) {
    const result = mount(app);
    if (result?.checks) health.add(...result.checks);
    if (result?.close) closers.push(result.close);
    mounted += 1;
  }
  health.add(mountedCheck(mounts.length, () => mounted));
  app.use((_req, res) => {
    res.status(404).json({ error: "not found" });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status >= 500) logger.error({ err: error }, "request failed");
    else logger.warn({ status }, "request rejected");
    if (!res.headersSent)
      res.status(status).json({ error: status >= 500 ? "internal error" : "bad request" });
  });
  return { app, health, closers };
}

/** The server's app alone (tests, benchmarks). */
export function createHttpApp(mounts: readonly Mount[], logger: Logger, health?: Health): Express {
  return createServerApp(mounts, logger, health).app;
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 600 ? status : 500;
}

export interface RunningServer {
  server: Server;
  url: string;
  /** Closes at once, dropping open connections (tests). */
  close(): Promise<void>;
  /** Stops listening and resolves once every connection has closed: idle ones are closed, busy ones finish. */
  stopListening(): Promise<void>;
}

export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once("error", reject);
    server.once("listening", () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
        stopListening: () =>
          new Promise<void>((done, fail) => {
            // A keep-alive connection becomes idle when its last response is sent: close it then.
            const sweep = setInterval(() => server.closeIdleConnections(), 50);
            server.close((err) => {
              clearInterval(sweep);
              if (err) fail(err);
              else done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
