import type { IntentSpec } from "../src/bot/intent.ts";
import { brief } from "../src/bot/question-commands.ts";
import { questionLine } from "../src/bot/question-views.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { foldedForm } from "../src/i18n/text.ts";
import { alternatives, anyLanguage, type Pattern, type Words } from "../src/i18n/words.ts";
import { ASK_HEAD } from "./ask-hr.ts";

/** "my questions", "questions I sent to HR", "我的问题", "我问过人力资源部门的问题", "mes questions", "mis preguntas". */
const MY_QUESTIONS = anyLanguage((w) => w.myQuestions.asked, "i");

/** A slot of the French and Spanish patterns: every language's words for it. */
const slot = (pick: (w: Words["myQuestions"]) => Pattern) => `(${alternatives((w) => pick(w.myQuestions))})`;
const HR = slot((w) => w.hr);
/** French and Spanish, read without accents: "mes questions", "les questions que j'ai posees", "mi pregunta a RRHH". */
const MY_QUESTIONS_FR_ES = new RegExp(
  [
    // "mes questions portent sur …", "mi pregunta a RRHH es: …" say the question, not ask after it.
    String.raw`\b${slot((w) => w.possessivePlural)} ${slot((w) => w.questionsPlural)}\b(?! ${slot((w) => w.statesVerb)}\b)(?!\s*:)`,
    String.raw`\b${slot((w) => w.possessive)} ${slot((w) => w.question)} ${slot((w) => w.toHr)} ${HR}(?! ${slot((w) => w.isVerb)}\b)(?!\s*:)`,
    String.raw`\b${slot((w) => w.questionsPlural)} ${slot((w) => w.iSent)}\b`,
    String.raw`\b${slot((w) => w.askedHr)} ${slot((w) => w.toHr)} ${HR}\b`,
  ].join("|"),
);
const HR_NAMED = new RegExp(String.raw`\b${HR}\b`);
const ANSWERED = new RegExp(String.raw`\b${slot((w) => w.answered)}\b`);
const ME = new RegExp(
  String.raw`${alternatives((w) => w.myQuestions.me)}|\b(${alternatives((w) => w.myQuestions.possessive)}|${alternatives((w) => w.myQuestions.possessivePlural)}) ${slot((w) => w.questionAny)}\b`,
);
/** "les RH m'ont repondu ?", "¿RRHH ha respondido a mi pregunta?": HR, an answer, and the asker. */
function hrAnsweredMe(folded: string): boolean {
  return HR_NAMED.test(folded) && ANSWERED.test(folded) && ME.test(folded);
}

function asksAfterOwnQuestions(text: string): boolean {
  const folded = foldedForm(text);
  return MY_QUESTIONS.test(text) || MY_QUESTIONS_FR_ES.test(folded) || hrAnsweredMe(folded);
}

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
        priority: STAGES.request + 7,
        why: "the user asks after their own questions sent to HR",
        when: (u) =>
          u.requestId === undefined && brief(u) && asksAfterOwnQuestions(u.text) && !ASK_HEAD.test(u.text),
      },
    ],
  },
  examples: { en: [], zh: [] },
  // Chosen by its own words ("my questions"), never by the classifier: it would blur "my requests".
  trainsClassifier: false,
  handle: withRequests("my_questions", async (context, services) => {
    const lang = context.understanding.answerLang;
    const mine = await services.questions.listMine(actorOf(context.message));
    if (mine.length === 0) {
      return makeReply("my_questions", context.understanding.lang, [paragraph(t(lang, "ask.noneMine"))]);
    }
    return makeReply(
      "my_questions",
      context.understanding.lang,
      [
        paragraph(t(lang, "ask.mine", { count: mine.length })),
        { kind: "list", items: mine.slice(0, 20).map((q) => questionLine(q, lang)) },
      ],
      {
        subjects: mine.slice(0, 20).map((q) => q.id),
        suggestions: mine
          .slice(0, 3)
          .map((q) => ({ label: q.id, message: t(lang, "ask.statusOf", { id: q.id }) })),
      },
    );
  }),
};
