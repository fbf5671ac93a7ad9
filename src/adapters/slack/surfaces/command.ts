import { SlashCommand } from "../payloads.ts";
import { renderReply } from "../render.ts";
import { fromSlackText } from "../text.ts";
import { afterAck, conversationOf, kindOf, type Surface, userOf } from "./surface.ts";

export const HR_COMMAND = "/hr";
/** `/hr` alone asks for help, as `/hr help` does. */
const HELP = "help";

/**
 * `/hr <question>`: answered privately (ephemeral), visible to the person who asked only.
 * Everything after the command goes to the bot as typed (requests are the bot's to understand).
 */
export const command: Surface = (app, { bot, logger }) => {
  app.command(HR_COMMAND, async ({ ack, command: payload, respond }) => {
    await ack();
    await afterAck(logger, "command", async () => {
      const { text, user_id, user_name, channel_id } = SlashCommand.parse(payload);
      const reply = await bot.handle({
        platform: "slack",
        user: userOf(user_id, user_name),
        conversation: conversationOf({ channel: channel_id, kind: kindOf(channel_id) }),
        text: fromSlackText(text) || HELP,
      });
      await respond({ response_type: "ephemeral", ...renderReply(reply) });
    });
  });
};
