import { normalize } from "../../i18n/text.ts";
import { parseRomanceNumber } from "./numbers-romance.ts";

/** Numbers, sums of money and durations as people type them, in English, Chinese, French or Spanish. */

const EN_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
};

/** English number words a duration or count is written with ("two", "a", "eighteen"). */
export const EN_NUMBER_WORD = [...Object.keys(EN_WORDS), "a", "an"]
  .sort((a, b) => b.length - a.length)
  .join("|");

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with, for building patterns. */
export const ZH_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

/**
 * "两千" → 2000, "一千二百" → 1200, "三千五" → 3500 (the colloquial dropped unit), "十八" → 18,
 * "1.2万" → 12000, "二〇二七" → 2027 (read digit by digit).
 */
export function parseChineseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const wan = t.indexOf("万");
  if (wan >= 0) {
    const high = wan === 0 ? 1 : parseChineseOrArabic(t.slice(0, wan));
    const low = wan === t.length - 1 ? 0 : parseChineseNumber(t.slice(wan + 1));
    return high === undefined || low === undefined ? undefined : Math.round(high * 10_000) + low;
  }
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(t)) {
    return Number([...t].map((c) => ZH_DIGITS[c]).join(""));
  }
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10_000;
  let afterZero = false;
  for (const char of t) {
    const d = ZH_DIGITS[char] ?? (/\d/.test(char) ? Number(char) : undefined);
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined;
      if (d === 0) afterZero = true;
      digit = d;
      continue;
    }
    const unit = ZH_UNITS[char];
    if (unit === undefined || unit >= lastUnit) return undefined;
    total += (digit ?? (unit === 10 ? 1 : Number.NaN)) * unit;
    if (Number.isNaN(total)) return undefined;
    digit = undefined;
    lastUnit = unit;
  }
  // "三千五": a trailing digit right after a unit means the next unit down ("一百零五" keeps its 5)
  const colloquial = !afterZero && lastUnit < 10_000 && lastUnit > 10;
  if (digit !== undefined) total += colloquial ? (digit * lastUnit) / 10 : digit;
  return total;
}

function parseChineseOrArabic(text: string): number | undefined {
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : parseChineseNumber(text);
}

