import type { webApi } from "@slack/bolt";
import type { ContextBlock } from "@slack/types";
import type { AnswerLang, Reply, ReviewDecision } from "../../bot/messages.ts";
import type { HistoryEntry, RequestRecord } from "../../requests/model.ts";
import { statusText } from "../../requests/views.ts";
import type { HrMessage } from "./hr-messages.ts";
import { Decision } from "./modals.ts";
import { REVIEW_BLOCK } from "./render.ts";
import { kindOf, type SurfaceDeps, userOf } from "./surfaces/surface.ts";
import { mrkdwn } from "./text.ts";

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,30}$/;

export interface DecisionPress {
  user: { id: string; name?: string | undefined };
  requestId: string;
  decision: ReviewDecision;
  comment?: string;
  /** The channel of the message whose button was pressed. */
  channel?: string | undefined;
}

export interface DecisionResult {
  /** What the bot answered: the confirmation or its refusal. */
  reply: Reply;
  /** The request as it is now, when it can be read. */
  record?: RequestRecord | undefined;
  /** Whether the request now carries this user's decision (a repeated press counts). */
  decided: boolean;
}

/** Hands an HR decision to the bot, then reads the request to see who has decided it. */
export async function decide({ bot, requests }: SurfaceDeps, press: DecisionPress): Promise<DecisionResult> {
  const { user, requestId, decision, comment, channel } = press;
  const reply = await bot.handle({
    platform: "slack",
    user: userOf(user.id, user.name),
    conversation: channel ? { id: channel, kind: kindOf(channel) } : { id: user.id, kind: "direct" },
    decision: { requestId, decision, ...(comment ? { comment } : {}) },
  });
  const found = await requests?.workflow.get(requestId, { platform: "slack", userId: user.id });
  const record = found?.ok ? found.request : undefined;
  const last = record?.history.at(-1);
  const decided = last?.action === decision && last.by.platform === "slack" && last.by.userId === user.id;
  return { reply, record, decided };
}

/**
 * Shows a request's decision on its HR-channel message: the same content, with the buttons
 * replaced by who decided and their comment. Returns the message updated, if there was one.
 */
export async function showDecision(
  client: webApi.WebClient,
  { hrMessages }: SurfaceDeps,
  record: RequestRecord | undefined,
  lang: AnswerLang,
): Promise<HrMessage | undefined> {
  const last = record?.history.at(-1);
  if (!record || !last || !Decision.safeParse(last.action).success) return undefined;
  const message = await hrMessages.recall(record.id);
  if (!message) return undefined;
  await client.chat.update({
    channel: message.channel,
    ts: message.ts,
    text: message.text,
    blocks: [...message.blocks.filter((b) => b.block_id !== REVIEW_BLOCK), decisionContext(last, lang)],
  });
  await hrMessages.forget(record.id);
  return message;
}

/** "Approved by @Ana — enjoy the course": a Slack user as a mention, anyone else by name. */
export function decisionContext(entry: HistoryEntry, lang: AnswerLang): ContextBlock {
  const { by } = entry;
  const who =
    by.platform === "slack" && SLACK_USER_ID.test(by.userId)
      ? `<@${by.userId}>`
      : mrkdwn(by.name ?? by.userId, 200);
  const status = statusText(entry.status, lang);
  const line =
    lang === "zh" ? `${who}：${status}` : `${status.charAt(0).toUpperCase()}${status.slice(1)} by ${who}`;
  const comment = entry.comment ? ` — ${mrkdwn(entry.comment, 2500)}` : "";
  return { type: "context", elements: [{ type: "mrkdwn", text: `${line}${comment}` }] };
}
