import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { MINE } from "../src/nlu/command-words.ts";
import { requestLine } from "../src/requests/views.ts";

export const myRequestsIntent: IntentSpec = {
  id: "my_requests",
  description: { en: "The user's own requests and their status", zh: "我的申请及其状态" },
  routing: {
    group: "request",
    rules: [readingRule(STAGES.request, { evidence: MINE })],
  },
  examples: {
    en: [
      "my requests",
      "show my requests",
      "what requests have I submitted",
      "list my HR requests",
      "where are my requests",
      "track my requests",
      "status of my requests",
      "which requests did I submit",
    ],
    zh: ["我的申请", "查看我的申请", "我提交过哪些申请", "我的申请进度", "列出我的申请"],
  },
  handle: withRequests("my_requests", async (context, services) => {
    const lang = context.understanding.answerLang;
    const mine = await services.workflow.listMine(actorOf(context.message));
    if (mine.length === 0) {
      return makeReply("my_requests", context.understanding.lang, [paragraph(t(lang, "requests.none"))], {
        suggestions: suggestMessages(lang, ["suggest.submitFlexibleWork"]),
      });
    }
    return makeReply(
      "my_requests",
      context.understanding.lang,
      [
        paragraph(t(lang, "requests.mine", { count: mine.length })),
        { kind: "list", items: mine.slice(0, 20).map((r) => requestLine(r, lang)) },
      ],
      {
        suggestions: mine
          .slice(0, 3)
          .map((r) => ({ label: r.id, message: t(lang, "command.statusOf", { id: r.id }) })),
      },
    );
  }),
};
