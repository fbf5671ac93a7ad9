import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../log.ts";
import { errorFields } from "./log.ts";

/**
 * Slack's locale of each user ("es-ES"), from `users.info` with `include_locale`: Slack sends it
 * with no event, so it is asked once and kept for a while. A reply never waits on it for long: a
 * failing or slow `users.info` answers "unknown", and the reply goes out in the negotiated
 * language without it.
 */

const UsersInfo = z.object({
  ok: z.literal(true),
  user: z.object({ locale: z.string().max(40).optional() }).optional(),
});

export interface UserLocaleOptions {
  logger: Logger;
  /** How long a locale is kept (default an hour: people seldom change it). */
  ttlMs?: number;
  /** How long a failed look-up is remembered, so a broken users.info is not asked on every message. */
  failureTtlMs?: number;
  /** Users kept at most; the oldest entry goes first. */
  maxUsers?: number;
  /** The longest a reply waits for users.info. */
  timeoutMs?: number;
  clock?: () => number;
}

interface Entry {
  locale: string | undefined;
  expiresAt: number;
}

export class SlackUserLocales {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string | undefined>>();
  private readonly logger: Logger;
  private readonly ttlMs: number;
  private readonly failureTtlMs: number;
  private readonly maxUsers: number;
  private readonly timeoutMs: number;
  private readonly clock: () => number;

  constructor(options: UserLocaleOptions) {
    this.logger = options.logger;
    this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.failureTtlMs = options.failureTtlMs ?? 60 * 1000;
    this.maxUsers = options.maxUsers ?? 5000;
    this.timeoutMs = options.timeoutMs ?? 1500;
    this.clock = options.clock ?? Date.now;
  }

  /** The user's Slack locale, or undefined when Slack does not say (in time). Never throws. */
  async of(client: webApi.WebClient, userId: string): Promise<string | undefined> {
    const now = this.clock();
    const cached = this.entries.get(userId);
    if (cached && cached.expiresAt > now) return cached.locale;
    let lookup = this.pending.get(userId);
    if (!lookup) {
      lookup = this.lookUp(client, userId).finally(() => this.pending.delete(userId));
      this.pending.set(userId, lookup);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        this.logger.debug(
          { timeoutMs: this.timeoutMs },
          "slack users.info too slow: answered without the locale",
        );
        resolve(undefined);
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([lookup, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async lookUp(client: webApi.WebClient, userId: string): Promise<string | undefined> {
    try {
      const answer = UsersInfo.safeParse(await client.users.info({ user: userId, include_locale: true }));
      const locale = answer.success ? answer.data.user?.locale : undefined;
      this.keep(userId, locale, this.ttlMs);
      return locale;
    } catch (error) {
      this.logger.warn({ error: errorFields(error) }, "slack users.info failed: answered without the locale");
      this.keep(userId, undefined, this.failureTtlMs);
      return undefined;
    }
  }

  private keep(userId: string, locale: string | undefined, ttlMs: number): void {
    this.entries.delete(userId);
    if (this.entries.size >= this.maxUsers) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(userId, { locale, expiresAt: this.clock() + ttlMs });
  }
}
