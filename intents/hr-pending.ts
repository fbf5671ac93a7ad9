import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
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
    const zh = lang === "zh";
    const outcome = await services.workflow.listPending(actorOf(context.message));
    if (!outcome.ok) return refusalReply(context, "hr_pending", outcome);
    const pending = outcome.requests;
    if (pending.length === 0) {
      return makeReply("hr_pending", context.understanding.lang, [
        paragraph(zh ? "没有待审核的申请。" : "No requests are waiting for review."),
      ]);
    }
    return makeReply(
      "hr_pending",
      context.understanding.lang,
      [
        paragraph(
          zh
            ? `待审核的申请(${pending.length})，最早的在前：`
            : `Waiting for review (${pending.length}), oldest first:`,
        ),
        { kind: "list", items: pending.slice(0, 25).map((r) => reviewLine(r, lang, services.clock())) },
        paragraph(
          zh
            ? "回复“批准 <编号>”、“拒绝 <编号> <说明>”或“要求补充信息 <编号> <说明>”。"
            : "Reply “approve <id>”, “reject <id> <comment>” or “ask for information <id> <comment>”.",
        ),
      ],
      {
        suggestions: pending
          .slice(0, 3)
          .map((r) => ({ label: r.id, message: zh ? `${r.id} 的状态` : `status of ${r.id}` })),
      },
    );
  }),
};
