import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../log.ts";

const SlackError = z.object({
  name: z.string().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  statusCode: z.number().optional(),
  data: z.object({ error: z.string().optional() }).optional(),
  response: z.object({ status: z.number().optional() }).optional(),
});

/**
 * What may be logged of an error from Bolt, the Web API client or a response_url post: its
 * kind, code and status. Never the whole object: those carry the request (message text) and
 * its Authorization header (the bot token).
 */
export function errorFields(error: unknown): Record<string, unknown> {
  const parsed = SlackError.safeParse(error);
  if (!parsed.success) return { message: String(error).slice(0, 200) };
  const e = parsed.data;
  return {
    name: e.name,
    code: e.code,
    apiError: e.data?.error,
    status: e.statusCode ?? e.response?.status,
    message: e.message?.slice(0, 200),
  };
}

const BOLT_LEVEL: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

function show(part: unknown): string {
  if (typeof part === "string") return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

/** Bolt's and the Web API client's own logs, through our pino logger (the level is LOG_LEVEL's). */
export function boltLogger(logger: Logger): BoltLogger {
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...parts: unknown[]) => {
      const error = parts.find((part) => part instanceof Error);
      const text = parts
        .filter((part) => !(part instanceof Error))
        .map(show)
        .join(" ")
        .slice(0, 2000);
      logger[level](error ? { error: errorFields(error) } : {}, text || "slack error");
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: () => {},
    getLevel: () => BOLT_LEVEL[logger.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
