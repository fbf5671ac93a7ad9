import type { webApi } from "@slack/bolt";
import { AppMentionEvent, MessageEvent } from "../payloads.ts";
import { fromSlackText } from "../text.ts";
import { afterAck, answerIn, conversationOf, type Surface, type SurfaceDeps, type Where } from "./surface.ts";

interface Typed {
  user: string;
  text: string;
  botUserId: string | undefined;
}

/**
 * Direct messages and @mentions in channels: the same answers as the console. In a channel the
 * answer goes in the mention's thread.
 */
export const messages: Surface = (app, deps) => {
  app.event("message", async ({ event, context, client }) => {
    const message = MessageEvent.safeParse(event);
    if (!message.success) return;
    const { channel_type, subtype, bot_id, channel, user, text, thread_ts } = message.data;
    // Only what a person typed to the bot: not edits, deletions, joins, files or other bots.
    if (channel_type !== "im" || subtype !== undefined || bot_id !== undefined) return;
    const where: Where = { channel, kind: "direct", threadTs: thread_ts };
    await answerTyped(deps, client, where, { user, text, botUserId: context.botUserId });
  });

  app.event("app_mention", async ({ event, context, client }) => {
    const mention = AppMentionEvent.safeParse(event);
    if (!mention.success || mention.data.bot_id !== undefined) return;
    const { channel, user, text, ts, thread_ts } = mention.data;
    const where: Where = { channel, kind: "channel", threadTs: thread_ts ?? ts };
    await answerTyped(deps, client, where, { user, text, botUserId: context.botUserId });
  });
};

function answerTyped({ bot, logger }: SurfaceDeps, client: webApi.WebClient, where: Where, typed: Typed) {
  return afterAck(logger, where.kind === "direct" ? "direct message" : "mention", () =>
    answerIn(client, bot, where, {
      platform: "slack",
      user: { id: typed.user },
      conversation: conversationOf(where),
      text: fromSlackText(typed.text, typed.botUserId),
    }),
  );
}
