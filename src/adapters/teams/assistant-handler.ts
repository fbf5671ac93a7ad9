import { randomUUID } from "node:crypto";
import { type Activity, ActivityHandler, type TurnContext } from "botbuilder";
import type { Bot } from "../../bot/bot.ts";
import type { Incoming, Locale } from "../../bot/messages.ts";
import { platformCommand, type RegistrationOutcome, registrationReply } from "../../bot/platform-commands.ts";
import type { Logger } from "../../log.ts";
import type { RequestServices } from "../../requests/services.ts";
import type { ProactiveMessenger } from "./cloud.ts";
import type { ConversationReferenceStore, StoredReference } from "./conversation-store.ts";
import { formActivity } from "./form-card.ts";
import { conversationKind, messageToIncoming, speakerOf, welcomeToIncoming } from "./incoming.ts";
import { replyToActivity } from "./render.ts";

export interface AssistantHandlerDeps {
  bot: Pick<Bot, "handle" | "isHr" | "formFor" | "home" | "localeOf">;
  references: ConversationReferenceStore;
  /** Updates HR cards posted by the notifier, wherever the decision is made. */
  messenger: Pick<ProactiveMessenger, "update">;
  /** Present when the assistant takes HR requests (the welcome then shows the user's overview). */
  requests?: Pick<RequestServices, "store">;
  /** The HR channel's language (`HR_LANGUAGE`): a decision on HR's card is shown in it, as the card is. */
  hrLanguage?: Locale;
  logger: Logger;
}

/** A channel message's conversation id names its thread ("…@thread.tacv2;messageid=…"); keep the channel. */
function channelOf(conversationId: string): string {
  return conversationId.split(";messageid=")[0] ?? conversationId;
}

