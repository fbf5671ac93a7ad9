import type { RespondFn } from "@slack/bolt";
import type { Bot } from "../../../bot/bot.ts";
import type { Locale } from "../../../bot/messages.ts";
import { slashRequest } from "../../../bot/platform-commands.ts";
import { t } from "../../../i18n/messages.ts";
import { errorFields } from "../log.ts";
import { SlashCommand } from "../payloads.ts";
import { renderReply, sections } from "../render.ts";
import { escapeMrkdwn, fromSlackText } from "../text.ts";
import { openRequestForm, requestFormButtons } from "./request-forms.ts";
import { afterAck, conversationOf, kindOf, localeOf, type Surface, userOf } from "./surface.ts";

export const HR_COMMAND = "/hr";
/** `/hr` alone asks for help, as `/hr help` does. */
const HELP = "help";

/**
 * `/hr <question>`: answered privately (ephemeral), visible to the person who asked only.
 * Everything after the command goes to the bot as typed (requests are the bot's to understand),
 * except `/hr request <type>`, which opens the request form as a modal.
 */
export const command: Surface = (app, deps) => {
  const { bot, logger } = deps;
  app.command(HR_COMMAND, async ({ ack, command: payload, respond, client }) => {
    await ack();
    await afterAck(logger, "command", async () => {
      const { text: raw, user_id, user_name, channel_id, trigger_id } = SlashCommand.parse(payload);
      const text = fromSlackText(raw);
      const locale = await localeOf(deps, client, user_id);
      // `/hr request <type>` (`demande`, `solicitud`, `申请`) opens the type's form in a modal;
      // alone it lists the types. The words are understanding's (`slashRequest`).
      const request = slashRequest(text);
      if (request) {
        const { typeText } = request;
        // The command's word says nothing of the user's language; the type's name may ("弹性工作").
        const lang = await bot.localeOf(typeText || text, locale.locale, { platform: "slack", id: user_id });
        try {
          const form = { triggerId: trigger_id, typeText, lang, channel: user_id };
          if (typeText && (await openRequestForm(client, bot, form))) return;
        } catch (error) {
          // Most often the trigger expired (Slack was slow to deliver the command): the user may retry.
          logger.warn({ error: errorFields(error) }, "slack request form not opened");
          await respond({ response_type: "ephemeral", text: escapeMrkdwn(t(lang, "adapter.formNotOpened")) });
          return;
        }
        await offerRequestForms(bot, respond, user_id, lang);
        return;
      }
      const reply = await bot.handle({
        platform: "slack",
        user: userOf(user_id, user_name),
        conversation: conversationOf({ channel: channel_id, kind: kindOf(channel_id) }),
        text: text || HELP,
        ...locale,
      });
      await respond({ response_type: "ephemeral", ...renderReply(reply) });
    });
  });
};

/** The request types as buttons that open their forms (the types are the bot's quick actions). */
async function offerRequestForms(bot: Bot, respond: RespondFn, user: string, lang: Locale): Promise<void> {
  const overview = await bot.home("slack", { id: user }, lang);
  await respond({
    response_type: "ephemeral",
    text: escapeMrkdwn(t(lang, "adapter.chooseRequest")),
    blocks: [
      ...sections(escapeMrkdwn(t(lang, "adapter.chooseRequest"))),
      ...requestFormButtons(bot, overview.suggestions, lang),
    ],
  });
}
