/**
 * Free-form answers read into field values: dates and ranges, weekday patterns, numbers and
 * sums of money, choices, and the fields a first message already states. All pure, with
 * `today` injected.
 */

export { extractAnswer, type ReadAnswer } from "./parse/answer.ts";
export { formatDate } from "./parse/calendar.ts";
export { findChoice, parseChoice } from "./parse/choice.ts";
export { type DateRange, type ParseOptions, parseDate, parseDateRange } from "./parse/dates.ts";
export { findDays, parseDays } from "./parse/days.ts";
export { extractFieldValues } from "./parse/extract.ts";
export { type Money, parseMoney, parseMonths, parseNumber } from "./parse/numbers.ts";