function referenceOf(activity: Partial<Activity>): StoredReference | undefined {
  const { conversation, recipient, from, serviceUrl, channelId } = activity;
  if (!conversation?.id || !recipient?.id || !serviceUrl || !channelId) return undefined;
  return {
    channelId,
    serviceUrl,
    conversation: {
      id: channelOf(conversation.id),
      ...(conversation.conversationType ? { conversationType: conversation.conversationType } : {}),
      ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
      ...(conversation.isGroup !== undefined ? { isGroup: conversation.isGroup } : {}),
    },
    bot: { id: recipient.id, ...(recipient.name ? { name: recipient.name } : {}) },
    ...(from?.id
      ? {
          user: {
            id: from.id,
            ...(from.name ? { name: from.name } : {}),
            ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
          },
        }
      : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}

/** The negotiated locale: the text's own language, the user's remembered choice, `activity.locale`. */
function answerLang(bot: Pick<Bot, "localeOf">, incoming: Incoming): Promise<Locale> {
  return bot.localeOf(incoming.text ?? "", incoming.locale, { platform: "teams", id: incoming.user.id });
}

/**
 * The Teams side of the assistant: each message (typed, a card button, a submitted form card, an
 * HR decision) goes to the bot and its reply comes back as an Adaptive Card in the same
 * conversation (in a channel, the same thread); installing the app shows the welcome card. Where
 * each conversation is gets remembered for notifications.
 */
export class AssistantActivityHandler extends ActivityHandler {
  constructor(private readonly deps: AssistantHandlerDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.remember(context.activity);
      await this.onIncoming(context, messageToIncoming(context.activity));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (this.shouldWelcome(context.activity)) {
        await this.remember(context.activity);
        await this.welcome(context, welcomeToIncoming(context.activity));
      }
      await next();
    });
  }

  private async onIncoming(context: TurnContext, incoming: Incoming): Promise<void> {
    if (incoming.form) return this.submitForm(context, incoming);
    if (incoming.decision) return this.decide(context, incoming, incoming.decision.requestId);
    const command = platformCommand(incoming.text);
    if (command?.kind === "register-hr-channel") return this.registerHrChannel(context, incoming);
    if (command?.kind === "open-form") {
      const submissionId = `teams:${context.activity.id ?? randomUUID()}`;
      const lang = await answerLang(this.deps.bot, { ...incoming, text: command.languageText });
      const form = this.deps.bot.formFor(command.typeText, lang, submissionId);
      if (form) {
        await context.sendActivity(formActivity(form, lang));
        return;
      }
    }
    return this.answer(context, incoming);
  }

  /**
   * What the assistant answers; in a one-to-one chat, when it takes requests, also the user's
   * overview with a button per request type (each opens its form).
   */
  private async welcome(context: TurnContext, incoming: Incoming): Promise<void> {
    const replies = [await this.deps.bot.handle(incoming)];
    if (this.deps.requests && incoming.conversation.kind === "direct") {
      replies.push(
        await this.deps.bot.home("teams", incoming.user, await answerLang(this.deps.bot, incoming)),
      );
    }
    await context.sendActivities(replies.map(replyToActivity));
  }

  /** The reply, and the whole form as a card when the reply starts one (it can also be filled in by text). */
  private async answer(context: TurnContext, incoming: Incoming): Promise<void> {
    const reply = await this.deps.bot.handle(incoming);
    const form = reply.form ? [formActivity(reply.form, reply.lang)] : [];
    await context.sendActivities([replyToActivity(reply), ...form]);
  }

  /** A submitted form card becomes the form again with its errors, or the bot's answer (the new request). */
  private async submitForm(context: TurnContext, incoming: Incoming): Promise<void> {
    const reply = await this.deps.bot.handle(incoming);
    await this.replaceCard(
      context,
      reply.form ? formActivity(reply.form, reply.lang) : replyToActivity(reply),
    );
  }

  /**
   * An HR decision button: the bot checks who may decide and records it. When its reply carries
   * the decision, the request's HR card is updated to show it (without buttons); otherwise the
   * bot's reply (a refusal with its reason) goes to whoever pressed.
   */
  private async decide(context: TurnContext, incoming: Incoming, requestId: string): Promise<void> {
    const { hrLanguage } = this.deps;
    const reply = await this.deps.bot.handle(hrLanguage ? { ...incoming, locale: hrLanguage } : incoming);
    if (reply.decided?.requestId !== requestId || !reply.decided.recordedNow) {
      await context.sendActivity(replyToActivity(reply));
      return;
    }
    const decided = replyToActivity(reply);
    const card = await this.deps.references.card(requestId).catch((error: unknown) => {
      this.deps.logger.error({ err: error }, "could not read the Teams HR card");
      return undefined;
    });
    if (card) {
      try {
        await this.deps.messenger.update(card, decided);
        return;
      } catch (error) {
        this.deps.logger.warn({ err: error, requestId }, "could not update the Teams HR card");
      }
    }
    await this.replaceCard(context, decided);
  }

  private async registerHrChannel(context: TurnContext, incoming: Incoming): Promise<void> {
    const reference = referenceOf(context.activity);
    let outcome: RegistrationOutcome = "registered";
    if (!reference || conversationKind(context.activity) !== "channel") outcome = "not-a-channel";
    else if (!this.deps.bot.isHr("teams", incoming.user.id)) outcome = "not-hr";
    else {
      await this.deps.references.registerHrConversation(reference);
      this.deps.logger.info(
        { conversationType: reference.conversation.conversationType },
        "Teams HR conversation registered",
      );
    }
    await context.sendActivity(
      replyToActivity(registrationReply(outcome, await answerLang(this.deps.bot, incoming))),
    );
  }

  /** Replaces the card whose button was pressed; sends a new message when that cannot be done. */
  private async replaceCard(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const cardId = context.activity.replyToId;
    if (cardId) {
      try {
        await context.updateActivity({ ...activity, id: cardId });
        return;
      } catch (error) {
        this.deps.logger.warn({ err: error }, "could not update the Teams card; sending a new one");
      }
    }
    await context.sendActivity(activity);
  }

  /**
   * Welcome when the app is installed (the bot joins a chat, team or group chat), and when a
   * person joins their one-to-one chat with it; not every time someone joins a team.
   */
  private shouldWelcome(activity: Partial<Activity>): boolean {
    const botId = activity.recipient?.id;
    const added = activity.membersAdded ?? [];
    return (
      added.some((member) => member.id === botId) ||
      (conversationKind(activity) === "direct" && added.some((member) => member.id !== botId))
    );
  }

  /** A lost reference only delays notifications until the next message: never fail the answer. */
  private async remember(activity: Partial<Activity>): Promise<void> {
    const reference = referenceOf(activity);
    if (!reference) return;
    const direct = conversationKind(activity) === "direct";
    try {
      await this.deps.references.put(reference, direct ? { userId: speakerOf(activity).id } : {});
    } catch (error) {
      this.deps.logger.error({ err: error }, "could not store the Teams conversation reference");
    }
  }
}
