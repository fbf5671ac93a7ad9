import { t } from "../i18n/messages.ts";
import type { QuestionRefusal } from "../requests/questions/desk.ts";
import type { HrQuestion } from "../requests/questions/model.ts";
import type { IntentContext } from "./intent.ts";
import type { AnswerLang, Reply, ReplyOutcome } from "./messages.ts";
import { questionDecision, questionStatusText } from "./question-views.ts";
import { makeReply, paragraph, suggestMessages } from "./reply.ts";

/** Plain explanations of a refused question operation, with a way forward. */
export function questionRefusalText(refusal: QuestionRefusal, lang: AnswerLang, id = ""): string {
  switch (refusal.reason) {
    case "not-found":
      return t(lang, "ask.notFound");
    case "forbidden":
      return t(lang, "ask.forbidden");
    case "empty-question":
      return t(lang, "ask.noQuestion");
    case "empty-answer":
      return t(lang, "ask.emptyAnswer");
    case "invalid-input":
      return t(lang, "ask.invalid");
    case "too-long":
      return t(lang, "ask.tooLong", { what: refusal.what, length: refusal.length, limit: refusal.limit });
    case "not-open":
      return t(lang, "ask.notOpen", { id, status: t(lang, `ask.status.${refusal.status}`) });
  }
}

/** A short reply in the user's language, with "my questions" as the way on. */
export function questionReply(
  context: IntentContext,
  intent: string,
  text: string,
  outcome: ReplyOutcome = "answer",
): Reply {
  const lang = context.understanding.answerLang;
  return makeReply(intent, context.understanding.lang, [paragraph(text)], {
    outcome,
    suggestions: suggestMessages(lang, ["ask.myQuestions"]),
  });
}

export function questionRefusalReply(
  context: IntentContext,
  intent: string,
  refusal: QuestionRefusal,
  id?: string,
): Reply {
  return questionReply(
    context,
    intent,
    questionRefusalText(refusal, context.understanding.answerLang, id),
    "error",
  );
}

/** A refusal about a question already answered or closed carries that outcome, for HR's message to show. */
export async function refusalWithOutcome(
  context: IntentContext,
  intent: string,
  refusal: QuestionRefusal,
  id: string,
  current: () => Promise<HrQuestion | undefined>,
): Promise<Reply> {
  const reply = questionRefusalReply(context, intent, refusal, id);
  if (refusal.reason !== "not-open") return reply;
  const question = await current();
  const decided = question && questionDecision(question, context.understanding.answerLang, false);
  return decided ? { ...reply, decided } : reply;
}

export { questionStatusText };
