import type { Locale } from "../../i18n/locale.ts";
import { type MessageKey, type MessageValues, t } from "../../i18n/messages.ts";

/**
 * Validation messages, one catalogue entry per problem (`invalid.*`), so that a message is never
 * added in one language only. Each says what is wrong and what to write instead.
 */

/** A label in the middle of a sentence: "the start date", but "ILO grade" stays. */
export function inSentence(label: string, lang: Locale): string {
  if (/^.[A-Z]/.test(label)) return label;
  return t(lang, "form.labelInSentence", { label: `${label.charAt(0).toLowerCase()}${label.slice(1)}` });
}

const ECHO_LIMIT = 40;

/** The user's own words inside a message: one line, cut short, so a huge answer is not repeated back. */
export function echo(input: unknown): string {
  const text = (typeof input === "string" ? input : (JSON.stringify(input) ?? String(input)))
    .replace(/[\p{Cc}\s]+/gu, " ")
    .trim();
  const chars = [...text];
  return chars.length > ECHO_LIMIT ? `${chars.slice(0, ECHO_LIMIT).join("")}…` : text;
}

export const MESSAGES = {
  required: "invalid.required",
  notText: "invalid.notText",
  tooLong: "invalid.tooLong",
  tooShort: "invalid.tooShort",
  notADate: "invalid.notADate",
  pastDate: "invalid.pastDate",
  tooFarAhead: "invalid.tooFarAhead",
  mustBeAfter: "invalid.mustBeAfter",
  mustNotBeBefore: "invalid.mustNotBeBefore",
  mustBeBefore: "invalid.mustBeBefore",
  notANumber: "invalid.notANumber",
  notWhole: "invalid.notWhole",
  between: "invalid.between",
  atLeast: "invalid.atLeast",
  wrongCurrency: "invalid.wrongCurrency",
  badChoice: "invalid.badChoice",
  badGrade: "invalid.badGrade",
} as const satisfies Record<string, MessageKey>;

type Invalid = (typeof MESSAGES)[keyof typeof MESSAGES];
/** What a caller gives: the label itself, where the message shows it in a sentence ("the start date"). */
type Params<K extends Invalid> = Omit<MessageValues<K>, "inSentence"> &
  ("inSentence" extends keyof MessageValues<K> ? { label: string } : unknown);

/** A validation message in the user's language; labels inside sentences are put in sentence form. */
export function say<K extends Invalid>(key: K, lang: Locale, params: Params<K>): string {
  const values: Record<string, string | number> = { ...(params as Record<string, string | number>) };
  if (typeof values.label === "string") values.inSentence = inSentence(values.label, lang);
  if (typeof values.other === "string") values.other = inSentence(values.other, lang);
  return (t as (l: Locale, k: MessageKey, v: object) => string)(lang, key, values);
}
