import type { NotificationEvent, NotificationKind } from "../../notify/events.ts";
import type { HrQuestion } from "./model.ts";

const TO_ASKER: ReadonlySet<NotificationKind> = new Set(["question-answered", "question-closed"]);

/**
 * The event announcing a question's latest step; its id is stable, so it is never queued twice.
 * "review-closed" updates HR's message (its Answer / Close buttons give way to the outcome).
 */
export function questionEvent(question: HrQuestion, kind: NotificationKind): NotificationEvent {
  const suffix =
    kind === "review-closed"
      ? ":closed"
      : kind === "question-reminder"
        ? `:reminder:${question.remindedAt}`
        : "";
  return {
    id: `${question.id}#${question.history.length}${suffix}`,
    kind,
    requestId: question.id,
    audience: TO_ASKER.has(kind) ? { requester: question.asker } : "hr",
    createdAt:
      kind === "question-reminder" ? (question.remindedAt ?? question.updatedAt) : question.updatedAt,
  };
}
