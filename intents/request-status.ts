import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggestMessages, suggestTexts } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { refusalReply, requestMeant, withRequests } from "../src/bot/request-replies.ts";
import { readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { anyLanguage } from "../src/i18n/words.ts";
import { STATUS_WORDS } from "../src/nlu/command-words.ts";
import { asksForAList } from "../src/nlu/entities.ts";
import { OPEN_STATUSES } from "../src/requests/model.ts";
import { reviewView } from "../src/requests/review.ts";
import { onlyTypeNamed } from "../src/requests/types/index.ts";
import { historyLines, requestFacts } from "../src/requests/views.ts";

/** "my telework requests": several asked after, which is the list. */
const PLURAL_REQUESTS = anyLanguage((w) => w.commands.pluralRequests, "i");

export const requestStatusIntent: IntentSpec = {
  id: "request_status",
  description: { en: "The status and history of one request", zh: "某个申请的状态和历史" },
  routing: {
    group: "request",
    needs: "request",
    rules: [
      readingRule(STAGES.requestId - 1),
      {
        priority: STAGES.requestId - 4,
        why: "a named request with no command on it: a question about it, or a command that is not an imperative",
        when: (u) => u.requestId !== undefined,
      },
      {
        // Above the reading of the list: "我的调动申请现在什么进度" asks after one request, of one
        // type, where "the status of all my requests" asks for the list.
        priority: STAGES.request + 1,
        why: "one of the user's own requests, of one type named, asked after in status words, and no list asked",
        when: (u) =>
          u.ownRequest &&
          STATUS_WORDS.test(u.text) &&
          !asksForAList(u.text) &&
          !PLURAL_REQUESTS.test(u.text) &&
          onlyTypeNamed(u.text) !== undefined,
      },
      {
        // Below the request stage: "the status of all my requests" is the list, when the classifier says so.
        priority: STAGES.request - 5,
        why: "one of the user's own requests named in words, asked about (“what's happening with my telework request?”)",
        when: (u) => u.ownRequest && (u.mood !== "imperative" || STATUS_WORDS.test(u.text)),
      },
    ],
  },
  examples: {
    en: [
      "status of FWA-2026-0007",
      "where is my request FWA-2026-0003",
      "what happened to LRN-2026-0001",
      "show request MOB-2026-0002",
      "what is the status of ERV-2026-0004",
      "any news on REC-2026-0001",
    ],
    zh: [
      "FWA-2026-0007 的状态",
      "我的申请 FWA-2026-0003 到哪一步了",
      "查看申请 LRN-2026-0001",
      "MOB-2026-0002 怎么样了",
      "ERV-2026-0004 审批到哪了",
      "REC-2026-0001 有结果了吗",
    ],
  },
  handle: withRequests("request_status", async (context, services) => {
    const { understanding } = context;
    const lang = understanding.answerLang;
    const meant = await requestMeant(context, "request_status", "command.statusOfVerb");
    if (!("id" in meant)) return meant;
    const actor = actorOf(context.message);
    const outcome = await services.workflow.get(meant.id, actor);
    if (!outcome.ok) return refusalReply(context, "request_status", outcome);
    const record = outcome.request;
    const mine = record.requester.platform === actor.platform && record.requester.userId === actor.userId;
    const open = OPEN_STATUSES.includes(record.status);
    const reply = makeReply(
      "request_status",
      understanding.lang,
      [
        { kind: "facts", facts: requestFacts(record, lang) },
        paragraph(t(lang, "requests.history")),
        { kind: "list", items: historyLines(record, lang) },
      ],
      {
        title: record.id,
        subjects: [record.id],
        suggestions:
          mine && open
            ? suggestTexts([t(lang, "suggest.withdrawId", { id: record.id })])
            : suggestMessages(lang, ["command.myRequests"]),
      },
    );
    const canDecide = services.workflow.isHr(actor) && ["submitted", "resubmitted"].includes(record.status);
    return canDecide ? { ...reply, review: reviewView(record.id, lang) } : reply;
  }),
};
