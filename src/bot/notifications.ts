import { t } from "../i18n/messages.ts";
import type { NotificationEvent } from "../notify/events.ts";
import { createLanguageChoices } from "../requests/language-choices.ts";
import { RequestLog } from "../requests/log.ts";
import type { RequestRecord } from "../requests/model.ts";
import { reviewView } from "../requests/review.ts";
import { type AppStore, fileStoreOf } from "../requests/store.ts";
import { requestFacts, statusText as statusOf, statusText, typeTitle } from "../requests/views.ts";
import type { DecisionView, Locale, Reply } from "./messages.ts";
import { questionNotificationReply } from "./question-views.ts";
import { suggestMessages, suggestTexts } from "./reply.ts";

/**
 * What a notification says, as a neutral Reply that each platform renders like any answer: for HR
 * the request with its decision buttons; for the requester what happened and who did it.
 */
export function notificationReply(event: NotificationEvent, record: RequestRecord, lang: Locale): Reply {
  const last = record.history[record.history.length - 1];
  const who = last ? (last.by.name ?? last.by.userId) : "";
  const comment = last?.comment ? t(lang, "notify.comment", { comment: last.comment }) : undefined;
  const type = typeTitle(record, lang);
  const statusText = statusOf(record.status, lang);
  const id = record.id;
  const headline: Partial<Record<NotificationEvent["kind"], string>> = {
    "request-submitted": t(lang, "notify.submitted", { id, type }),
    "request-resubmitted": t(lang, "notify.resubmitted", { id }),
    "request-withdrawn": t(lang, "notify.withdrawn", { id }),
    // the select's keys cannot hold a hyphen: "more-info-requested" is "moreinforequested"
    "request-decided": t(lang, "notify.decided", {
      status: record.status.replace(/-/g, ""),
      id,
      who,
      statusText,
    }),
    "request-confirmed": t(lang, "notify.confirmed", { id }),
    // HR's message about the request, now with its outcome instead of buttons.
    "review-closed": t(lang, "notify.closed", { id, type, statusText, who }),
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
        ? [{ kind: "paragraph" as const, text: t(lang, "notify.replyWithInfo", { id }) }]
        : []),
    ],
    citations: [],
    suggestions:
      event.kind === "request-confirmed"
        ? [
            ...suggestTexts([t(lang, "command.statusOf", { id })]),
            ...suggestMessages(lang, ["command.myRequests"]),
          ]
        : [],
    ...(forHr && awaiting ? { review: reviewView(record.id, lang) } : {}),
  };
}

/** Who closed the request for HR and how (its last change); its comment is a paragraph of the reply. */
function closedBy(record: RequestRecord, lang: Locale): DecisionView | undefined {
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

/**
 * Looks up the request an event is about and words the notification; undefined if it is gone.
 * HR's notifications are in `lang` (the HR channel's, `HR_LANGUAGE`); a requester's in the
 * language they chose ("réponds en français"), else the one they wrote the request in, else `lang`.
 */
export function notificationRenderer(
  source: AppStore | RequestLog,
  lang: Locale = "en",
  questions: RequestLog | undefined = source instanceof RequestLog ? source : undefined,
): (event: NotificationEvent) => Promise<Reply | undefined> {
  const choices = createLanguageChoices(storeOf(source));
  const readerLang = async (event: NotificationEvent, written: Locale | undefined): Promise<Locale> => {
    if (event.audience === "hr") return lang;
    const { platform, userId } = event.audience.requester;
    // An unreadable choice must not hold the notification back: the request's language will do.
    const chosen = await choices.get(platform, userId).catch(() => undefined);
    return chosen ?? written ?? lang;
  };
  return async (event) => {
    const record = (await storeOf(source).requests.get(event.requestId))?.record;
    if (!record) {
      // A question sent to HR (ASK-…), kept in the request log's file beside the requests.
      const data = questions ? await questions.snapshot() : undefined;
      const question = data?.questions?.find((q) => q.id === event.requestId);
      return question && questionNotificationReply(event, question, await readerLang(event, question.lang));
    }
    return notificationReply(event, record, await readerLang(event, record.lang));
  };
}

function storeOf(source: AppStore | RequestLog): AppStore {
  return source instanceof RequestLog ? fileStoreOf(source) : source;
}
