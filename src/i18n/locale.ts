/**
 * The bottom layer's notion of language, shared by every folder above it: the four languages the
 * assistant understands and answers in, and the one negotiation that picks the answer's language.
 */
export const LOCALES = ["en", "zh", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/** The base locale: its catalogue defines the keys, and knowledge-base texts fall back to it. */
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The BCP 47 tag `Intl` formats each locale with: British English writes "1 March 2027" (as the
 * ILO's English does), Simplified Chinese as in the source document.
 */
export const INTL_TAG: Record<Locale, string> = { en: "en-GB", zh: "zh-CN", fr: "fr-FR", es: "es-ES" };

/**
 * A platform's locale string to one of ours: Teams' `activity.locale` ("fr-FR", "zh-Hant-TW"),
 * Slack's user locale ("es-LA", "en_US"). Anything else (absent, "de-DE") says nothing.
 */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

export interface LocaleSignals {
  /** The language the message itself is written in, when its words say so (not a bare id or "ok"). */
  message?: Locale | undefined;
  /** The language the user chose and the assistant remembers ("réponds en français", "/hr language es"). */
  remembered?: Locale | undefined;
  /** The platform's locale string for the user (Teams `activity.locale`, Slack `users.info` locale). */
  platform?: string | undefined;
  /** When nothing else says: the deployment's default (`HR_LANGUAGE` for the HR channel). */
  fallback?: Locale | undefined;
}

/**
 * The one negotiation of the answer's language: the message's own language, then the user's
 * remembered choice, then the platform's locale, then the default. A question asked in Spanish is
 * answered in Spanish even by someone who chose French: they just showed they read Spanish.
 */
export function negotiateLocale(signals: LocaleSignals): Locale {
  return (
    signals.message ??
    signals.remembered ??
    localeFromTag(signals.platform) ??
    signals.fallback ??
    DEFAULT_LOCALE
  );
}

/** The language a message is written in (what the NLU detects): one of the locales. */
export type Lang = Locale;
