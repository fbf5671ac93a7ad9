import path from "node:path";
import type { KnownBlock } from "@slack/types";
import { z } from "zod";
import type { Locale } from "../../bot/messages.ts";
import type { Logger } from "../../log.ts";
import { JsonFile } from "../../storage/json-file.ts";
import { type DocumentStore, kvDocument } from "../../storage/kv-document.ts";
import type { KeyValuePort } from "../../storage/port.ts";
import { LIMITS } from "./render.ts";

export const HR_MESSAGES_FILE = "slack-messages.json";
/** The language of the HR channel when `HR_LANGUAGE` does not say: its notifications and decisions. */
export const HR_LANG: Locale = "en";
/** Enough for every request awaiting a decision; the oldest are forgotten first. */
const MAX_MESSAGES = 1000;

/** A Block Kit block as we rendered it; Slack checks the rest. */
const Block = z.custom<KnownBlock>(
  (value) => typeof value === "object" && value !== null && "type" in value && typeof value.type === "string",
  "a Block Kit block",
);

/**
 * An HR-channel message with decision buttons: where it is. Its update is rendered afresh from the
 * request, so what it showed is no longer kept (files that kept it still load).
 */
export const HrMessage = z.object({
  channel: z.string().min(1).max(200),
  ts: z.string().min(1).max(40),
  text: z.string().max(LIMITS.messageText).optional(),
  blocks: z.array(Block).max(LIMITS.messageBlocks).optional(),
  /** The outbox event that posted it (files written before it was kept have none). */
  eventId: z.string().min(1).max(200).optional(),
});
export type HrMessage = z.infer<typeof HrMessage>;

export const HrMessagesFile = z.object({
  version: z.literal(1),
  /** By request id, oldest first. */
  messages: z.record(z.string().min(1).max(40), HrMessage),
});
type StoreFile = z.infer<typeof HrMessagesFile>;
/** Where the document is kept in a shared key-value space. */
export const HR_MESSAGES_SPACE = { prefix: "slack-hr", maps: ["messages"] } as const;

/**
 * Which HR-channel message shows which request (DATA_DIR/slack-messages.json), so the message
 * can be updated after a decision, also after a restart. The Slack notifier writes it as it posts
 * and reads it to update; an unreadable file is only a lost reference (that message keeps its
 * buttons).
 */
export class HrMessageStore {
  private readonly store: DocumentStore<StoreFile>;
  readonly file: string;

  /** With `kv` (the PostgreSQL store's), kept there so every instance finds them. */
  constructor(dataDir: string, logger: Logger, kv?: KeyValuePort) {
    this.file = path.join(dataDir, HR_MESSAGES_FILE);
    this.store = kv
      ? kvDocument({ kv, ...HR_MESSAGES_SPACE, schema: HrMessagesFile, empty, logger })
      : new JsonFile(this.file, HrMessagesFile, empty, logger);
  }

  async recall(requestId: string): Promise<HrMessage | undefined> {
    const { messages } = await this.store.read();
    return Object.hasOwn(messages, requestId) ? messages[requestId] : undefined;
  }

  /** Remembers the latest message for a request (a resubmission's replaces the earlier one). */
  remember(requestId: string, message: HrMessage): Promise<void> {
    const valid = HrMessage.parse(message);
    return this.store.update(({ messages }) => {
      delete messages[requestId];
      messages[requestId] = valid;
      for (const old of Object.keys(messages).slice(0, -MAX_MESSAGES)) delete messages[old];
      return true;
    });
  }

  forget(requestId: string): Promise<void> {
    return this.store.update(({ messages }) => {
      if (!Object.hasOwn(messages, requestId)) return false;
      delete messages[requestId];
      return true;
    });
  }
}

export function empty(): StoreFile {
  return { version: 1, messages: {} };
}
