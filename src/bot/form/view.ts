import { t } from "../../i18n/messages.ts";
import { localized } from "../../knowledge/schema.ts";
import type { RequestTypeId } from "../../requests/model.ts";
import type { RequestFieldSpec } from "../../requests/types/fields.ts";
import { requestType } from "../../requests/types/index.ts";
import { describeValues, missingFields } from "../../requests/validate.ts";
import type { FormView, Lang, Locale, Reply, ReplyPart } from "../messages.ts";
import { makeReply, paragraph, suggestMessages } from "../reply.ts";
import { CONFIRM, type FormState } from "./state.ts";

/** The form as the user sees it: one question, the summary, or the whole form for a modal or card. */

export function fieldSpec(type: RequestTypeId, name: string): RequestFieldSpec | undefined {
  return requestType(type).fields.find((f) => f.name === name);
}

/** The next field to ask: the first that applies, has no value and was not skipped. */
export function nextPending(state: FormState): string {
  const missing = missingFields(state.type, state.values).filter((f) => !state.skipped.includes(f.name));
  return missing[0]?.name ?? CONFIRM;
}

/** The question for one field, with its choices and whether it may be skipped. */
function prompt(spec: RequestFieldSpec, lang: Locale): ReplyPart[] {
  const parts: ReplyPart[] = [paragraph(localized(spec.prompt, lang))];
  if (spec.choices)
    parts.push({ kind: "list", items: spec.choices.map((c, i) => `${i + 1}. ${localized(c.label, lang)}`) });
  const hints = [
    spec.help && localized(spec.help, lang),
    spec.required ? undefined : t(lang, "form.skipHint"),
  ];
  const hint = hints.filter(Boolean).join(" ");
  if (hint) parts.push(paragraph(hint));
  return parts;
}

export function formView(
  type: RequestTypeId,
  values: Readonly<Record<string, unknown>>,
  lang: Locale,
  submissionId: string,
  errors: Record<string, string> = {},
): FormView {
  const definition = requestType(type);
  return {
    type,
    title: localized(definition.title, lang),
    fields: definition.fields.map((f) => {
      const value = values[f.name];
      return {
        name: f.name,
        kind: f.kind,
        label: localized(f.label, lang),
        ...(f.help ? { help: localized(f.help, lang) } : {}),
        required: f.required,
        ...(f.choices
          ? { choices: f.choices.map((c) => ({ value: c.value, label: localized(c.label, lang) })) }
          : {}),
        ...(value !== undefined && value !== null ? { value: String(value) } : {}),
        ...(f.maxLength ? { maxLength: f.maxLength } : {}),
      };
    }),
    errors,
    submitLabel: t(lang, "form.submitLabel"),
    submissionId,
  };
}

export function summary(state: FormState, lang: Locale, replyLang: Lang, lead: ReplyPart[] = []): Reply {
  const definition = requestType(state.type);
  return makeReply(
    "request_form",
    replyLang,
    [
      ...lead,
      paragraph(t(lang, "form.check")),
      { kind: "facts", facts: describeValues(state.type, state.values, lang) },
      paragraph(t(lang, "form.summaryHelp")),
    ],
    {
      title: localized(definition.title, lang),
      suggestions: suggestMessages(lang, ["word.submit", "word.edit", "word.cancel"]),
    },
  );
}

/** The reply that asks the pending field (or shows the summary), after `lead`. */
export function ask(state: FormState, lang: Locale, replyLang: Lang, lead: ReplyPart[] = []): Reply {
  if (state.pending === CONFIRM) return summary(state, lang, replyLang, lead);
  // As it is asked now: a field that applies only in some cases is required when it does.
  const spec =
    missingFields(state.type, state.values).find((f) => f.name === state.pending) ??
    fieldSpec(state.type, state.pending);
  if (!spec) return summary(state, lang, replyLang, lead);
  return makeReply("request_form", replyLang, [...lead, ...prompt(spec, lang)], {
    title: localized(requestType(state.type).title, lang),
    suggestions: suggestMessages(lang, spec.required ? ["word.cancel"] : ["word.skip", "word.cancel"]),
  });
}

/** "We're still filling in…" and the pending question: shown after an answer to something else. */
export function reminder(state: FormState, lang: Locale, replyLang: Lang): ReplyPart[] {
  const title = localized(requestType(state.type).title, lang);
  return [
    paragraph(t(lang, "form.stillFilling", { title: title.toLowerCase() })),
    ...ask(state, lang, replyLang).parts,
  ];
}

/** The numbered list of fields to pick from for "edit". */
export function fieldChoice(fields: readonly RequestFieldSpec[], lang: Locale, replyLang: Lang): Reply {
  return makeReply(
    "request_form",
    replyLang,
    [
      paragraph(t(lang, "form.whichField")),
      { kind: "list", items: fields.map((f, i) => `${i + 1}. ${localized(f.label, lang)}`) },
    ],
    { suggestions: suggestMessages(lang, ["word.cancel"]) },
  );
}

/**
 * What to tell someone who comes back to an open form (after a restart): which form, what it has,
 * and the question it waits on.
 */
export function openFormReminder(state: FormState, replyLang: Lang): Reply {
  const lang = state.lang;
  const title = localized(requestType(state.type).title, lang);
  const known = describeValues(state.type, state.values, lang)
    .map((f) => `${f.label}${t(lang, "plain.colon")}${f.value}`)
    .join(t(lang, "plain.separator"));
  const values = { title: title.toLowerCase(), known: known || "none" };
  return ask(state, lang, replyLang, [paragraph(t(lang, "form.openFormReminder", values))]);
}
