import type { ContextBlock } from "@slack/types";
import type { ButtonDecision, DecisionView, Reply } from "../../bot/messages.ts";
import { kindOf, type SurfaceDeps, userOf } from "./surfaces/surface.ts";
import { mrkdwn } from "./text.ts";

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,30}$/;

export interface DecisionPress {
  user: { id: string; name?: string | undefined };
  requestId: string;
  decision: ButtonDecision;
  comment?: string;
  /** The channel of the message whose button was pressed. */
  channel?: string | undefined;
}

export interface DecisionResult {
  /** What the bot answered: the confirmation or its refusal. */
  reply: Reply;
  /** The request's decision: recorded by this press (`recordedNow`), or made before it. */
  decided?: DecisionView | undefined;
}

/** Hands an HR decision to the bot; its reply says whether it recorded it, or what was decided before. */
export async function decide({ bot }: SurfaceDeps, press: DecisionPress): Promise<DecisionResult> {
  const { user, requestId, decision, comment, channel } = press;
  const reply = await bot.handle({
    platform: "slack",
    user: userOf(user.id, user.name),
    conversation: channel ? { id: channel, kind: kindOf(channel) } : { id: user.id, kind: "direct" },
    decision: { requestId, decision, ...(comment ? { comment } : {}) },
  });
  return { reply, decided: reply.decided?.requestId === requestId ? reply.decided : undefined };
}

/** "Approved by @Ana — enjoy the course": a Slack user as a mention, anyone else by name. */
export function decisionContext(decided: DecisionView): ContextBlock {
  const { by } = decided;
  const who =
    by.platform === "slack" && SLACK_USER_ID.test(by.userId)
      ? `<@${by.userId}>`
      : mrkdwn(by.name ?? by.userId, 200);
  const status = decided.statusText;
  const line = /\p{Script=Han}/u.test(status)
    ? `${who}：${status}`
    : `${status.charAt(0).toUpperCase()}${status.slice(1)} by ${who}`;
  const comment = decided.comment ? ` — ${mrkdwn(decided.comment, 2500)}` : "";
  return { type: "context", elements: [{ type: "mrkdwn", text: `${line}${comment}` }] };
}
