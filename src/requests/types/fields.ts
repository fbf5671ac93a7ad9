import { z } from "zod";
import { formatNumber } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import { t } from "../../i18n/messages.ts";
import { localized } from "../../knowledge/schema.ts";
import type { Bilingual, FieldKind, FieldSpec } from "../model.ts";
import { addMonths, formatDate } from "../parse/calendar.ts";
import { type ChoiceOption, findChoice, parseChoice } from "../parse/choice.ts";
import { parseDate } from "../parse/dates.ts";
import { findDays, parseDays } from "../parse/days.ts";
import { parseMoney, parseMonths, parseNumber } from "../parse/numbers.ts";
import { echo, MESSAGES, say } from "./messages.ts";

/**
 * Field builders: each field is declared once and gives both what a form needs (its FieldSpec)
 * and how its value is checked (a zod schema whose messages are in the user's language).
 */

export type { ChoiceOption };

/** A FieldSpec whose options may carry aliases; it is a FieldSpec wherever one is expected. */
export interface RequestFieldSpec extends FieldSpec {
  choices?: ChoiceOption[];
}

export type FieldValue = string | number;

/** What checking a value depends on: the language of the messages and today's date (ISO). */
export interface FieldContext {
  lang: Locale;
  today: string;
}

/**
 * Words that announce a date in a free-form message, as regular-expression alternatives over
 * normalised (lower-case) text: `before` the date ("from", "leaves on", "从") or, as Chinese
 * often has it, right `after` it ("3月1日起", "6月30日离职").
 */
export interface DateCues {
  before?: string;
  after?: string;
}

export interface Field {
  spec: RequestFieldSpec;
  schema(ctx: FieldContext): z.ZodType<FieldValue | undefined>;
  /** When this returns false the field does not apply: it is not asked and its value is dropped. */
  when?: (values: Readonly<Record<string, unknown>>) => boolean;
  /**
   * The field's value stated somewhere in a longer message, if any. `text` is normalised (lower
   * case, dates blanked); `raw` is the message as written, for values whose case matters (names).
   */
  find?: (text: string, lang: Locale, raw: string) => FieldValue | undefined;
  /** The value a new form starts with, shown and editable ("Request for: Me"). */
  initial?: FieldValue;
  /** Date fields: how a message announces this date. */
  cues?: DateCues;
  format(value: FieldValue, lang: Locale): string;
}

interface Common {
  name: string;
  label: Bilingual;
  prompt: Bilingual;
  help?: Bilingual;
  /** Defaults to true; a field with `when` is required only when it applies. */
  required?: boolean;
  when?: Field["when"];
  initial?: FieldValue;
}

function specOf(common: Common, kind: FieldKind, extra: Partial<RequestFieldSpec> = {}): RequestFieldSpec {
  const { name, label, prompt, help } = common;
  return {
    name,
    kind,
    label,
    prompt,
    ...(help ? { help } : {}),
    required: (common.required ?? true) && !common.when,
    ...extra,
  };
}

