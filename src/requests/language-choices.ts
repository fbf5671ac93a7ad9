import { z } from "zod";
import { LOCALES, type Locale } from "../i18n/locale.ts";
import type { KeyValuePort } from "../storage/port.ts";
import { RequestLog } from "./log.ts";
import { type AppStore, fileStoreOf } from "./store.ts";

/**
 * The language each user chose ("réponds en français", "/hr language es"), per platform and user
 * id, in the store's key-value space: `state-language.json` in DATA_DIR with the file store, the
 * shared table with PostgreSQL, so a restart or another instance keeps it. A preference, not a
 * session: it does not expire.
 */

export const LANGUAGE_NAMESPACE = "language";

const Choice = z.strictObject({ locale: z.enum(LOCALES), chosenAt: z.string().max(40) });
const UserId = z.string().min(1).max(200);

export interface LanguageChoices {
  get(platform: string, userId: string): Promise<Locale | undefined>;
  set(platform: string, userId: string, locale: Locale): Promise<void>;
}

function keyOf(platform: string, userId: string): string {
  return `${platform}:${UserId.parse(userId)}`;
}

export function createLanguageChoices(
  source: AppStore | RequestLog | KeyValuePort,
  clock: () => Date = () => new Date(),
): LanguageChoices {
  const kv = source instanceof RequestLog ? fileStoreOf(source).kv : "kv" in source ? source.kv : source;
  return {
    async get(platform, userId) {
      const stored = await kv.get(LANGUAGE_NAMESPACE, keyOf(platform, userId), clock());
      // What another instance or version wrote is checked like any stored record.
      const choice = Choice.safeParse(stored);
      return choice.success ? choice.data.locale : undefined;
    },
    async set(platform, userId, locale) {
      const now = clock();
      await kv.set(
        LANGUAGE_NAMESPACE,
        keyOf(platform, userId),
        { locale, chosenAt: now.toISOString() },
        { now },
      );
    },
  };
}

/** The choices kept in this process only: a bot without a store still honours a choice until it stops. */
export function memoryLanguageChoices(limit = 10_000): LanguageChoices {
  const choices = new Map<string, Locale>();
  return {
    async get(platform, userId) {
      return choices.get(keyOf(platform, userId));
    },
    async set(platform, userId, locale) {
      const key = keyOf(platform, userId);
      choices.delete(key);
      if (choices.size >= limit) {
        const oldest = choices.keys().next().value;
        if (oldest !== undefined) choices.delete(oldest);
      }
      choices.set(key, locale);
    },
  };
}
