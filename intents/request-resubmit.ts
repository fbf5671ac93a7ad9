import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { askFor, proposeOn, refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { commandOnRequest, readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { RESUBMIT_WORDS } from "../src/nlu/command-words.ts";
import { actorKey } from "../src/requests/model.ts";
import { commentAfterId } from "./hr-decide.ts";

const ASK_INFO = "resubmit.ask" as const;

export const requestResubmitIntent: IntentSpec = {
  id: "request_resubmit",
  description: {
    en: "Answer HR's request for information and resubmit",
    zh: "回复人力资源部门的补充信息要求并重新提交",
  },
  routing: {
    group: "request",
    needs: "request",
    rules: [
      readingRule(STAGES.requestId - 1),
      {
        priority: STAGES.requestId + 3,
        why: "the information HR asked for, on a named request",
        when: (u) => commandOnRequest(u, RESUBMIT_WORDS),
      },
      {
        priority: STAGES.requestId - 5,
        why: "resubmitting one of the user's own requests named in words (“resoumettre ma demande de formation”)",
        when: (u) => u.ownRequest && u.mood === "imperative" && RESUBMIT_WORDS.test(u.text),
      },
    ],
  },
  examples: {
    en: [
      "resubmit FWA-2026-0007 with the dates: Mondays only",
      "here is the information for LRN-2026-0002: the course is online",
      "reply to HR on MOB-2026-0001: the move is for 24 months",
      "resubmit ERV-2026-0002: the departure date is 30 June",
      "more information for REC-2026-0003: the team delivered the new portal",
    ],
    zh: [
      "重新提交 FWA-2026-0007：只申请周一",
      "补充 LRN-2026-0002 的信息：课程在线上",
      "回复人力资源 MOB-2026-0001：调动为期24个月",
      "重新提交 ERV-2026-0002：离职日期是6月30日",
      "回复人力资源 REC-2026-0003：团队上线了新门户",
    ],
  },
  effect: {
    async propose(context) {
      const { requestId, text } = context.understanding;
      const comment = commentAfterId(text);
      if (!requestId || !comment) return askFor(context, "request_resubmit", ASK_INFO);
      const question = { template: "proposal.resubmit" as const, detail: comment };
      return proposeOn(context, "request_resubmit", requestId, question, (record, actor) => {
        if (actorKey(actor) !== actorKey(record.requester)) return { ok: false, reason: "forbidden" };
        if (record.status !== "more-info-requested")
          return { ok: false, reason: "invalid-transition", status: record.status };
        return undefined;
      });
    },
  },
  handle: withRequests("request_resubmit", async (context, services) => {
    const { understanding } = context;
    const comment = commentAfterId(understanding.text);
    if (!understanding.requestId || !comment) {
      return askFor(context, "request_resubmit", ASK_INFO);
    }
    const outcome = await services.workflow.resubmit(
      understanding.requestId,
      actorOf(context.message),
      undefined,
      comment,
    );
    if (!outcome.ok) return refusalReply(context, "request_resubmit", outcome);
    return makeReply(
      "request_resubmit",
      understanding.lang,
      [paragraph(t(understanding.answerLang, "resubmit.done", { id: outcome.request.id }))],
      { subjects: [outcome.request.id], outcome: "done" },
    );
  }),
};
