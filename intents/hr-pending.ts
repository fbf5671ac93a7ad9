import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { QUEUE } from "../src/nlu/command-words.ts";
import { reviewLine } from "../src/requests/views.ts";

export const hrPendingIntent: IntentSpec = {
  id: "hr_pending",
  description: { en: "HR: requests awaiting a decision", zh: "人力资源：待审核的申请" },
  routing: {
    group: "request",
    rules: [readingRule(STAGES.request, { evidence: QUEUE })],
  },
  examples: {
    en: [
      "pending requests",
      "what requests are waiting for review",
      "show the review queue",
      "requests to approve",
      "HR inbox",
    ],
    zh: ["待审核的申请", "有哪些申请等待审批", "审核队列", "需要我审批的申请", "待处理申请"],
  },
  handle: withRequests("hr_pending", async (context, services) => {
    const lang = context.understanding.answerLang;
    const outcome = await services.workflow.listPending(actorOf(context.message));
    if (!outcome.ok) return refusalReply(context, "hr_pending", outcome);
    const pending = outcome.requests;
    if (pending.length === 0) {
      return makeReply("hr_pending", context.understanding.lang, [paragraph(t(lang, "pending.none"))]);
    }
    return makeReply(
      "hr_pending",
      context.understanding.lang,
      [
        paragraph(t(lang, "pending.list", { count: pending.length })),
        { kind: "list", items: pending.slice(0, 25).map((r) => reviewLine(r, lang, services.clock())) },
        paragraph(t(lang, "pending.howTo")),
      ],
      {
        suggestions: pending
          .slice(0, 3)
          .map((r) => ({ label: r.id, message: t(lang, "command.statusOf", { id: r.id }) })),
      },
    );
  }),
};
