import { z } from "zod";
import { LOCALES } from "../../i18n/locale.ts";
import { Actor } from "../model.ts";

/**
 * An HR question: what a staff member asked that the assistant could not answer, handed to a person
 * in HR. Kept in the request log beside the requests (same file, same lock, same outbox), with its
 * own id prefix and its history; nothing is ever deleted.
 */

export const QUESTION_PREFIX = "ASK";
/** "ASK-2026-0001", and as people shorten or space it ("ask-2026-1", "ASK 2026 0003"). */
export const QUESTION_ID = /\bask[-\s](20\d{2})[-\s](\d{1,6})\b/i;

/** Long enough for any real question; a longer one is refused with its length said. */
export const MAX_QUESTION_LENGTH = 2000;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_ANSWER_LENGTH = 4000;

export const QuestionStatus = z.enum(["open", "answered", "closed"]);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const QuestionHistoryEntry = z.strictObject({
  at: z.iso.datetime(),
  by: Actor,
  action: z.enum(["ask", "answer", "close", "remind"]),
  status: QuestionStatus,
  text: z.string().max(MAX_ANSWER_LENGTH).optional(),
});
export type QuestionHistoryEntry = z.infer<typeof QuestionHistoryEntry>;

export const HrQuestion = z.strictObject({
  id: z.string().regex(/^ASK-\d{4}-\d{4,}$/),
  asker: Actor,
  question: z.string().min(1).max(MAX_QUESTION_LENGTH),
  note: z.string().min(1).max(MAX_NOTE_LENGTH).optional(),
  /** The language the asker used: HR's answer reaches them in its frame. */
  lang: z.enum(LOCALES),
  status: QuestionStatus,
  answer: z.string().min(1).max(MAX_ANSWER_LENGTH).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When HR was last reminded of it (unanswered after the configured working days). */
  remindedAt: z.iso.datetime().optional(),
  idempotencyKey: z.string().min(1).max(300),
  history: z.array(QuestionHistoryEntry).min(1),
});
export type HrQuestion = z.infer<typeof HrQuestion>;

/** "ask-2026-7" → "ASK-2026-0007"; undefined when the text names no HR question. */
export function questionIdIn(text: string): string | undefined {
  const m = QUESTION_ID.exec(text.normalize("NFKC"));
  if (!m?.[1] || !m[2]) return undefined;
  return `${QUESTION_PREFIX}-${m[1]}-${m[2].padStart(4, "0")}`;
}

/** The words after the question id, as typed ("ASK-2026-0001: you have 12 days" → "you have 12 days"). */
export function textAfterQuestionId(text: string): string | undefined {
  const normalized = text.normalize("NFKC");
  const m = QUESTION_ID.exec(normalized);
  if (!m) return undefined;
  const rest = normalized
    .slice(m.index + m[0].length)
    .replace(/^[\s:：,，.。;；—–-]+/u, "")
    .trim();
  return rest.length > 0 ? rest : undefined;
}
