import type { AnswerLang } from "../i18n/locale.ts";

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
export function reviewView(requestId: string, lang: AnswerLang): ReviewView {
  const zh = lang === "zh";
  return {
    requestId,
    actions: [
      { decision: "approve", label: zh ? "批准" : "Approve", needsComment: false },
      { decision: "reject", label: zh ? "拒绝" : "Reject", needsComment: true },
      { decision: "request-info", label: zh ? "要求补充信息" : "Ask for information", needsComment: true },
    ],
  };
}
