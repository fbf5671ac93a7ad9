import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured logs on standard error (standard output belongs to the console chat and its
 * --json contract), or appended to `file` when one is set (LOG_FILE). No message text or
 * personal data at info level.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info", file?: string): Logger {
  const destination = file ? pino.destination({ dest: file, mkdir: true, sync: true }) : pino.destination(2);
  return pino({ level, base: { app: "hr-strategy-assistant" } }, destination);
}

/**
 * The level to log at. A person at a terminal reads standard error on the same screen as the
 * answers, so there only warnings and errors are shown, unless LOG_LEVEL asks for more or the
 * logs go to a file.
 */
export function effectiveLogLevel(options: {
  configured: string;
  explicit: boolean;
  terminal: boolean;
  toFile: boolean;
}): string {
  if (options.explicit || options.toFile || !options.terminal) return options.configured;
  return "warn";
}

export const silentLogger: Logger = pino({ level: "silent" });
