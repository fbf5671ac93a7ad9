import type { FeedbackStore } from "../../feedback/store.ts";
import type { Logger } from "../../log.ts";
import type { Timers } from "../../notify/outbox.ts";
import type { QuestionDesk } from "./desk.ts";

/**
 * The periodic housekeeping of questions and feedback, on the same kind of timers as the outbox's
 * dispatcher: HR is told again of questions unanswered for the configured working days, and
 * feedback past its retention period is removed. Each run is safe from several processes (one
 * write of the log under its lock; the feedback file under its own).
 */

export interface HousekeepingOptions {
  questions: QuestionDesk;
  feedback: FeedbackStore;
  /** ASK_HR_REMINDER_WORKING_DAYS. */
  reminderWorkingDays: number;
  logger: Logger;
  /** Told when reminders were queued, so the outbox delivers them soon (the dispatcher's kick). */
  onReminded?: () => void;
  timers?: Timers;
  /** How often it runs (default hourly). */
  intervalMs?: number;
}

export interface Housekeeping {
  runOnce(): Promise<{ reminded: string[]; purged: number }>;
  start(): void;
  stop(): Promise<void>;
}

const HOUR_MS = 60 * 60_000;

export function createHousekeeping(options: HousekeepingOptions): Housekeeping {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  const intervalMs = options.intervalMs ?? HOUR_MS;
  let handle: unknown;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  async function runOnce() {
    const reminded = await options.questions.remindOverdue(options.reminderWorkingDays);
    const purged = await options.feedback.purge();
    if (reminded.length > 0) options.onReminded?.();
    if (reminded.length > 0 || purged > 0) {
      options.logger.info({ reminded: reminded.length, purged }, "questions and feedback housekeeping");
    }
    return { reminded, purged };
  }

  function schedule(ms: number) {
    if (stopped) return;
    handle = timers.setTimeout(() => {
      running = runOnce()
        .catch((error: unknown) => options.logger.error({ err: error }, "housekeeping failed"))
        .finally(() => {
          running = undefined;
          schedule(intervalMs);
        });
    }, ms);
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      await running;
    },
  };
}
