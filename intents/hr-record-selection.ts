import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { askFor, proposeOn, refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { commandOnRequest } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { PROPOSAL_TEXTS } from "../src/bot/texts.ts";
import { withoutRequestIds } from "../src/nlu/entities.ts";
import { parseDate } from "../src/requests/parse.ts";

const ASK_DATE = {
  en: "Give the id and the date, e.g. “selection for ERV-2026-0003 finished on 2026-10-01”.",
  zh: "请给出编号和日期，例如“ERV-2026-0003 的遴选于 2026-10-01 完成”。",
};

/** The date in the command, read without the request id's digits. */
function selectionDateIn(context: IntentContext, today: Date): string | undefined {
  const rest = withoutRequestIds(context.understanding.text);
  return parseDate(rest, { today, lang: context.understanding.answerLang });
}

export const hrRecordSelectionIntent: IntentSpec = {
  id: "hr_record_selection",
  description: {
    en: "HR: record when the selection of an early-recruitment request finished",
    zh: "人力资源：记录提前招聘申请的遴选完成日期",
  },
  routing: {
    group: "request",
    rules: [
      {
        priority: STAGES.requestId + 4,
        why: "a selection date for a named request",
        when: (u) => commandOnRequest(u, /selection|遴选/i),
      },
    ],
  },
  examples: {
    en: [
      "selection for ERV-2026-0003 finished on 2026-10-01",
      "record selection date ERV-2026-0001 15 September 2026",
      "ERV-2026-0002 selection completed 1 March",
      "the selection for ERV-2026-0004 was completed on 2026-09-30",
      "log the selection date of ERV-2026-0005 as 2026-08-15",
    ],
    zh: [
      "ERV-2026-0003 的遴选于 2026-10-01 完成",
      "记录遴选日期 ERV-2026-0001 2026年9月15日",
      "ERV-2026-0002 遴选完成 3月1日",
      "ERV-2026-0004 遴选已在 2026-09-30 完成",
      "登记 ERV-2026-0005 的遴选日期 2026-08-15",
    ],
  },
  effect: {
    async propose(context) {
      const { requestId } = context.understanding;
      const date = context.requests && selectionDateIn(context, context.requests.clock());
      if (!requestId || !date) return askFor(context, "hr_record_selection", ASK_DATE);
      const question = { template: PROPOSAL_TEXTS.recordSelection, detail: date };
      return proposeOn(context, "hr_record_selection", requestId, question, (_record, actor) =>
        context.requests?.workflow.isHr(actor) ? undefined : { ok: false, reason: "forbidden" },
      );
    },
  },
  handle: withRequests("hr_record_selection", async (context, services) => {
    const { understanding } = context;
    const zh = understanding.answerLang === "zh";
    const date = selectionDateIn(context, services.clock());
    if (!understanding.requestId || !date) return askFor(context, "hr_record_selection", ASK_DATE);
    const outcome = await services.workflow.recordSelection(
      understanding.requestId,
      actorOf(context.message),
      date,
    );
    if (!outcome.ok) return refusalReply(context, "hr_record_selection", outcome);
    return makeReply(
      "hr_record_selection",
      understanding.lang,
      [
        paragraph(
          zh
            ? `已记录 ${outcome.request.id} 的遴选完成日期：${date}。`
            : `Recorded for ${outcome.request.id}: selection finished on ${date}.`,
        ),
      ],
      { subjects: [outcome.request.id], outcome: "done" },
    );
  }),
};
