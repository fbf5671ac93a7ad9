import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import { BARE_COMMAND, questionCommand } from "../src/bot/question-commands.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { alternatives } from "../src/i18n/words.ts";
import { questionIdIn, textAfterQuestionId } from "../src/requests/questions/model.ts";
import { questionCommandBehaviour, questionProposal } from "./hr-question-command.ts";

/** "close ASK-2026-0001 (duplicate of ASK-2026-0003)", "关闭 ASK-2026-0001", "cloturer …", "cerrar …". */
const CLOSE_WORDS = new RegExp(
  `${alternatives((w) => w.hrQuestion.close)}|^\\s*(${alternatives((w) => w.hrQuestion.please)})?(${alternatives((w) => w.hrQuestion.closeVerb)})\\b`,
  "iu",
);

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

const behaviour = questionCommandBehaviour({
  intent: "hr_close_question",
  verb: "close",
  read: closingOf,
  propose(context, question) {
    const lang = context.understanding.answerLang;
    return questionProposal(
      context,
      question,
      t(lang, "hrAnswer.proposeClose", {
        id: question.id,
        asker: question.asker.name ?? question.asker.userId,
      }),
    );
  },
  act: (services, id, { comment }, actor) => services.questions.close(id, actor, comment),
  said: "hrAnswer.closed",
});

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
  effect: behaviour.effect,
  handle: behaviour.handle,
};
