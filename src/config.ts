import path from "node:path";
import { fileURLToPath } from "node:url";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

const LogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** Every setting, from the environment, validated with a clear message for each bad one. */
export const Config = z.object({
  LOG_LEVEL: LogLevel.default("info"),
  DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, ".data")),
  KNOWLEDGE_PATH: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, "data", "strategy.json")),
});
export type Config = z.infer<typeof Config>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most .env files.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = Config.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Reads .env (if any) into process.env without overriding what is already set, then validates. */
export function loadConfig(): Config {
  loadDotenv({ path: path.join(PROJECT_ROOT, ".env"), quiet: true });
  return parseConfig(process.env);
}
