import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { refusalText, withRequests } from "../src/bot/request-replies.ts";
import { readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { localized } from "../src/knowledge/schema.ts";
import { STATS } from "../src/nlu/command-words.ts";
import { requestStats } from "../src/requests/analytics.ts";
import { RequestStatus, RequestTypeId } from "../src/requests/model.ts";
import { requestType } from "../src/requests/types/index.ts";
import { statusText } from "../src/requests/views.ts";
import { exportFilterIn } from "./hr-export.ts";

const EARLY = requestType("early-recruitment");

export const hrStatsIntent: IntentSpec = {
  id: "hr_stats",
  description: {
    en: `HR: request counts and the early-recruitment share (focus area ${EARLY.focusArea})`,
    zh: `人力资源：申请统计和提前招聘比例(重点领域 ${EARLY.focusArea})`,
  },
  routing: {
    group: "request",
    rules: [readingRule(STAGES.request, { evidence: STATS })],
  },
  examples: {
    en: [
      "request statistics",
      "how many requests by type this year",
      "request stats from 2026-01-01 to 2026-06-30",
      "share of early recruitment selections finished before departure",
      "request analytics",
    ],
    zh: ["申请统计", "按类型统计申请", "提前招聘在离职前完成遴选的比例", "申请分析", "本年度申请数量"],
  },
  handle: withRequests("hr_stats", async (context, services) => {
    const { understanding } = context;
    const lang = understanding.answerLang;
    if (!services.workflow.isHr(actorOf(context.message))) {
      return makeReply("hr_stats", understanding.lang, [
        paragraph(refusalText({ ok: false, reason: "forbidden" }, lang)),
      ]);
    }
    const { from, to } = exportFilterIn(understanding.text);
    const period = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const today = services.clock().toISOString().slice(0, 10);
    const stats = requestStats(
      (await services.store.requests.list()).map((r) => r.record),
      period,
      today,
    );
    const byType = RequestTypeId.options
      .filter((t) => stats.byType[t] > 0)
      .map((t) => ({ label: localized(requestType(t).title, lang), value: String(stats.byType[t]) }));
    const byStatus = RequestStatus.options
      .filter((s) => stats.byStatus[s] > 0)
      .map((s) => ({ label: statusText(s, lang), value: String(stats.byStatus[s]) }));
    const er = stats.earlyRecruitment;
    const share =
      er.share === null
        ? t(lang, "stats.noComparison")
        : `${Math.round(er.share * 100)}% (${er.selectedBeforeDeparture}/${er.comparable})`;
    const when = from || to ? ` (${from ?? "…"} – ${to ?? "…"})` : "";
    return makeReply("hr_stats", understanding.lang, [
      paragraph(t(lang, "stats.total", { when, total: stats.total })),
      ...(byType.length ? [{ kind: "facts" as const, facts: byType }] : []),
      ...(byStatus.length ? [{ kind: "facts" as const, facts: byStatus }] : []),
      paragraph(t(lang, "stats.earlyShare", { share })),
    ]);
  }),
};
