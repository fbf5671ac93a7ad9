import { z } from "zod";

/** The languages the assistant understands and answers in. */
import type { Lang, Locale } from "../i18n/locale.ts";
import {
  type ButtonDecision,
  REVIEW_DECISIONS,
  type ReviewDecision,
  type ReviewView,
} from "../requests/review.ts";

/** The answer language: one of the four locales (the old name, kept for the modules that use it). */
export type AnswerLang = Locale;
export type { ButtonDecision, Lang, Locale, ReviewDecision, ReviewView };
export { REVIEW_DECISIONS };

export const Platform = z.enum(["console", "slack", "teams"]);
export type Platform = z.infer<typeof Platform>;

/** A message from any platform, as the adapter hands it to the bot. */
export const Incoming = z.strictObject({
  platform: Platform,
  user: z.strictObject({ id: z.string().min(1).max(200), name: z.string().max(200).optional() }),
  conversation: z.strictObject({
    id: z.string().min(1).max(500),
    kind: z.enum(["direct", "channel"]).default("direct"),
  }),
  /** What the user typed; absent for a button press or form submission. */
  text: z.string().optional(),
  /** A button press: the suggested action's message, sent back as if typed. */
  action: z.strictObject({ id: z.string().max(200), value: z.string().max(2000).optional() }).optional(),
  /** The user's locale as the platform reports it ("zh-CN"), a hint when the text is ambiguous. */
  locale: z.string().max(40).optional(),
  /** A whole request form submitted from a modal or card; `submissionId` makes a retry harmless. */
  form: z
    .strictObject({
      type: z.string().max(60),
      values: z.record(z.string().max(60), z.string().max(20_000)),
      submissionId: z.string().min(1).max(300),
      /** The form has no turn to be answered in (a modal closed on submission): confirm through the outbox. */
      confirmLater: z.boolean().optional(),
    })
    .optional(),
  /** An HR decision from a button (with the comment typed in its modal or card). */
  decision: z
    .strictObject({
      requestId: z.string().max(40),
      decision: z.enum(REVIEW_DECISIONS),
      comment: z.string().max(4000).optional(),
    })
    .optional(),
});
export type Incoming = z.input<typeof Incoming>;
export type ParsedIncoming = z.output<typeof Incoming>;

export interface Fact {
  label: string;
  value: string;
}

export type ReplyPart =
  | { kind: "paragraph"; text: string }
  | { kind: "facts"; facts: Fact[] }
  | { kind: "list"; items: string[] }
  | { kind: "table"; columns: string[]; rows: string[][] }
  | { kind: "quote"; text: string; source: string };

/** A follow-up the user can pick: shown as a button; picking it sends `message`. */
export interface Suggestion {
  label: string;
  message: string;
}

/** One input of a request form, derived from the request type: modals and cards render these. */
export interface FormFieldView {
  name: string;
  kind: "text" | "longtext" | "date" | "number" | "choice" | "person";
  label: string;
  help?: string;
  required: boolean;
  choices?: { value: string; label: string }[];
  /** What is already known (from the first message or an earlier submission). */
  value?: string;
  maxLength?: number;
}

/** A request form to show whole, with what is known and the errors of a rejected submission. */
export interface FormView {
  type: string;
  title: string;
  fields: FormFieldView[];
  errors: Record<string, string>;
  submitLabel: string;
  submissionId: string;
}

/** A request's decision, for its HR message to show: the one just recorded, or one made earlier. */
export interface DecisionView {
  requestId: string;
  /** True when this reply recorded it; false when it was made before (the press came too late). */
  recordedNow: boolean;
  /** "approved", "rejected", "more-info-requested". */
  status: string;
  statusText: string;
  by: { platform: Platform; userId: string; name?: string };
  comment?: string;
}

/**
 * What a reply does: answers, asks which of two readings was meant, declines (outside the
 * strategy, a personal record), opens or continues a form, asks to confirm a side effect, reports
 * one done, or apologises for an error.
 */
export type ReplyOutcome = "answer" | "clarify" | "decline" | "form" | "confirm" | "done" | "error";

/** A platform-neutral answer; each adapter renders it (Block Kit, Adaptive Card, plain text). */
export interface Reply {
  intent: string;
  lang: Lang;
  /** Set by the bot for every reply it returns (handlers may set it first). */
  outcome?: ReplyOutcome;
  /** What the reply is about: knowledge-base ids ("indicator:mobility", "focusArea:focus-1.2") or request ids. */
  subjects?: string[];
  /** The request type whose form is open in this conversation after this reply. */
  openForm?: string;
  title?: string;
  parts: ReplyPart[];
  /** Where the figures and words come from ("GB.343/PFA/14, Appendix, Outcome 1"). */
  citations: string[];
  suggestions: Suggestion[];
  /** A remark about the answer itself, e.g. that a French question was answered in English. */
  notice?: string;
  /** A request form: rich platforms may show it whole (a modal, a card); the text dialog asks field by field. */
  form?: FormView;
  /** Decision buttons for HR on a request. */
  review?: ReviewView;
  /** The request's decision when this reply is about one (recorded now, or found already made). */
  decided?: DecisionView;
  /** What this reply says is on its way through the outbox (a queued confirmation): not to be sent. */
  delivered?: "outbox";
}
