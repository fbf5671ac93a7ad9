import type { webApi } from "@slack/bolt";
import type { Reply } from "../../../bot/messages.ts";
import { refusalText } from "../../../bot/request-replies.ts";
import { type DecisionResult, decide } from "../hr-decisions.ts";
import { HR_LANG } from "../hr-messages.ts";
import {
  COMMENT_BLOCK,
  COMMENT_CALLBACK,
  CommentMeta,
  commentModal,
  commentOf,
  Decision,
  MODAL_LIMITS,
  metadataOf,
} from "../modals.ts";
import { BlockActions, ButtonAction, ViewSubmission } from "../payloads.ts";
import { REVIEW_ACTION, renderReply } from "../render.ts";
import { escapeMrkdwn, plain } from "../text.ts";
import { afterAck, type Surface, type SurfaceDeps } from "./surface.ts";

/**
 * HR's decision buttons. Only HR reviewers may press them (anyone else is told so, privately, and
 * nothing changes). Approve is decided at once; reject and ask-for-information first ask for the
 * comment in a modal. The outbox then updates the HR message to show who decided (as it does for
 * a decision typed in chat or made in Teams) and tells the requester. A refusal (someone else
 * decided first) is shown to the presser only.
 */
export const reviews: Surface = (app, deps) => {
  const { bot, logger } = deps;

  app.action(REVIEW_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    await afterAck(logger, "review", async () => {
      const press = BlockActions.parse(body);
      const button = ButtonAction.parse(action);
      const [, decisionText, needsComment] = REVIEW_ACTION.exec(button.action_id) ?? [];
      const decision = Decision.parse(decisionText);
      const requestId = button.value ?? "";
      const channel = press.container.channel_id ?? press.channel?.id;
      const user = { id: press.user.id, name: press.user.name ?? press.user.username };
      if (!bot.isHr("slack", user.id)) {
        const refusal = escapeMrkdwn(
          refusalText({ ok: false, reason: "forbidden" }, deps.hrLanguage ?? HR_LANG),
        );
        if (channel) await client.chat.postEphemeral({ channel, user: user.id, text: refusal });
        return;
      }
      if (needsComment) {
        if (!press.trigger_id) return;
        const label = button.text?.text ?? decision;
        const ts = press.container.message_ts;
        const meta: CommentMeta = {
          requestId,
          decision,
          lang: deps.hrLanguage ?? HR_LANG,
          ...(channel ? { channel } : {}),
          ...(ts ? { ts } : {}),
        };
        await client.views.open({ trigger_id: press.trigger_id, view: commentModal({ ...meta, label }) });
        return;
      }
      const result = await decide(deps, { user, requestId, decision, channel });
      await settle(client, deps, result, { channel, ts: press.container.message_ts, user: user.id });
    });
  });

  app.view(COMMENT_CALLBACK, async ({ ack, body, client }) => {
    const submission = ViewSubmission.safeParse(body);
    const meta = submission.success ? metadataOf(CommentMeta, submission.data) : undefined;
    if (!submission.success || !meta) {
      await ack();
      logger.warn("slack comment modal without its metadata; closed");
      return;
    }
    const { user } = submission.data;
    const result = await decide(deps, {
      user: { id: user.id, name: user.name ?? user.username },
      requestId: meta.requestId,
      decision: meta.decision,
      comment: commentOf(submission.data),
      channel: meta.channel,
    });
    if (!result.decided?.recordedNow) {
      await ack({
        response_action: "errors",
        errors: { [COMMENT_BLOCK]: plain(replyText(result.reply), MODAL_LIMITS.label) },
      });
      return;
    }
    await ack();
    await afterAck(logger, "review comment", () =>
      settle(client, deps, result, { channel: meta.channel, ts: meta.ts, user: user.id }),
    );
  });
};

/**
 * After a decision (or a refused one): the presser is answered privately, unless the decision was
 * recorded and they pressed on the request's HR message, which the outbox updates to say it.
 */
async function settle(
  client: webApi.WebClient,
  deps: SurfaceDeps,
  result: DecisionResult,
  pressed: { channel: string | undefined; ts: string | undefined; user: string },
): Promise<void> {
  if (!pressed.channel) return;
  if (result.decided?.recordedNow) {
    const shown = await deps.hrMessages.recall(result.decided.requestId);
    if (shown?.channel === pressed.channel && shown.ts === pressed.ts) return;
  }
  await client.chat.postEphemeral({
    channel: pressed.channel,
    user: pressed.user,
    ...renderReply(result.reply),
  });
}

/** The bot's answer as one line of text (a modal's error shows text only). */
function replyText(reply: Reply): string {
  return reply.parts.flatMap((part) => (part.kind === "paragraph" ? [part.text] : [])).join(" ");
}
