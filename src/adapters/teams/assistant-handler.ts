import { type Activity, ActivityHandler, type TurnContext } from "botbuilder";
import type { Bot } from "../../bot/bot.ts";
import type { Incoming } from "../../bot/messages.ts";
import type { Logger } from "../../log.ts";
import type { ConversationReferenceStore, StoredReference } from "./conversation-store.ts";
import { conversationKind, messageToIncoming, speakerOf, welcomeToIncoming } from "./incoming.ts";
import { replyToActivity } from "./render.ts";

export interface AssistantHandlerDeps {
  bot: Pick<Bot, "handle">;
  references: ConversationReferenceStore;
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

/**
 * The Teams side of the assistant: each message (typed, or a card button) goes to the bot and its
 * reply comes back as an Adaptive Card in the same conversation (in a channel, the same thread);
 * installing the app shows the welcome card. Where each conversation is gets remembered for the
 * notifications of phase two.
 */
export class AssistantActivityHandler extends ActivityHandler {
  constructor(private readonly deps: AssistantHandlerDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.remember(context.activity);
      await this.answer(context, messageToIncoming(context.activity));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (this.shouldWelcome(context.activity)) {
        await this.remember(context.activity);
        await this.answer(context, welcomeToIncoming(context.activity));
      }
      await next();
    });
  }

  private async answer(context: TurnContext, incoming: Incoming): Promise<void> {
    const reply = await this.deps.bot.handle(incoming);
    await context.sendActivity(replyToActivity(reply));
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
