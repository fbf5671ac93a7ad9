import { clearLine, createInterface, cursorTo, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Bot } from "../../bot/bot.ts";
import type { Incoming, Reply } from "../../bot/messages.ts";
import { toPlainText } from "../../bot/plain-text.ts";
import { DEFAULT_LOCALE } from "../../i18n/locale.ts";
import { t } from "../../i18n/messages.ts";
import { everyLanguage } from "../../i18n/words.ts";

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
  /** Where notifications are printed: at a terminal, above the prompt, which is redrawn. */
  printer?: ConsolePrinter;
}

/**
 * Output that may arrive at any time (a notification) while the user is typing at the prompt:
 * the prompt line is cleared, the text printed, and the prompt drawn again with what was typed.
 */
export class ConsolePrinter {
  private lines: Interface | undefined;
  private prompting = false;
  constructor(private readonly output: { write(text: string): unknown }) {}

  /** Called by the console while its prompt is shown (or not). */
  promptShown(lines: Interface | undefined, shown: boolean): void {
    this.lines = lines;
    this.prompting = shown;
  }

  write(text: string): void {
    const out = this.output as NodeJS.WritableStream;
    if (!this.lines || !this.prompting) {
      out.write(text);
      return;
    }
    clearLine(out, 0);
    cursorTo(out, 0);
    out.write(text);
    this.lines.prompt(true);
  }
}

/** Whole lines that end the session, in every language (the words files' `consoleExit`). */
const EXIT = new Set(everyLanguage((w) => w.consoleExit));

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
  // After a restart, a form left open says so before anything else is typed. Read before the
  // line reader starts, so no line typed meanwhile is lost.
  const open = terminal ? await bot.openFormReminder(incoming(options, "")) : undefined;
  const lines = createInterface({
    input: options.input,
    ...(terminal ? { output, terminal: true, prompt: "you> " } : { terminal: false }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const showPrompt = () => {
    lines.prompt();
    options.printer?.promptShown(lines, true);
  };
  if (terminal) {
    write(`${t(DEFAULT_LOCALE, "console.welcome")}\n\n`);
    if (open) write(`${toPlainText(open)}\n\n`);
    showPrompt();
  }
  for await (const line of lines) {
    options.printer?.promptShown(lines, false);
    if (terminal && EXIT.has(line.trim().toLowerCase())) break;
    const reply = await bot.handle(incoming(options, line));
    const text = toPlainText(reply);
    if (options.json) {
      write(`${JSON.stringify(jsonLine(line, reply, text))}\n`);
    } else {
      write(`${terminal ? "\n" : ""}${text}\n\n`);
    }
    await options.afterMessage?.();
    if (terminal) showPrompt();
  }
  options.printer?.promptShown(undefined, false);
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
