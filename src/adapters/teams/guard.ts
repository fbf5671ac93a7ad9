import { AsyncLocalStorage } from "node:async_hooks";
import type { Activity } from "botbuilder";
import { z } from "zod";

/**
 * The checks /api/messages makes before botbuilder sees a request: the body is an activity, and
 * (with an app id) the Authorization header could be a Bot Framework token for this bot. They are
 * local and cheap, so garbage, unsigned, expired or misaddressed tokens are refused without a
 * network call for signing keys; botbuilder still verifies the signature and issuer of the rest.
 */

/** What botbuilder needs of an activity before a turn can run; the rest is checked in the turn. */
const ActivityBody = z.looseObject({
  type: z.string().min(1).max(100),
  serviceUrl: z.string().max(2000).optional(),
  channelId: z.string().max(100).optional(),
});

/** The body as an activity, with its timestamps as dates (what botbuilder's `process` does); undefined when it is none. */
export function activityOf(body: unknown): Activity | undefined {
  const parsed = ActivityBody.safeParse(body);
  if (!parsed.success) return undefined;
  const activity: Record<string, unknown> = { ...parsed.data };
  for (const field of ["timestamp", "localTimestamp", "expiration"] as const) {
    const value = activity[field];
    if (typeof value !== "string") continue;
    const raw = `raw${field[0]?.toUpperCase()}${field.slice(1)}`;
    activity[raw] = value;
    activity[field] = new Date(value);
  }
  return activity as unknown as Activity;
}

/** botbuilder's allowed signing algorithms and clock tolerance (AuthenticationConstants, 300 s). */
const JwtHeader = z.looseObject({
  alg: z.enum(["RS256", "RS384", "RS512"]),
  kid: z.string().min(1).max(200),
});
const JwtClaims = z.looseObject({
  iss: z.string().min(1).max(500),
  aud: z.string().min(1).max(500),
  exp: z.number(),
  nbf: z.number().optional(),
});
const CLOCK_TOLERANCE_S = 300;
const TOKEN = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
const MAX_HEADER = 16_384;

export type TokenProblem = "missing" | "malformed" | "algorithm" | "audience" | "expired" | "not-yet-valid";

function decoded(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Why this Authorization header cannot carry a token for `appId` at `now`; undefined when it may. */
export function tokenProblem(
  authorization: string | undefined,
  appId: string,
  now: Date = new Date(),
): TokenProblem | undefined {
  if (!authorization) return "missing";
  const match = authorization.length <= MAX_HEADER ? TOKEN.exec(authorization) : null;
  if (!match?.[1] || !match[2]) return "malformed";
  const rawHeader = decoded(match[1]);
  if (rawHeader === undefined) return "malformed";
  if (!JwtHeader.safeParse(rawHeader).success) return "algorithm";
  const claims = JwtClaims.safeParse(decoded(match[2]));
  if (!claims.success) return "malformed";
  if (claims.data.aud !== appId) return "audience";
  const seconds = now.getTime() / 1000;
  if (claims.data.exp + CLOCK_TOLERANCE_S < seconds) return "expired";
  if (claims.data.nbf !== undefined && claims.data.nbf - CLOCK_TOLERANCE_S > seconds) return "not-yet-valid";
  return undefined;
}

const quiet = new AsyncLocalStorage<true>();
let consoleGuarded = false;

/**
 * Runs `work` with botbuilder's console.error silenced: its token validation prints each rejected
 * token's error (a stack trace, or the signing keys) there, while the endpoint logs one structured
 * line of its own. Only calls made within `work` (its async context) are dropped; any other code's
 * console.error still prints.
 */
export function withoutConsoleErrors<T>(work: () => Promise<T>): Promise<T> {
  if (!consoleGuarded) {
    consoleGuarded = true;
    const original = console.error;
    console.error = (...args: unknown[]) => {
      if (!quiet.getStore()) original.apply(console, args);
    };
  }
  return quiet.run(true, work);
}
