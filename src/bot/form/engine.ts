import { randomUUID } from "node:crypto";
import type { Locale } from "../../i18n/locale.ts";
import { t } from "../../i18n/messages.ts";
import { localized } from "../../knowledge/schema.ts";
import { actorKey, type FieldValues, type RequestTypeId } from "../../requests/model.ts";
import { extractAnswer, extractFieldValues } from "../../requests/parse.ts";
import type { RequestServices } from "../../requests/services.ts";
import { requestType } from "../../requests/types/index.ts";
import { describeValues, missingFields, validateAnswer, validatePartial } from "../../requests/validate.ts";
import type { Lang, ParsedIncoming, Reply, ReplyPart } from "../messages.ts";
import { makeReply, paragraph } from "../reply.ts";
import { editableFields, fieldNamed, readEdit } from "./edit.ts";
import { labelList } from "./messages.ts";
import { actorOf, CONFIRM, controlWord, dialogKey, type FormState } from "./state.ts";
import { submit } from "./submit.ts";
import { ask, fieldChoice, fieldSpec, formView, nextPending, reminder, summary } from "./view.ts";

/**
 * The request form as a conversation: take what the first message says, ask only for what is
 * missing, one question at a time, then a summary to submit, edit or cancel. Control words
 * (cancel, submit, skip, edit <field>, change <field> to <value>) work at every step.
 */

/**
 * One step of an open form. `not-an-answer`: the text is a question, not for the form (the bot
 * answers it, then shows `reminder`). A `reply` with `notAValue`: the text could not be read as
 * the pending field's value; the reply says why, and a bot that recognises the text as another
 * command may run that instead and append `notAValue.reminder`. The form state is unchanged then.
 */
export type DialogStep =
  | { kind: "reply"; reply: Reply; notAValue?: { field: string; reminder: ReplyPart[] } }
  | { kind: "not-an-answer"; reminder: ReplyPart[] };

const today = (services: RequestServices) => services.clock();

/** "Start date (1 October 2026), End date (1 September 2026): the end date must be after…" */
function droppedLine(type: RequestTypeId, given: FieldValues, fields: string[], error: string, lang: Locale) {
  const definition = requestType(type);
  const shown = fields.map((name) => {
    const spec = fieldSpec(type, name);
    const label = spec ? localized(spec.label, lang) : name;
    const value = given[name];
    const shownValue = value === undefined ? undefined : definition.format(name, value, lang);
    return shownValue === undefined ? label : t(lang, "form.droppedValue", { label, value: shownValue });
  });
  return `${shown.join(t(lang, "form.droppedSeparator"))}${t(lang, "plain.colon")}${error}`;
}

/** Starts a request form from the message that asked for it, keeping what it already says. */
export async function startForm(
  services: RequestServices,
  message: ParsedIncoming,
  type: RequestTypeId,
  text: string,
  lang: Locale,
  replyLang: Lang,
): Promise<Reply> {
  const definition = requestType(type);
  const extracted = extractFieldValues(type, text, { today: today(services), lang });
  const given: FieldValues = { ...definition.initial, ...extracted };
  // All values at once: a start in the past and an end before the start are both reported.
  const { values, dropped } = validatePartial(type, given, { lang, today: today(services) });
  // Unique per form: two forms of the same type by the same person are two requests.
  const submissionId = `${actorKey(actorOf(message))}:${type}:${randomUUID()}`;
  const state: FormState = {
    kind: "request-form",
    type,
    values,
    skipped: [],
    pending: CONFIRM,
    submissionId,
    lang,
  };
  state.pending = nextPending(state);
  await services.dialogs.set(dialogKey(message), state);
  const known = describeValues(type, values, lang);
  const lead: ReplyPart[] = [
    paragraph(
      t(lang, "form.start", {
        title: localized(definition.title, lang),
        focusArea: definition.focusArea,
        summary: localized(definition.summary, lang),
      }),
    ),
  ];
  if (known.length > 0) lead.push(paragraph(t(lang, "form.noted")), { kind: "facts", facts: known });
  if (dropped.length > 0) {
    lead.push(paragraph(t(lang, "form.notKept")), {
      kind: "list",
      items: dropped.map((d) => droppedLine(type, given, d.fields, d.error, lang)),
    });
  }
  for (const note of definition.notes ?? []) lead.push(paragraph(localized(note, lang)));
  lead.push(paragraph(t(lang, "form.cancelAnyTime")));
  const reply = ask(state, lang, replyLang, lead);
  return { ...reply, form: formView(type, values, lang, submissionId) };
}

