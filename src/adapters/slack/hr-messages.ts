import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { KnownBlock } from "@slack/types";
import { z } from "zod";
import type { AnswerLang } from "../../bot/messages.ts";
import type { Logger } from "../../log.ts";
import { DEFAULT_LOCK_OPTIONS, isCode, withFileLock } from "../../requests/file-lock.ts";
import { LIMITS } from "./render.ts";

export const HR_MESSAGES_FILE = "slack-messages.json";
/** The language of the HR channel: its notifications and the decisions taken there. */
export const HR_LANG: AnswerLang = "en";
/** Enough for every request awaiting a decision; the oldest are forgotten first. */
const MAX_MESSAGES = 1000;

/** A Block Kit block as we rendered it; Slack checks the rest. */
const Block = z.custom<KnownBlock>(
  (value) => typeof value === "object" && value !== null && "type" in value && typeof value.type === "string",
  "a Block Kit block",
);

/** An HR-channel message with decision buttons, as posted: where it is and what it shows. */
export const HrMessage = z.object({
  channel: z.string().min(1).max(200),
  ts: z.string().min(1).max(40),
  text: z.string().max(LIMITS.messageText),
  blocks: z.array(Block).max(LIMITS.messageBlocks),
});
export type HrMessage = z.infer<typeof HrMessage>;

const StoreFile = z.object({
  version: z.literal(1),
  /** By request id, oldest first. */
  messages: z.record(z.string().min(1).max(40), HrMessage),
});
type StoreFile = z.infer<typeof StoreFile>;

/**
 * Which HR-channel message shows which request (DATA_DIR/slack-messages.json), so the message
 * can be updated after a decision, also after a restart. The file is validated when read,
 * replaced atomically (temporary file, then rename) and changed under a file lock, as the
 * notifier and the interactive handlers both write it. An unreadable file is only a lost
 * reference (that message keeps its buttons): it is logged and started afresh.
 */
export class HrMessageStore {
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.file = path.join(dataDir, HR_MESSAGES_FILE);
  }

  async recall(requestId: string): Promise<HrMessage | undefined> {
    const { messages } = await this.read();
    return Object.hasOwn(messages, requestId) ? messages[requestId] : undefined;
  }

  /** Remembers the latest message for a request (a resubmission's replaces the earlier one). */
  remember(requestId: string, message: HrMessage): Promise<void> {
    const valid = HrMessage.parse(message);
    return this.change((messages) => {
      delete messages[requestId];
      messages[requestId] = valid;
      for (const old of Object.keys(messages).slice(0, -MAX_MESSAGES)) delete messages[old];
    });
  }

  forget(requestId: string): Promise<void> {
    return this.change((messages) => {
      delete messages[requestId];
    });
  }

  private change(edit: (messages: StoreFile["messages"]) => void): Promise<void> {
    return withFileLock(`${this.file}.lock`, DEFAULT_LOCK_OPTIONS, async () => {
      const data = await this.read();
      edit(data.messages);
      await this.write(data);
    });
  }

  private async read(): Promise<StoreFile> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if (isCode(error, "ENOENT")) return empty();
      throw error;
    }
    const parsed = StoreFile.safeParse(jsonOrUndefined(text));
    if (parsed.success) return parsed.data;
    this.logger.warn({ file: this.file }, "slack message store unreadable; starting afresh");
    return empty();
  }

  private async write(data: StoreFile): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.${randomUUID()}.tmp`;
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(JSON.stringify(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, this.file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function empty(): StoreFile {
  return { version: 1, messages: {} };
}
