import { type FieldValues, RequestTypeId } from "../requests/model.ts";
import type { RequestServices } from "../requests/services.ts";
import { requestType } from "../requests/types/index.ts";
import { validateRequest } from "../requests/validate.ts";
import type { AnswerLang, Lang, ParsedIncoming, Reply } from "./messages.ts";
import { makeReply, paragraph } from "./reply.ts";
import { actorOf, dialogKey, fieldSpec, formView, submittedReply, today } from "./request-dialog.ts";

/** A request form submitted whole (a modal, a card): checked, then recorded. */

/**
 * The errors of a whole submitted form, as the reply that shows them by field; undefined when it
 * is valid. Cheap (no write): a modal's errors must be answered within Slack's 3 seconds.
 */
export function checkWholeForm(
  services: RequestServices,
  form: NonNullable<ParsedIncoming["form"]>,
  lang: AnswerLang,
  replyLang: Lang,
): Reply | undefined {
  const checked = checkForm(services, form, lang, replyLang);
  return "reply" in checked ? checked.reply : undefined;
}

function checkForm(
  services: RequestServices,
  form: NonNullable<ParsedIncoming["form"]>,
  lang: AnswerLang,
  replyLang: Lang,
): { reply: Reply } | { type: RequestTypeId; values: FieldValues; notes: string[] } {
  const zh = lang === "zh";
  const type = RequestTypeId.safeParse(form.type);
  if (!type.success) {
    return {
      reply: makeReply("request_form", replyLang, [
        paragraph(zh ? "未知的申请类型。" : "That request type is not known."),
      ]),
    };
  }
  const values = Object.fromEntries(Object.entries(form.values).filter(([, v]) => v.trim() !== ""));
  const checked = validateRequest(type.data, values, { lang, today: today(services) });
  if (checked.ok) return { type: type.data, values: checked.values, notes: checked.notes };
  const items = Object.entries(checked.errors).map(([field, error]) => {
    const label = fieldSpec(type.data, field)?.label[lang];
    return label ? `${label}${zh ? "：" : ": "}${error}` : error;
  });
  return {
    reply: {
      ...makeReply("request_form_errors", replyLang, [
        paragraph(zh ? "请更正以下内容：" : "Please correct the following:"),
        { kind: "list", items },
      ]),
      form: formView(type.data, values, lang, form.submissionId, checked.errors),
    },
  };
}

/** A whole form submitted from a modal or card: validated at once, errors per field. */
export async function submitWholeForm(
  services: RequestServices,
  message: ParsedIncoming,
  form: NonNullable<ParsedIncoming["form"]>,
  lang: AnswerLang,
  replyLang: Lang,
): Promise<Reply> {
  const zh = lang === "zh";
  const checked = checkForm(services, form, lang, replyLang);
  if ("reply" in checked) return checked.reply;
  const confirm = form.confirmLater === true;
  const outcome = await services.workflow.submit({
    type: checked.type,
    requester: actorOf(message),
    subject: requestType(checked.type).subject(checked.values, lang),
    fields: checked.values,
    idempotencyKey: form.submissionId,
    lang,
    ...(confirm ? { confirm } : {}),
  });
  if (!outcome.ok) {
    return makeReply("request_form", replyLang, [
      paragraph(
        zh
          ? "抱歉，申请未能保存，请稍后再试。"
          : "Sorry, the request could not be saved. Please try again later.",
      ),
    ]);
  }
  // A modal's form has no dialog; the request is recorded whatever this removal does.
  if (!confirm) await services.dialogs.delete(dialogKey(message));
  const reply = submittedReply(outcome.request, checked.notes, lang, replyLang);
  return confirm ? { ...reply, delivered: "outbox" } : reply;
}