/** What a strategy question in the middle of a form looks like. */
function looksLikeQuestion(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    /[?？]$/.test(t) ||
    /^(what|how|which|when|who|why|where|is|are|does|do|can|could|tell me)\b/.test(t) ||
    /(吗|呢|什么|多少|哪些|哪个|如何|怎么)[?？]?$/.test(t)
  );
}

type Answered = { ok: true; next: FormState; lead: ReplyPart[] } | { ok: false; error: string };

/**
 * `text` as the value of `field`, with any other missing fields it states ("P4" in "Senior
 * Statistician, P4, post 55123"). An answer that contradicts a known value (a start after the known
 * end) is kept and the known value cleared and asked again, so the form never locks itself.
 */
function answer(
  state: FormState,
  field: string,
  text: string,
  services: RequestServices,
  explicit: boolean,
): Answered {
  const lang = state.lang;
  const options = { lang, today: today(services) };
  const known = { ...state.values };
  delete known[field];
  const { value, others } = extractAnswer(state.type, field, text, known, options);
  const checked = validateAnswer(state.type, field, value, known, options);
  const next: FormState = { ...state, values: known, skipped: state.skipped.filter((n) => n !== field) };
  const lead: ReplyPart[] = [];
  if (!checked.ok) {
    if (!checked.conflicts?.length) return { ok: false, error: checked.error };
    const labels = labelList(
      checked.conflicts.map((n) => {
        const spec = fieldSpec(state.type, n);
        return spec ? localized(spec.label, lang) : n;
      }),
      lang,
    );
    // Asked in form order, the answer is the one in doubt ("end before the start" at the end
    // date); a value stated ahead of its turn, or an explicit "change X to", gives way instead.
    const order = requestType(state.type).fields.map((f) => f.name);
    const later = checked.conflicts.every((n) => order.indexOf(n) > order.indexOf(field));
    if (!explicit && !later)
      return {
        ok: false,
        error: `${checked.error} ${t(lang, "form.orEdit", { labels, bare: labels.replace(/^the /, "") })}`,
      };
    const alone = { ...known };
    for (const name of checked.conflicts) delete alone[name];
    const retry = validateAnswer(state.type, field, value, alone, options);
    if (!retry.ok) return { ok: false, error: checked.error };
    next.values = alone;
    lead.push(paragraph(t(lang, "form.conflict", { labels, error: checked.error })));
    if (retry.value !== undefined) next.values[field] = retry.value;
    lead.push(...retry.notes.map((n) => paragraph(n)));
  } else {
    if (checked.value === undefined) next.skipped = [...next.skipped, field];
    else next.values[field] = checked.value;
    lead.push(...checked.notes.map((n) => paragraph(n)));
  }
  // The other values the answer gives are kept only if they fit with everything known.
  const extra = validatePartial(state.type, { ...next.values, ...others }, options);
  for (const name of Object.keys(others)) {
    if (extra.values[name] !== undefined) next.values[name] = extra.values[name];
  }
  return { ok: true, next, lead };
}

async function save(services: RequestServices, message: ParsedIncoming, next: FormState, lead: ReplyPart[]) {
  await services.dialogs.set(dialogKey(message), next);
  return { kind: "reply" as const, reply: ask(next, next.lang, next.lang, lead) };
}

