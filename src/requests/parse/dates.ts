import type { Locale } from "../../i18n/locale.ts";
import { normalize } from "../../i18n/text.ts";
import {
  addDays,
  addMonths,
  after,
  type CivilDate,
  dayOfWeek,
  fromIso,
  isoDay,
  isRealDate,
  nextWeekday,
  toIso,
} from "./calendar.ts";
import { ROMANCE_FORMS, ROMANCE_RANGE_GAP, ROMANCE_SPANS, romanceWeekdayNumber } from "./dates-romance.ts";
import { EN_NUMBER_WORD, parseChineseNumber, parseCount, ZH_NUMERAL_CHARS } from "./numbers.ts";

/**
 * Dates as people write them in chat, in English, Chinese, French or Spanish, resolved against an injected
 * `today` (its UTC calendar day). Conventions, stated once:
 * - Numeric dates are day/month/year, as the ILO writes them: "1/3/2027" is 1 March 2027.
 *   A date that starts with a four-digit year is year-month-day ("2027-03-01", "2027/3/1").
 * - A date without a year is the next such date on or after today ("1 March" said on
 *   2 March 2027 is 1 March 2028); the end of a range without a year is the next such date on
 *   or after the start.
 * - "next Monday" / "下周一" is the Monday of next week (weeks start on Monday); "this Friday" /
 *   "本周五" is the Friday of this week; "coming Friday" is the first Friday after today.
 * - "in two weeks", "三天后" count from today; "next month" / "下个月" is its first day.
 */

export interface ParseOptions {
  today: Date;
  /**
   * The user's language. Dates are read in either language; it decides the language of text
   * that extraction writes in a normal form (a list of days).
   */
  lang?: Locale;
}

/** A date as written: either fully known, or day and month with the year still to infer. */
export type WrittenDate = { iso: string } | { year?: number; month: number; day: number };

/** Where a date is written in a normalised text. */
export interface DateMention {
  index: number;
  end: number;
  date: WrittenDate;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?![a-z])\\.?";
const WEEKDAY_EN =
  "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?![a-z])";
const WEEKDAY_ZH_CHAR = "([一二三四五六日天1-7])";
const ZH_WEEK = "(?:周|星期|礼拜|禮拜)";
const ZH_NUM = `(\\d{1,2}|[一二三四五六七八九十]{1,3})`;
const ORDINAL = "(?:st|nd|rd|th)?";

/** Day of the week, Monday = 1: "monday", "fri", "一", "日", "7". */
export function weekdayNumber(word: string): number | undefined {
  const romance = romanceWeekdayNumber(word);
  if (romance !== undefined) return romance;
  const zh = "一二三四五六日".indexOf(word);
  if (zh >= 0) return zh + 1;
  if (word === "天") return 7;
  if (/^[1-7]$/.test(word)) return Number(word);
  const en = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(word.slice(0, 3));
  return en >= 0 ? en + 1 : undefined;
}

function monthNumber(word: string): number {
  return MONTHS[word.slice(0, 3)] ?? 0;
}

function zhOrArabic(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseNumber(text) ?? 0);
}

function fullYear(text: string): number {
  const n = zhOrArabic(text);
  return text.length === 2 ? 2000 + n : n;
}

export type Reader = (m: RegExpExecArray, today: string) => WrittenDate | undefined;

const g = (m: RegExpExecArray, i: number): string => m[i] ?? "";

