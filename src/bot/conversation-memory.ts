import { z } from "zod";
import type { Logger } from "../log.ts";
import type { RequestServices } from "../requests/services.ts";
import { sharedKeyValue } from "../requests/store.ts";
import type { ConversationMemory } from "./intent.ts";
import type { ParsedIncoming } from "./messages.ts";

const MAX_CONVERSATIONS = 10_000;
const MEMORY_NAMESPACE = "conversation";
/** A follow-up comes within minutes; a conversation picked up the next day starts afresh. */
const MEMORY_TTL_MS = 2 * 60 * 60 * 1000;
const Memory = z.object({ lastIndicators: z.array(z.string().max(200)).max(50).optional() });

function memoryKey(message: ParsedIncoming): string {
  return `${message.platform}:${message.conversation.id}:${message.user.id}`;
}

/**
 * What each conversation remembers for its follow-ups: in the store's shared key-value space when
 * several instances share one (PostgreSQL), so a follow-up may reach another instance; else in
 * this process, the oldest conversation evicted first. A store that fails forgets, never breaks.
 */
export class ConversationMemories {
  private readonly local = new Map<string, ConversationMemory>();

  constructor(
    private readonly requests: RequestServices | undefined,
    private readonly logger: Logger,
  ) {}

  async of(message: ParsedIncoming): Promise<ConversationMemory> {
    const key = memoryKey(message);
    const shared = sharedKeyValue(this.requests?.store);
    if (shared && this.requests) {
      try {
        const stored = Memory.safeParse(await shared.get(MEMORY_NAMESPACE, key, this.requests.clock()));
        return stored.success ? stored.data : {};
      } catch (error) {
        this.logger.warn({ err: error }, "conversation memory not read");
        return {};
      }
    }
    let memory = this.local.get(key);
    if (memory) {
      this.local.delete(key);
    } else {
      memory = {};
      if (this.local.size >= MAX_CONVERSATIONS) {
        const oldest = this.local.keys().next().value;
        if (oldest !== undefined) this.local.delete(oldest);
      }
    }
    this.local.set(key, memory);
    return memory;
  }

  async keep(message: ParsedIncoming, memory: ConversationMemory): Promise<void> {
    const shared = sharedKeyValue(this.requests?.store);
    if (!shared || !this.requests) return;
    try {
      await shared.set(MEMORY_NAMESPACE, memoryKey(message), memory, {
        now: this.requests.clock(),
        ttlMs: MEMORY_TTL_MS,
      });
    } catch (error) {
      this.logger.warn({ err: error }, "conversation memory not kept");
    }
  }
}
