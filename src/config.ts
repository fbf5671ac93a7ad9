import path from "node:path";
import { fileURLToPath } from "node:url";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { LOCALES } from "./i18n/locale.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

const LogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

const HR_PLATFORMS = ["slack", "teams", "console"] as const;

/**
 * One HR reviewer, "platform:id". The platform is read case-insensitively ("Console:alice" is
 * console:alice); the id is kept as written, since platforms' ids are case-sensitive.
 */
function hrUser(entry: string, ctx: z.RefinementCtx): string[] {
  const m = /^([^:\s]+):(\S+)$/.exec(entry);
  const platform = m?.[1]?.toLowerCase();
  if (m?.[2] && HR_PLATFORMS.some((p) => p === platform)) return [`${platform}:${m[2]}`];
  const problem = m
    ? `"${entry}": the platform "${m[1]}" is not one of ${HR_PLATFORMS.join(", ")}`
    : `"${entry}": no platform; each HR user is written platform:id`;
  ctx.addIssue({
    code: "custom",
    message: `${problem}. Write each reviewer as slack:<user id>, teams:<AAD object id> or console:<name>, separated by commas, e.g. HR_USERS=slack:U024BE7LH,console:alice`,
  });
  return [];
}

/** Every setting, from the environment, validated with a clear message for each bad one. */
const Port = z.coerce.number().int().min(0).max(65535);

const NODE_ENVS = ["development", "test", "production"] as const;

/** "true" or "false", as written in an environment variable. */
const Flag = z
  .enum(["true", "false"], { error: 'either "true" or "false"' })
  .default("false")
  .transform((v) => v === "true");

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

const ORIGIN_ERROR = "each is an http(s) origin without a path, e.g. http://localhost:56150";

/** No path, query or credentials. zod runs this even when the URL check failed: it must not throw. */
function isBareOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
}

/** Comma-separated origins ("http://localhost:56150"); kept as URL origins so they compare exactly. */
const Origins = z
  .string()
  .default("")
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z.array(
      z
        .url({ protocol: /^https?$/, error: ORIGIN_ERROR })
        .refine(isBareOrigin, ORIGIN_ERROR)
        .transform((u) => new URL(u).origin),
    ),
  );

/** npm's conventional cache folder: never committed, emptied by a clean install. */
export const DEFAULT_MODEL_CACHE_DIR = path.join(
  PROJECT_ROOT,
  "node_modules",
  ".cache",
  "hr-strategy-assistant",
);

