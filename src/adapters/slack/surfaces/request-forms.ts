import type { webApi } from "@slack/bolt";
import type { ActionsBlock, Button } from "@slack/types";
import type { Bot } from "../../../bot/bot.ts";
import type { Locale, Suggestion } from "../../../bot/messages.ts";
import { INTL_TAG } from "../../../i18n/locale.ts";
import { FORM_CALLBACK, FormMeta, formErrors, formModal, formValues, metadataOf } from "../modals.ts";
import { BlockActions, ButtonAction, ViewSubmission } from "../payloads.ts";
import { LIMITS, renderReply } from "../render.ts";
import { plain } from "../text.ts";
import { afterAck, type Surface, userOf } from "./surface.ts";

/** A button that opens a request type's modal: "open-form:flexible-work"; its value is the language. */
const OPEN_FORM_ACTION = /^open-form:([a-z-]{1,60})$/;
const ModalLang = FormMeta.shape.lang;
/** The locale that makes the bot answer a submitted form (which has no text) in the modal's language. */
const LOCALE = INTL_TAG;
/** The bot's word for a submitted form with errors to show by field. */
const FORM_ERRORS = "request_form_errors";

/**
 * Opens the modal of the request type `typeText` names ("flexible-work", "flexible work", "弹性工作"),
 * answering later in `channel`; false when the words name no type. Called right after the ack:
 * a trigger id expires after 3 seconds.
 */
export async function openRequestForm(
  client: webApi.WebClient,
  bot: Bot,
  {
    triggerId,
    typeText,
    lang,
    channel,
  }: { triggerId: string; typeText: string; lang: Locale; channel: string },
): Promise<boolean> {
  // The view's id, known once it is open, is the submission id; the trigger id stands in until then.
  const form = bot.formFor(typeText, lang, triggerId);
  if (!form) return false;
  await client.views.open({
    trigger_id: triggerId,
    view: formModal(form, { type: form.type, lang, channel }),
  });
  return true;
}

/** The suggestions that name a request type, as buttons opening its modal (the others are left out). */
export function requestFormButtons(bot: Bot, suggestions: Suggestion[], lang: Locale): ActionsBlock[] {
  const buttons: Button[] = [];
  for (const suggestion of suggestions) {
    const form = bot.formFor(suggestion.message, lang, "button");
    if (!form || buttons.some((b) => b.action_id === `open-form:${form.type}`)) continue;
    buttons.push({
      type: "button",
      action_id: `open-form:${form.type}`,
      text: { type: "plain_text", text: plain(suggestion.label, LIMITS.buttonText), emoji: false },
      value: lang,
    });
  }
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerActions) {
    blocks.push({ type: "actions", elements: buttons.slice(i, i + LIMITS.buttonsPerActions) });
  }
  return blocks;
}

/**
 * Request modals: opened from a request button (Home tab, the /hr request menu), submitted whole
 * to the bot. Errors are shown by the inputs they concern; a request made is confirmed by
 * direct message, through the outbox. The view id is the submission id, so a submission sent twice makes one request.
 */
export const requestForms: Surface = (app, { bot, logger }) => {
  app.action(OPEN_FORM_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    await afterAck(logger, "request button", async () => {
      const press = BlockActions.parse(body);
      const button = ButtonAction.parse(action);
      const type = OPEN_FORM_ACTION.exec(button.action_id)?.[1];
      if (!type || !press.trigger_id) return;
      await openRequestForm(client, bot, {
        triggerId: press.trigger_id,
        typeText: type,
        lang: ModalLang.catch("en").parse(button.value),
        channel: press.user.id,
      });
    });
  });

  app.view(FORM_CALLBACK, async ({ ack, body, client }) => {
    const submission = ViewSubmission.safeParse(body);
    const meta = submission.success ? metadataOf(FormMeta, submission.data) : undefined;
    if (!submission.success || !meta) {
      await ack();
      logger.warn("slack request form without its metadata; closed");
      return;
    }
    const { user, view } = submission.data;
    const incoming = {
      platform: "slack" as const,
      user: userOf(user.id, user.name ?? user.username),
      conversation: { id: meta.channel, kind: "direct" as const },
      locale: LOCALE[meta.lang],
      form: {
        type: meta.type,
        values: formValues(submission.data),
        submissionId: view.id,
        confirmLater: true,
      },
    };
    // Slack allows 3 seconds: errors (cheap to find) are answered in the ack; a valid form is
    // acknowledged first and recorded after, and its confirmation comes through the outbox.
    const errors = bot.checkForm(incoming);
    if (errors?.intent === FORM_ERRORS && errors.form) {
      await ack({ response_action: "errors", errors: formErrors(errors.form.errors, submission.data) });
      return;
    }
    await ack();
    await afterAck(logger, "request form", async () => {
      const reply = await bot.handle(incoming);
      if (reply.delivered === "outbox") return;
      // Not recorded (or not a request at all): the user hears why, as the modal has closed.
      await client.chat.postMessage({ channel: meta.channel, ...renderReply(reply) });
    });
  });
};
