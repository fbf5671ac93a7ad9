import { confirmations } from "../src/bot/confirm.ts";
import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { actorOf, dialogKey } from "../src/bot/request-dialog.ts";
import { askFor, refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { TEXTS } from "../src/bot/request-texts.ts";
import { formatDate, parseDate } from "../src/requests/parse.ts";

export const hrRecordSelectionIntent: IntentSpec = {
  id: "hr_record_selection",
  description: {
    en: "HR: record when the selection of an early-recruitment request finished",
    zh: "人力资源：记录提前招聘申请的遴选完成日期",
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
  handle: withRequests("hr_record_selection", async (context, services) => {
    const { understanding } = context;
    const lang = understanding.answerLang;
    const actor = actorOf(context.message);
    const record = async (requestId: string, date: string, replace: boolean) => {
      const outcome = await services.workflow.recordSelection(requestId, actor, date, { replace });
      if (!outcome.ok) return refusalReply(context, "hr_record_selection", outcome);
      const id = outcome.request.id;
      const shown = formatDate(date, lang);
      const was = context.confirmed?.args.was;
      const text = was
        ? TEXTS.selectionReplaced[lang]({ id, date: shown, was: formatDate(was, lang) })
        : TEXTS.selectionRecorded[lang]({ id, date: shown });
      return makeReply("hr_record_selection", understanding.lang, [paragraph(text)]);
    };
    // A change of a recorded date, confirmed: the proposal below came back through the bot.
    const confirmedDate = context.confirmed?.args.date;
    if (context.confirmed?.requestId && confirmedDate) {
      return record(context.confirmed.requestId, confirmedDate, true);
    }
    const rest = understanding.text.replace(/[a-z]{2,4}-\d{4}-\d{4,}/i, " ");
    const date = parseDate(rest, { today: services.clock(), lang });
    if (!understanding.requestId || !date) {
      return askFor(context, "hr_record_selection", {
        en: "Give the id and the date, e.g. “selection for ERV-2026-0003 finished on 2026-10-01”.",
        zh: "请给出编号和日期，例如“ERV-2026-0003 的遴选于 2026-10-01 完成”。",
      });
    }
    const outcome = await services.workflow.recordSelection(understanding.requestId, actor, date);
    if (outcome.ok || outcome.selection?.problem !== "already-recorded") {
      if (!outcome.ok) return refusalReply(context, "hr_record_selection", outcome);
      return makeReply("hr_record_selection", understanding.lang, [
        paragraph(TEXTS.selectionRecorded[lang]({ id: outcome.request.id, date: formatDate(date, lang) })),
      ]);
    }
    // A recorded date changes only on an explicit "yes": it moves the strategy's indicator.
    const was = outcome.selection.recorded;
    const id = understanding.requestId;
    const summary = TEXTS.replaceSelection[lang]({
      id,
      date: formatDate(date, lang),
      was: formatDate(was, lang),
    });
    await confirmations(services.dialogs, services.clock).propose(
      dialogKey(context.message),
      { intent: "hr_record_selection", requestId: id, args: { date, was } },
      summary,
    );
    return makeReply("hr_record_selection", understanding.lang, [paragraph(summary)], {
      suggestions: suggest(lang, [
        { en: "yes", zh: "确认" },
        { en: "no", zh: "取消" },
      ]),
    });
  }),
};
