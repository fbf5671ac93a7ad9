import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { EXPORT } from "../src/nlu/command-words.ts";
import type { ExportFilter } from "../src/requests/export.ts";
import { RequestStatus, RequestTypeId } from "../src/requests/model.ts";
import { REQUEST_TYPES } from "../src/requests/types/index.ts";

/** Chat shows a sample; the whole file comes from `npm run --silent requests -- export --csv --output FILE`. */
const MAX_ROWS_IN_CHAT = 20;

/** Filters named in the text: a type (by its id or title), a status, ISO dates as from/to. */
export function exportFilterIn(text: string): ExportFilter {
  const t = text.toLowerCase();
  const type = REQUEST_TYPES.find(
    (d) => t.includes(d.id) || t.includes(d.title.en.toLowerCase()) || text.includes(d.title.zh),
  );
  const status = RequestStatus.options.find((s) => t.includes(s));
  const dates = [...t.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1] as string);
  return {
    ...(type ? { type: RequestTypeId.parse(type.id) } : {}),
    ...(status ? { status } : {}),
    ...(dates[0] ? { from: dates[0] } : {}),
    ...(dates[1] ? { to: dates[1] } : {}),
  };
}

export const hrExportIntent: IntentSpec = {
  id: "hr_export",
  description: { en: "HR: export requests as CSV", zh: "人力资源：将申请导出为 CSV" },
  routing: {
    group: "request",
    rules: [readingRule(STAGES.request, { evidence: EXPORT })],
  },
  examples: {
    en: [
      "export requests as CSV",
      "export all approved requests",
      "csv of flexible-work requests from 2026-01-01",
      "download the request log",
      "export rejected requests to csv",
    ],
    zh: ["导出申请 CSV", "导出所有已批准的申请", "导出申请记录", "下载申请清单", "把已拒绝的申请导出成 CSV"],
  },
  handle: withRequests("hr_export", async (context, services) => {
    const { understanding } = context;
    const outcome = await services.workflow.export(
      actorOf(context.message),
      exportFilterIn(understanding.text),
    );
    if (!outcome.ok) return refusalReply(context, "hr_export", outcome);
    const lines = outcome.csv.trimEnd().split("\n");
    const shown = lines.slice(0, MAX_ROWS_IN_CHAT + 1);
    return makeReply("hr_export", understanding.lang, [
      paragraph(t(understanding.answerLang, "export.count", { count: outcome.count })),
      paragraph(shown.join("\n")),
      paragraph(t(understanding.answerLang, "export.whole")),
    ]);
  }),
};