/** Each written form of a date and how to read it; overlaps are settled longest first. */
const FORMS: [RegExp, Reader][] = [
  [
    /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
    (m) => ({ year: Number(g(m, 1)), month: Number(g(m, 3)), day: Number(g(m, 4)) }),
  ],
  [
    /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g,
    (m) => ({ year: fullYear(g(m, 4)), month: Number(g(m, 3)), day: Number(g(m, 1)) }),
  ],
  [
    new RegExp(
      `(?<!\\d)(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s*(?:of\\s+)?${MONTH}(?:,?\\s*(\\d{4})(?!\\d))?`,
      "g",
    ),
    (m) => ({ day: Number(g(m, 1)), month: monthNumber(g(m, 2)), ...(m[3] ? { year: Number(m[3]) } : {}) }),
  ],
  [
    new RegExp(
      `(?<![a-z])${MONTH}\\s*(?:the\\s+)?(\\d{1,2})${ORDINAL}(?!\\d)(?:,?\\s*(\\d{4})(?!\\d))?`,
      "g",
    ),
    (m) => ({ month: monthNumber(g(m, 1)), day: Number(g(m, 2)), ...(m[3] ? { year: Number(m[3]) } : {}) }),
  ],
  [
    new RegExp(
      `(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*)?${ZH_NUM}\\s*月(?:份)?\\s*${ZH_NUM}\\s*[日号號]`,
      "g",
    ),
    (m) => ({
      month: zhOrArabic(g(m, 2)),
      day: zhOrArabic(g(m, 3)),
      ...(m[1] ? { year: fullYear(m[1]) } : {}),
    }),
  ],
  [
    new RegExp(`下\\s*(?:个|個)?\\s*月\\s*${ZH_NUM}\\s*[日号號]`, "g"),
    (m, today) => {
      const next = fromIso(addMonths(today, 1));
      return next && { year: next.year, month: next.month, day: zhOrArabic(g(m, 1)) };
    },
  ],
  [/\b(?:the\s+)?day after tomorrow\b|后天|後天/g, (_m, today) => ({ iso: addDays(today, 2) })],
  [/\btomorrow\b|明天|明日/g, (_m, today) => ({ iso: addDays(today, 1) })],
  [/\btoday\b|今天|今日/g, (_m, today) => ({ iso: today })],
  [
    new RegExp(`\\b(next|this|coming)\\s+${WEEKDAY_EN}`, "g"),
    (m, today) => {
      const weekday = weekdayNumber(g(m, 2)) ?? 1;
      if (m[1] === "coming") return { iso: nextWeekday(today, weekday) };
      return { iso: dayOfWeek(today, m[1] === "next" ? 1 : 0, weekday) };
    },
  ],
  [
    new RegExp(`(下下|下|本|这|這)\\s*(?:个|個)?\\s*${ZH_WEEK}\\s*${WEEKDAY_ZH_CHAR}`, "g"),
    (m, today) => {
      const weeks = m[1] === "下下" ? 2 : m[1] === "下" ? 1 : 0;
      return { iso: dayOfWeek(today, weeks, weekdayNumber(g(m, 2)) ?? 1) };
    },
  ],
  [
    new RegExp(`\\bin\\s+(\\d+|${EN_NUMBER_WORD})\\s+(day|week|month|year)s?\\b`, "g"),
    (m, today) => {
      const count = parseCount(g(m, 1));
      return count === undefined ? undefined : { iso: after(today, count, g(m, 2)) };
    },
  ],
  [
    new RegExp(
      `\\b(\\d+|${EN_NUMBER_WORD})\\s+(day|week|month|year)s?\\s+(?:from\\s+(?:now|today)|later)\\b`,
      "g",
    ),
    (m, today) => {
      const count = parseCount(g(m, 1));
      return count === undefined ? undefined : { iso: after(today, count, g(m, 2)) };
    },
  ],
  [
    new RegExp(
      `(\\d+|[${ZH_NUMERAL_CHARS}]+)\\s*(天|日|(?:个|個)?\\s*(?:周|星期|礼拜|禮拜)|(?:个|個)\\s*月|年)\\s*(?:之后|以后|之後|以後|后|後)`,
      "g",
    ),
    (m, today) => {
      const count = zhOrArabic(g(m, 1));
      return count > 0 ? { iso: after(today, count, g(m, 2).replace(/\s/g, "")) } : undefined;
    },
  ],
  ...ROMANCE_FORMS,
  [
    /\bnext\s+week\b|下\s*(?:个|個)?\s*(?:周|星期|礼拜|禮拜)(?![一二三四五六日天1-7])/g,
    (_m, today) => ({ iso: dayOfWeek(today, 1, 1) }),
  ],
  [
    /\bnext\s+month\b|下\s*(?:个|個)?\s*月(?!\s*[\d一二三四五六七八九十]+\s*[日号號])/g,
    (_m, today) => {
      const next = fromIso(addMonths(today, 1));
      return next && { iso: toIso({ ...next, day: 1 }) };
    },
  ],
];

