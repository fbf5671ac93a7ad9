import path from "node:path";
import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import type { Config } from "../../config.ts";
import type { Logger } from "../../log.ts";
import type { KeyValuePort } from "../../storage/port.ts";
import { ConversationReferenceStore, type PostedCard, type StoredReference } from "./conversation-store.ts";
import { type ServiceUrlPolicy, serviceUrlPolicy, UntrustedServiceUrlError } from "./service-url.ts";

export type TeamsConfig = Pick<
  Config,
  | "NODE_ENV"
  | "DATA_DIR"
  | "MicrosoftAppId"
  | "MicrosoftAppPassword"
  | "MicrosoftAppType"
  | "MicrosoftAppTenantId"
  | "TEAMS_HR_CONVERSATION_ID"
  | "TEAMS_LOCAL_UNAUTHENTICATED"
  | "TEAMS_TRUSTED_SERVICE_URLS"
> &
  Partial<Pick<Config, "HR_LANGUAGE">>;

/** botframework-connector's types, through botbuilder (the dependency this project declares). */
type Authentication = ConfigurationBotFrameworkAuthentication;
export type AuthenticateRequestResult = Awaited<ReturnType<Authentication["authenticateRequest"]>>;

/** Where Bot Framework signing keys are published; tests point it at a local fake. */
export interface AuthEndpoints {
  openIdMetadataUrl?: string;
}

/**
 * CloudAdapter with its turn entry point opened up, so the endpoint can authenticate a request
 * and check it itself before any turn runs, instead of `process`, which writes botbuilder's error
 * text into the response and its stack traces onto the console.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  constructor(readonly authentication: Authentication) {
    super(authentication);
  }

  runTurn(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/**
 * The Bot Framework adapter for this app's credentials. Without an app id it neither checks
 * incoming tokens nor sends any (local testing against the Agents Playground or a fake connector).
 */
export function createCloudAdapter(config: TeamsConfig, endpoints: AuthEndpoints = {}): TeamsCloudAdapter {
  const metadata = endpoints.openIdMetadataUrl;
  return new TeamsCloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      ...(metadata ? publicCloudWithKeysAt(metadata) : {}),
    }),
  );
}

/**
 * Overriding one endpoint makes botbuilder expect all of them (it then takes no defaults): the
 * public cloud's (botframework-connector's AuthenticationConstants), with the keys published elsewhere.
 */
function publicCloudWithKeysAt(metadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
    ToBotFromChannelTokenIssuer: "https://api.botframework.com",
    ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
    ToChannelFromBotOAuthScope: "https://api.botframework.com",
    OAuthUrl: "https://api.botframework.com",
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

/** The service URLs this deployment may call: the Bot Framework's, and those configured. */
export function trustedServiceUrls(config: Pick<Config, "TEAMS_TRUSTED_SERVICE_URLS">): ServiceUrlPolicy {
  return serviceUrlPolicy(config.TEAMS_TRUSTED_SERVICE_URLS);
}

/** The endpoint and the notifier share one file: each reads it afresh, so they see each other's writes. */
export function conversationStore(
  config: Pick<Config, "DATA_DIR" | "TEAMS_TRUSTED_SERVICE_URLS">,
  logger: Logger,
  kv?: KeyValuePort,
): ConversationReferenceStore {
  return new ConversationReferenceStore(path.join(config.DATA_DIR, "teams-conversations.json"), logger, {
    isTrusted: trustedServiceUrls(config),
    ...(kv && { kv }),
  });
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
 * and no token is fetched. Either way only a trusted service URL is called: any other rejects.
 */
export class ProactiveMessenger {
  private readonly adapter: CloudAdapter;
  private readonly appId: string;
  private readonly isTrusted: ServiceUrlPolicy;

  constructor(config: TeamsConfig) {
    this.adapter = createCloudAdapter(config);
    this.appId = config.MicrosoftAppId ?? "";
    this.isTrusted = trustedServiceUrls(config);
  }

  /** Posts a new message to the conversation; resolves with its activity id. */
  async send(to: StoredReference, activity: Partial<Activity>): Promise<string | undefined> {
    this.refuseUntrusted(to);
    let id: string | undefined;
    await this.adapter.continueConversationAsync(this.appId, conversationReference(to), async (context) => {
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  /** Replaces a card posted earlier (PUT …/activities/{activityId}). */
  async update(card: PostedCard, activity: Partial<Activity>): Promise<void> {
    this.refuseUntrusted(card.reference);
    await this.adapter.continueConversationAsync(
      this.appId,
      conversationReference(card.reference),
      async (context) => {
        await context.updateActivity({ ...activity, id: card.activityId });
      },
    );
  }

  private refuseUntrusted(reference: StoredReference): void {
    if (!this.isTrusted(reference.serviceUrl)) throw new UntrustedServiceUrlError();
  }
}
