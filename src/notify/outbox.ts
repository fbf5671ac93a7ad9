import { randomUUID } from "node:crypto";
import type { Logger } from "../log.ts";
import type { RequestLog } from "../requests/log.ts";
import type { Delivery, NotificationEvent, OutboxEntry, Platform } from "./events.ts";
import type { Notifier } from "./notifier.ts";

/**
 * The durable outbox: events are added to the request log in the same write as the change they
 * announce, and a dispatcher delivers them, retrying with back-off, until each target has it once.
 */

export { enqueue, eventFor } from "./events.ts";

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DispatcherOptions {
  log: RequestLog;
  notifiers: readonly Notifier[];
  /** Platforms whose notifier receives HR events (its HR channel); default: every notifier's. */
  hrPlatforms?: readonly Platform[];
  /** The events this dispatcher handles (a console session: its own user's); default: all. */
  accept?: (event: NotificationEvent) => boolean;
  logger: Logger;
  clock?: () => Date;
  timers?: Timers;
  /** Retry delay: baseMs, doubled after each failure, at most maxMs. */
  retry?: { baseMs: number; maxMs: number };
  /**
   * How long a delivery in progress is reserved from other dispatchers; renewed while this one
   * works, so it can be short: after a crash, what was claimed is taken up again soon.
   */
  leaseMs?: number;
  /** How often `start()` looks for new events (another process may have added some). */
  pollMs?: number;
  /** Delivered events are removed from the outbox after this long. */
  keepDeliveredMs?: number;
}

export interface DispatchResult {
  delivered: number;
  failed: number;
  /** When the earliest retry of this dispatcher's targets is due, if any is waiting. */
  nextAttemptAt?: Date;
}

export interface Dispatcher {
  /** Delivers every due event once; safe to call from several processes at the same time. */
  runOnce(): Promise<DispatchResult>;
  /** Keeps delivering in the background, on `timers`. */
  start(): void;
  /** Runs soon (after a change that queued events). */
  kick(): void;
  /** Stops the background loop and waits for a run in progress. */
  stop(): Promise<void>;
}

interface Job {
  event: NotificationEvent;
  platforms: Platform[];
  /** Platforms whose earlier claim never settled: the message may be out already. */
  uncertain: Platform[];
}

