import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import { BARE_COMMAND, questionCommand } from "../src/bot/question-commands.ts";
import { questionRefusalReply } from "../src/bot/question-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { alternatives } from "../src/i18n/words.ts";
import { questionIdIn, textAfterQuestionId } from "../src/requests/questions/model.ts";
import { questionCommandBehaviour, questionProposal } from "./hr-question-command.ts";

/** "answer ASK-2026-0001: …", "reply to ask-2026-1 …", "回答 ASK-2026-0001：…", "repondre a …", "contestar …". */
export const ANSWER_WORDS = new RegExp(
  `${alternatives((w) => w.hrQuestion.answer)}|^\\s*(${alternatives((w) => w.hrQuestion.please)})?(${alternatives((w) => w.hrQuestion.answerVerb)})\\b`,
  "iu",
);

/** What HR's answer is: from the button's modal or card, or typed after the id. */
function answerOf(context: IntentContext): { id?: string; text?: string } {
  const { message, understanding } = context;
  if (message.decision)
    return { id: message.decision.requestId, text: message.decision.comment?.trim() || undefined };
  const id = questionIdIn(understanding.text);
  return { ...(id ? { id } : {}), ...(id ? { text: textAfterQuestionId(understanding.text) } : {}) };
}

const behaviour = questionCommandBehaviour({
  intent: "hr_answer",
  verb: "answer",
  read: answerOf,
  propose(context, question, { text }) {
    if (!text) return questionRefusalReply(context, "hr_answer", { ok: false, reason: "empty-answer" });
    const lang = context.understanding.answerLang;
    return questionProposal(
      context,
      question,
      t(lang, "hrAnswer.proposeAnswer", {
        id: question.id,
        asker: question.asker.name ?? question.asker.userId,
        answer: text,
      }),
    );
  },
  act: (services, id, { text }, actor) => services.questions.answer(id, actor, text ?? ""),
  said: "hrAnswer.answered",
});

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
  effect: behaviour.effect,
  handle: behaviour.handle,
};
