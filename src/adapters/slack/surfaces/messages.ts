import type { webApi } from "@slack/bolt";
import { AppMentionEvent, MessageEvent } from "../payloads.ts";
import { fromSlackText } from "../text.ts";
import { JoinedThreads } from "../threads.ts";
import {
  afterAck,
  answerIn,
  conversationOf,
  localeOf,
  type Surface,
  type SurfaceDeps,
  type Where,
} from "./surface.ts";

interface Typed {
  user: string;
  text: string;
  botUserId: string | undefined;
}

/**
 * Direct messages and @mentions in channels: the same answers as the console. In a channel the
 * answer goes in the mention's thread, and later replies in that thread are answered without a
 * new mention.
 */
export const messages: Surface = (app, deps) => {
  const threads = new JoinedThreads();
  app.event("message", async ({ event, context, client }) => {
    const message = MessageEvent.safeParse(event);
    if (!message.success) return;
    const { channel_type, subtype, bot_id, channel, user, text, ts, thread_ts } = message.data;
    // Only what a person typed: not edits, deletions, joins, files or other bots.
    if (subtype !== undefined || bot_id !== undefined) return;
    if (channel_type === "im") {
      const where: Where = { channel, kind: "direct", threadTs: thread_ts };
      await answerTyped(deps, client, where, { user, text, botUserId: context.botUserId });
      return;
    }
    // In a channel: a reply in a thread the bot is in. A mention comes as app_mention as well.
    const mentioned = context.botUserId !== undefined && text.includes(`<@${context.botUserId}`);
    if (!thread_ts || thread_ts === ts || mentioned || !threads.has(channel, thread_ts)) return;
    const where: Where = { channel, kind: "channel", threadTs: thread_ts };
    await answerTyped(deps, client, where, { user, text, botUserId: context.botUserId });
  });

  app.event("app_mention", async ({ event, context, client }) => {
    const mention = AppMentionEvent.safeParse(event);
    if (!mention.success || mention.data.bot_id !== undefined) return;
    const { channel, user, text, ts, thread_ts } = mention.data;
    const where: Where = { channel, kind: "channel", threadTs: thread_ts ?? ts };
    threads.join(channel, thread_ts ?? ts);
    await answerTyped(deps, client, where, { user, text, botUserId: context.botUserId });
  });
};

function answerTyped(deps: SurfaceDeps, client: webApi.WebClient, where: Where, typed: Typed) {
  return afterAck(deps.logger, where.kind === "direct" ? "direct message" : "mention", async () =>
    answerIn(client, deps.bot, where, {
      platform: "slack",
      user: { id: typed.user },
      conversation: conversationOf(where),
      text: fromSlackText(typed.text, typed.botUserId),
      ...(await localeOf(deps, client, typed.user)),
    }),
  );
}
