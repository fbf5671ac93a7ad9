import type { Reply } from "../../bot/messages.ts";
import type { RequestRecord } from "../../requests/model.ts";
import { requestFacts } from "../../requests/views.ts";

/**
 * Whether the request log recorded this person's decision between two readings of a request:
 * the HR card is then updated; otherwise the bot's reply (a refusal) is all there is to show.
 */
export function decisionRecorded(
  before: RequestRecord | undefined,
  after: RequestRecord | undefined,
  userId: string,
): after is RequestRecord {
  const last = after?.history.at(-1);
  return (
    before !== undefined &&
    after !== undefined &&
    after.history.length > before.history.length &&
    last?.by.platform === "teams" &&
    last.by.userId === userId
  );
}

/**
 * What an HR card shows once decided, without buttons: the bot's word on the decision, the
 * request as it now stands, who decided and their comment (as the request log recorded them).
 */
export function decidedReply(decision: Reply, record: RequestRecord): Reply {
  const zh = decision.lang === "zh";
  const lang = zh ? "zh" : "en";
  const last = record.history.at(-1);
  const by = last ? [{ label: zh ? "决定人" : "Decided by", value: last.by.name ?? last.by.userId }] : [];
  const comment = last?.comment ? [{ label: zh ? "说明" : "Comment", value: last.comment }] : [];
  return {
    intent: decision.intent,
    lang: decision.lang,
    parts: [
      ...decision.parts,
      { kind: "facts", facts: [...by, ...comment] },
      { kind: "facts", facts: requestFacts(record, lang) },
    ],
    citations: [],
    suggestions: [],
  };
}
