import type { IntentSpec } from "../src/bot/intent.ts";
import { brief } from "../src/bot/question-commands.ts";
import { questionLine } from "../src/bot/question-views.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { foldedForm } from "../src/i18n/text.ts";
import { ASK_HEAD } from "./ask-hr.ts";

/** "my questions", "questions I sent to HR", "我的问题", "我问过人力资源部门的问题", "mes questions", "mis preguntas". */
const MY_QUESTIONS =
  /\b(my|mine)\b[^.?!]{0,20}\bquestions?\b(?! (is|are|was)\b)|\bquestions?\b[^.?!]{0,25}\b(i|i've|i have)\b[^.?!]{0,10}\b(asked|ask|sent|send|raised|raise|submitted|escalated|forwarded)\b|\b(did|has|have) (hr|human resources) (answered|replied|responded|got back)|\bwhat have i asked\b|我(的|之前|上周|所有的?|提过|问过|提的|问的|问|发出去的|提出的|发给|提交给|转给|向)[^，。？]{0,10}(问题|提问)(?!是)|我提过哪些问题|^\s*(mes|mis) (questions|preguntas)( (aux rh|a recursos humanos|a rr\.? ?hh\.?))?\s*[?？]?\s*$|人力资源(部门)?(回复|答复|回答)(了)?(我)?(的问题)?(了)?(吗|没有|没)/i;

const HR = String.raw`(rh|rrhh|rr\.? ?hh|ressources humaines|recursos humanos)`;
/** French and Spanish, read without accents: "mes questions", "les questions que j'ai posees", "mi pregunta a RRHH". */
const MY_QUESTIONS_FR_ES = new RegExp(
  [
    // "mes questions portent sur …", "mi pregunta a RRHH es: …" say the question, not ask after it.
    String.raw`\b(mes|mis) (questions|preguntas|consultas)\b(?! (est|sont|portent|concernent|es|son|tratan)\b)(?!\s*:)`,
    String.raw`\b(ma|mi) (question|pregunta|consulta) (aux?|a) ${HR}(?! (est|es)\b)(?!\s*:)`,
    String.raw`\b(questions|preguntas|consultas) (que )?(j'ai|ai-je) (posees?|pose|envoyees?|envoye|transmises?|soumises?|adressees?)\b`,
    String.raw`\b(preguntas|consultas) (que )?(le |les )?(hice|mande|envie|he (hecho|enviado|mandado|planteado))\b`,
    String.raw`\b(j'ai demande|ai-je demande|(le )?he preguntado|(le )?pregunte) (aux?|a) ${HR}\b`,
  ].join("|"),
);
/** "les RH m'ont repondu ?", "¿RRHH ha respondido a mi pregunta?": HR, an answer, and the asker. */
function hrAnsweredMe(folded: string): boolean {
  return (
    new RegExp(String.raw`\b${HR}\b`).test(folded) &&
    /\b(repondu|respondido|respondio|contestado|contesto)\b/.test(folded) &&
    /\bm'|\bme\b|\b(ma|mes|mi|mis) (questions?|preguntas?)\b/.test(folded)
  );
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
