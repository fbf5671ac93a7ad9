import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { askFor, proposeOn, refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { commandOnRequest, readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { SELECTION_WORDS } from "../src/nlu/command-words.ts";
import { withoutRequestIds } from "../src/nlu/entities.ts";
import { SELECTION_DATE_FIELD } from "../src/requests/analytics.ts";
import { formatDate, parseDate } from "../src/requests/parse.ts";

const ASK_DATE = "selection.ask" as const;

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
    needs: "requestId",
    rules: [
      readingRule(STAGES.requestId - 1),
      {
        priority: STAGES.requestId + 4,
        why: "a selection date for a named request",
        when: (u) => commandOnRequest(u, SELECTION_WORDS),
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
      const lang = context.understanding.answerLang;
      const proposal = await proposeOn(
        context,
        "hr_record_selection",
        requestId,
        { template: "proposal.recordSelection", detail: formatDate(date, lang) },
        (_record, actor) =>
          context.requests?.workflow.isHr(actor) ? undefined : { ok: false, reason: "forbidden" },
      );
      // A recorded date moves the strategy's indicator: its replacement says what it replaces.
      const found = await context.requests?.workflow.get(requestId, actorOf(context.message));
      const was = found?.ok ? found.request.fields[SELECTION_DATE_FIELD] : undefined;
      if (!("kind" in proposal) || typeof was !== "string") return proposal;
      const question = t(lang, "selection.replace", {
        id: requestId,
        date: formatDate(date, lang),
        was: formatDate(was, lang),
      });
      return { ...proposal, question };
    },
  },
  handle: withRequests("hr_record_selection", async (context, services) => {
    const { understanding } = context;
    const lang = understanding.answerLang;
    const date = selectionDateIn(context, context.proposedAt ?? services.clock());
    if (!understanding.requestId || !date) return askFor(context, "hr_record_selection", ASK_DATE);
    // Done only after the confirmation, which named the date it replaces, if any.
    const before = await services.workflow.get(understanding.requestId, actorOf(context.message));
    const was = before.ok ? before.request.fields[SELECTION_DATE_FIELD] : undefined;
    const outcome = await services.workflow.recordSelection(
      understanding.requestId,
      actorOf(context.message),
      date,
      {
        replace: true,
      },
    );
    if (!outcome.ok) return refusalReply(context, "hr_record_selection", outcome);
    const id = outcome.request.id;
    const shown = formatDate(date, lang);
    const text =
      typeof was === "string" && was !== date
        ? t(lang, "selection.replaced", { id, date: shown, was: formatDate(was, lang) })
        : t(lang, "selection.recorded", { id, date: shown });
    return makeReply("hr_record_selection", understanding.lang, [paragraph(text)], {
      subjects: [id],
      outcome: "done",
    });
  }),
};
