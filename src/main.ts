import os from "node:os";
import { Command } from "commander";
import { runConsole } from "./adapters/console/console.ts";
import { type Assistant, createAssistant } from "./app.ts";
import { type Config, loadConfig, platformsConfigured } from "./config.ts";
import { createLogger, type Logger } from "./log.ts";

interface ConsoleFlags {
  json: boolean;
  user: string;
  name?: string;
}

function boot(): { config: Config; logger: Logger; assistant: Assistant } {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = performance.now();
  const assistant = createAssistant({ knowledgePath: config.KNOWLEDGE_PATH, logger });
  logger.info(
    { ms: Math.round(performance.now() - started), examples: assistant.bot.nlu.exampleCount },
    "assistant ready",
  );
  return { config, logger, assistant };
}

async function startServer(config: Config, logger: Logger, assistant: Assistant): Promise<void> {
  // Loaded only when serving: the console chat should not pay for Bolt and botbuilder.
  const { serve } = await import("./server/serve.ts");
  const running = await serve(assistant, config, logger);
  const stop = () => {
    logger.info("shutting down");
    running.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

async function startConsole(flags: ConsoleFlags, assistant: Assistant): Promise<void> {
  await runConsole({
    bot: assistant.bot,
    input: process.stdin,
    output: process.stdout,
    user: { id: flags.user, ...(flags.name ? { name: flags.name } : {}) },
    json: flags.json,
    interactive: Boolean(process.stdin.isTTY),
  });
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
    const { config, logger, assistant } = boot();
    const platforms = platformsConfigured(config);
    if (platforms.slack || platforms.teams) await startServer(config, logger, assistant);
    else await startConsole(flags, assistant);
  });

program
  .command("serve")
  .description("start the HTTP server (Slack at /slack/events, Teams at /api/messages, GET /healthz)")
  .action(async () => {
    const { config, logger, assistant } = boot();
    await startServer(config, logger, assistant);
  });

program.parseAsync().catch((error: unknown) => {
  // Start-up errors (bad configuration, invalid knowledge base) are explained, not dumped.
  process.stderr.write(`hr-strategy-assistant: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
