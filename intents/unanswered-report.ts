import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { periodOf, unansweredReport } from "../src/feedback/report.ts";
import { t } from "../src/i18n/messages.ts";
import { foldedForm } from "../src/i18n/text.ts";

/** The report's columns, in the reader's language. */
const REPORT_COLUMNS = [
  "report.column.question",
  "report.column.language",
  "report.column.topic",
  "report.column.count",
  "report.column.declined",
  "report.column.notHelpful",
] as const;

/** "unanswered questions this month", "what couldn't you answer?", "本月未获解答的问题". */
const UNANSWERED =
  /\bunanswered\b|\b(went|go|were|are) (un|not )answered\b|\b(questions?|things)\b[^.?!]{0,30}\b(couldn't|could not|failed to|didn't|did not) (you )?answer|\bwhat (couldn't|could not|did not|didn't) you answer|\bnot helpful (answers|questions|ratings)\b|\bwhat (did|do) you not answer|\b(could not|couldn't) answer\b[^.?!]{0,20}$|\b(were|was) not answered\b|\bwhat didn't you answer|\b(gaps in|add to) the knowledge base|\bknowledge (base )?gaps?\b|未获解答|未解答|没(有)?(能)?(回答|解答)(的|出)|答不上|未能回答|回答不了的|知识库(的)?(缺口|空白)|知识库应该补充|(哪些|多少)(问题|主题)没有(得到)?(解答|回答)|没有帮助的答复/i;

/** French and Spanish, read without accents: "questions sans reponse", "lo que no pudiste responder". */
const UNANSWERED_FR_ES = new RegExp(
  [
    String.raw`\b(questions?|preguntas?|consultas?|themes?|temas?|sujets?)\b[^.?!]{0,40}\b(sans reponse|sans repondre|non repondues?|non resolues?|non traitees?|sin respuesta|sin responder|sin contestar|no respondidas?|no contestadas?)\b`,
    String.raw`\b(reste|restee?s?|quedo|quedaron)\b[^.?!]{0,10}\b(sans reponse|sin respuesta)\b`,
    String.raw`\b(tu ne sais|tu n'as|n'as-tu|n'a|vous n'avez|n'avez-vous) pas (pu |su )?(repondre|repondu)\b`,
    String.raw`\bno (pudiste|supiste|pudo|supo|has podido|ha podido|sabes|sabe) (responder|contestar)\b|\b(el bot|el asistente) no (respondio|contesto|ha respondido|ha contestado)\b`,
    // Gaps only of the knowledge base: "lacunes en competences" asks the strategy.
    String.raw`\b(lacunes?|lagunas?|vacios?|huecos?)\b[^.?!]{0,25}\bbase de (connaissances|conocimientos?)\b|\b(rapport|informe) (des |de )?(lacunes|lagunas)\b`,
    String.raw`\b(ajouter|anadir|agregar|completer|completar)\b[^.?!]{0,10}\bbase de (connaissances|conocimientos?)\b`,
    String.raw`\b(reponses?|respuestas?)\b[^.?!]{0,25}\b(pas utiles?|no utiles?|inutiles?)\b`,
  ].join("|"),
);
/** The asker's own: "my unanswered questions", "mes questions sans reponse" (my_questions); "este mes" is a month. */
const OWN = /\b(my|mine)\b|我的|\bmes questions\b|\b(mis|ma|mi)\b/i;

function asksWhatWentUnanswered(text: string): boolean {
  return (UNANSWERED.test(text) || UNANSWERED_FR_ES.test(foldedForm(text))) && !OWN.test(foldedForm(text));
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const unansweredReportIntent: IntentSpec = {
  id: "unanswered_report",
  description: {
    en: "HR: the questions declined or rated not helpful in a period, grouped",
    zh: "人力资源：某期间被拒答或评为没有帮助的问题(分组统计)",
  },
  routing: {
    group: "request",
    rules: [
      {
        priority: STAGES.smallTalk + 1,
        why: "HR asks what went unanswered (“unanswered questions this month”), in words no help question uses",
        // "my unanswered questions" are the asker's own (my_questions).
        when: (u) => u.requestId === undefined && asksWhatWentUnanswered(u.text),
      },
    ],
  },
  examples: { en: [], zh: [] },
  // Chosen by its own words, never by the classifier: its words (questions, answers) are everyone's.
  trainsClassifier: false,
  handle: withRequests("unanswered_report", async (context, services) => {
    const lang = context.understanding.answerLang;
    if (!services.workflow.isHr(actorOf(context.message))) {
      return makeReply(
        "unanswered_report",
        context.understanding.lang,
        [paragraph(t(lang, "report.forbidden"))],
        {
          outcome: "error",
        },
      );
    }
    const period = periodOf(context.understanding.text, services.clock());
    const report = unansweredReport(await services.feedback.list(period), period.from, period.to);
    const to = new Date(Math.min(period.to.getTime() - 1, services.clock().getTime()));
    const title = t(lang, "report.title", { from: day(period.from), to: day(to) });
    if (report.groups.length === 0) {
      return makeReply("unanswered_report", context.understanding.lang, [paragraph(t(lang, "report.none"))], {
        title,
      });
    }
    const rows = report.groups
      .slice(0, 20)
      .map((g) => [
        g.example || t(lang, "report.private"),
        g.lang,
        g.topic,
        String(g.count),
        String(g.declined),
        String(g.notHelpful),
      ]);
    return makeReply(
      "unanswered_report",
      context.understanding.lang,
      [
        paragraph(t(lang, "report.summary", { total: report.total, groups: report.groups.length })),
        { kind: "table", columns: REPORT_COLUMNS.map((column) => t(lang, column)), rows },
        paragraph(t(lang, "report.csvHint")),
      ],
      { title },
    );
  }),
};
