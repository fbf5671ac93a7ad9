import type { Express } from "express";
import type { Logger } from "../log.ts";
import { REASONS, STATUS } from "./status-text.ts";

/**
 * Liveness, readiness and draining of the one HTTP server. Liveness (/healthz) is "the process
 * runs and is not shutting down"; readiness (/readyz) runs named checks that anyone can add —
 * the server's own (knowledge base, request log, data directory) and each platform's.
 */

export interface ReadinessCheck {
  /** What is checked, short and stable: "request log", "slack". */
  readonly name: string;
  /**
   * Undefined when ready, else a short fixed reason safe to show anyone ("request log
   * unreadable"). Should be cheap: load balancers ask often. A throw or a hang counts as not ready.
   */
  probe(): Promise<string | undefined>;
}

export type Readiness = { ready: true } | { ready: false; reasons: string[] };

export interface HealthOptions {
  /** A check that has not answered by then counts as not ready. */
  checkTimeoutMs?: number;
}

export class Health {
  readonly #logger: Logger;
  readonly #timeoutMs: number;
  readonly #checks: ReadinessCheck[] = [];
  #draining = false;
  #accepted = 0;
  #idle: (() => void)[] = [];
  /** The run in progress: concurrent /readyz requests share it rather than probe again. */
  #running: Promise<Readiness> | undefined;
  #lastReport = "";

  constructor(logger: Logger, options: HealthOptions = {}) {
    this.#logger = logger;
    this.#timeoutMs = options.checkTimeoutMs ?? 2_000;
  }

  add(...checks: readonly ReadinessCheck[]): void {
    this.#checks.push(...checks);
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Requests accepted (not turned away while draining) and not yet answered. */
  get inFlight(): number {
    return this.#accepted;
  }

  /** From now on new requests are turned away with 503 and both probes report shutting down. */
  drain(): void {
    this.#draining = true;
  }

  /** Resolves once every accepted request has been answered (or its connection closed). */
  idle(): Promise<void> {
    if (this.#accepted === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  readiness(): Promise<Readiness> {
    if (this.#draining) return Promise.resolve({ ready: false, reasons: [REASONS.shuttingDown] });
    this.#running ??= this.#probeAll().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #probeAll(): Promise<Readiness> {
    const results = await Promise.all(this.#checks.map((check) => this.#probe(check)));
    const reasons = [...new Set(results.filter((r): r is string => r !== undefined))];
    // Logged when it changes, not at every probe of a load balancer.
    const report = reasons.join("|");
    if (report !== this.#lastReport) {
      if (reasons.length > 0) this.#logger.warn({ reasons }, "server not ready");
      else this.#logger.info("server ready again");
      this.#lastReport = report;
    }
    return reasons.length === 0 ? { ready: true } : { ready: false, reasons };
  }

  async #probe(check: ReadinessCheck): Promise<string | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(REASONS.checkTimedOut(check.name)), this.#timeoutMs);
    });
    try {
      return await Promise.race([check.probe(), timeout]);
    } catch {
      return REASONS.checkFailed(check.name);
    } finally {
      clearTimeout(timer);
    }
  }

  /** GET /healthz, GET /readyz, and the gate that turns new requests away while draining. */
  install(app: Express): void {
    app.get("/healthz", (_req, res) => {
      res.set("Cache-Control", "no-store");
      if (this.#draining) res.status(503).json({ status: STATUS.shuttingDown });
      else res.json({ status: STATUS.alive });
    });
    app.get("/readyz", async (_req, res) => {
      const readiness = await this.readiness();
      res.set("Cache-Control", "no-store");
      if (readiness.ready) res.json({ status: STATUS.ready });
      else res.status(503).json({ status: STATUS.unavailable, reasons: readiness.reasons });
    });
    app.use((_req, res, next) => {
      if (this.#draining) {
        res.set("Connection", "close");
        res.status(503).json({ status: STATUS.unavailable, reasons: [REASONS.shuttingDown] });
        return;
      }
      this.#accepted += 1;
      res.once("close", () => this.#answered());
      next();
    });
  }

  #answered(): void {
    this.#accepted -= 1;
    if (this.#accepted > 0) return;
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
