import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured logs on standard error (standard output belongs to the console chat and its
 * --json contract). No message text or personal data at info level.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { app: "hr-strategy-assistant" } }, pino.destination(2));
}

export const silentLogger: Logger = pino({ level: "silent" });