export type SpanReader = (m: RegExpExecArray) => [WrittenDate, WrittenDate];

const yearOf = (m: RegExpExecArray, i: number) => (m[i] ? { year: fullYear(g(m, i)) } : {});

/**
 * Two days of one month written once: "3-14 May 2027", "May 3 to 14", "5月3日至14日". Each
 * gives two mentions, the first ending at its day and the second starting at its own, so the words
 * between them read as the range's gap. Groups: the first day, the second day (both with indices).
 */
const SPANS: [RegExp, number, number, SpanReader][] = [
  [
    new RegExp(
      `(?<![\\d./-])(\\d{1,2})${ORDINAL}\\s*(?:-|~|to|until|till|through)\\s*(\\d{1,2})${ORDINAL}\\s*(?:of\\s+)?${MONTH}(?:,?\\s*(\\d{4})(?!\\d))?`,
      "dg",
    ),
    1,
    2,
    (m) => {
      const month = monthNumber(g(m, 3));
      return [
        { day: Number(g(m, 1)), month, ...yearOf(m, 4) },
        { day: Number(g(m, 2)), month, ...yearOf(m, 4) },
      ];
    },
  ],
  [
    new RegExp(
      `(?<![a-z])${MONTH}\\s*(\\d{1,2})${ORDINAL}\\s*(?:-|~|to|until|till|through)\\s*(\\d{1,2})${ORDINAL}(?!\\d)(?:,?\\s*(\\d{4})(?!\\d))?`,
      "dg",
    ),
    2,
    3,
    (m) => {
      const month = monthNumber(g(m, 1));
      return [
        { day: Number(g(m, 2)), month, ...yearOf(m, 4) },
        { day: Number(g(m, 3)), month, ...yearOf(m, 4) },
      ];
    },
  ],
  [
    new RegExp(
      `(?:(\\d{4})\\s*年\\s*)?${ZH_NUM}\\s*月\\s*${ZH_NUM}\\s*[日号號]?\\s*(?:-|~|〜|至|到)\\s*${ZH_NUM}\\s*[日号號]`,
      "dg",
    ),
    3,
    4,
    (m) => {
      const month = zhOrArabic(g(m, 2));
      return [
        { day: zhOrArabic(g(m, 3)), month, ...yearOf(m, 1) },
        { day: zhOrArabic(g(m, 4)), month, ...yearOf(m, 1) },
      ];
    },
  ],
  ...ROMANCE_SPANS,
];

function readSpans(text: string): DateMention[] {
  const all: DateMention[] = [];
  for (const [pattern, first, second, read] of SPANS) {
    for (const m of text.matchAll(pattern)) {
      const [a, b] = read(m);
      const end = m.index + m[0].length;
      const firstEnd = m.indices?.[first]?.[1] ?? end;
      const secondStart = m.indices?.[second]?.[0] ?? m.index;
      all.push({ index: m.index, end: firstEnd, date: a }, { index: secondStart, end, date: b });
    }
  }
  return all;
}

/** A weekday alone ("Monday", "on Fri", "周三"): the first such day after today. Only for a whole answer. */
const BARE_WEEKDAY: [RegExp, Reader] = [
  new RegExp(`(?<![a-z])(?<!every |each )${WEEKDAY_EN}|(?<![下本这這每])${ZH_WEEK}${WEEKDAY_ZH_CHAR}`, "g"),
  (m, today) => ({ iso: nextWeekday(today, weekdayNumber(m[1] ?? m[2] ?? "") ?? 1) }),
];

/** Every date written in `text` (already normalised), in order, without overlaps. */
export function scanDates(
  text: string,
  today: string,
  options: { bareWeekday?: boolean } = {},
): DateMention[] {
  const found = readAll(text, today, FORMS, readSpans(text));
  if (found.length === 0 && options.bareWeekday) return readAll(text, today, [BARE_WEEKDAY]);
  return found;
}

