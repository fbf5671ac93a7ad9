import { everyLanguage, type Words } from "../../i18n/words.ts";
import { addDays, addMonths, after, dayOfWeek, fromIso, toIso } from "./calendar.ts";
import type { Reader, SpanReader } from "./dates.ts";

/**
 * Dates and weekdays as French and Spanish speakers write them, read by the same scanner as the
 * English and Chinese forms in dates.ts and days.ts: "1er mars 2027", "le 15 août",
 * "del 1 al 31 de agosto de 2027", "lundi prochain", "el próximo lunes", "demain", "dans deux
 * semaines", "dentro de 3 días". Texts arrive normalised (lower case) with their accents; the
 * patterns take both spellings, since staff often type without accents.
 */

/**
 * Each month's spellings in every language read by this grammar, month by month ("janvier|janv",
 * then "enero|ene"), so that patterns list them in one order whatever the languages.
 */
const byNumber = (pick: (w: Words) => readonly string[]): [number, string][] =>
  (
    everyLanguage((w) => pick(w).map((spellings, i) => [i + 1, spellings] as const)) as [number, string][]
  ).sort((a, b) => a[0] - b[0]);
const MONTH_WORDS = byNumber((w) => w.calendar.months);

const MONTH_OF = new Map<string, number>();
for (const [n, words] of MONTH_WORDS) for (const w of words.split("|")) MONTH_OF.set(w, n);

