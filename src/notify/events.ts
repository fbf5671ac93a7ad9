import { z } from "zod";
import type { LogData } from "../requests/log.ts";
import { Actor, type RequestRecord } from "../requests/model.ts";

/** What the request log tells people about, and the outbox entry that carries it until delivered. */

export const Platform = Actor.shape.platform;
export type Platform = z.infer<typeof Platform>;

export const NotificationKind = z.enum([
  "request-submitted",
  "request-decided",
  "request-withdrawn",
  "request-resubmitted",
  /** The requester's confirmation of a submission made where no reply can carry it (a Slack modal). */
  "request-confirmed",
  /** HR's message about a request updated to show its decision (or withdrawal), without buttons. */
  "review-closed",
  /** An HR question (src/requests/questions/): asked (to HR), reminded (to HR), answered or closed (to the asker). */
  "question-asked",
  "question-reminder",
  "question-answered",
  "question-closed",
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** HR (every configured HR channel) or the requester (a direct message on their platform). */
export const Audience = z.union([z.literal("hr"), z.strictObject({ requester: Actor })]);
export type Audience = z.infer<typeof Audience>;

export const NotificationEvent = z.strictObject({
  id: z.string().min(1).max(200),
  kind: NotificationKind,
  requestId: z.string().min(1).max(40),
  audience: Audience,
  createdAt: z.iso.datetime(),
});
export type NotificationEvent = z.infer<typeof NotificationEvent>;

/** The delivery of one event to one platform; persisted so retries survive a restart. */
export const Delivery = z.strictObject({
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.iso.datetime().optional(),
  deliveredAt: z.iso.datetime().optional(),
  lastError: z.string().max(500).optional(),
  /** A dispatcher delivering it now; others leave it alone until the claim expires. */
  claimedBy: z.string().max(100).optional(),
  claimedUntil: z.iso.datetime().optional(),
});
export type Delivery = z.infer<typeof Delivery>;

export const OutboxEntry = z.strictObject({
  event: NotificationEvent,
  deliveries: z.partialRecord(Platform, Delivery),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

/** Who hears of each kind: HR's channels, or the requester. */
const TO_REQUESTER: ReadonlySet<NotificationKind> = new Set(["request-decided", "request-confirmed"]);
/** Kinds that travel beside the history entry's main event get an id of their own. */
const SUFFIX: Partial<Record<NotificationKind, string>> = {
  "request-confirmed": ":confirmed",
  "review-closed": ":closed",
};

/** The event announcing the latest history entry of `record`; its id is stable, so it is never queued twice. */
export function eventFor(record: RequestRecord, kind: NotificationKind): NotificationEvent {
  return {
    id: `${record.id}#${record.history.length}${SUFFIX[kind] ?? ""}`,
    kind,
    requestId: record.id,
    audience: TO_REQUESTER.has(kind) ? { requester: record.requester } : "hr",
    createdAt: record.updatedAt,
  };
}

/** Adds an event to the outbox of a draft (inside `RequestLog.change`, with the change it announces). */
export function enqueue(draft: LogData, event: NotificationEvent): void {
  draft.outbox.push(OutboxEntry.parse({ event, deliveries: {} }));
}
