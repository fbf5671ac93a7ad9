import type { Assistant } from "../app.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Platform } from "../notify/events.ts";
import type { Notifier } from "../notify/notifier.ts";
import { createDispatcher } from "../notify/outbox.ts";
import { createHousekeeping } from "../requests/questions/reminders.ts";
import type { RequestServices } from "../requests/services.ts";
import { fileStoreOf } from "../requests/store.ts";
import { dataDirCheck, knowledgeCheck, requestLogCheck } from "./checks.ts";
import { Health } from "./health.ts";
import { createServerApp, listen, type RunningServer } from "./http.ts";
import { platformMounts, platformNotifiers } from "./platforms.ts";

export interface ServingServer extends RunningServer {
  health: Health;
  /**
   * Stops gracefully: new requests get 503, accepted ones are answered, the dispatcher's run in
   * progress finishes, then the server stops listening and the platforms and the log are closed.
   * Without a deadline of its own: the caller bounds it (see `stopOnSignals`).
   */
  shutdown(): Promise<void>;
}

/**
 * Starts the HTTP server with every configured platform mounted, and the dispatcher that delivers
 * request notifications through the platforms' notifiers (retried until delivered, across restarts).
 */
export async function serve(
  assistant: Assistant,
  config: Config,
  logger: Logger,
  requests: RequestServices,
): Promise<ServingServer> {
  const deps = { assistant, config, logger, requests };
  const health = new Health(logger);
  health.add(
    knowledgeCheck(assistant.knowledge),
    requestLogCheck(requests.store, logger),
    dataDirCheck(config.DATA_DIR, logger),
  );
  const { app, closers } = createServerApp(platformMounts(deps), logger, health);
  const notifiers = platformNotifiers(deps);
  const dispatcher = createDispatcher({
    store: requests.store,
    notifiers,
    hrPlatforms: hrPlatforms(config, notifiers),
    leaseMs: config.OUTBOX_LEASE_MS,
    logger,
  });
  // With PostgreSQL, questions to HR and their notifications are kept in a file of DATA_DIR (see
  // openRequestServices): its outbox is delivered by a dispatcher of its own.
  const questionDispatcher =
    "log" in requests && requests.log
      ? undefined
      : createDispatcher({
          store: fileStoreOf(requests.questionsLog, logger),
          notifiers,
          hrPlatforms: hrPlatforms(config, notifiers),
          leaseMs: config.OUTBOX_LEASE_MS,
          logger,
        });
  const housekeeping = createHousekeeping({
    questions: requests.questions,
    feedback: requests.feedback,
    reminderWorkingDays: config.ASK_HR_REMINDER_WORKING_DAYS,
    logger,
    onReminded: () => {
      dispatcher.kick();
      questionDispatcher?.kick();
    },
  });
  const running = await listen(app, config.PORT, config.HOST);
  dispatcher.start();
  questionDispatcher?.start();
  housekeeping.start();
  // The pid lets an operator (or a test) find the server process behind npm.
  logger.info({ url: running.url, pid: process.pid }, "server listening");

  let stopped: Promise<void> | undefined;
  const shutdown = async () => {
    health.drain();
    logger.info({ inFlight: health.inFlight }, "draining");
    // Still listening meanwhile: a request arriving now is told 503 rather than refused.
    await Promise.all([
      health.idle().then(() => running.stopListening()),
      dispatcher.stop(),
      questionDispatcher?.stop(),
      housekeeping.stop(),
    ]);
    await Promise.all(
      closers.map((close) =>
        close().catch((error: unknown) => logger.error({ err: error }, "platform did not close")),
      ),
    );
    await requests.store.close();
  };
  return {
    ...running,
    health,
    close: async () => {
      await Promise.all([dispatcher.stop(), housekeeping.stop()]);
      await running.close();
    },
    shutdown: () => {
      stopped ??= shutdown();
      return stopped;
    },
  };
}

/**
 * The platforms that receive HR events: every notifier's, except Slack without SLACK_HR_CHANNEL,
 * which has nowhere to post them (Teams can be given its HR conversation in chat, so it keeps them).
 */
export function hrPlatforms(config: Config, notifiers: readonly Notifier[]): Platform[] {
  return notifiers
    .map((n) => n.platform)
    .filter((p) => p !== "slack" || config.SLACK_HR_CHANNEL !== undefined);
}