/** A French or Spanish month name, longest spellings first so "septembre" wins over "sept". */
export const ROMANCE_MONTH = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join("|")})(?![a-zà-ÿ])\\.?`;

export function romanceMonthNumber(word: string): number {
  return MONTH_OF.get(word.replace(/\.$/, "")) ?? 0;
}

/** "1er", "1ère", "1°", "1º", "primero" is left to the digits: the first of the month. */
export const ROMANCE_ORDINAL = "(?:er|ere|ère|°|º|o)?";

/** The optional "de" of Spanish dates ("1 de agosto de 2027"). */
export const DE = "(?:\\s+de)?";

const WEEKDAYS = byNumber((w) => w.calendar.weekdays);
const WEEKDAY_OF = new Map<string, number>();
for (const [n, words] of WEEKDAYS) for (const w of words.split("|")) WEEKDAY_OF.set(w, n);

/**
 * A French or Spanish weekday, with the plural staff use for a pattern ("les lundis"). Written
 * out only: the short forms are ordinary words too ("mar", "vie", "jeu", "sam").
 */
export const ROMANCE_WEEKDAY = `(${[...WEEKDAY_OF.keys()].sort((a, b) => b.length - a.length).join("|")})s?(?![a-zà-ÿ])`;

export function romanceWeekdayNumber(word: string): number | undefined {
  return WEEKDAY_OF.get(word) ?? WEEKDAY_OF.get(word.replace(/s$/, ""));
}

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  everyLanguage((w) => Object.entries(w.calendar.countWords)).sort((a, b) => a[1] - b[1]),
);

/** French and Spanish number words of a duration ("dans deux semaines", "en tres días"). */
export const ROMANCE_NUMBER_WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

export function romanceCount(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** The unit of a French or Spanish duration, in the English word the calendar arithmetic reads. */
export function romanceUnit(word: string): "day" | "week" | "month" | "year" {
  if (/^(jour|dia|día)/.test(word)) return "day";
  if (/^(semaine|semana)/.test(word)) return "week";
  if (/^(mois|mes)/.test(word)) return "month";
  return "year";
}

export const ROMANCE_UNIT = "(jours?|d[ií]as?|semaines?|semanas?|mois|mes(?:es)?|ans?|ann[ée]es?|a[ñn]os?)";

/** Words between the two dates of a range: "du 1er mars au 31 août", "del 1 de marzo al 31 de agosto". */
export const ROMANCE_RANGE_GAP = "au|aux|jusqu'au|jusqu'a|jusqu'à|jusqu'en|al|hasta(?:\\s+el)?|a";

/** Words before a weekday that make it next week's ("lundi prochain", "el próximo lunes"). */
export const NEXT_WORDS = {
  before: "(?:prochain|prochaine|pr[óo]ximo|pr[óo]xima)",
  after: "(?:prochain|prochaine|que\\s+viene|pr[óo]ximo)",
};

const g = (m: RegExpExecArray, i: number): string => m[i] ?? "";
const yearOf = (m: RegExpExecArray, i: number) => (m[i] ? { year: Number(m[i]) } : {});
const YEAR = `(?:${DE}\\s+(\\d{4})(?!\\d))?`;

/** Each French or Spanish written form of one date, read as dates.ts reads the others. */
export const ROMANCE_FORMS: [RegExp, Reader][] = [
  [
    // "1er mars 2027", "le 15 août", "1 de agosto de 2027", "15 sept."
    new RegExp(`(?<![\\d./-])(\\d{1,2})${ROMANCE_ORDINAL}${DE}\\s*${ROMANCE_MONTH}${YEAR}`, "g"),
    (m) => ({ day: Number(g(m, 1)), month: romanceMonthNumber(g(m, 2)), ...yearOf(m, 3) }),
  ],
  [
    /(?<![a-zà-ÿ])(?:apr[èe]s-demain|pasado\s+ma[ñn]ana)(?![a-zà-ÿ])/g,
    (_m, today) => ({ iso: addDays(today, 2) }),
  ],
  [
    /(?<![a-zà-ÿ])(?<!(?:la|las|esta|cada|por)\s+)(?:demain|ma[ñn]ana)(?![a-zà-ÿ])/g,
    (_m, today) => ({ iso: addDays(today, 1) }),
  ],
  [/(?<![a-zà-ÿ])(?:aujourd'hui|hoy)(?![a-zà-ÿ])/g, (_m, today) => ({ iso: today })],
  [
    // "lundi prochain", "el lunes que viene", "el próximo lunes", "ce vendredi", "este viernes"
    new RegExp(
      `(?<![a-zà-ÿ])(?:(${NEXT_WORDS.before}|ce|este)\\s+${ROMANCE_WEEKDAY}|${ROMANCE_WEEKDAY}\\s+(${NEXT_WORDS.after}))`,
      "g",
    ),
    (m, today) => {
      const weekday = romanceWeekdayNumber(m[2] ?? m[3] ?? "") ?? 1;
      const thisWeek = m[1] === "ce" || m[1] === "este";
      return { iso: dayOfWeek(today, thisWeek ? 0 : 1, weekday) };
    },
  ],
  [
    // "dans deux semaines", "en 3 días", "dentro de dos meses"
    new RegExp(
      `(?<![a-zà-ÿ])(?:dans|en|dentro\\s+de)\\s+(\\d+|${ROMANCE_NUMBER_WORD})\\s+${ROMANCE_UNIT}(?![a-zà-ÿ])`,
      "g",
    ),
    (m, today) => {
      const count = romanceCount(g(m, 1));
      return count === undefined ? undefined : { iso: after(today, count, romanceUnit(g(m, 2))) };
    },
  ],
  [
    /(?<![a-zà-ÿ])(?:la\s+semaine\s+prochaine|la\s+pr[óo]xima\s+semana|la\s+semana\s+(?:que\s+viene|pr[óo]xima))(?![a-zà-ÿ])/g,
    (_m, today) => ({ iso: dayOfWeek(today, 1, 1) }),
  ],
  [
    /(?<![a-zà-ÿ])(?:le\s+mois\s+prochain|el\s+pr[óo]ximo\s+mes|el\s+mes\s+(?:que\s+viene|pr[óo]ximo))(?![a-zà-ÿ])/g,
    (_m, today) => {
      const next = fromIso(addMonths(today, 1));
      return next && { iso: toIso({ ...next, day: 1 }) };
    },
  ],
];

/** "du 1er au 31 août 2027", "del 1 al 31 de agosto": two days of one month written once. */
export const ROMANCE_SPANS: [RegExp, number, number, SpanReader][] = [
  [
    new RegExp(
      `(?<![\\d./-])(\\d{1,2})${ROMANCE_ORDINAL}\\s*(?:-|~|${ROMANCE_RANGE_GAP})\\s*(\\d{1,2})${ROMANCE_ORDINAL}${DE}\\s+${ROMANCE_MONTH}${YEAR}`,
      "dg",
    ),
    1,
    2,
    (m) => {
      const month = romanceMonthNumber(g(m, 3));
      return [
        { day: Number(g(m, 1)), month, ...yearOf(m, 4) },
        { day: Number(g(m, 2)), month, ...yearOf(m, 4) },
      ];
    },
  ],
];
