import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { periodOf, unansweredReport } from "../src/feedback/report.ts";
import { t } from "../src/i18n/messages.ts";
import { foldedForm } from "../src/i18n/text.ts";
import { alternatives, anyLanguage, type Pattern, type Words } from "../src/i18n/words.ts";

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
const UNANSWERED = anyLanguage((w) => w.unanswered.asked, "i");

/** A slot of the French and Spanish patterns: every language's words for it. */
const slot = (pick: (w: Words["unanswered"]) => Pattern) => `(${alternatives((w) => pick(w.unanswered))})`;
/** French and Spanish, read without accents: "questions sans reponse", "lo que no pudiste responder". */
const UNANSWERED_FR_ES = new RegExp(
  [
    String.raw`\b${slot((w) => w.topic)}\b[^.?!]{0,40}\b${slot((w) => w.unanswered)}\b`,
    String.raw`\b${slot((w) => w.remained)}\b[^.?!]{0,10}\b${slot((w) => w.noAnswer)}\b`,
    alternatives((w) => w.unanswered.askedFolded),
    // Gaps only of the knowledge base: "lacunes en competences" asks the strategy.
    String.raw`\b${slot((w) => w.gaps)}\b[^.?!]{0,25}\b${slot((w) => w.knowledgeBase)}\b|\b${slot((w) => w.report)} ${slot((w) => w.of)}?${slot((w) => w.gapsPlural)}\b`,
    String.raw`\b${slot((w) => w.add)}\b[^.?!]{0,10}\b${slot((w) => w.knowledgeBase)}\b`,
    String.raw`\b${slot((w) => w.answers)}\b[^.?!]{0,25}\b${slot((w) => w.notUseful)}\b`,
  ].join("|"),
);
/** The asker's own: "my unanswered questions", "mes questions sans reponse" (my_questions); "este mes" is a month. */
const OWN = anyLanguage((w) => w.unanswered.own, "i");

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