/** Required fields reject a missing value; the others accept it. */
function optionality<T extends z.ZodType>(common: Common, schema: T): T | z.ZodOptional<T> {
  return (common.required ?? true) && !common.when ? schema : schema.optional();
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Text as stored: no control characters (keeping line breaks in long text), trimmed. */
function cleanText(raw: unknown, multiline: boolean): unknown {
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  if (blank(raw)) return undefined;
  if (typeof raw !== "string") return raw;
  const text = multiline
    ? raw.replace(/\r\n?/g, "\n").replace(/[^\P{Cc}\n\t]/gu, "")
    : raw.replace(/[\p{Cc}\s]+/gu, " ");
  return text.trim();
}

const identity = (value: FieldValue): string => String(value);

interface TextOptions extends Common {
  maxLength?: number;
  minLength?: number;
  /** Puts a recognised answer in a normal form ("Mondays and Fridays" → "Monday, Friday"). */
  normalize?: (text: string, lang: Locale) => string | undefined;
  find?: Field["find"];
}

function textField(options: TextOptions, kind: "text" | "longtext" | "person", defaultMax: number): Field {
  const maxLength = options.maxLength ?? defaultMax;
  const { minLength, normalize } = options;
  return {
    spec: specOf(options, kind, { maxLength }),
    schema: ({ lang }) => {
      const label = localized(options.label, lang);
      let schema = z.string({
        error: (iss) => say(iss.input === undefined ? MESSAGES.required : MESSAGES.notText, lang, { label }),
      });
      // an answer of only emoji or punctuation says nothing a reviewer can act on
      schema = schema.regex(/[\p{L}\p{N}]/u, { error: () => say(MESSAGES.notText, lang, { label }) });
      if (minLength)
        schema = schema.min(minLength, {
          error: () => say(MESSAGES.tooShort, lang, { label, min: minLength }),
        });
      schema = schema.max(maxLength, {
        error: (iss) =>
          say(MESSAGES.tooLong, lang, { label, length: String(iss.input).length, max: maxLength }),
      });
      const prepare = (raw: unknown) => {
        const text = cleanText(raw, kind === "longtext");
        return typeof text === "string" && normalize ? (normalize(text, lang) ?? text) : text;
      };
      return z.preprocess(prepare, optionality(options, schema));
    },
    ...(options.when ? { when: options.when } : {}),
    ...(options.initial !== undefined ? { initial: options.initial } : {}),
    ...(options.find ? { find: options.find } : {}),
    format: identity,
  };
}

/** One line of text: a position title, a provider. */
export function text(options: TextOptions): Field {
  return textField(options, "text", 200);
}

/** A paragraph: a reason, what changed. */
export function longText(options: TextOptions): Field {
  return textField(options, "longtext", 2000);
}

/** A person or people, as a name or a platform mention. */
export function person(options: TextOptions): Field {
  return textField(options, "person", 300);
}

/** Days of the week or a pattern, kept as written unless it is a plain list of days. */
export function days(options: TextOptions): Field {
  return textField({ normalize: parseDays, find: (t, lang) => findDays(t, lang), ...options }, "text", 200);
}

/** How far ahead a date may sensibly be; later ones are almost always a mistyped year. */
const MAX_YEARS_AHEAD = 10;

interface DateOptions extends Common {
  /** For dates that must be today or later (a start, a departure, a publication). */
  notInPast?: boolean;
  /** Words that announce this date in a free-form message, as regular-expression alternatives. */
  cues?: DateCues;
}

export function date(options: DateOptions): Field {
  return {
    spec: specOf(options, "date"),
    schema: ({ lang, today }) => {
      const label = localized(options.label, lang);
      let schema = z.iso.date({
        error: (iss) =>
          iss.input === undefined
            ? say(MESSAGES.required, lang, { label })
            : say(MESSAGES.notADate, lang, { label, input: echo(iss.input) }),
      });
      if (options.notInPast) {
        schema = schema.refine((d) => d >= today, {
          error: () => say(MESSAGES.pastDate, lang, { label, today: formatDate(today, lang) }),
        });
      }
      schema = schema.refine((d) => d <= addMonths(today, 12 * MAX_YEARS_AHEAD), {
        error: () => say(MESSAGES.tooFarAhead, lang, { label, years: MAX_YEARS_AHEAD }),
      });
      // forms send ISO dates; a typed answer ("1 March 2027", "下周一") is read first
      const prepare = (raw: unknown) => {
        if (blank(raw)) return undefined;
        if (typeof raw !== "string" || /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return raw;
        return parseDate(raw, { today: new Date(`${today}T00:00:00Z`) }) ?? raw;
      };
      return z.preprocess(prepare, optionality(options, schema));
    },
    ...(options.when ? { when: options.when } : {}),
    ...(options.initial !== undefined ? { initial: options.initial } : {}),
    ...(options.cues ? { cues: options.cues } : {}),
    format: (value, lang) => formatDate(String(value), lang),
  };
}

interface NumberOptions extends Common {
  min: number;
  max?: number;
  integer?: boolean;
  /** Reads a typed answer; plain numbers ("1,200", "两千") by default. */
  parse?: (text: string) => number | undefined;
  /** A message for an answer that is not a number of this kind, when a general one would not help. */
  invalid?: (input: string, lang: Locale, label: string) => string | undefined;
  example: string;
  find?: Field["find"];
  format?: Field["format"];
}

function formatAmount(n: number, lang: Locale): string {
  return formatNumber(n, lang, { maximumFractionDigits: 2 });
}

export function number(options: NumberOptions): Field {
  const { min, max, integer } = options;
  const read = options.parse ?? parseNumber;
  return {
    spec: specOf(options, "number", { min, ...(max !== undefined ? { max } : {}) }),
    schema: ({ lang }) => {
      const label = localized(options.label, lang);
      const range = () =>
        max === undefined
          ? say(MESSAGES.atLeast, lang, { label, min: formatAmount(min, lang) })
          : say(MESSAGES.between, lang, {
              label,
              min: formatAmount(min, lang),
              max: formatAmount(max, lang),
            });
      let schema = z
        .number({
          error: (iss) => {
            if (iss.input === undefined) return say(MESSAGES.required, lang, { label });
            const input = echo(iss.input);
            return (
              options.invalid?.(input, lang, label) ??
              say(MESSAGES.notANumber, lang, { label, input, example: options.example })
            );
          },
        })
        .min(min, { error: range });
      if (max !== undefined) schema = schema.max(max, { error: range });
      if (integer) schema = schema.int({ error: () => say(MESSAGES.notWhole, lang, { label }) });
      const prepare = (raw: unknown) => {
        if (blank(raw)) return undefined;
        return typeof raw === "string" ? (read(raw) ?? raw) : raw;
      };
      return z.preprocess(prepare, optionality(options, schema));
    },
    ...(options.when ? { when: options.when } : {}),
    ...(options.initial !== undefined ? { initial: options.initial } : {}),
    ...(options.find ? { find: options.find } : {}),
    format: options.format ?? ((value, lang) => formatAmount(Number(value), lang)),
  };
}

const AMOUNT = "(?:\\d[\\d,' ]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)";
const USD_AMOUNT = new RegExp(
  `(?:usd|us\\s*\\$|\\$)\\s*${AMOUNT}|${AMOUNT}\\s*(?:usd|us\\s*dollars?|dollars?|d[oó]lares?|美元|美金)(?![a-z])`,
  "i",
);

/** A sum in US dollars: "1,200", "USD 1 200", "1200美元"; another currency is refused with a clear message. */
export function money(
  options: Omit<NumberOptions, "parse" | "invalid" | "example" | "format" | "find">,
): Field {
  return number({
    ...options,
    parse: (t) => {
      const amount = parseMoney(t);
      return amount?.currency === "USD" ? amount.amount : undefined;
    },
    invalid: (input, lang, label) => {
      const currency = parseMoney(input)?.currency;
      return currency && currency !== "USD"
        ? say(MESSAGES.wrongCurrency, lang, { label, currency })
        : undefined;
    },
    example: "1200",
    find: (t) => {
      const m = USD_AMOUNT.exec(t);
      return m ? parseMoney(m[0])?.amount : undefined;
    },
    format: (value, lang) => t(lang, "field.amount", { amount: formatAmount(Number(value), lang) }),
  });
}

/** "18 months", "18-month", "6个月", "two years", "两年", "18 mois", "dos años"; never the "2027" of "2027年". */
const MONTHS_IN_TEXT =
  /(?<![\w.])(?:\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen|[一二两三四五六七八九十]{1,3}|neuf|douze|dix-huit|vingt-quatre|seis|nueve|doce|dieciocho|veinticuatro)[\s-]*(?:months?|个月|個月|mois|mes|meses)(?![a-z])|(?<![\w.])(?:\d|one|two|three|four|five|an?|[一二两三四五]|une?|deux|trois|quatre|cinq|uno?|dos|tres|cuatro|cinco)[\s-]*(?:years?|年|ans?|ann[eé]es?|a[nñ]os?)(?![a-z\d]|[一二三四五六七八九十]+月)/i;

/** A duration in whole months: "18", "18 months", "1 year", "两年". */
export function months(
  options: Omit<NumberOptions, "parse" | "integer" | "example" | "format" | "find">,
): Field {
  return number({
    ...options,
    integer: true,
    parse: parseMonths,
    example: "18",
    find: (t) => {
      const m = MONTHS_IN_TEXT.exec(t);
      return m ? parseMonths(m[0]) : undefined;
    },
    format: (value, lang) => t(lang, "field.months", { n: Number(value) }),
  });
}

interface ChoiceOptions extends Common {
  choices: ChoiceOption[];
  /** A message for a value that is no option, when listing every option would not help. */
  invalid?: (input: string, lang: Locale) => string;
  find?: Field["find"];
}

export function choice(options: ChoiceOptions): Field {
  const spec = specOf(options, "choice", { choices: options.choices });
  const values = options.choices.map((c) => c.value);
  const [first, ...rest] = values;
  if (first === undefined) throw new Error(`choice field ${options.name} has no options`);
  return {
    spec,
    schema: ({ lang }) => {
      const label = localized(options.label, lang);
      const schema = z.enum([first, ...rest], {
        error: (iss) => {
          if (iss.input === undefined) return say(MESSAGES.required, lang, { label });
          const input = echo(iss.input);
          const list = options.choices
            .map((c) => localized(c.label, lang))
            .join(t(lang, "field.choiceSeparator"));
          return (
            options.invalid?.(input, lang) ?? say(MESSAGES.badChoice, lang, { label, input, options: list })
          );
        },
      });
      const prepare = (raw: unknown) => {
        if (blank(raw)) return undefined;
        return typeof raw === "string" ? (parseChoice(spec, raw) ?? raw) : raw;
      };
      return z.preprocess(prepare, optionality(options, schema));
    },
    ...(options.when ? { when: options.when } : {}),
    ...(options.initial !== undefined ? { initial: options.initial } : {}),
    find: options.find ?? ((t) => findChoice(spec, t)),
    format: (value, lang) => {
      const choice = options.choices.find((c) => c.value === value);
      return choice ? localized(choice.label, lang) : String(value);
    },
  };
}

/** ILO grades: Professional, Director, General Service, National Officer, and the senior grades. */
const ILO_GRADES: readonly string[] = [
  "P1",
  "P2",
  "P3",
  "P4",
  "P5",
  "D1",
  "D2",
  "G1",
  "G2",
  "G3",
  "G4",
  "G5",
  "G6",
  "G7",
  "NO-A",
  "NO-B",
  "NO-C",
  "NO-D",
  "ADG",
  "DDG",
];

const GRADE_IN_TEXT = /(?<![a-z\d-])(p-?[1-5]|d-?[12]|g-?[1-7]|no-?[a-d]|adg|ddg)(?![a-z\d])/i;

/** An ILO grade, written "P4", "p-4", "NOB" or "NO-B"; stored in its official form. */
export function grade(options: Omit<ChoiceOptions, "choices" | "invalid" | "find">): Field {
  return choice({
    ...options,
    choices: ILO_GRADES.map((g) => ({ value: g, label: { en: g, zh: g } })),
    invalid: (input, lang) => say(MESSAGES.badGrade, lang, { input }),
    find: (t) => {
      const m = GRADE_IN_TEXT.exec(t);
      if (!m?.[1]) return undefined;
      const key = m[1].replace(/-/g, "").toUpperCase();
      return ILO_GRADES.find((g) => g.replace(/-/g, "") === key);
    },
  });
}
