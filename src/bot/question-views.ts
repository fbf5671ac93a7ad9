import { t } from "../i18n/messages.ts";
import type { NotificationEvent } from "../notify/events.ts";
import type { HrQuestion } from "../requests/questions/model.ts";
import type { ReviewView } from "../requests/review.ts";
import type { AnswerLang, DecisionView, Fact, Reply } from "./messages.ts";
import { suggestMessages } from "./reply.ts";

/** How a question sent to HR reads: in answers about it, and in the notifications about it. */

export function questionStatusText(question: HrQuestion, lang: AnswerLang): string {
  return t(lang, `ask.status.${question.status}`);
}

function who(actor: { userId: string; name?: string | undefined }): string {
  return actor.name ?? actor.userId;
}

/** "2026-03-02 14:05 UTC": a question's time, the same for every reader. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function questionFacts(question: HrQuestion, lang: AnswerLang, forHr: boolean): Fact[] {
  const last = question.history.at(-1);
  return [
    { label: t(lang, "ask.questionLabel"), value: question.question },
    ...(question.note ? [{ label: t(lang, "ask.noteLabel"), value: question.note }] : []),
    ...(forHr ? [{ label: t(lang, "ask.askedBy"), value: who(question.asker) }] : []),
    { label: t(lang, "ask.askedOn"), value: when(question.createdAt) },
    { label: t(lang, "ask.statusLabel"), value: questionStatusText(question, lang) },
    ...(question.answer ? [{ label: t(lang, "ask.answerLabel"), value: question.answer }] : []),
    ...(last && question.status !== "open"
      ? [
          {
            label: t(lang, question.status === "answered" ? "ask.answeredBy" : "ask.closedBy"),
            value: who(last.by),
          },
        ]
      : []),
  ];
}

/** One line of a list: "ASK-2026-0001 — answered — how many leave days do I have left?". */
export function questionLine(question: HrQuestion, lang: AnswerLang): string {
  const text = question.question.length > 80 ? `${question.question.slice(0, 79)}…` : question.question;
  return `${question.id} — ${questionStatusText(question, lang)} — ${text}`;
}

/** HR's buttons on an open question: Answer (asks for the answer) and Close. */
export function questionReviewView(id: string, lang: AnswerLang): ReviewView {
  return {
    requestId: id,
    actions: [
      { decision: "answer", label: t(lang, "hrAnswer.answerButton"), needsComment: true },
      { decision: "close", label: t(lang, "hrAnswer.closeButton"), needsComment: false },
    ],
  };
}

/** The question's outcome, for HR's message to show in place of its buttons. */
export function questionDecision(
  question: HrQuestion,
  lang: AnswerLang,
  recordedNow: boolean,
): DecisionView | undefined {
  const last = question.history.at(-1);
  if (!last || question.status === "open") return undefined;
  return {
    requestId: question.id,
    recordedNow,
    status: question.status,
    statusText: questionStatusText(question, lang),
    by: last.by,
    ...(last.text ? { comment: last.text } : {}),
  };
}

/** A notification about a question, as a neutral Reply: for HR with Answer / Close, for the asker the answer. */
export function questionNotificationReply(
  event: NotificationEvent,
  question: HrQuestion,
  lang: AnswerLang,
): Reply {
  const forHr = event.audience === "hr";
  const last = question.history.at(-1);
  const by = last ? who(last.by) : "";
  const asker = who(question.asker);
  const titles: Partial<Record<NotificationEvent["kind"], string>> = {
    "question-asked": t(lang, "hrAnswer.askedHeadline", { id: question.id, who: asker }),
    "question-reminder": t(lang, "hrAnswer.reminderHeadline", { id: question.id, who: asker }),
    "review-closed": t(lang, "hrAnswer.closedHeadline", {
      id: question.id,
      status: questionStatusText(question, lang),
      who: by,
    }),
    "question-answered": t(lang, "hrAnswer.answerToAsker", { id: question.id, who: by }),
    "question-closed": t(lang, "hrAnswer.closedToAsker", { id: question.id, who: by }),
  };
  const open = question.status === "open";
  const decided = forHr && !open ? questionDecision(question, lang, false) : undefined;
  return {
    intent: "notification",
    lang,
    title: titles[event.kind] ?? question.id,
    ...(decided ? { decided } : {}),
    parts: [
      { kind: "facts", facts: questionFacts(question, lang, forHr) },
      ...(forHr && open
        ? [{ kind: "paragraph" as const, text: t(lang, "hrAnswer.howToAnswer", { id: question.id }) }]
        : []),
      ...(event.kind === "question-closed"
        ? [{ kind: "paragraph" as const, text: t(lang, "hrAnswer.stillNeed") }]
        : []),
    ],
    citations: [],
    suggestions: forHr
      ? []
      : suggestMessages(lang, [event.kind === "question-closed" ? "ask.offer" : "ask.myQuestions"]),
    ...(forHr && open ? { review: questionReviewView(question.id, lang) } : {}),
  };
}
