import { randomUUID } from "node:crypto";
import type { Logger } from "../log.ts";
import { type StoreOption, storeOf } from "../requests/store.ts";
import type { ClaimedEvent, OutboxTargets, SettleOutcome } from "../storage/port.ts";
import type { NotificationEvent, Platform } from "./events.ts";
import type { Notifier } from "./notifier.ts";

/**
 * The durable outbox: events are added to the store in the same transaction as the change they
 * announce, and a dispatcher delivers them, retrying with back-off, until each target has it once.
 * Claims are leases in the store, so several dispatchers (instances) share one outbox.
 */

export { eventFor } from "./events.ts";

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type DispatcherOptions = StoreOption & {
  notifiers: readonly Notifier[];
  /** Platforms whose notifier receives HR events (its HR channel); default: every notifier's. */
  hrPlatforms?: readonly Platform[];
  /**
   * The events this dispatcher handles (a console session: its own user's, and HR's when it is HR);
   * default: all.
   */
  audience?: { hr: boolean; requesterKey?: string };
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
};

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

const DAY_MS = 24 * 60 * 60 * 1000;

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { logger } = options;
  const { outbox } = storeOf(options);
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
  const audience = options.audience;
  const targets: OutboxTargets = {
    hrPlatforms: audience && !audience.hr ? [] : (options.hrPlatforms ?? [...notifiers.keys()]),
    requesterPlatforms: audience && audience.requesterKey === undefined ? [] : [...notifiers.keys()],
    ...(audience?.requesterKey !== undefined && { requesterKey: audience.requesterKey }),
  };
  const token = randomUUID();

  async function deliver(jobs: readonly ClaimedEvent<NotificationEvent>[]): Promise<SettleOutcome[]> {
    const outcomes: SettleOutcome[] = [];
    for (const { id, event, platforms, uncertain } of jobs) {
      for (const platform of platforms) {
        const notifier = notifiers.get(platform as Platform);
        try {
          if (!notifier) throw new Error(`no notifier for ${platform}`);
          await notifier.deliver(event, { uncertain: uncertain.includes(platform) });
          outcomes.push({ eventId: id, platform });
        } catch (error) {
          outcomes.push({ eventId: id, platform, error: errorText(error) });
        }
      }
    }
    return outcomes;
  }

  /** Marks deliveries done, or schedules their retry; removes long-delivered events. */
  async function settle(
    jobs: readonly ClaimedEvent<NotificationEvent>[],
    outcomes: readonly SettleOutcome[],
  ): Promise<DispatchResult> {
    const settled = await outbox.settle(outcomes, {
      ...targets,
      now: clock(),
      token,
      backoffMs: backoff,
      keepDeliveredMs,
    });
    const kinds = new Map(jobs.map((j) => [j.id, j.event.kind]));
    let delivered = 0;
    for (const outcome of settled) {
      const fields = {
        eventId: outcome.eventId,
        kind: kinds.get(outcome.eventId),
        platform: outcome.platform,
        attempts: outcome.attempts,
      };
      if (outcome.error) logger.warn({ ...fields, err: outcome.error }, "notification failed; will retry");
      else {
        delivered += 1;
        logger.info(fields, "notification delivered");
      }
    }
    const nextAttemptAt = await outbox.nextRetry(targets);
    return { delivered, failed: settled.length - delivered, ...(nextAttemptAt && { nextAttemptAt }) };
  }

  function backoff(attempts: number): number {
    return Math.min(retry.maxMs, retry.baseMs * 2 ** (attempts - 1));
  }

  async function runOnce(): Promise<DispatchResult> {
    const jobs = await outbox.claim({ ...targets, now: clock(), leaseMs, token });
    if (jobs.length === 0) {
      const nextAttemptAt = await outbox.nextRetry(targets);
      return { delivered: 0, failed: 0, ...(nextAttemptAt && { nextAttemptAt }) };
    }
    const ids = jobs.map((j) => j.id);
    // Real time, not `timers`: the lease must be renewed however the loop itself is scheduled.
    const renewal = setInterval(() => {
      outbox
        .renew(ids, { now: clock(), leaseMs, token })
        .catch((error: unknown) => logger.warn({ err: errorText(error) }, "lease not renewed"));
    }, leaseMs / 3);
    try {
      return await settle(jobs, await deliver(jobs));
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