/** Moves an open form one step with the user's message. */
export async function continueForm(
  services: RequestServices,
  message: ParsedIncoming,
  state: FormState,
  text: string,
  lang: Locale,
  replyLang: Lang,
  isStrategyQuestion: boolean,
): Promise<DialogStep> {
  const key = dialogKey(message);
  const atSummary = state.pending === CONFIRM;
  const control = controlWord(text, atSummary);
  const reply = (r: Reply): DialogStep => ({ kind: "reply", reply: r });
  if (control === "cancel") {
    await services.dialogs.delete(key);
    return reply(makeReply("request_cancelled", replyLang, [paragraph(t(lang, "form.cancelled"))]));
  }
  if (control === "submit") {
    if (atSummary) return reply(await submit(services, message, state, lang, replyLang));
    // Not a value: the optional fields left are skipped and the summary shown to check first.
    const missing = missingFields(state.type, state.values).filter((f) => f.required);
    if (missing.length > 0) {
      const labels = labelList(
        missing.map((f) => localized(f.label, lang)),
        lang,
      );
      return reply(ask(state, lang, replyLang, [paragraph(t(lang, "form.submitTooEarly", { labels }))]));
    }
    const rest = missingFields(state.type, state.values).map((f) => f.name);
    const next: FormState = {
      ...state,
      skipped: [...new Set([...state.skipped, ...rest])],
      pending: CONFIRM,
    };
    return save(services, message, next, [paragraph(t(lang, "form.checkBeforeSending"))]);
  }
  const edit =
    readEdit(text) ?? (atSummary && /^\s*\d{1,2}\s*$/.test(text) ? { wanted: text.trim() } : undefined);
  if (edit) {
    const fields = editableFields(state.type, state.values);
    const field = fieldNamed(fields, edit.wanted);
    if (!field && (atSummary || edit.wanted === "")) return reply(fieldChoice(fields, lang, replyLang));
    if (field && edit.value !== undefined) {
      const done = answer(state, field.name, edit.value, services, true);
      if (!done.ok) {
        const asking: FormState = { ...state, pending: field.name };
        return save(services, message, asking, [paragraph(done.error)]);
      }
      done.next.pending = nextPending(done.next);
      return save(services, message, done.next, done.lead);
    }
    if (field) {
      const next: FormState = {
        ...state,
        values: { ...state.values },
        skipped: state.skipped.filter((name) => name !== field.name),
        pending: field.name,
      };
      delete next.values[field.name];
      return save(services, message, next, []);
    }
  }
  if (atSummary) {
    if (looksLikeQuestion(text) || (isStrategyQuestion && text.split(/\s+/).length > 3)) {
      return { kind: "not-an-answer", reminder: reminder(state, lang, replyLang) };
    }
    return reply(summary(state, lang, replyLang));
  }
  const spec = missingFields(state.type, state.values).find((f) => f.name === state.pending);
  if (!spec) return save(services, message, { ...state, pending: nextPending(state) }, []);
  if (isStrategyQuestion && looksLikeQuestion(text))
    return { kind: "not-an-answer", reminder: reminder(state, lang, replyLang) };
  if (control === "skip") {
    if (spec.required)
      return reply(
        ask(state, lang, replyLang, [
          paragraph(t(lang, "form.cannotSkip", { label: localized(spec.label, lang) })),
        ]),
      );
    const next: FormState = { ...state, skipped: [...state.skipped, spec.name] };
    next.pending = nextPending(next);
    return save(services, message, next, []);
  }
  const done = answer(state, spec.name, text, services, false);
  if (!done.ok) {
    if (looksLikeQuestion(text)) return { kind: "not-an-answer", reminder: reminder(state, lang, replyLang) };
    return {
      kind: "reply",
      reply: ask(state, lang, replyLang, [paragraph(done.error)]),
      notAValue: { field: spec.name, reminder: reminder(state, lang, replyLang) },
    };
  }
  done.next.pending = nextPending(done.next);
  return save(services, message, done.next, done.lead);
}
