import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Bot } from "../../bot/bot.ts";
import type { Incoming, Reply } from "../../bot/messages.ts";
import { toPlainText } from "../../bot/plain-text.ts";

export interface ConsoleOptions {
  bot: Bot;
  input: Readable;
  output: Writable;
  user: { id: string; name?: string };
  /** One JSON object per input line: {input, lang, intent, text}. */
  json: boolean;
  /** A terminal: prompt, welcome and readable replies. */
  interactive: boolean;
  /** Runs after each answer is printed (the console delivers its notifications here). */
  afterMessage?: () => Promise<void>;
}

const WELCOME = [
  "HR Strategy Assistant — Human Resources Strategy 2022–2025: Diversity, accountability and respect",
  "Ask in English or Chinese, e.g. “What is the mobility target?”, “女性担任P5及以上职位的目标是多少？”, “all indicators”, “help”.",
  "Type “exit” or press Ctrl+D to leave.",
].join("\n");

const EXIT = new Set(["exit", "quit", "/exit", "/quit", "退出"]);

function incoming(options: ConsoleOptions, text: string): Incoming {
  return {
    platform: "console",
    user: options.user,
    conversation: { id: `console:${options.user.id}`, kind: "direct" },
    text,
  };
}

/** The console chat: reads messages line by line and answers each, in order. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { bot, output } = options;
  const write = (text: string) => output.write(text);
  // In a terminal readline owns the line (editing, history, the prompt); otherwise it only splits lines.
  const terminal = options.interactive && !options.json;
  const lines = createInterface({
    input: options.input,
    ...(terminal ? { output, terminal: true, prompt: "you> " } : { terminal: false }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  if (terminal) {
    write(`${WELCOME}\n\n`);
    lines.prompt();
  }
  for await (const line of lines) {
    if (terminal && EXIT.has(line.trim().toLowerCase())) break;
    const reply = await bot.handle(incoming(options, line));
    const text = toPlainText(reply);
    if (options.json) {
      write(`${JSON.stringify(jsonLine(line, reply, text))}\n`);
    } else {
      write(`${terminal ? "\n" : ""}${text}\n\n`);
    }
    await options.afterMessage?.();
    if (terminal) lines.prompt();
  }
  if (terminal) write("\n");
  lines.close();
}

/**
 * The --json contract: the first four fields as they always were, then what the reply does, what
 * it is about, and the form left open (tests and HR reports read these).
 */
function jsonLine(input: string, reply: Reply, text: string) {
  return {
    input,
    lang: reply.lang,
    intent: reply.intent,
    text,
    outcome: reply.outcome ?? "answer",
    subjects: reply.subjects ?? [],
    ...(reply.openForm ? { form: reply.openForm } : {}),
  };
}
