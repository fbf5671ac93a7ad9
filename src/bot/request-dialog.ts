import { t } from "../i18n/messages.ts";
import { localized } from "../knowledge/schema.ts";
import { requestType } from "../requests/types/index.ts";
import type { FormState } from "./form/state.ts";
import type { Lang, Reply } from "./messages.ts";
import { makeReply, paragraph, suggestMessages } from "./reply.ts";

/**
 * The request form as a conversation. Split by concern: its stored state and control words
 * (form/state.ts), what it shows (form/view.ts), reading "edit <field>" (form/edit.ts), and the
 * engine that moves it (form/engine.ts). This module is the one the bot and intents import.
 */

export { continueForm, type DialogStep, startForm } from "./form/engine.ts";
export { actorOf, dialogKey, FormState, isCancel, isFormControl } from "./form/state.ts";
export { formView, openFormReminder } from "./form/view.ts";

/** "cancel" with no form open: nothing happens, and the user is told so. */
export function nothingToCancel(lang: Lang): Reply {
  return makeReply("request_cancelled", lang, [paragraph(t(lang, "form.nothingToCancel"))]);
}

/** Another request asked for while a form is open: one form at a time. */
export function formAlreadyOpen(state: FormState, replyLang: Lang): Reply {
  const lang = state.lang;
  const title = localized(requestType(state.type).title, lang);
  return makeReply("request_form", replyLang, [paragraph(t(lang, "form.alreadyOpen", { title }))], {
    suggestions: suggestMessages(lang, ["word.cancel"]),
  });
}
