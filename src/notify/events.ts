import { z } from "zod";
import { Actor } from "../requests/model.ts";

/** What the request log tells people about, and the outbox entry that carries it until delivered. */

export const Platform = Actor.shape.platform;
export type Platform = z.infer<typeof Platform>;

export const NotificationKind = z.enum([
  "request-submitted",
  "request-decided",
  "request-withdrawn",
  "request-resubmitted",
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