function readAll(
  text: string,
  today: string,
  forms: [RegExp, Reader][],
  spans: readonly DateMention[] = [],
): DateMention[] {
  // a span's two days win over the single date inside it ("14 May 2027" of "3-14 May 2027")
  const all: DateMention[] = [...spans];
  for (const [pattern, read] of forms) {
    for (const m of text.matchAll(pattern)) {
      const date = read(m, today);
      if (date && !spans.some((s) => m.index < s.end && m.index + m[0].length > s.index)) {
        all.push({ index: m.index, end: m.index + m[0].length, date });
      }
    }
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of all) {
    const last = kept[kept.length - 1];
    if (!last || mention.index >= last.end) kept.push(mention);
  }
  return kept;
}

/** The ISO date a written date stands for: a missing year is the first on or after `notBefore`. */
export function resolveDate(date: WrittenDate, notBefore: string): string | undefined {
  if ("iso" in date) return date.iso;
  if (date.year !== undefined) {
    const exact: CivilDate = { year: date.year, month: date.month, day: date.day };
    return isRealDate(exact) ? toIso(exact) : undefined;
  }
  const first = fromIso(notBefore);
  if (!first) return undefined;
  // eight years always include a 29 February
  for (let year = first.year; year <= first.year + 8; year++) {
    const candidate = { year, month: date.month, day: date.day };
    if (isRealDate(candidate) && toIso(candidate) >= notBefore) return toIso(candidate);
  }
  return undefined;
}

/** Longer texts are not a date answer; the limit also bounds the work on hostile input. */
const MAX_ANSWER = 200;

/**
 * One date in a short answer: "2027-03-01", "1 March 2027", "March 1, 2027", "1/3/2027",
 * "3月1日", "2027年3月1日", "下周一", "next Monday", "tomorrow", "明天", "in two weeks".
 * Undefined when the text holds no date, more than one, or one that does not exist ("31 April").
 */
export function parseDate(text: string, options: ParseOptions): string | undefined {
  const t = normalize(text);
  if (t.length > MAX_ANSWER) return undefined;
  const today = isoDay(options.today);
  const mentions = scanDates(t, today, { bareWeekday: true });
  const only = mentions.length === 1 ? mentions[0] : undefined;
  return only && resolveDate(only.date, today);
}

export interface DateRange {
  start: string;
  end: string;
}

const RANGE_GAP = new RegExp(
  `^[\\s,，]*(?:起|开始|開始|onwards)?[\\s,，]*(?:-|~|〜|to|until|till|til|through|thru|and|至|到|直到|一直到|${ROMANCE_RANGE_GAP}|et|y)\\s*(?:the\\s+|le\\s+|el\\s+)?$`,
);

/** The first two dates in `mentions` joined as a range ("from X to Y", "X - Y", "X至Y"). */
export function findRange(
  text: string,
  mentions: readonly DateMention[],
): [DateMention, DateMention] | undefined {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a && b && RANGE_GAP.test(text.slice(a.end, b.index))) return [a, b];
  }
  return undefined;
}

/**
 * A range's dates: a start without a year takes the end's year ("1 March - 31 August 2027"),
 * or the year before when that would put it after the end ("1 December - 31 March 2028").
 */
export function resolveRange(start: WrittenDate, end: WrittenDate, today: string): DateRange | undefined {
  let first: string | undefined;
  if (!("iso" in start) && start.year === undefined && !("iso" in end) && end.year !== undefined) {
    const sameYear = { ...start, year: end.year };
    first = resolveDate(sameYear, today);
    if (first && first > (resolveDate(end, today) ?? first))
      first = resolveDate({ ...start, year: end.year - 1 }, today);
  } else {
    first = resolveDate(start, today);
  }
  const last = first && resolveDate(end, first);
  return first && last ? { start: first, end: last } : undefined;
}

/** "from 1 March to 31 August", "1 March - 31 August 2027", "3月1日至8月31日", "从下周一到6月30日". */
export function parseDateRange(text: string, options: ParseOptions): DateRange | undefined {
  const t = normalize(text);
  if (t.length > MAX_ANSWER) return undefined;
  const today = isoDay(options.today);
  const mentions = scanDates(t, today);
  const pair = mentions.length === 2 ? findRange(t, mentions) : undefined;
  return pair && resolveRange(pair[0].date, pair[1].date, today);
}