export const Config = z
  .object({
    NODE_ENV: z
      .enum(NODE_ENVS, {
        error: (issue) => `"${String(issue.input)}" is not allowed: use one of ${NODE_ENVS.join(", ")}`,
      })
      .default("development"),
    LOG_LEVEL: LogLevel.default("info"),
    /** Logs appended to this file instead of standard error. */
    LOG_FILE: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, ".data")),
    /** With it, state lives in PostgreSQL (several instances); without, in files under DATA_DIR (one). */
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "a postgres:// or postgresql:// URL" })
      .optional(),
    /** How long a notification being delivered is reserved for its instance (renewed while it works). */
    OUTBOX_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(15_000),
    /**
     * Where the trained intent classifier is kept between starts (rebuilt whenever the examples or
     * the code change); "off" trains at every start. npm's conventional cache folder by default.
     */
    MODEL_CACHE_DIR: z
      .string()
      .min(1)
      .default(DEFAULT_MODEL_CACHE_DIR)
      .transform((dir) => (dir === "off" ? undefined : dir)),
    KNOWLEDGE_PATH: z
      .string()
      .min(1)
      .default(path.join(PROJECT_ROOT, "data", "strategy.json")),
    PORT: Port.default(3978),
    HOST: z.string().min(1).default("0.0.0.0"),
    /** Platform-qualified ids of HR reviewers: "slack:U024BE7LH,teams:<aad-object-id>,console:alice". */
    HR_USERS: z
      .string()
      .default("")
      .transform((s, ctx) =>
        s
          .split(/[\s,]+/)
          .filter(Boolean)
          .flatMap((entry) => hrUser(entry, ctx)),
      ),
    /** The language of the HR channel's messages (review requests, decisions): en, zh, fr or es. */
    HR_LANGUAGE: z.enum(LOCALES).default("en"),
    SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "a Slack bot token starts with xoxb-").optional(),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_APP_TOKEN: z.string().startsWith("xapp-", "a Slack app-level token starts with xapp-").optional(),
    SLACK_HR_CHANNEL: z
      .string()
      .regex(/^[CGD][A-Z0-9]+$/, "a Slack channel id, e.g. C0123456789")
      .optional(),
    SLACK_API_URL: z.url().optional(),
    MicrosoftAppId: z.string().min(1).optional(),
    MicrosoftAppPassword: z.string().min(1).optional(),
    MicrosoftAppType: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
    MicrosoftAppTenantId: z.string().min(1).optional(),
    TEAMS_HR_CONVERSATION_ID: z.string().min(1).optional(),
    /** Serves /api/messages without authentication, for the Agents Playground; never in production. */
    TEAMS_LOCAL_UNAUTHENTICATED: Flag,
    /** Service URLs the bot may call besides the Bot Framework's own (the Playground's, a local connector). */
    TEAMS_TRUSTED_SERVICE_URLS: Origins,
    /** Days ratings of answers and declined questions are kept, then removed (the one deletion). */
    FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** Working days (Monday–Friday) after which HR is told again of an unanswered question. */
    ASK_HR_REMINDER_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(2),
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)",
      });
    }
    if ((c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN) && !c.SLACK_BOT_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_BOT_TOKEN"],
        message: "required when Slack is configured",
      });
    }
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== "UserAssignedMSI") {
      ctx.addIssue({
        code: "custom",
        path: ["MicrosoftAppPassword"],
        message: "required with MicrosoftAppId",
      });
    }
    if (c.MicrosoftAppType === "SingleTenant" && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: "custom",
        path: ["MicrosoftAppTenantId"],
        message: "required for a SingleTenant app",
      });
    }
    if (c.TEAMS_LOCAL_UNAUTHENTICATED && c.NODE_ENV === "production") {
      ctx.addIssue({
        code: "custom",
        path: ["TEAMS_LOCAL_UNAUTHENTICATED"],
        message: "refused with NODE_ENV=production: set MicrosoftAppId and MicrosoftAppPassword instead",
      });
    }
    // Unauthenticated, anyone who reaches the port may speak as anyone: this machine only.
    if (c.TEAMS_LOCAL_UNAUTHENTICATED && !LOOPBACK.has(c.HOST)) {
      ctx.addIssue({
        code: "custom",
        path: ["HOST"],
        message: `"${c.HOST}" is not a loopback address: with TEAMS_LOCAL_UNAUTHENTICATED the server listens on 127.0.0.1, ::1 or localhost only`,
      });
    }
    if (c.TEAMS_LOCAL_UNAUTHENTICATED && c.MicrosoftAppId) {
      ctx.addIssue({
        code: "custom",
        path: ["TEAMS_LOCAL_UNAUTHENTICATED"],
        message: "set either MicrosoftAppId (authenticated Teams) or this (local testing), not both",
      });
    }
  });
export type Config = z.infer<typeof Config>;

/**
 * How Teams is served: authenticated with an app id, unauthenticated only when asked for explicitly
 * (local testing), otherwise not at all — /api/messages is then not mounted.
 */
export function teamsMode(
  config: Pick<Config, "MicrosoftAppId" | "TEAMS_LOCAL_UNAUTHENTICATED">,
): "authenticated" | "local-unauthenticated" | undefined {
  if (config.MicrosoftAppId) return "authenticated";
  return config.TEAMS_LOCAL_UNAUTHENTICATED ? "local-unauthenticated" : undefined;
}

/** A platform is configured when its credentials are: then `npm start` serves instead of the console. */
export function platformsConfigured(config: Config): { slack: boolean; teams: boolean } {
  return { slack: Boolean(config.SLACK_BOT_TOKEN), teams: teamsMode(config) !== undefined };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most .env files.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  // Local unauthenticated Teams listens on loopback unless told otherwise (and refused if told so).
  if (present.TEAMS_LOCAL_UNAUTHENTICATED === "true" && present.HOST === undefined)
    present.HOST = "127.0.0.1";
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
