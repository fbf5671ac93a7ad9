import { z } from "zod";
import { type Logger, silentLogger } from "../../log.ts";
import { JsonFile } from "../../storage/json-file.ts";
import { type DocumentStore, kvDocument } from "../../storage/kv-document.ts";
import type { KeyValuePort } from "../../storage/port.ts";
import { botFrameworkOnly, type ServiceUrlPolicy, UntrustedServiceUrlError } from "./service-url.ts";

const Account = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

/**
 * What a proactive message needs to reach a conversation (a Bot Framework conversation
 * reference without the activity id: notifications start a new message, they reply to nothing).
 */
export const StoredReference = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
    name: z.string().optional(),
  }),
  bot: Account,
  user: Account.optional(),
  locale: z.string().optional(),
});
export type StoredReference = z.infer<typeof StoredReference>;

/** A card the bot posted (an HR request card), so it can be updated later: where, and its activity id. */
export const PostedCard = z.object({
  reference: StoredReference,
  activityId: z.string().min(1),
});
export type PostedCard = z.infer<typeof PostedCard>;

export const ConversationsFile = z.object({
  version: z.literal(1),
  /** By the user's id as the bot sees it (AAD object id): their one-to-one chat with the bot. */
  users: z.record(z.string(), StoredReference),
  /** By conversation id (a channel without its thread suffix, a group chat, a personal chat). */
  conversations: z.record(z.string(), StoredReference),
  /** The conversation an HR reviewer registered for HR notifications. */
  hrConversationId: z.string().min(1).optional(),
  /** The HR card of each request, by request id. */
  cards: z.record(z.string(), PostedCard).default({}),
});
type StoreFile = z.infer<typeof ConversationsFile>;
/** Where the document is kept in a shared key-value space. */
export const CONVERSATIONS_SPACE = {
  prefix: "teams",
  maps: ["users", "conversations", "cards"],
  scalars: ["hrConversationId"],
} as const;

export type ReferenceKey = { userId: string } | { conversationId: string };

export function emptyStore(): StoreFile {
  return { version: 1, users: {}, conversations: {}, cards: {} };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Where the bot can reach people and HR, kept in one JSON file under DATA_DIR so it survives
 * restarts: conversation references (for proactive messages), the registered HR conversation, and
 * the HR card posted for each request. Every read goes to the file, so the endpoint and the
 * notifier (and other processes) see each other's writes; a write re-reads and changes the file
 * under a lock, and replaces it atomically (temporary file, then rename). Validated when read.
 * A reference whose service URL is not trusted is refused when written and ignored when read (a
 * file written before the check may hold one): the bot never calls it.
 */
export class ConversationReferenceStore {
  private readonly store: DocumentStore<StoreFile>;
  private readonly isTrusted: ServiceUrlPolicy;

  constructor(
    readonly file: string,
    logger: Logger = silentLogger,
    /** `kv`: the PostgreSQL store's key-value space, shared by every instance, instead of the file. */
    options: { isTrusted?: ServiceUrlPolicy; kv?: KeyValuePort } = {},
  ) {
    this.store = options.kv
      ? kvDocument({
          kv: options.kv,
          ...CONVERSATIONS_SPACE,
          schema: ConversationsFile,
          empty: emptyStore,
          logger,
        })
      : new JsonFile(file, ConversationsFile, emptyStore, logger);
    this.isTrusted = options.isTrusted ?? botFrameworkOnly;
  }

  async get(key: ReferenceKey): Promise<StoredReference | undefined> {
    const state = await this.read();
    return this.trusted("userId" in key ? state.users[key.userId] : state.conversations[key.conversationId]);
  }

  /** Records where a conversation is; `userId` also when it is that user's one-to-one chat. */
  async put(reference: StoredReference, options: { userId?: string } = {}): Promise<void> {
    const valid = this.checked(reference);
    return this.change((state) => {
      let changed = false;
      const set = (map: Record<string, StoredReference>, key: string) => {
        if (same(map[key], valid)) return;
        map[key] = valid;
        changed = true;
      };
      set(state.conversations, valid.conversation.id);
      if (options.userId) set(state.users, options.userId);
      return changed;
    });
  }

  /** Makes this conversation the one HR notifications go to. */
  async registerHrConversation(reference: StoredReference): Promise<void> {
    const valid = this.checked(reference);
    const id = valid.conversation.id;
    return this.change((state) => {
      const changed = state.hrConversationId !== id || !same(state.conversations[id], valid);
      state.conversations[id] = valid;
      state.hrConversationId = id;
      return changed;
    });
  }

  /**
   * Where HR notifications go: the registered conversation, else the configured one. A configured
   * conversation the bot has not seen yet is reached through the service of one it has seen
   * (a bot's conversations share their service URL within a tenant).
   */
  async hrConversation(configuredId?: string): Promise<StoredReference | undefined> {
    const state = await this.read();
    const registered = state.hrConversationId && this.trusted(state.conversations[state.hrConversationId]);
    if (registered) return registered;
    if (!configuredId) return undefined;
    const known = this.trusted(state.conversations[configuredId]);
    if (known) return known;
    const references = Object.values(state.conversations).filter((r) => this.isTrusted(r.serviceUrl));
    const model = references.find((r) => r.conversation.conversationType === "channel") ?? references[0];
    if (!model) return undefined;
    return {
      channelId: model.channelId,
      serviceUrl: model.serviceUrl,
      conversation: {
        id: configuredId,
        conversationType: "channel",
        isGroup: true,
        ...(model.conversation.tenantId ? { tenantId: model.conversation.tenantId } : {}),
      },
      bot: model.bot,
    };
  }

  async card(requestId: string): Promise<PostedCard | undefined> {
    const card = (await this.read()).cards[requestId];
    return card && this.trusted(card.reference) ? card : undefined;
  }

  async putCard(requestId: string, card: PostedCard): Promise<void> {
    const valid = PostedCard.parse(card);
    this.checked(valid.reference);
    return this.change((state) => {
      if (same(state.cards[requestId], valid)) return false;
      state.cards[requestId] = valid;
      return true;
    });
  }

  private checked(reference: StoredReference): StoredReference {
    const valid = StoredReference.parse(reference);
    if (!this.isTrusted(valid.serviceUrl)) throw new UntrustedServiceUrlError();
    return valid;
  }

  private trusted(reference: StoredReference | undefined): StoredReference | undefined {
    return reference && this.isTrusted(reference.serviceUrl) ? reference : undefined;
  }

  private change(apply: (state: StoreFile) => boolean): Promise<void> {
    return this.store.update(apply);
  }

  private read(): Promise<StoreFile> {
    return this.store.read();
  }
}
