import type { AnswerLang, ReviewView } from "../bot/messages.ts";

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
