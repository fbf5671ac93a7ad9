import { t } from "../i18n/messages.ts";
import type { Understanding } from "../nlu/understanding.ts";
import { QUESTION_ID } from "../requests/questions/model.ts";
import type { RequestServices } from "../requests/services.ts";
import type { IntentContext } from "./intent.ts";
import type { Reply } from "./messages.ts";
import { questionLine } from "./question-views.ts";
import { makeReply, paragraph, suggestTexts } from "./reply.ts";
import { actorOf } from "./request-dialog.ts";
import { wordCount } from "./route-predicates.ts";

/** A command or a request short enough to be one, not a long question that merely mentions HR. */
export function brief(u: Understanding): boolean {
  return u.lang === "zh" ? u.text.length <= 24 : wordCount(u) <= 12;
}

/** "answer" or "close" alone (or "answer the question"): asked which question, never guessed. */
export const BARE_COMMAND = {
  answer:
    /^\s*(answer|reply|respond|répondre|responder)( (the|a|this) question| à (la|une) question| a (la|una) pregunta)?\s*[.!]?\s*$|^\s*(回答|答复)(这个问题|问题)?\s*$/iu,
  close:
    /^\s*(close|dismiss|clôturer|fermer|cerrar)( (the|a|this) question| (la|une) question| (la|una) pregunta)?\s*[.!]?\s*$|^\s*(关闭|结束)(这个问题|一个问题|问题)?\s*$/iu,
};

/** A command on a question sent to HR, named by id: its verb leads the message. */
export function questionCommand(u: Understanding, words: RegExp): boolean {
  return QUESTION_ID.test(u.text) && words.test(u.text);
}

/** "answer" or "close" with no id: which of the open questions, offered as choices (never guessed). */
export async function openQuestionsChoice(
  context: IntentContext,
  services: RequestServices,
  intent: string,
  verb: "answer" | "close",
): Promise<Reply> {
  const lang = context.understanding.answerLang;
  const open = await services.questions.listOpen(actorOf(context.message));
  const waiting = open.ok ? open.questions.slice(0, 5) : [];
  return makeReply(
    intent,
    context.understanding.lang,
    [
      paragraph(t(lang, "ask.whichQuestion")),
      ...(waiting.length > 0
        ? [
            paragraph(t(lang, "ask.openForHr")),
            { kind: "list" as const, items: waiting.map((q) => questionLine(q, lang)) },
          ]
        : []),
    ],
    {
      outcome: "clarify",
      subjects: waiting.map((q) => q.id),
      suggestions:
        verb === "close"
          ? suggestTexts(waiting.slice(0, 3).map((q) => t(lang, "ask.closeCommand", { id: q.id })))
          : [],
    },
  );
}
