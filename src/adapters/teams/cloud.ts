import path from "node:path";
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
} from "botbuilder";
import type { Config } from "../../config.ts";
import type { Logger } from "../../log.ts";
import { ConversationReferenceStore, type PostedCard, type StoredReference } from "./conversation-store.ts";

export type TeamsConfig = Pick<
  Config,
  | "NODE_ENV"
  | "DATA_DIR"
  | "MicrosoftAppId"
  | "MicrosoftAppPassword"
  | "MicrosoftAppType"
  | "MicrosoftAppTenantId"
  | "TEAMS_HR_CONVERSATION_ID"
>;

/**
 * The Bot Framework adapter for this app's credentials. Without an app id it neither checks
 * incoming tokens nor sends any (local testing against the Agents Playground or a fake connector).
 */
export function createCloudAdapter(config: TeamsConfig): CloudAdapter {
  return new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    }),
  );
}

/** The endpoint and the notifier share one file: each reads it afresh, so they see each other's writes. */
export function conversationStore(
  config: Pick<Config, "DATA_DIR">,
  logger: Logger,
): ConversationReferenceStore {
  return new ConversationReferenceStore(path.join(config.DATA_DIR, "teams-conversations.json"), logger);
}

function conversationReference(stored: StoredReference): Partial<ConversationReference> {
  const { conversation, bot, user } = stored;
  const isGroup = conversation.isGroup ?? false;
  return {
    channelId: stored.channelId,
    serviceUrl: stored.serviceUrl,
    conversation: {
      ...conversation,
      isGroup,
      conversationType: conversation.conversationType ?? (isGroup ? "channel" : "personal"),
      name: conversation.name ?? "",
    },
    bot: { ...bot, name: bot.name ?? "" },
    ...(user ? { user: { ...user, name: user.name ?? "" } } : {}),
    ...(stored.locale ? { locale: stored.locale } : {}),
  };
}

/**
 * Messages the bot starts itself (notifications) and updates to cards it posted earlier, through
 * CloudAdapter.continueConversationAsync. Its adapter has no turn-error handler, so a failure
 * (the connector down, a 4xx/5xx) rejects the promise and the caller decides: the outbox retries.
 * Bot Framework needs the app id as the claims' audience; without one (local testing) it is ""
 * and no token is fetched, so the stored reference's serviceUrl is called as is.
 */
export class ProactiveMessenger {
  private readonly adapter: CloudAdapter;
  private readonly appId: string;

  constructor(config: TeamsConfig) {
    this.adapter = createCloudAdapter(config);
    this.appId = config.MicrosoftAppId ?? "";
  }

  /** Posts a new message to the conversation; resolves with its activity id. */
  async send(to: StoredReference, activity: Partial<Activity>): Promise<string | undefined> {
    let id: string | undefined;
    await this.adapter.continueConversationAsync(this.appId, conversationReference(to), async (context) => {
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  /** Replaces a card posted earlier (PUT …/activities/{activityId}). */
  async update(card: PostedCard, activity: Partial<Activity>): Promise<void> {
    await this.adapter.continueConversationAsync(
      this.appId,
      conversationReference(card.reference),
      async (context) => {
        await context.updateActivity({ ...activity, id: card.activityId });
      },
    );
  }
}
