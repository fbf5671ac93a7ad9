import type { NotificationEvent } from "../notify/events.ts";
import { RequestLog } from "../requests/log.ts";
import type { RequestRecord } from "../requests/model.ts";
import { reviewView } from "../requests/review.ts";
import { type AppStore, fileStoreOf } from "../requests/store.ts";
import { requestFacts, statusText, typeTitle } from "../requests/views.ts";
import type { AnswerLang, DecisionView, Reply } from "./messages.ts";
import { questionNotificationReply } from "./question-views.ts";
import { suggest } from "./reply.ts";

/**
 * What a notification says, as a neutral Reply that each platform renders like any answer: for HR
 * the request with its decision buttons; for the requester what happened and who did it.
 */
export function notificationReply(event: NotificationEvent, record: RequestRecord, lang: AnswerLang): Reply {
  const zh = lang === "zh";
  const last = record.history[record.history.length - 1];
  const who = last ? (last.by.name ?? last.by.userId) : "";
  const comment = last?.comment ? (zh ? `说明：“${last.comment}”` : `Comment: “${last.comment}”`) : undefined;
  const type = typeTitle(record, lang);
  const status = statusText(record.status, lang);
  const headline: Partial<Record<NotificationEvent["kind"], string>> = {
    "request-submitted": zh
      ? `新申请 ${record.id}(${type})，等待审核`
      : `New request ${record.id} (${type}) awaits review`,
    "request-resubmitted": zh
      ? `${record.id} 已补充信息并重新提交`
      : `${record.id} was resubmitted with more information`,
    "request-withdrawn": zh ? `${record.id} 已被申请人撤回` : `${record.id} was withdrawn by the requester`,
    "request-decided": zh ? `您的申请 ${record.id}：${status}(${who})` : decidedHeadline(record, who),
    "request-confirmed": zh
      ? `已提交：${record.id}。已通知人力资源部门审核；作出决定后我会通知您。`
      : `Submitted: ${record.id}. HR has been notified and will review it; I'll let you know when they decide.`,
    // HR's message about the request, now with its outcome instead of buttons.
    "review-closed": zh
      ? `${record.id}(${type})：${status}(${who})`
      : `${record.id} (${type}): ${status} (${who})`,
  };
  const forHr = event.audience === "hr";
  const awaiting = record.status === "submitted" || record.status === "resubmitted";
  const closed = forHr && !awaiting ? closedBy(record, lang) : undefined;
  return {
    intent: "notification",
    lang,
    title: headline[event.kind],
    ...(closed ? { decided: closed } : {}),
    parts: [
      { kind: "facts", facts: requestFacts(record, lang) },
      ...(comment ? [{ kind: "paragraph" as const, text: comment }] : []),
      ...(record.status === "more-info-requested" && !forHr
        ? [
            {
              kind: "paragraph" as const,
              text: zh
                ? `请回复“重新提交 ${record.id}：<补充信息>”。`
                : `Reply “resubmit ${record.id}: <the information>” to answer.`,
            },
          ]
        : []),
    ],
    citations: [],
    suggestions:
      event.kind === "request-confirmed"
        ? suggest(lang, [
            { en: `status of ${record.id}`, zh: `${record.id} 的状态` },
            { en: "my requests", zh: "我的申请" },
          ])
        : [],
    ...(forHr && awaiting ? { review: reviewView(record.id, lang) } : {}),
  };
}

/** Who closed the request for HR and how (its last change); its comment is a paragraph of the reply. */
function closedBy(record: RequestRecord, lang: AnswerLang): DecisionView | undefined {
  const last = record.history.at(-1);
  if (!last) return undefined;
  return {
    requestId: record.id,
    recordedNow: false,
    status: record.status,
    statusText: statusText(record.status, lang),
    by: last.by,
  };
}

/** "Your request FWA-2026-0001 was approved by Alice", "… needs more information (asked by Alice)". */
function decidedHeadline(record: RequestRecord, who: string): string {
  switch (record.status) {
    case "approved":
      return `Your request ${record.id} was approved by ${who}`;
    case "rejected":
      return `Your request ${record.id} was not approved (${who})`;
    case "more-info-requested":
      return `Your request ${record.id} needs more information (asked by ${who})`;
    default:
      return `Your request ${record.id} is now ${statusText(record.status, "en")} (${who})`;
  }
}

/**
 * Looks up the request an event is about and words the notification; undefined if it is gone.
 * HR's notifications are in `lang` (the HR channel's); a requester's in the language they used.
 */
export function notificationRenderer(
  source: AppStore | RequestLog,
  lang: AnswerLang = "en",
  questions: RequestLog | undefined = source instanceof RequestLog ? source : undefined,
): (event: NotificationEvent) => Promise<Reply | undefined> {
  return async (event) => {
    const record = (await storeOf(source).requests.get(event.requestId))?.record;
    if (!record) {
      // A question sent to HR (ASK-…), kept in the request log's file beside the requests.
      const data = questions ? await questions.snapshot() : undefined;
      const question = data?.questions?.find((q) => q.id === event.requestId);
      return (
        question && questionNotificationReply(event, question, event.audience === "hr" ? lang : question.lang)
      );
    }
    return notificationReply(event, record, event.audience === "hr" ? lang : (record.lang ?? lang));
  };
}

function storeOf(source: AppStore | RequestLog): AppStore {
  return source instanceof RequestLog ? fileStoreOf(source) : source;
}
