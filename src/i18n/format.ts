import type { FormatNumberOptions } from "@formatjs/intl";
import type { Locale } from "./locale.ts";
import { intl } from "./messages.ts";

/**
 * Dates, numbers and lists as each locale writes them, through `Intl` ("1 March 2027",
 * "2027年3月1日", "1er mars 2027", "1 de marzo de 2027"; "a, b and c", "a、b和c").
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (YYYY-MM-DD) in words; anything else is returned as it is. */
export function formatDay(iso: string, locale: Locale): string {
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return iso;
  const day = intl(locale).formatDate(date, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  // French writes the first of the month as an ordinal: "1er mars 2027" (Intl gives "1 mars 2027")
  return locale === "fr" ? day.replace(/^1(?=\s)/, "1er") : day;
}

export function formatNumber(value: number, locale: Locale, options?: FormatNumberOptions): string {
  return intl(locale).formatNumber(value, options);
}

/** "a, b and c" (conjunction) or "a, b or c" (disjunction). */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: "conjunction" | "disjunction" = "conjunction",
): string {
  return intl(locale).formatList(items, { type });
}
