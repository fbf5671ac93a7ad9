import { z } from "zod";
import { LOCALES } from "../../i18n/locale.ts";
import { alternatives, type Pattern, type Words } from "../../i18n/words.ts";
import { FieldValues, RequestTypeId } from "../../requests/model.ts";
import type { ParsedIncoming } from "../messages.ts";

/**
 * The stored state of an open request form, and the words that steer it. Control words are
 * recognised at every step, so they are never taken as the value of a field.
 */

export const FormState = z.object({
  kind: z.literal("request-form"),
  type: RequestTypeId,
  values: FieldValues,
  /** Optional fields the user chose to skip: not asked again. */
  skipped: z.array(z.string()).default([]),
  /** The field being asked, or "confirm" when the summary is shown. */
  pending: z.string(),
  /** Idempotency key of the submission: a repeated "submit" gives the same request. */
  submissionId: z.string(),
  /** The language the form was started in: its questions and messages stay in it. */
  lang: z.enum(LOCALES).default("en"),
});
export type FormState = z.infer<typeof FormState>;

export const CONFIRM = "confirm";

const END = "\\s*[.!。！]?\\s*$";
// French and Spanish are read with their accents or without them (staff often type without).
const whole = (pick: (w: Words["form"]) => Pattern, before = "") =>
  new RegExp(`^\\s*${before}(${alternatives((w) => pick(w.form))})${END}`, "i");
const CANCEL = whole((w) => w.cancel);
const SUBMIT = whole((w) => w.submit);
const YES = whole((w) => w.confirm, "[¡¿]?");
const SKIP = whole((w) => w.skip);

export type Control = "cancel" | "submit" | "skip";

/** The control word a whole message is, if any; "yes" counts as "submit" only at the summary. */
export function controlWord(text: string, atSummary: boolean): Control | undefined {
  if (CANCEL.test(text)) return "cancel";
  if ((atSummary ? YES : SUBMIT).test(text)) return "submit";
  if (SKIP.test(text)) return "skip";
  return undefined;
}

export function isCancel(text: string): boolean {
  return CANCEL.test(text);
}

/** The form's own words (submit, skip, edit, cancel): inside a form they steer it, never start another. */
export function isFormControl(text: string): boolean {
  return [YES, SKIP, CANCEL, EDIT_WORD].some((re) => re.test(text));
}

const EDIT_WORD = new RegExp(`^\\s*(${alternatives((w) => w.form.edit)})`, "i");

export function dialogKey(message: ParsedIncoming): string {
  return `${message.platform}:${message.conversation.id}:${message.user.id}`;
}

export function actorOf(message: ParsedIncoming) {
  return {
    platform: message.platform,
    userId: message.user.id,
    ...(message.user.name ? { name: message.user.name } : {}),
  };
}
