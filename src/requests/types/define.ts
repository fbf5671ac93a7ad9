import { z } from "zod";
import type { Locale } from "../../i18n/locale.ts";
import { localized } from "../../knowledge/schema.ts";
import type { Bilingual, FieldValues, RequestTypeId } from "../model.ts";
import { formatDate } from "../parse/calendar.ts";
import type { Field, FieldContext, FieldValue, RequestFieldSpec } from "./fields.ts";
import { MESSAGES, say } from "./messages.ts";

/**
 * A request type is one declaration: what it is for, the utterances that start it, its fields,
 * and the rules between fields. The form (FieldSpec list) and the zod schema both derive from it.
 */

/** A rule between fields, such as "the end date is after the start date". */
export interface Rule {
  /** The fields it reads: it is checked only once all of them have a valid value. */
  fields: readonly string[];
  /** The field a broken rule is reported on. */
  target: string;
  check(values: Readonly<Record<string, unknown>>, ctx: FieldContext): string | undefined;
}

/** Advice shown with a valid value, never blocking: "moves of a year or less do not count toward…". */
export interface Advice {
  fields: readonly string[];
  note(values: Readonly<Record<string, unknown>>, lang: Locale): string | undefined;
}

export interface RequestTypeDeclaration {
  id: RequestTypeId;
  /** The request id prefix: FWA-2027-0001. */
  prefix: string;
  /** The strategy's focus area this request serves ("2.2"). */
  focusArea: string;
  /** The id of the strategy indicator (data/strategy.json) this request feeds, if one. */
  indicator?: string;
  title: Bilingual;
  /** Words that name requests of this type in a sentence ("my telework request", "我的调动申请"). */
  names: RegExp;
  summary: Bilingual;
  /** Utterances that start this request: they train the intent classifier. */
  triggers: { en: readonly string[]; zh: readonly string[] };
  fields: readonly Field[];
  rules?: readonly Rule[];
  advice?: readonly Advice[];
  /** A start and an end date that a message may state as one range ("from 1 March to 31 August"). */
  period?: { start: string; end: string };
  notes?: readonly Bilingual[];
  /** A one-line subject from the values as shown to people (formatted, in `lang`). */
  subject(shown: Readonly<Record<string, string>>, lang: Locale): string;
}

export interface RequestTypeDefinition
  extends Omit<RequestTypeDeclaration, "fields" | "rules" | "advice" | "subject"> {
  /** What a form needs, in order. */
  fields: RequestFieldSpec[];
  /** The declarations behind `fields`, for validation and extraction. */
  declared: readonly Field[];
  rules: readonly Rule[];
  advice: readonly Advice[];
  /** Values a new form starts with ("for: me"), from the fields' `initial`. */
  initial: FieldValues;
  /** The zod schema of a submission: messages in `ctx.lang`, dates checked against `ctx.today`. */
  schema(ctx: FieldContext): z.ZodType<FieldValues>;
  /** Whether a field applies given the other values (a staff member only when the request is for one). */
  applies(name: string, values: Readonly<Record<string, unknown>>): boolean;
  /** How a stored value is shown: a choice's label, a date in words, an amount with its currency. */
  format(name: string, value: FieldValue, lang: Locale): string;
  /** The record's subject line, at most 300 characters. */
  subject(values: FieldValues, lang: Locale): string;
}

/** The record schema's limit on a subject. */
const SUBJECT_MAX = 300;

export function defineRequestType(declaration: RequestTypeDeclaration): RequestTypeDefinition {
  const declared = declaration.fields;
  const byName = new Map(declared.map((f) => [f.spec.name, f]));
  if (byName.size !== declared.length) throw new Error(`${declaration.id}: two fields share a name`);
  const rules = declaration.rules ?? [];
  const advice = declaration.advice ?? [];
  for (const name of [...rules, ...advice].flatMap((r) => r.fields)) {
    if (!byName.has(name)) throw new Error(`${declaration.id}: a rule reads unknown field "${name}"`);
  }

  const applies = (name: string, values: Readonly<Record<string, unknown>>) =>
    byName.get(name)?.when?.(values) ?? true;

  const format = (name: string, value: FieldValue, lang: Locale) =>
    byName.get(name)?.format(value, lang) ?? String(value);

  const schema = (ctx: FieldContext): z.ZodType<FieldValues> =>
    z
      .object(Object.fromEntries(declared.map((f) => [f.spec.name, f.schema(ctx)])))
      .superRefine(
        (values, check) => {
          const failed = new Set(check.issues.map((issue) => String(issue.path?.[0])));
          for (const field of declared) {
            const { name } = field.spec;
            if (field.when?.(values) && values[name] === undefined && !failed.has(name)) {
              check.addIssue({
                code: "custom",
                path: [name],
                message: say(MESSAGES.required, ctx.lang, { label: localized(field.spec.label, ctx.lang) }),
              });
            }
          }
          for (const rule of rules) {
            if (
              rule.fields.some(
                (name) => failed.has(name) || values[name] === undefined || !applies(name, values),
              )
            )
              continue;
            const message = rule.check(values, ctx);
            if (message)
              check.addIssue({ code: "custom", path: [rule.target], message, params: { rule: rule.fields } });
          }
        },
        // rules between valid fields are reported together with the other fields' problems
        { when: () => true },
      )
      .transform((values) => {
        const kept: FieldValues = {};
        for (const [name, value] of Object.entries(values)) {
          if (value !== undefined && applies(name, values)) kept[name] = value;
        }
        return kept;
      });

  return {
    ...declaration,
    fields: declared.map((f) => f.spec),
    declared,
    initial: Object.fromEntries(
      declared.flatMap((f) => (f.initial === undefined ? [] : [[f.spec.name, f.initial] as const])),
    ),
    rules,
    advice,
    schema,
    applies,
    format,
    subject: (values, lang) => {
      const shown = Object.fromEntries(
        Object.entries(values).map(([name, v]) => [name, format(name, v, lang)]),
      );
      const line = declaration.subject(shown, lang).replace(/\s+/g, " ").trim();
      const chars = [...line];
      return chars.length > SUBJECT_MAX ? `${chars.slice(0, SUBJECT_MAX - 1).join("")}…` : line;
    },
  };
}

/** `later` must come after `earlier` (or may be the same day, when `sameDay` allows it). */
export function dateAfter(later: Field, earlier: Field, options: { sameDay: boolean }): Rule {
  const [a, b] = [later.spec, earlier.spec];
  return {
    fields: [a.name, b.name],
    target: a.name,
    check: (values, { lang }) => {
      const [end, start] = [String(values[a.name]), String(values[b.name])];
      if (end > start || (options.sameDay && end === start)) return undefined;
      const params = {
        label: localized(a.label, lang),
        other: localized(b.label, lang),
        date: formatDate(start, lang),
      };
      return say(options.sameDay ? MESSAGES.mustNotBeBefore : MESSAGES.mustBeAfter, lang, params);
    },
  };
}

/** `earlier` must come before `later`: a vacancy is published before the incumbent leaves. */
export function dateBefore(earlier: Field, later: Field): Rule {
  const [a, b] = [earlier.spec, later.spec];
  return {
    fields: [a.name, b.name],
    target: a.name,
    check: (values, { lang }) =>
      String(values[a.name]) < String(values[b.name])
        ? undefined
        : say(MESSAGES.mustBeBefore, lang, {
            label: localized(a.label, lang),
            other: localized(b.label, lang),
            date: formatDate(String(values[b.name]), lang),
          }),
  };
}
