import { ASK_TEXTS } from "../src/bot/ask-texts.ts";
import type { IntentSpec } from "../src/bot/intent.ts";
import { questionLine } from "../src/bot/question-views.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";

/** "my questions", "questions I sent to HR", "我的问题", "我问过人力资源部门的问题". */
const MY_QUESTIONS =
  /\b(my|mine)\b[^.?!]{0,20}\bquestions?\b|\bquestions?\b[^.?!]{0,25}\b(i|i've|i have)\b[^.?!]{0,10}\b(asked|sent|raised|submitted|escalated|forwarded)\b|\b(did|has|have) (hr|human resources) (answered|replied|responded|got back)|我的问题|我(问|提|提出|发|转)(过|给)?[^，。？]{0,12}的问题|人力资源(部门)?(回复|答复|回答)(了)?(我)?(吗|没有|没)/i;

export const myQuestionsIntent: IntentSpec = {
  id: "my_questions",
  description: {
    en: "The user's questions sent to HR, and whether HR answered",
    zh: "我转给人力资源部门的问题及其答复情况",
  },
  routing: {
    group: "request",
    rules: [
      {
        priority: STAGES.request + 5,
        why: "the user asks after their own questions sent to HR",
        when: (u) => u.requestId === undefined && MY_QUESTIONS.test(u.text),
      },
    ],
  },
  examples: { en: [], zh: [] },
  handle: withRequests("my_questions", async (context, services) => {
    const lang = context.understanding.answerLang;
    const mine = await services.questions.listMine(actorOf(context.message));
    if (mine.length === 0) {
      return makeReply("my_questions", context.understanding.lang, [paragraph(ASK_TEXTS.noneMine[lang])]);
    }
    return makeReply(
      "my_questions",
      context.understanding.lang,
      [
        paragraph(ASK_TEXTS.mine[lang](mine.length)),
        { kind: "list", items: mine.slice(0, 20).map((q) => questionLine(q, lang)) },
      ],
      {
        subjects: mine.slice(0, 20).map((q) => q.id),
        suggestions: mine.slice(0, 3).map((q) => ({ label: q.id, message: ASK_TEXTS.statusOf[lang](q.id) })),
      },
    );
  }),
};
