import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import { BARE_COMMAND, openQuestionsChoice, questionCommand } from "../src/bot/question-commands.ts";
import { questionRefusalReply, refusalWithOutcome } from "../src/bot/question-replies.ts";
import { questionFacts } from "../src/bot/question-views.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { questionIdIn, textAfterQuestionId } from "../src/requests/questions/model.ts";
import { settledReply } from "./hr-answer.ts";

/** "close ASK-2026-0001 (duplicate of ASK-2026-0003)", "关闭 ASK-2026-0001". */
const CLOSE_WORDS =
  /^\s*(please\s+)?(close|dismiss|resolve|mark)\b|^\s*(请)?(关闭|结束|关掉)|^\s*(clôturer|clore|fermer|cerrar)\b/iu;

function closingOf(context: IntentContext): { id?: string; comment?: string } {
  const { message, understanding } = context;
  if (message.decision) {
    const comment = message.decision.comment?.trim();
    return { id: message.decision.requestId, ...(comment ? { comment } : {}) };
  }
  const id = questionIdIn(understanding.text);
  const comment = id ? textAfterQuestionId(understanding.text) : undefined;
  return { ...(id ? { id } : {}), ...(comment ? { comment } : {}) };
}

export const hrCloseQuestionIntent: IntentSpec = {
  id: "hr_close_question",
  description: {
    en: "HR: close a question sent to HR without an answer",
    zh: "人力资源：不作答复关闭转来的问题",
  },
  routing: {
    group: "request",
    rules: [
      {
        priority: STAGES.requestId + 4,
        why: "HR closes a question sent to HR, named by its id (“close ASK-2026-0001”)",
        when: (u) => questionCommand(u, CLOSE_WORDS),
      },
      {
        priority: STAGES.request,
        why: "“close” alone: which question is asked, never guessed",
        when: (u) => u.requestId === undefined && BARE_COMMAND.close.test(u.text),
      },
    ],
  },
  takesDecisions: ["close"],
  examples: { en: [], zh: [] },
  // Chosen by its own words (an id, a button's words), never by the classifier.
  trainsClassifier: false,
  effect: {
    async propose(context) {
      const services = context.requests;
      const actor = actorOf(context.message);
      if (!services?.workflow.isHr(actor)) {
        return questionRefusalReply(context, "hr_close_question", { ok: false, reason: "forbidden" });
      }
      const { id } = closingOf(context);
      if (!id) return openQuestionsChoice(context, services, "hr_close_question", "close");
      const found = await services.questions.get(id, actor);
      if (!found.ok) return questionRefusalReply(context, "hr_close_question", found, id);
      const { question } = found;
      if (question.status !== "open") {
        const refusal = { ok: false, reason: "not-open", status: question.status } as const;
        return questionRefusalReply(context, "hr_close_question", refusal, id);
      }
      const lang = context.understanding.answerLang;
      return {
        kind: "proposal",
        question: t(lang, "hrAnswer.proposeClose", {
          id,
          asker: question.asker.name ?? question.asker.userId,
        }),
        parts: [{ kind: "facts", facts: questionFacts(question, lang, true) }],
        subjects: [id],
      };
    },
  },
  handle: withRequests("hr_close_question", async (context, services) => {
    const actor = actorOf(context.message);
    if (!services.workflow.isHr(actor)) {
      return questionRefusalReply(context, "hr_close_question", { ok: false, reason: "forbidden" });
    }
    const { id, comment } = closingOf(context);
    if (!id) return openQuestionsChoice(context, services, "hr_close_question", "close");
    const outcome = await services.questions.close(id, actor, comment);
    if (!outcome.ok) {
      return refusalWithOutcome(context, "hr_close_question", outcome, id, async () => {
        const current = await services.questions.get(id, actor);
        return current.ok ? current.question : undefined;
      });
    }
    return settledReply(context, "hr_close_question", outcome.question, "hrAnswer.closed");
  }),
};
