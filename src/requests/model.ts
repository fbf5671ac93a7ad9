import { z } from "zod";
import { LOCALES } from "../i18n/locale.ts";

/**
 * The request model shared by the request log, the review workflow, the dialogs and every
 * adapter's forms. Stored records are validated with these schemas whenever they are read.
 */

/** A request type's texts, in every language (English where a translation is missing). */
import { Bilingual } from "../knowledge/schema.ts";

export { Bilingual };

export const RequestTypeId = z.enum([
  "flexible-work",
  "early-recruitment",
  "learning",
  "mobility",
  "recognition",
  "job-description",
]);
export type RequestTypeId = z.infer<typeof RequestTypeId>;

export const FieldKind = z.enum(["text", "longtext", "date", "number", "choice", "person"]);
export type FieldKind = z.infer<typeof FieldKind>;

/** What a form needs to show one field; the text dialog, Slack modals and Teams cards derive from it. */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: Bilingual;
  /** A question for the text dialog ("Which days or pattern?"). */
  prompt: Bilingual;
  help?: Bilingual;
  required: boolean;
  choices?: { value: string; label: Bilingual }[];
  maxLength?: number;
  min?: number;
  max?: number;
}

/** A platform-qualified person: "slack:U024BE7LH", "teams:<aad-object-id>", "console:alice". */
export const Actor = z.strictObject({
  platform: z.enum(["console", "slack", "teams"]),
  userId: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
});
export type Actor = z.infer<typeof Actor>;

export function actorKey(actor: Actor): string {
  return `${actor.platform}:${actor.userId}`;
}

export const RequestStatus = z.enum([
  "submitted",
  "more-info-requested",
  "resubmitted",
  "approved",
  "rejected",
  "withdrawn",
]);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const OPEN_STATUSES: readonly RequestStatus[] = ["submitted", "more-info-requested", "resubmitted"];

export const HistoryEntry = z.strictObject({
  at: z.iso.datetime(),
  by: Actor,
  action: z.enum(["submit", "approve", "reject", "request-info", "resubmit", "withdraw", "record-selection"]),
  status: RequestStatus,
  comment: z.string().max(4000).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Field values as stored: strings, numbers (costs, durations) and ISO dates as strings. */
export const FieldValues = z.record(z.string(), z.union([z.string(), z.number()]));
export type FieldValues = z.infer<typeof FieldValues>;

export const RequestRecord = z.strictObject({
  /** Readable by people: a prefix per type, the year and a sequence, e.g. FWA-2026-0007. */
  id: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4,}$/),
  type: RequestTypeId,
  requester: Actor,
  subject: z.string().min(1).max(300),
  fields: FieldValues,
  status: RequestStatus,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  idempotencyKey: z.string().min(1).max(300),
  /** The language the requester used: their notifications are written in it. */
  lang: z.enum(LOCALES).optional(),
  history: z.array(HistoryEntry).min(1),
});
export type RequestRecord = z.infer<typeof RequestRecord>;
