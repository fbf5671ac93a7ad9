import type { Locale } from "../../i18n/locale.ts";
import { t } from "../../i18n/messages.ts";
import { localized } from "../../knowledge/schema.ts";
import { type FieldValues, type RequestRecord, RequestTypeId } from "../../requests/model.ts";
import type { RequestServices } from "../../requests/services.ts";
import { requestType } from "../../requests/types/index.ts";
import { validateRequest } from "../../requests/validate.ts";
import { requestFacts } from "../../requests/views.ts";
import type { Lang, ParsedIncoming, Reply } from "../messages.ts";
import { makeReply, paragraph, suggestMessages, suggestTexts } from "../reply.ts";
import { actorOf, dialogKey, type FormState } from "./state.ts";
import { ask, fieldSpec, formView, nextPending } from "./view.ts";

/** Sending a form: the chat form's "submit", or a whole form from a modal or card. */

const today = (services: RequestServices) => services.clock();

export async function submit(
  services: RequestServices,
  message: ParsedIncoming,
  state: FormState,
  lang: Locale,
  replyLang: Lang,
): Promise<Reply> {
  const checked = validateRequest(state.type, state.values, { lang, today: today(services) });
  if (!checked.ok) {
    // A value that was valid when given may not be now (a start date that has passed).
    const [field, error] = Object.entries(checked.errors)[0] ?? ["_", ""];
    const next: FormState = { ...state, values: { ...state.values }, pending: field };
    delete next.values[field];
    if (!fieldSpec(state.type, field)) next.pending = nextPending(next);
    await services.dialogs.set(dialogKey(message), next);
    return ask(next, lang, replyLang, [paragraph(error)]);
  }
  const outcome = await record(services, message, state.type, checked.values, state.submissionId, lang);
  await services.dialogs.delete(dialogKey(message));
  if (!outcome.ok) return makeReply("request_form", replyLang, [paragraph(t(lang, "form.notSaved"))]);
  return submittedReply(outcome.request, checked.notes, lang, replyLang);
}

/** Records a checked form as the speaker's request; `confirm` queues its confirmation in the outbox. */
function record(
  services: RequestServices,
  message: ParsedIncoming,
  type: RequestTypeId,
  values: FieldValues,
  submissionId: string,
  lang: Locale,
  confirm = false,
) {
  return services.workflow.submit({
    type,
    requester: actorOf(message),
    subject: requestType(type).subject(values, lang),
    fields: values,
    idempotencyKey: submissionId,
    lang,
    ...(confirm ? { confirm } : {}),
  });
}

function submittedReply(record: RequestRecord, notes: string[], lang: Locale, replyLang: Lang): Reply {
  return makeReply(
    "request_submitted",
    replyLang,
    [
      paragraph(t(lang, "form.submitted", { id: record.id })),
      { kind: "facts", facts: requestFacts(record, lang) },
      ...notes.map((n) => paragraph(n)),
    ],
    {
      title: record.id,
      subjects: [record.id],
      outcome: "done",
      suggestions: [
        ...suggestTexts([t(lang, "command.statusOf", { id: record.id })]),
        ...suggestMessages(lang, ["command.myRequests"]),
      ],
    },
  );
}

/**
 * A whole submitted form (a modal, a card) checked without writing: the values to record, or the
 * reply that shows the errors by field. Cheap, so a modal's errors are answered within Slack's 3 s.
 */
function checkWhole(
  services: RequestServices,
  form: NonNullable<ParsedIncoming["form"]>,
  lang: Locale,
  replyLang: Lang,
): { reply: Reply } | { type: RequestTypeId; values: FieldValues; notes: string[] } {
  const type = RequestTypeId.safeParse(form.type);
  if (!type.success)
    return { reply: makeReply("request_form", replyLang, [paragraph(t(lang, "form.unknownType"))]) };
  const values = Object.fromEntries(Object.entries(form.values).filter(([, v]) => v.trim() !== ""));
  const checked = validateRequest(
    type.data,
    { ...requestType(type.data).initial, ...values },
    { lang, today: today(services) },
  );
  if (checked.ok) return { type: type.data, values: checked.values, notes: checked.notes };
  const items = Object.entries(checked.errors).map(([field, error]) => {
    const spec = fieldSpec(type.data, field);
    return spec ? `${localized(spec.label, lang)}${t(lang, "plain.colon")}${error}` : error;
  });
  return {
    reply: {
      ...makeReply("request_form_errors", replyLang, [
        paragraph(t(lang, "form.correct")),
        { kind: "list", items },
      ]),
      form: formView(type.data, values, lang, form.submissionId, checked.errors),
    },
  };
}

/** The errors of a whole submitted form, or undefined when it can be recorded. */
export function checkWholeForm(
  services: RequestServices,
  form: NonNullable<ParsedIncoming["form"]>,
  lang: Locale,
  replyLang: Lang,
): Reply | undefined {
  const checked = checkWhole(services, form, lang, replyLang);
  return "reply" in checked ? checked.reply : undefined;
}

/**
 * A whole form submitted from a modal or card: validated at once, errors per field. A form that
 * was acknowledged before it was recorded (`confirmLater`) has its confirmation sent through the
 * outbox, in the same write as the request.
 */
export async function submitWholeForm(
  services: RequestServices,
  message: ParsedIncoming,
  form: NonNullable<ParsedIncoming["form"]>,
  lang: Locale,
  replyLang: Lang,
): Promise<Reply> {
  const checked = checkWhole(services, form, lang, replyLang);
  if ("reply" in checked) return checked.reply;
  const confirm = form.confirmLater === true;
  const outcome = await record(
    services,
    message,
    checked.type,
    checked.values,
    form.submissionId,
    lang,
    confirm,
  );
  if (!outcome.ok) return makeReply("request_form", replyLang, [paragraph(t(lang, "form.notSaved"))]);
  // A modal's form has no dialog; the request is recorded whatever this removal does.
  if (!confirm) await services.dialogs.delete(dialogKey(message));
  const reply = submittedReply(outcome.request, checked.notes, lang, replyLang);
  return confirm ? { ...reply, delivered: "outbox" } : reply;
}
