import type { z } from "zod";
import type { Locale } from "../i18n/locale.ts";
import { localized } from "../knowledge/schema.ts";
import type { FieldValues, RequestTypeId } from "./model.ts";
import { isoDay } from "./parse/calendar.ts";
import type { RequestTypeDefinition } from "./types/define.ts";
import type { FieldContext, FieldValue, RequestFieldSpec } from "./types/fields.ts";
import { requestType } from "./types/index.ts";
import { MESSAGES, say } from "./types/messages.ts";

/**
 * Checking a request's values against its type: a whole submission (a form) or one answer at a
 * time (the chat dialog). Every problem is a message in the user's language, keyed by field.
 */

export interface ValidationOptions {
  lang: Locale;
  /** Today, injected: its UTC calendar day is the user's today. */
  today: Date;
}

export type ValidationResult =
  | {
      ok: true;
      /** The values as they are stored: ISO dates, numbers, choice values, trimmed text. */
      values: FieldValues;
      /** Advice that does not block the request ("moves of a year or less do not count…"). */
      notes: string[];
    }
  | { ok: false; errors: Record<string, string> };

export type AnswerResult =
  | { ok: true; value?: FieldValue; notes: string[] }
  /** `conflicts`: known fields the answer is inconsistent with (a rule between them is broken). */
  | { ok: false; error: string; conflicts?: string[] };

/** What of a message's values can be kept, checked all together; nothing is dropped unsaid. */
export interface PartialResult {
  values: FieldValues;
  /** Each value that was dropped, with why; a broken rule drops all its fields under one message. */
  dropped: { fields: string[]; error: string }[];
}

function context(options: ValidationOptions): FieldContext {
  return { lang: options.lang, today: isoDay(options.today) };
}

/** The first problem of each field; a problem with the whole input is reported under "_". */
function errorsByField(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_";
    errors[key] ??= issue.message;
  }
  return errors;
}

function notesFor(
  definition: RequestTypeDefinition,
  values: Readonly<Record<string, unknown>>,
  lang: Locale,
  only?: string,
): string[] {
  return definition.advice
    .filter((a) => only === undefined || a.fields.includes(only))
    .map((a) => a.note(values, lang))
    .filter((note): note is string => note !== undefined);
}

/**
 * A type's whole-submission schema for a language and a day, built once: building it is most of a
 * check's cost, and a burst of modal submissions checks the same few.
 */
const schemas = new Map<string, ReturnType<RequestTypeDefinition["schema"]>>();
const MAX_SCHEMAS = 64;

function schemaFor(definition: RequestTypeDefinition, ctx: FieldContext) {
  const key = `${definition.id}|${ctx.lang}|${ctx.today}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = definition.schema(ctx);
    if (schemas.size >= MAX_SCHEMAS) schemas.clear();
    schemas.set(key, schema);
  }
  return schema;
}

/** A whole submission: every field and every rule between fields. */
export function validateRequest(
  typeId: RequestTypeId,
  values: Readonly<Record<string, unknown>>,
  options: ValidationOptions,
): ValidationResult {
  const definition = requestType(typeId);
  const parsed = schemaFor(definition, context(options)).safeParse(values);
  if (!parsed.success) return { ok: false, errors: errorsByField(parsed.error.issues) };
  return { ok: true, values: parsed.data, notes: notesFor(definition, parsed.data, options.lang) };
}

/**
 * One answer in the dialog, checked with what is already known: "31 August" as the end date is
 * refused when the start is 1 September. Problems of fields not yet answered are ignored. An
 * empty answer to an optional field is accepted with no value.
 */
export function validateAnswer(
  typeId: RequestTypeId,
  field: string,
  answer: unknown,
  known: Readonly<Record<string, unknown>>,
  options: ValidationOptions,
): AnswerResult {
  const definition = requestType(typeId);
  const declared = definition.declared.find((f) => f.spec.name === field);
  if (!declared) throw new Error(`${typeId} has no field "${field}"`);
  const ctx = context(options);
  const own = declared.schema(ctx).safeParse(answer);
  if (!own.success) return { ok: false, error: own.error.issues[0]?.message ?? "" };
  if (own.data === undefined) {
    if (declared.spec.required || declared.when) {
      return {
        ok: false,
        error: say(MESSAGES.required, ctx.lang, { label: localized(declared.spec.label, ctx.lang) }),
      };
    }
    return { ok: true, notes: [] };
  }
  const values = { ...known, [field]: own.data };
  const whole = definition.schema(ctx).safeParse(values);
  const broken = whole.error?.issues.find((issue) => {
    const rule = issue.code === "custom" ? issue.params?.rule : undefined;
    return Array.isArray(rule) && rule.includes(field);
  });
  if (broken) {
    const rule = broken.code === "custom" ? broken.params?.rule : undefined;
    const others = Array.isArray(rule)
      ? rule.filter((f): f is string => typeof f === "string" && f !== field)
      : [];
    return { ok: false, error: broken.message, conflicts: others };
  }
  return { ok: true, value: own.data, notes: notesFor(definition, values, ctx.lang, field) };
}

/**
 * The values a message gives, checked together: each on its own, then the rules between them.
 * A value that fails is dropped with its message; when a rule between valid values fails (an end
 * before the start), all its values are dropped, since either may be the wrong one.
 */
export function validatePartial(
  typeId: RequestTypeId,
  given: Readonly<Record<string, unknown>>,
  options: ValidationOptions,
): PartialResult {
  const definition = requestType(typeId);
  const ctx = context(options);
  const values: FieldValues = {};
  const dropped: PartialResult["dropped"] = [];
  for (const field of definition.declared) {
    const name = field.spec.name;
    if (given[name] === undefined || !definition.applies(name, given)) continue;
    const own = field.schema(ctx).safeParse(given[name]);
    if (!own.success) dropped.push({ fields: [name], error: own.error.issues[0]?.message ?? "" });
    else if (own.data !== undefined) values[name] = own.data;
  }
  for (const rule of definition.rules) {
    if (rule.fields.some((name) => values[name] === undefined)) continue;
    const error = rule.check(values, ctx);
    if (!error) continue;
    for (const name of rule.fields) delete values[name];
    dropped.push({ fields: [...rule.fields], error });
  }
  return { values, dropped };
}

/**
 * The fields still to ask, in form order: those that apply given the values so far and have no
 * value yet. `required` says whether the request can go without it (a conditional field that
 * applies is required).
 */
export function missingFields(
  typeId: RequestTypeId,
  values: Readonly<Record<string, unknown>>,
): RequestFieldSpec[] {
  const definition = requestType(typeId);
  return definition.declared
    .filter((f) => definition.applies(f.spec.name, values))
    .filter((f) => {
      const value = values[f.spec.name];
      return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
    })
    .map((f) => (f.when ? { ...f.spec, required: true } : f.spec));
}

/** Label and shown value of each field that has a value, in form order: for a confirmation or a card. */
export function describeValues(
  typeId: RequestTypeId,
  values: FieldValues,
  lang: Locale,
): { name: string; label: string; value: string }[] {
  const definition = requestType(typeId);
  return definition.fields.flatMap((spec) => {
    const value = values[spec.name];
    return value === undefined
      ? []
      : [
          {
            name: spec.name,
            label: localized(spec.label, lang),
            value: definition.format(spec.name, value, lang),
          },
        ];
  });
}
