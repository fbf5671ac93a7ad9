import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply } from "../src/bot/messages.ts";
import { BARE_COMMAND, openQuestionsChoice, questionCommand } from "../src/bot/question-commands.ts";
import { questionRefusalReply, refusalWithOutcome } from "../src/bot/question-replies.ts";
import { questionDecision, questionFacts } from "../src/bot/question-views.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { questionIdIn, textAfterQuestionId } from "../src/requests/questions/model.ts";

/** "answer ASK-2026-0001: …", "reply to ask-2026-1 …", "回答 ASK-2026-0001：…". */
export const ANSWER_WORDS =
  /^\s*(please\s+)?(answer|reply( to)?|respond( to)?)\b|^\s*(请)?(回答|答复|回复)|^\s*(répondre( à)?|responder( a)?)\b/iu;

/** What HR's answer is: from the button's modal or card, or typed after the id. */
function answerOf(context: IntentContext): { id?: string; text?: string } {
  const { message, understanding } = context;
  if (message.decision)
    return { id: message.decision.requestId, text: message.decision.comment?.trim() || undefined };
  const id = questionIdIn(understanding.text);
  return { ...(id ? { id } : {}), ...(id ? { text: textAfterQuestionId(understanding.text) } : {}) };
}

export const hrAnswerIntent: IntentSpec = {
  id: "hr_answer",
  description: { en: "HR: answer a question sent to HR", zh: "人力资源：答复转来的问题" },
  routing: {
    group: "request",
    rules: [
      {
        priority: STAGES.requestId + 4,
        why: "HR answers a question sent to HR, named by its id (“answer ASK-2026-0001: …”)",
        when: (u) => questionCommand(u, ANSWER_WORDS),
      },
      {
        priority: STAGES.request,
        why: "“answer” alone: which question is asked, never guessed",
        when: (u) => u.requestId === undefined && BARE_COMMAND.answer.test(u.text),
      },
    ],
  },
  takesDecisions: ["answer"],
  examples: { en: [], zh: [] },
  // Chosen by its own words (an id, a button's words), never by the classifier.
  trainsClassifier: false,
  effect: {
    async propose(context) {
      const services = context.requests;
      const actor = actorOf(context.message);
      if (!services?.workflow.isHr(actor))
        return questionRefusalReply(context, "hr_answer", { ok: false, reason: "forbidden" });
      const { id, text } = answerOf(context);
      if (!id) return openQuestionsChoice(context, services, "hr_answer", "answer");
      const found = await services.questions.get(id, actor);
      if (!found.ok) return questionRefusalReply(context, "hr_answer", found, id);
      const { question } = found;
      if (question.status !== "open") {
        return questionRefusalReply(
          context,
          "hr_answer",
          { ok: false, reason: "not-open", status: question.status },
          id,
        );
      }
      if (!text) return questionRefusalReply(context, "hr_answer", { ok: false, reason: "empty-answer" });
      const lang = context.understanding.answerLang;
      return {
        kind: "proposal",
        question: t(lang, "hrAnswer.proposeAnswer", {
          id,
          asker: question.asker.name ?? question.asker.userId,
          answer: text,
        }),
        parts: [{ kind: "facts", facts: questionFacts(question, lang, true) }],
        subjects: [id],
      };
    },
  },
  handle: withRequests("hr_answer", async (context, services): Promise<Reply> => {
    const actor = actorOf(context.message);
    const { id, text } = answerOf(context);
    if (!services.workflow.isHr(actor))
      return questionRefusalReply(context, "hr_answer", { ok: false, reason: "forbidden" });
    if (!id) return openQuestionsChoice(context, services, "hr_answer", "answer");
    const outcome = await services.questions.answer(id, actor, text ?? "");
    if (!outcome.ok) {
      return refusalWithOutcome(context, "hr_answer", outcome, id, async () => {
        const current = await services.questions.get(id, actor);
        return current.ok ? current.question : undefined;
      });
    }
    return settledReply(context, "hr_answer", outcome.question, "hrAnswer.answered");
  }),
};

/** What HR sees once a question is answered or closed; `decided` lets its HR message show the outcome. */
export function settledReply(
  context: IntentContext,
  intent: string,
  question: Parameters<typeof questionFacts>[0],
  said: "hrAnswer.answered" | "hrAnswer.closed",
): Reply {
  const lang = context.understanding.answerLang;
  const reply = makeReply(
    intent,
    context.understanding.lang,
    [
      paragraph(t(lang, said, { id: question.id })),
      { kind: "facts", facts: questionFacts(question, lang, true) },
    ],
    { title: question.id, subjects: [question.id], outcome: "done" },
  );
  const decided = questionDecision(question, lang, true);
  return decided ? { ...reply, decided } : reply;
}
