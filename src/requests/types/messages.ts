import type { AnswerLang } from "../../i18n/locale.ts";

/**
 * Validation messages, one entry per problem, in English and Chinese side by side so that a
 * message is never added in one language only. Each says what is wrong and what to write instead.
 */

type Message<P> = Record<AnswerLang, (p: P) => string>;

interface Labelled {
  label: string;
}

/** A label in the middle of an English sentence: "the start date", but "ILO grade" stays. */
function inSentence(label: string, lang: AnswerLang): string {
  if (lang === "zh" || /^.[A-Z]/.test(label)) return label;
  return `the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
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
  required: {
    en: ({ label }: Labelled) => `${label} is required.`,
    zh: ({ label }: Labelled) => `请填写${label}。`,
  },
  notText: {
    en: ({ label }: Labelled) => `${label} must be written in words or numbers.`,
    zh: ({ label }: Labelled) => `${label}须用文字或数字填写。`,
  },
  tooLong: {
    en: ({ label, length, max }: Labelled & { length: number; max: number }) =>
      `${label} is too long (${length} characters): please keep it to ${max} characters or fewer.`,
    zh: ({ label, length, max }: Labelled & { length: number; max: number }) =>
      `${label}太长(${length} 个字符)，请控制在 ${max} 个字符以内。`,
  },
  tooShort: {
    en: ({ label, min }: Labelled & { min: number }) =>
      `${label} is too short: please write at least ${min} characters.`,
    zh: ({ label, min }: Labelled & { min: number }) => `${label}太短，请至少写 ${min} 个字符。`,
  },
  notADate: {
    en: ({ label, input }: Labelled & { input: string }) =>
      `“${input}” is not a valid date for ${inSentence(label, "en")}. Please write a date such as 1 March 2027 or 2027-03-01.`,
    zh: ({ label, input }: Labelled & { input: string }) =>
      `“${input}”不是有效的${label}。请写成 2027年3月1日 或 2027-03-01 这样的日期。`,
  },
  pastDate: {
    en: ({ label, today }: Labelled & { today: string }) =>
      `${label} cannot be in the past (today is ${today}). Please give today or a later date.`,
    zh: ({ label, today }: Labelled & { today: string }) =>
      `${label}不能早于今天(${today})，请填写今天或以后的日期。`,
  },
  tooFarAhead: {
    en: ({ label, years }: Labelled & { years: number }) =>
      `${label} is more than ${years} years from now: please check the year.`,
    zh: ({ label, years }: Labelled & { years: number }) => `${label}距今超过 ${years} 年，请检查年份。`,
  },
  mustBeAfter: {
    en: ({ label, other, date }: Labelled & { other: string; date: string }) =>
      `${label} must be after ${inSentence(other, "en")} (${date}).`,
    zh: ({ label, other, date }: Labelled & { other: string; date: string }) =>
      `${label}必须晚于${other}(${date})。`,
  },
  mustNotBeBefore: {
    en: ({ label, other, date }: Labelled & { other: string; date: string }) =>
      `${label} cannot be before ${inSentence(other, "en")} (${date}).`,
    zh: ({ label, other, date }: Labelled & { other: string; date: string }) =>
      `${label}不能早于${other}(${date})。`,
  },
  mustBeBefore: {
    en: ({ label, other, date }: Labelled & { other: string; date: string }) =>
      `${label} must be before ${inSentence(other, "en")} (${date}).`,
    zh: ({ label, other, date }: Labelled & { other: string; date: string }) =>
      `${label}必须早于${other}(${date})。`,
  },
  notANumber: {
    en: ({ label, input, example }: Labelled & { input: string; example: string }) =>
      `“${input}” is not a number: please give ${inSentence(label, "en")} as a number, for example ${example}.`,
    zh: ({ label, input, example }: Labelled & { input: string; example: string }) =>
      `“${input}”不是数字，请用数字填写${label}，例如 ${example}。`,
  },
  notWhole: {
    en: ({ label }: Labelled) => `${label} must be a whole number.`,
    zh: ({ label }: Labelled) => `${label}须为整数。`,
  },
  between: {
    en: ({ label, min, max }: Labelled & { min: string; max: string }) =>
      `${label} must be between ${min} and ${max}.`,
    zh: ({ label, min, max }: Labelled & { min: string; max: string }) =>
      `${label}须在 ${min} 到 ${max} 之间。`,
  },
  atLeast: {
    en: ({ label, min }: Labelled & { min: string }) => `${label} must be ${min} or more.`,
    zh: ({ label, min }: Labelled & { min: string }) => `${label}不能少于 ${min}。`,
  },
  wrongCurrency: {
    en: ({ label, currency }: Labelled & { currency: string }) =>
      `${label} is recorded in US dollars: please convert the amount in ${currency} and give it in USD.`,
    zh: ({ label, currency }: Labelled & { currency: string }) =>
      `${label}以美元记录：请将 ${currency} 金额换算成美元后填写。`,
  },
  badChoice: {
    en: ({ label, input, options }: Labelled & { input: string; options: string }) =>
      `“${input}” is not one of the options for ${inSentence(label, "en")}. Please choose one of: ${options}.`,
    zh: ({ label, input, options }: Labelled & { input: string; options: string }) =>
      `“${input}”不是${label}的可选项。请从以下选项中选择：${options}。`,
  },
  badGrade: {
    en: ({ input }: { input: string }) =>
      `“${input}” is not an ILO grade. Please give one of P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG or DDG.`,
    zh: ({ input }: { input: string }) =>
      `“${input}”不是劳工组织的职级。请填写 P1–P5、D1–D2、G1–G7、NO-A–NO-D、ADG 或 DDG 之一。`,
  },
} satisfies Record<string, Message<never>>;

/** A message in the user's language. */
export function say<P>(message: Message<P>, lang: AnswerLang, params: P): string {
  return message[lang](params);
}
