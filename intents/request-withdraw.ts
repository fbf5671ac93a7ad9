import { confirmations } from "../src/bot/confirm.ts";
import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { actorOf, dialogKey } from "../src/bot/request-dialog.ts";
import { askFor, refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { TEXTS } from "../src/bot/request-texts.ts";
import { OPEN_STATUSES } from "../src/requests/model.ts";
import { statusText, subjectIn } from "../src/requests/views.ts";
import { commentAfterId } from "./hr-decide.ts";

export const requestWithdrawIntent: IntentSpec = {
  id: "request_withdraw",
  description: { en: "Withdraw one's own open request", zh: "撤回自己尚未结束的申请" },
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
  handle: withRequests("request_withdraw", async (context, services) => {
    const { understanding } = context;
    const lang = understanding.answerLang;
    const actor = actorOf(context.message);
    // Confirmed: the proposal stored below comes back through the bot (src/bot/confirm.ts).
    if (context.confirmed?.requestId) {
      const { requestId, args } = context.confirmed;
      const outcome = await services.workflow.withdraw(requestId, actor, args.comment);
      if (!outcome.ok) return refusalReply(context, "request_withdraw", outcome);
      const status = statusText(outcome.request.status, lang);
      return makeReply("request_withdraw", understanding.lang, [
        paragraph(TEXTS.withdrawn[lang]({ id: outcome.request.id, status })),
      ]);
    }
    if (!understanding.requestId) {
      return askFor(context, "request_withdraw", {
        en: "Which request? Say e.g. “withdraw FWA-2026-0007”.",
        zh: "要撤回哪个申请？请给出编号，例如“撤回 FWA-2026-0007”。",
      });
    }
    // A typed command only proposes: checked now, so an impossible withdrawal is refused at once.
    const found = await services.workflow.get(understanding.requestId, actor);
    if (!found.ok) return refusalReply(context, "request_withdraw", found);
    const { request } = found;
    const owner = request.requester.platform === actor.platform && request.requester.userId === actor.userId;
    if (!owner) return refusalReply(context, "request_withdraw", { ok: false, reason: "forbidden" });
    if (!OPEN_STATUSES.includes(request.status)) {
      return refusalReply(context, "request_withdraw", {
        ok: false,
        reason: "invalid-transition",
        status: request.status,
      });
    }
    const comment = commentAfterId(understanding.text);
    const summary = TEXTS.withdrawPropose[lang]({ id: request.id, subject: subjectIn(request, lang) });
    await confirmations(services.dialogs, services.clock).propose(
      dialogKey(context.message),
      { intent: "request_withdraw", requestId: request.id, args: comment ? { comment } : {} },
      summary,
    );
    return makeReply("request_withdraw", understanding.lang, [paragraph(summary)], {
      suggestions: suggest(lang, [
        { en: "yes", zh: "确认" },
        { en: "no", zh: "取消" },
      ]),
    });
  }),
};
