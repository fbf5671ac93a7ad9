import type { IntentSpec } from "../src/bot/intent.ts";
import { questionRefusalReply } from "../src/bot/question-replies.ts";
import { questionFacts } from "../src/bot/question-views.ts";
import { makeReply, suggestMessages } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { QUESTION_ID, questionIdIn } from "../src/requests/questions/model.ts";

export const questionStatusIntent: IntentSpec = {
  id: "question_status",
  description: {
    en: "Where a question sent to HR stands, and its answer",
    zh: "转给人力资源部门的问题的进度和答复",
  },
  routing: {
    group: "request",
    rules: [
      {
        priority: STAGES.requestId + 3,
        why: "a question sent to HR named by its id (ASK-…), and no command on it",
        when: (u) => QUESTION_ID.test(u.text),
      },
    ],
  },
  examples: { en: [], zh: [] },
  // Chosen by its own words (an id, a button's words), never by the classifier.
  trainsClassifier: false,
  handle: withRequests("question_status", async (context, services) => {
    const lang = context.understanding.answerLang;
    const id = questionIdIn(context.understanding.text) ?? "";
    const found = await services.questions.get(id, actorOf(context.message));
    if (!found.ok) return questionRefusalReply(context, "question_status", found, id);
    const { question } = found;
    const forHr = services.workflow.isHr(actorOf(context.message));
    return makeReply(
      "question_status",
      context.understanding.lang,
      [{ kind: "facts", facts: questionFacts(question, lang, forHr) }],
      {
        title: question.id,
        subjects: [question.id],
        suggestions: suggestMessages(lang, ["ask.myQuestions"]),
      },
    );
  }),
};