const GROUPED = /^\d{1,3}(?:[, '’]\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/**
 * A number as typed: "1200", "1,200", "1 200", "1'200" (Swiss), "1200.50", "12,5" (decimal
 * comma), "2k", "twelve", "两千". Undefined when the text is not one number.
 */
export function parseNumber(text: string): number | undefined {
  const t = withoutFiller(text);
  if (!t || t.length > 40) return undefined;
  const sign = t.startsWith("-") ? -1 : 1;
  const body = t.replace(/^[+-]\s*/, "");
  let value: number | undefined;
  if (PLAIN.test(body)) value = Number(body);
  else if (GROUPED.test(body)) value = Number(body.replace(/[, '’]/g, ""));
  else if (DECIMAL_COMMA.test(body)) value = Number(body.replace(",", "."));
  else if (/^\d+(?:\.\d+)?\s*k$/.test(body)) value = Number.parseFloat(body) * 1000;
  else if (Object.hasOwn(EN_WORDS, body)) value = EN_WORDS[body];
  else if (new RegExp(`^[\\d.${ZH_NUMERAL_CHARS}]+$`).test(body)) value = parseChineseNumber(body);
  else if (/^[\p{L}\d\s-]+$/u.test(body)) value = parseRomanceNumber(body);
  return value === undefined || !Number.isFinite(value) ? undefined : sign * value;
}

export interface Money {
  amount: number;
  /** ISO 4217 code; "USD" when the text names no currency. */
  currency: string;
}

const CURRENCIES: [RegExp, string][] = [
  [
    /^(?:usd|us\s*\$|\$\s*us|us\s*dollars?|dollars?|\$|美元|美金|dollars? (?:des etats-unis|des états-unis|americains?|américains?|us)|d[oó]lares?(?: (?:estadounidenses?|americanos?|de los estados unidos|us))?)$/,
    "USD",
  ],
  [
    /^(?:chf|swiss\s*francs?|francs?|fr\.?|瑞士法郎|瑞郎|法郎|francs? suisses?|francos?(?: suizos?)?)$/,
    "CHF",
  ],
  [/^(?:eur|euros?|€|欧元)$/, "EUR"],
  [/^(?:gbp|pounds?|£|英镑)$/, "GBP"],
  [/^(?:cny|rmb|yuan|¥|人民币|元|块)$/, "CNY"],
];
const CURRENCY_WORD =
  "usd|us\\s*\\$|\\$\\s*us|us\\s*dollars?|dollars? (?:des [eé]tats-unis|am[eé]ricains?|us)|dollars?|d[oó]lares?(?: (?:estadounidenses?|americanos?|de los estados unidos|us))?|\\$|美元|美金|francs? suisses?|francos?(?: suizos?)?|chf|swiss\\s*francs?|francs?|fr\\.?|瑞士法郎|瑞郎|法郎|eur|euros?|€|欧元|gbp|pounds?|£|英镑|cny|rmb|yuan|¥|人民币|元|块";
const MONEY = new RegExp(`^(?:(${CURRENCY_WORD})\\s*)?(.+?)(?:\\s*(${CURRENCY_WORD}))?$`);

function currencyCode(word: string): string | undefined {
  return CURRENCIES.find(([re]) => re.test(word))?.[1];
}

/** Words around an amount or a duration that change nothing: "about 1200", "约两千", "for 18 months". */
function withoutFiller(text: string): string {
  const t = normalize(text);
  // an amount or a duration is a few words; anything longer is none (and costs no regex work)
  if (t.length > 60) return "";
  return t
    .replace(
      /^(?:for|about|around|approximately|approx\.?|roughly|ca\.?|约|大约|大概|为期|environ|à peu près|a peu pres|près de|pres de|pendant|durant|sur|unos|unas|aproximadamente|alrededor de|cerca de|durante|por)\s*/,
      "",
    )
    .replace(/[.。]$/, "");
}

/** "a"/"an" count as one in "a year", "in a week"; alone they are no number. */
export function parseCount(text: string): number | undefined {
  return /^(?:an?|une?|uno|una)$/.test(text.trim()) ? 1 : parseNumber(text);
}

/** "USD 1 200", "$1,200", "1200 dollars", "1200美元", "两千美元", "CHF 900" → amount and currency. */
export function parseMoney(text: string): Money | undefined {
  const t = withoutFiller(text);
  const m = MONEY.exec(t);
  if (!m?.[2]) return undefined;
  const before = m[1] && currencyCode(m[1]);
  const after = m[3] && currencyCode(m[3]);
  if (before && after && before !== after) return undefined;
  const amount = parseNumber(m[2]);
  return amount === undefined ? undefined : { amount, currency: before || after || "USD" };
}

// a bare "月" is not a unit: "6月" is June
const MONTH_UNIT = /^(.+?)\s*(?:months?|mos?\.?|个月|個月|mois|mes|meses)$/;
const YEAR_UNIT = /^(.+?)\s*(?:years?|yrs?\.?|年|ans?|ann[eé]es?|a[nñ]os?)$/;
const HALF_YEAR = /^(?:半年|half a year|six months|une demi-ann[eé]e|un semestre|medio a[nñ]o)$/;
const AND_A_HALF = /^(.+?)\s*(?:years? and a half|年半|ans? et demi|ann[eé]es? et demie|a[nñ]os? y medio)$/;

/** A duration in months: "18", "18 months", "6个月", "1 year", "两年", "半年", "a year and a half". */
export function parseMonths(text: string): number | undefined {
  const t = withoutFiller(text);
  if (HALF_YEAR.test(t)) return 6;
  const andHalf = AND_A_HALF.exec(t);
  if (andHalf?.[1]) {
    const years = parseCount(andHalf[1]);
    return years === undefined ? undefined : years * 12 + 6;
  }
  const years = YEAR_UNIT.exec(t);
  if (years?.[1]) {
    const n = parseCount(years[1]);
    return n === undefined ? undefined : n * 12;
  }
  const months = MONTH_UNIT.exec(t);
  return months?.[1] ? parseCount(months[1]) : parseNumber(t);
}
