import type { Locale } from "../i18n/locale.ts";
import { t } from "../i18n/messages.ts";

export type ReviewDecision = "approve" | "reject" | "request-info";
/** Every HR button: a request's decisions, and answering or closing a question sent to HR (src/requests/questions/). */
export const REVIEW_DECISIONS = ["approve", "reject", "request-info", "answer", "close"] as const;
export type ButtonDecision = (typeof REVIEW_DECISIONS)[number];

export function isRequestDecision(decision: ButtonDecision | undefined): decision is ReviewDecision {
  return decision === "approve" || decision === "reject" || decision === "request-info";
}

/** A request HR can decide on: the buttons to show, and whether each needs a comment. */
export interface ReviewView {
  requestId: string;
  actions: { decision: ButtonDecision; label: string; needsComment: boolean }[];
}

/** The decision buttons HR sees on a request awaiting review. */
export function reviewView(requestId: string, lang: Locale): ReviewView {
  return {
    requestId,
    actions: [
      { decision: "approve", label: t(lang, "review.approve"), needsComment: false },
      { decision: "reject", label: t(lang, "review.reject"), needsComment: true },
      { decision: "request-info", label: t(lang, "review.request-info"), needsComment: true },
    ],
  };
}
