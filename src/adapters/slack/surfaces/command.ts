import type { RespondFn } from "@slack/bolt";
import type { Bot } from "../../../bot/bot.ts";
import type { AnswerLang } from "../../../bot/messages.ts";
import { answerLanguage, detectLanguage } from "../../../nlu/language.ts";
import { errorFields } from "../log.ts";
import { SlashCommand } from "../payloads.ts";
import { renderReply, sections } from "../render.ts";
import { escapeMrkdwn, fromSlackText } from "../text.ts";
import { openRequestForm, requestFormButtons } from "./request-forms.ts";
import { afterAck, conversationOf, kindOf, type Surface, userOf } from "./surface.ts";

export const HR_COMMAND = "/hr";
/** `/hr` alone asks for help, as `/hr help` does. */
const HELP = "help";
/** `/hr request <type>` opens the type's form in a modal; `/hr request` alone lists the types. */
const REQUEST = /^(?:request|申请)(?:\s+([\s\S]*))?$/i;

const NOT_OPENED: Record<AnswerLang, string> = {
  en: "Sorry, the form could not be opened. Please try again in a moment.",
  zh: "抱歉，申请表未能打开，请稍后再试。",
};

const CHOOSE: Record<AnswerLang, string> = {
  en: "Which request would you like to make? Choose one to open its form.",
  zh: "您要提交哪种申请？请选择，打开申请表。",
};

/**
 * `/hr <question>`: answered privately (ephemeral), visible to the person who asked only.
 * Everything after the command goes to the bot as typed (requests are the bot's to understand),
 * except `/hr request <type>`, which opens the request form as a modal.
 */
export const command: Surface = (app, { bot, logger }) => {
  app.command(HR_COMMAND, async ({ ack, command: payload, respond, client }) => {
    await ack();
    await afterAck(logger, "command", async () => {
      const { text: raw, user_id, user_name, channel_id, trigger_id } = SlashCommand.parse(payload);
      const text = fromSlackText(raw);
      const request = REQUEST.exec(text);
      if (request) {
        const lang = answerLanguage(detectLanguage(text));
        const typeText = request[1]?.trim() ?? "";
        try {
          const form = { triggerId: trigger_id, typeText, lang, channel: user_id };
          if (typeText && (await openRequestForm(client, bot, form))) return;
        } catch (error) {
          // Most often the trigger expired (Slack was slow to deliver the command): the user may retry.
          logger.warn({ error: errorFields(error) }, "slack request form not opened");
          await respond({ response_type: "ephemeral", text: escapeMrkdwn(NOT_OPENED[lang]) });
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
      });
      await respond({ response_type: "ephemeral", ...renderReply(reply) });
    });
  });
};

/** The request types as buttons that open their forms (the types are the bot's quick actions). */
async function offerRequestForms(
  bot: Bot,
  respond: RespondFn,
  user: string,
  lang: AnswerLang,
): Promise<void> {
  const overview = await bot.home("slack", { id: user }, lang);
  await respond({
    response_type: "ephemeral",
    text: escapeMrkdwn(CHOOSE[lang]),
    blocks: [...sections(escapeMrkdwn(CHOOSE[lang])), ...requestFormButtons(bot, overview.suggestions, lang)],
  });
}
