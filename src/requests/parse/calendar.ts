import { formatDay } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";

/**
 * Calendar dates as ISO "YYYY-MM-DD" strings, with arithmetic done in UTC so that the result
 * never depends on the server's time zone. `today` is always passed in, never read here.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isRealDate({ year, month, day }: CivilDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function fromIso(iso: string): CivilDate | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date) ? date : undefined;
}

/** The calendar day of `today` in UTC: callers pass a Date at UTC midnight of the user's local day. */
export function isoDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return isoDay(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** Adds months, keeping the day where it exists and otherwise taking the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = toDate(iso);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIso({ year, month, day: Math.min(d.getUTCDate(), daysInMonth(year, month)) });
}

/** Day of the week, Monday = 1 … Sunday = 7 (ISO 8601, as the ILO's calendar weeks run). */
export function isoWeekday(iso: string): number {
  return ((toDate(iso).getUTCDay() + 6) % 7) + 1;
}

/** Monday of the week `weeks` after the week of `today`, plus `weekday - 1` days. */
export function dayOfWeek(today: string, weeks: number, weekday: number): string {
  return addDays(today, 7 * weeks - isoWeekday(today) + weekday);
}

/** The first such weekday after today. */
export function nextWeekday(today: string, weekday: number): string {
  return addDays(today, ((weekday - isoWeekday(today) + 6) % 7) + 1);
}

/** `count` units after today; the unit as written in English or Chinese ("week", "个月"). */
export function after(today: string, count: number, unit: string): string {
  if (/^(day|天|日)/.test(unit)) return addDays(today, count);
  if (/^(week|周|星期|礼拜|禮拜)/.test(unit)) return addDays(today, 7 * count);
  if (/^(month|个|個)/.test(unit)) return addMonths(today, count);
  return addMonths(today, 12 * count);
}

/** "1 March 2027" / "2027年3月1日": how dates are shown to people. */
export function formatDate(iso: string, lang: Locale): string {
  return fromIso(iso) ? formatDay(iso, lang) : iso;
}
