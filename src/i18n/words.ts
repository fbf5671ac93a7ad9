import { en } from "./catalogue/en/words.ts";
import { es } from "./catalogue/es/words.ts";
import { fr } from "./catalogue/fr/words.ts";
import { zh } from "./catalogue/zh/words.ts";
import { LOCALES, type Locale } from "./locale.ts";
import type { Pattern, Words } from "./words-type.ts";

export type { Pattern, Words } from "./words-type.ts";

/**
 * Each language's vocabulary for understanding, as `CATALOGUES` holds its messages: a locale
 * without its words does not compile. The modules that read messages keep their logic and build
 * their patterns from here; the language-neutral parts (digits, ids, punctuation, the period
 * "2022–2025") stay in them.
 */
export const WORDS: Record<Locale, Words> = { en, zh, fr, es };

/** Patterns that never match: what a language without such words contributes when all lack them. */
const NEVER = "(?!)";

/**
 * Each language's pattern, in `LOCALES` order, as one alternation — `(?:en)|(?:zh)|…` — leaving
 * out the languages that have no such words. Where a pattern is read by `exec`, `match` or
 * `replace`, the first alternative to match decides: its languages' words never overlap at one
 * place, or keep the order they had (`src/requests/parse/dates-romance.ts` lists months month by month).
 */
export function alternatives(pick: (w: Words) => Pattern): string {
  const parts = LOCALES.flatMap((locale) => {
    const pattern = pick(WORDS[locale]);
    return pattern ? [`(?:${pattern.source})`] : [];
  });
  return parts.length > 0 ? parts.join("|") : NEVER;
}

/** The languages' patterns as one regular expression with the given flags. */
export function anyLanguage(pick: (w: Words) => Pattern, flags = ""): RegExp {
  return new RegExp(alternatives(pick), flags);
}

/** Every language's items of a list, in `LOCALES` order. */
export function everyLanguage<T>(pick: (w: Words) => readonly T[]): T[] {
  return LOCALES.flatMap((locale) => pick(WORDS[locale]));
}
