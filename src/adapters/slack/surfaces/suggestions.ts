import type { Incoming } from "../../../bot/messages.ts";
import { BlockActions, ButtonAction } from "../payloads.ts";
import { renderReply, SUGGESTION_ACTION } from "../render.ts";
import {
  afterAck,
  answerIn,
  conversationOf,
  kindOf,
  localeOf,
  type Surface,
  userOf,
  type Where,
} from "./surface.ts";

/**
 * A suggested follow-up pressed: its message is asked as if typed, and answered where the
 * button was: in the same channel thread or direct message, privately again under a private
 * (ephemeral) answer, and in the direct messages for a button on the Home tab.
 */
export const suggestions: Surface = (app, deps) => {
  const { bot, logger } = deps;
  app.action(SUGGESTION_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    await afterAck(logger, "suggestion", async () => {
      const press = BlockActions.parse(body);
      const button = ButtonAction.parse(action);
      const { container, user } = press;
      const channel = container.channel_id ?? press.channel?.id;
      const where: Where =
        container.type === "view" || !channel
          ? { channel: user.id, kind: "direct" }
          : { channel, kind: kindOf(channel), threadTs: container.thread_ts ?? press.message?.thread_ts };
      const incoming: Incoming = {
        platform: "slack",
        user: userOf(user.id, user.name ?? user.username),
        conversation: conversationOf(where),
        action: { id: button.action_id, ...(button.value ? { value: button.value } : {}) },
        ...(await localeOf(deps, client, user.id)),
      };
      if (container.is_ephemeral) {
        const { text, blocks } = renderReply(await bot.handle(incoming));
        await respond({ response_type: "ephemeral", replace_original: false, text, blocks });
      } else {
        await answerIn(client, bot, where, incoming);
      }
    });
  });
};
