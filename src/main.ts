import os from "node:os";
import { Command } from "commander";
import { ConsolePrinter, runConsole } from "./adapters/console/console.ts";
import { type Assistant, createAssistant } from "./app.ts";
import { notificationRenderer } from "./bot/notifications.ts";
import { toPlainText } from "./bot/plain-text.ts";
import { type Config, loadConfig, platformsConfigured } from "./config.ts";
import type { Locale } from "./i18n/locale.ts";
import { t } from "./i18n/messages.ts";
import { createLogger, effectiveLogLevel, type Logger } from "./log.ts";
import { createConsoleNotifier } from "./notify/notifier.ts";
import { createDispatcher } from "./notify/outbox.ts";
import { actorKey } from "./requests/model.ts";
import { createHousekeeping } from "./requests/questions/reminders.ts";
import { openRequestServices, type RequestServices } from "./requests/services.ts";

interface ConsoleFlags {
  json: boolean;
  user: string;
  name?: string;
}

/** `chat`: the console chat may start (at a terminal its logs stay quiet, see effectiveLogLevel). */
async function boot(chat: { terminal: boolean } = { terminal: false }): Promise<{
  config: Config;
  logger: Logger;
  assistant: Assistant;
  requests: RequestServices;
}> {
  const config = loadConfig();
  const terminal = chat.terminal && !platformsConfigured(config).slack && !platformsConfigured(config).teams;
  const level = effectiveLogLevel({
    configured: config.LOG_LEVEL,
    explicit: Boolean(process.env.LOG_LEVEL),
    terminal,
    toFile: config.LOG_FILE !== undefined,
  });
  const logger = createLogger(level, config.LOG_FILE);
  const started = performance.now();
  // A corrupt request log stops here with a message naming the file; it is never overwritten.
  const requests = await openRequestServices({
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    hrUsers: config.HR_USERS,
    logger,
    feedbackRetentionDays: config.FEEDBACK_RETENTION_DAYS,
  });
  const assistant = createAssistant({
    knowledgePath: config.KNOWLEDGE_PATH,
    logger,
    requests,
    modelCache: config.MODEL_CACHE_DIR ?? false,
  });
  const warmUpMs = await assistant.bot.warmUp();
  logger.info(
    {
      ms: Math.round(performance.now() - started),
      warmUpMs: Math.round(warmUpMs),
      examples: assistant.bot.nlu.exampleCount,
    },
    "assistant ready",
  );
  void assistant.bot.warmedUp.then((ms) => logger.debug({ ms: Math.round(ms) }, "background warm-up done"));
  return { config, logger, assistant, requests };
}

async function startServer(
  config: Config,
  logger: Logger,
  assistant: Assistant,
  requests: RequestServices,
): Promise<void> {
  // Loaded only when serving: the console chat should not pay for Bolt and botbuilder.
  const { serve } = await import("./server/serve.ts");
  const { stopOnSignals } = await import("./server/shutdown.ts");
  const running = await serve(assistant, config, logger, requests);
  stopOnSignals(() => running.shutdown(), logger);
}

async function startConsole(
  flags: ConsoleFlags,
  assistant: Assistant,
  requests: RequestServices,
  logger: Logger,
  reminderWorkingDays: number,
  hrLanguage: Locale,
): Promise<void> {
  const renderNotification = notificationRenderer(requests.store, hrLanguage, requests.questionsLog);
  // At a terminal a notification is printed above the prompt, which is drawn again after it.
  const printer = new ConsolePrinter(flags.json ? process.stderr : process.stdout);
  const user = {
    platform: "console" as const,
    userId: flags.user,
    ...(flags.name ? { name: flags.name } : {}),
  };
  // Notifications for this console user (and for HR, when the user is HR) are printed in the
  // chat; with --json they go to standard error so standard output keeps its one-object contract.
  const dispatcher = createDispatcher({
    store: requests.store,
    notifiers: [
      createConsoleNotifier(printer, async (event) => {
        const reply = await renderNotification(event);
        if (!reply) return undefined;
        // HR sees a line per request (the queue can be long); the requester sees the whole outcome.
        return event.audience === "hr"
          ? t(hrLanguage, "console.hrNotification", {
              title: reply.title ?? event.requestId,
              command: t(hrLanguage, "command.statusOf", { id: event.requestId }),
            })
          : toPlainText(reply);
      }),
    ],
    audience: { hr: requests.workflow.isHr(user), requesterKey: actorKey(user) },
    logger,
  });
  // The console has no long-lived timers: questions overdue for HR are reminded once per run.
  await createHousekeeping({
    questions: requests.questions,
    feedback: requests.feedback,
    reminderWorkingDays,
    logger,
  }).runOnce();
  dispatcher.start();
  try {
    await runConsole({
      bot: assistant.bot,
      input: process.stdin,
      output: process.stdout,
      user: { id: flags.user, ...(flags.name ? { name: flags.name } : {}) },
      json: flags.json,
      interactive: Boolean(process.stdin.isTTY),
      printer,
      afterMessage: async () => {
        await dispatcher.runOnce();
      },
    });
  } finally {
    await dispatcher.stop();
    await requests.store.close();
  }
}

const program = new Command()
  .name("hr-strategy-assistant")
  .description(
    "Chat assistant for the ILO Human Resources Strategy 2022–2025. With no platform configured it opens the console chat; with Slack or Teams credentials it starts the server.",
  )
  .option("--json", "console: print one JSON object per input line: {input, lang, intent, text}", false)
  .option("--user <id>", "console: who is speaking", os.userInfo().username)
  .option("--name <name>", "console: display name of the speaker")
  .action(async (flags: ConsoleFlags) => {
    const { config, logger, assistant, requests } = await boot({
      terminal: Boolean(process.stdin.isTTY) && !flags.json,
    });
    const platforms = platformsConfigured(config);
    if (platforms.slack || platforms.teams) await startServer(config, logger, assistant, requests);
    else
      await startConsole(
        flags,
        assistant,
        requests,
        logger,
        config.ASK_HR_REMINDER_WORKING_DAYS,
        config.HR_LANGUAGE,
      );
  });

program
  .command("serve")
  .description(
    "start the HTTP server (Slack at /slack/events, Teams at /api/messages, GET /healthz, GET /readyz)",
  )
  .action(async () => {
    const { config, logger, assistant, requests } = await boot();
    await startServer(config, logger, assistant, requests);
  });

program.parseAsync().catch((error: unknown) => {
  // Start-up errors (bad configuration, invalid knowledge base) are explained, not dumped.
  process.stderr.write(`hr-strategy-assistant: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