interface Outcome {
  event: NotificationEvent;
  platform: Platform;
  error?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { log, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  const retry = options.retry ?? { baseMs: 2_000, maxMs: 5 * 60_000 };
  const leaseMs = options.leaseMs ?? 15_000;
  const pollMs = options.pollMs ?? 2_000;
  const keepDeliveredMs = options.keepDeliveredMs ?? 30 * DAY_MS;
  const notifiers = new Map(options.notifiers.map((n) => [n.platform, n]));
  const hrPlatforms = options.hrPlatforms ?? [...notifiers.keys()];
  const accept = options.accept ?? (() => true);
  const token = randomUUID();

  function targets(event: NotificationEvent): Platform[] {
    if (!accept(event)) return [];
    if (event.audience === "hr") return [...hrPlatforms];
    const platform = event.audience.requester.platform;
    return notifiers.has(platform) ? [platform] : [];
  }

  function isDue(delivery: Delivery | undefined, now: Date): boolean {
    if (!delivery) return true;
    if (delivery.deliveredAt) return false;
    if (delivery.nextAttemptAt && new Date(delivery.nextAttemptAt) > now) return false;
    return !(delivery.claimedUntil && new Date(delivery.claimedUntil) > now);
  }

  function earliestRetry(outbox: readonly OutboxEntry[]): Date | undefined {
    let earliest: Date | undefined;
    for (const entry of outbox) {
      for (const platform of targets(entry.event)) {
        const at = entry.deliveries[platform]?.nextAttemptAt;
        if (at && !entry.deliveries[platform]?.deliveredAt && (!earliest || new Date(at) < earliest)) {
          earliest = new Date(at);
        }
      }
    }
    return earliest;
  }

  /** Reserves the due deliveries for this dispatcher, so no other one sends them meanwhile. */
  function claim(): Promise<Job[]> {
    return log.change((draft) => {
      const now = clock();
      const claimedUntil = new Date(now.getTime() + leaseMs).toISOString();
      const jobs: Job[] = [];
      draft.outbox.forEach((entry, index) => {
        const platforms = targets(entry.event).filter((p) => isDue(entry.deliveries[p], now));
        if (platforms.length === 0) return;
        const deliveries = { ...entry.deliveries };
        // A settled attempt clears its claim: one still here was cut off between sending and settling.
        // A failed one may have reached the platform too (a timeout, a lost response).
        const uncertain = platforms.filter(
          (p) => deliveries[p]?.claimedBy !== undefined || deliveries[p]?.lastError !== undefined,
        );
        for (const p of platforms) {
          deliveries[p] = { attempts: 0, ...deliveries[p], claimedBy: token, claimedUntil };
        }
        draft.outbox[index] = { event: entry.event, deliveries };
        jobs.push({ event: entry.event, platforms, uncertain });
      });
      return { result: jobs, write: jobs.length > 0 };
    });
  }

  async function deliver(jobs: readonly Job[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { event, platforms, uncertain } of jobs) {
      for (const platform of platforms) {
        const notifier = notifiers.get(platform);
        try {
          if (!notifier) throw new Error(`no notifier for ${platform}`);
          await notifier.deliver(event, { uncertain: uncertain.includes(platform) });
          outcomes.push({ event, platform });
        } catch (error) {
          outcomes.push({ event, platform, error: errorText(error) });
        }
      }
    }
    return outcomes;
  }

  /** Marks deliveries done, or schedules their retry; removes long-delivered events. */
  function settle(outcomes: readonly Outcome[]): Promise<DispatchResult> {
    return log.change((draft) => {
      const now = clock();
      const indexById = new Map(draft.outbox.map((entry, index) => [entry.event.id, index]));
      let delivered = 0;
      for (const outcome of outcomes) {
        const index = indexById.get(outcome.event.id);
        const entry = index === undefined ? undefined : draft.outbox[index];
        if (index === undefined || !entry) continue;
        // Its lease ran out and another dispatcher took it over: that one's outcome stands.
        if (entry.deliveries[outcome.platform]?.claimedBy !== token) continue;
        const attempts = (entry.deliveries[outcome.platform]?.attempts ?? 0) + 1;
        const next: Delivery = outcome.error
          ? {
              attempts,
              nextAttemptAt: new Date(now.getTime() + backoff(attempts)).toISOString(),
              lastError: outcome.error,
            }
          : { attempts, deliveredAt: now.toISOString() };
        draft.outbox[index] = {
          event: entry.event,
          deliveries: { ...entry.deliveries, [outcome.platform]: next },
        };
        const fields = {
          eventId: outcome.event.id,
          kind: outcome.event.kind,
          platform: outcome.platform,
          attempts,
        };
        if (outcome.error) logger.warn({ ...fields, err: outcome.error }, "notification failed; will retry");
        else {
          delivered += 1;
          logger.info(fields, "notification delivered");
        }
      }
      draft.outbox = draft.outbox.filter((entry) => !isExpired(entry, now));
      const nextAttemptAt = earliestRetry(draft.outbox);
      return {
        result: { delivered, failed: outcomes.length - delivered, ...(nextAttemptAt && { nextAttemptAt }) },
        write: true,
      };
    });
  }

  function backoff(attempts: number): number {
    return Math.min(retry.maxMs, retry.baseMs * 2 ** (attempts - 1));
  }

  function isExpired(entry: OutboxEntry, now: Date): boolean {
    const deliveries = Object.values(entry.deliveries);
    return (
      deliveries.length > 0 &&
      deliveries.every((d) => d.deliveredAt) &&
      now.getTime() - new Date(entry.event.createdAt).getTime() > keepDeliveredMs
    );
  }

  /** Extends this dispatcher's claims on `jobs` while it is still delivering them. */
  function renew(jobs: readonly Job[]): Promise<void> {
    const ids = new Set(jobs.map((j) => j.event.id));
    return log.change((draft) => {
      const claimedUntil = new Date(clock().getTime() + leaseMs).toISOString();
      let write = false;
      draft.outbox.forEach((entry, index) => {
        if (!ids.has(entry.event.id)) return;
        const deliveries = { ...entry.deliveries };
        for (const [p, d] of Object.entries(deliveries) as [Platform, Delivery][]) {
          if (d.claimedBy !== token || d.deliveredAt) continue;
          deliveries[p] = { ...d, claimedUntil };
          write = true;
        }
        draft.outbox[index] = { event: entry.event, deliveries };
      });
      return { result: undefined, write };
    });
  }

  async function runOnce(): Promise<DispatchResult> {
    const jobs = await claim();
    if (jobs.length === 0) {
      const nextAttemptAt = earliestRetry((await log.snapshot()).outbox);
      return { delivered: 0, failed: 0, ...(nextAttemptAt && { nextAttemptAt }) };
    }
    // Real time, not `timers`: the lease must be renewed however the loop itself is scheduled.
    const renewal = setInterval(() => {
      renew(jobs).catch((error: unknown) => logger.warn({ err: errorText(error) }, "lease not renewed"));
    }, leaseMs / 3);
    try {
      return settle(await deliver(jobs));
    } finally {
      clearInterval(renewal);
    }
  }

  let timer: unknown;
  let running: Promise<void> | undefined;
  let started = false;
  let again = false;

  function schedule(ms: number): void {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = undefined;
      running = loop();
    }, ms);
  }

  async function loop(): Promise<void> {
    let wait = pollMs;
    try {
      const result = await runOnce();
      if (result.nextAttemptAt) {
        wait = Math.min(wait, Math.max(0, result.nextAttemptAt.getTime() - clock().getTime()));
      }
    } catch (error) {
      logger.error({ err: errorText(error) }, "notification dispatch failed");
    }
    running = undefined;
    if (started) schedule(again ? 0 : wait);
    again = false;
  }

  return {
    runOnce,
    start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    kick() {
      if (!started) return;
      if (running) again = true;
      else schedule(0);
    },
    async stop() {
      started = false;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
}
