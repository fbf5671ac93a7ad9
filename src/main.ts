import os from "node:os";
import { Command } from "commander";
import { runConsole } from "./adapters/console/console.ts";
import { createAssistant } from "./app.ts";
import { loadConfig } from "./config.ts";
import { createLogger } from "./log.ts";

const program = new Command()
  .name("hr-strategy-assistant")
  .description("Chat assistant for the ILO Human Resources Strategy 2022–2025")
  .option("--json", "print one JSON object per input line: {input, lang, intent, text}", false)
  .option("--user <id>", "who is speaking (console user id)", os.userInfo().username)
  .option("--name <name>", "display name of the speaker");

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<{ json: boolean; user: string; name?: string }>();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = performance.now();
  const { bot } = createAssistant({ knowledgePath: config.KNOWLEDGE_PATH, logger });
  logger.info(
    { ms: Math.round(performance.now() - started), examples: bot.nlu.exampleCount },
    "assistant ready",
  );
  await runConsole({
    bot,
    input: process.stdin,
    output: process.stdout,
    user: { id: options.user, ...(options.name ? { name: options.name } : {}) },
    json: options.json,
    interactive: Boolean(process.stdin.isTTY),
  });
}

main().catch((error: unknown) => {
  // Start-up errors (bad configuration, invalid knowledge base) are explained, not dumped.
  process.stderr.write(`hr-strategy-assistant: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
