import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { proposeOn, refusalReply, requestMeant, withRequests } from "../src/bot/request-replies.ts";
import { commandOnRequest, readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { WITHDRAW_WORDS } from "../src/nlu/command-words.ts";
import { actorKey, OPEN_STATUSES } from "../src/requests/model.ts";
import { statusText } from "../src/requests/views.ts";
import { commentAfterId } from "./hr-decide.ts";

const WITHDRAW_COMMAND = "command.withdraw";

export const requestWithdrawIntent: IntentSpec = {
  id: "request_withdraw",
  description: { en: "Withdraw one's own open request", zh: "撤回自己尚未结束的申请" },
  routing: {
    group: "request",
    needs: "request",
    rules: [
      readingRule(STAGES.requestId - 1),
      {
        priority: STAGES.requestId + 1,
        why: "withdrawing a named request",
        when: (u) => commandOnRequest(u, WITHDRAW_WORDS),
      },
      {
        priority: STAGES.requestId - 5,
        why: "withdrawing one of the user's own requests named in words (“withdraw my flexible work request”)",
        when: (u) => u.ownRequest && u.mood === "imperative" && WITHDRAW_WORDS.test(u.text),
      },
    ],
  },
  examples: {
    en: [
      "withdraw FWA-2026-0007",
      "withdraw my request LRN-2026-0002",
      "I no longer need MOB-2026-0001, withdraw it",
      "cancel my request FWA-2026-0003",
      "please withdraw ERV-2026-0002",
      "retract JDR-2026-0001",
    ],
    zh: [
      "撤回 FWA-2026-0007",
      "撤回我的申请 LRN-2026-0002",
      "我不需要 MOB-2026-0001 了，撤回",
      "撤销申请 FWA-2026-0003",
      "请撤回 ERV-2026-0002",
      "取消申请 JDR-2026-0001",
    ],
  },
  effect: {
    async propose(context) {
      const meant = await requestMeant(context, "request_withdraw", WITHDRAW_COMMAND);
      if (!("id" in meant)) return meant;
      return proposeOn(
        context,
        "request_withdraw",
        meant.id,
        { template: "proposal.withdraw" },
        (record, actor) => {
          if (actorKey(actor) !== actorKey(record.requester)) return { ok: false, reason: "forbidden" };
          if (!OPEN_STATUSES.includes(record.status))
            return { ok: false, reason: "invalid-transition", status: record.status };
          return undefined;
        },
      );
    },
  },
  handle: withRequests("request_withdraw", async (context, services) => {
    const { understanding } = context;
    const lang = understanding.answerLang;
    const meant = await requestMeant(context, "request_withdraw", WITHDRAW_COMMAND);
    if (!("id" in meant)) return meant;
    const comment = commentAfterId(understanding.text);
    const outcome = await services.workflow.withdraw(meant.id, actorOf(context.message), comment);
    if (!outcome.ok) return refusalReply(context, "request_withdraw", outcome);
    return makeReply(
      "request_withdraw",
      understanding.lang,
      [
        paragraph(
          t(lang, "withdraw.done", {
            id: outcome.request.id,
            status: statusText(outcome.request.status, lang),
          }),
        ),
      ],
      { subjects: [outcome.request.id], outcome: "done" },
    );
  }),
};
