import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { type Logger, silentLogger } from "../../log.ts";

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

const StoreFile = z.object({
  version: z.literal(1),
  /** By the user's id as the bot sees it (AAD object id): their one-to-one chat with the bot. */
  users: z.record(z.string(), StoredReference),
  /** By conversation id (a channel without its thread suffix, a group chat, a personal chat). */
  conversations: z.record(z.string(), StoredReference),
});
type StoreFile = z.infer<typeof StoreFile>;

export type ReferenceKey = { userId: string } | { conversationId: string };

/**
 * Conversation references for proactive messages (request notifications), kept in one JSON file
 * so they survive restarts. Written atomically (temporary file, then rename) and one write at a
 * time; validated when read back. Written only when something changed.
 */
export class ConversationReferenceStore {
  private state: Promise<StoreFile> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly logger: Logger = silentLogger,
  ) {}

  async get(key: ReferenceKey): Promise<StoredReference | undefined> {
    const state = await this.load();
    return "userId" in key ? state.users[key.userId] : state.conversations[key.conversationId];
  }

  /** Records where a conversation is; `userId` also when it is that user's one-to-one chat. */
  async put(reference: StoredReference, options: { userId?: string } = {}): Promise<void> {
    const state = await this.load();
    const valid = StoredReference.parse(reference);
    let changed = false;
    const set = (map: Record<string, StoredReference>, key: string) => {
      if (JSON.stringify(map[key]) === JSON.stringify(valid)) return;
      map[key] = valid;
      changed = true;
    };
    set(state.conversations, valid.conversation.id);
    if (options.userId) set(state.users, options.userId);
    if (changed) await this.save(state);
  }

  private load(): Promise<StoreFile> {
    // A failed read (not a missing file) is retried on the next call rather than remembered.
    this.state ??= this.read().catch((error: unknown) => {
      this.state = undefined;
      throw error;
    });
    return this.state;
  }

  private async read(): Promise<StoreFile> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        return { version: 1, users: {}, conversations: {} };
      throw error;
    }
    const parsed = StoreFile.safeParse(safeJson(text));
    if (parsed.success) return parsed.data;
    // Keep the unreadable file for inspection; the store starts again as users write to the bot.
    const aside = `${this.file}.invalid-${Date.now()}`;
    await rename(this.file, aside);
    this.logger.error({ file: this.file, movedTo: aside }, "unreadable Teams conversation store set aside");
    return { version: 1, users: {}, conversations: {} };
  }

  private save(state: StoreFile): Promise<void> {
    const snapshot = `${JSON.stringify(state, null, 2)}\n`;
    const write = async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.${randomUUID()}.tmp`;
      await writeFile(temporary, snapshot, "utf8");
      await rename(temporary, this.file);
    };
    // One write after another, so an older snapshot never replaces a newer one.
    this.writing = this.writing.catch(() => undefined).then(write);
    return this.writing;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
