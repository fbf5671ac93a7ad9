import type { Knowledge } from "../knowledge/knowledge.ts";
import { type Logger, silentLogger } from "../log.ts";
import { Nlu } from "../nlu/nlu.ts";
import type { RequestServices } from "../requests/services.ts";
import { homeReply } from "./home.ts";
import type { ConversationMemory, IntentContext, IntentSpec, Understanding } from "./intent.ts";
import {
  type AnswerLang,
  type FormView,
  Incoming,
  type Lang,
  type ParsedIncoming,
  type Platform,
  type Reply,
} from "./messages.ts";
import { makeReply, paragraph, suggest } from "./reply.ts";
import {
  continueForm,
  dialogKey,
  FormState,
  formAlreadyOpen,
  formView,
  isCancel,
  nothingToCancel,
} from "./request-dialog.ts";
import { requestTypeNamed } from "./request-types.ts";
import { route, STRATEGY_INTENTS } from "./router.ts";
import { checkWholeForm, submitWholeForm } from "./whole-form.ts";

/** Longer messages are read up to this length; nobody asks a real question in more. */
export const MAX_TEXT_LENGTH = 2000;
const MAX_CONVERSATIONS = 10_000;

const STARTERS = [
  { en: "What is the mobility target?", zh: "流动性的目标是多少？" },
  { en: "What can you do?", zh: "你能做什么？" },
];

export interface BotOptions {
  knowledge: Knowledge;
  intents: readonly IntentSpec[];
  logger?: Logger;
  /** HR requests; without them the bot answers about the strategy only. */
  requests?: RequestServices;
}

/** The platform-neutral assistant: one Incoming in, one Reply out. It never throws. */
export class Bot {
  readonly nlu: Nlu;
  private readonly knowledge: Knowledge;
  private readonly intents: Map<string, IntentSpec>;
  private readonly logger: Logger;
  private readonly requests: RequestServices | undefined;
  /** Short-term memory per conversation, oldest evicted first. */
  private readonly memories = new Map<string, ConversationMemory>();

  constructor(options: BotOptions) {
    this.knowledge = options.knowledge;
    this.logger = options.logger ?? silentLogger;
    this.requests = options.requests;
    this.intents = new Map(options.intents.map((i) => [i.id, i]));
    const examples = options.intents.flatMap((intent) =>
      Object.values(intent.examples).flatMap((list) =>
        (list ?? []).map((text) => ({ intent: intent.id, text })),
      ),
    );
    this.nlu = new Nlu(this.knowledge, examples);
  }

  async handle(input: Incoming): Promise<Reply> {
    const parsed = Incoming.safeParse(input);
    if (!parsed.success) {
      this.logger.warn(
        { issues: parsed.error.issues.map((i) => i.path.join(".")) },
        "invalid incoming message",
      );
      return this.apology("en");
    }
    const message = parsed.data;
    try {
      return await this.answer(message);
    } catch (error) {
      this.logger.error({ err: error, platform: message.platform }, "handler failed");
      return this.apology("en");
    }
  }

  /** Whether a platform user is an HR reviewer (adapters ask before opening a decision dialog). */
  isHr(platform: Platform, userId: string): boolean {
    return this.requests?.workflow.isHr({ platform, userId }) ?? false;
  }

  /** The empty form of a request type named by its id or in words ("flexible-work", "弹性工作"). */
  formFor(typeText: string, lang: AnswerLang, submissionId: string): FormView | undefined {
    const type = requestTypeNamed(typeText, this.nlu.classify(typeText));
    return type && formView(type, {}, lang, submissionId);
  }

  /**
   * The errors of a submitted whole form (the reply showing them), or undefined when it can be
   * recorded: cheap, so a platform can answer the errors at once and record a valid one after.
   */
  checkForm(input: Incoming): Reply | undefined {
    const parsed = Incoming.safeParse(input);
    if (!parsed.success || !parsed.data.form || !this.requests) return undefined;
    const { answerLang, lang } = this.nlu.understand("", parsed.data.locale);
    try {
      return checkWholeForm(this.requests, parsed.data.form, answerLang, lang);
    } catch (error) {
      // Recording it checks again and answers any failure in full.
      this.logger.error({ err: error, platform: parsed.data.platform }, "form check failed");
      return undefined;
    }
  }

  /** A user's overview for a home screen: their requests, quick actions, HR's pending count. */
  async home(platform: Platform, user: { id: string; name?: string }, lang: AnswerLang): Promise<Reply> {
    const actor = { platform, userId: user.id, ...(user.name ? { name: user.name } : {}) };
    return homeReply(this.requests, actor, lang);
  }

  private async answer(message: ParsedIncoming): Promise<Reply> {
    const raw = message.action?.value ?? message.text ?? "";
    const truncated = raw.length > MAX_TEXT_LENGTH;
    const text = truncated ? raw.slice(0, MAX_TEXT_LENGTH) : raw;
    const understanding = this.nlu.understand(text, message.locale);
    const reply = await this.reply(message, understanding, raw);
    this.logger.info(
      {
        platform: message.platform,
        lang: understanding.lang,
        intent: reply.intent,
        classified: understanding.classified,
      },
      "answered",
    );
    if (!truncated) return reply;
    const note =
      understanding.answerLang === "zh"
        ? `您的消息很长，我只读取了前 ${MAX_TEXT_LENGTH} 个字符。`
        : `Your message was very long, so I read only its first ${MAX_TEXT_LENGTH} characters.`;
    return { ...reply, notice: reply.notice ? `${note} ${reply.notice}` : note };
  }

  /** `raw` is the whole text: a form answer is checked against its field's own length limit. */
  private async reply(message: ParsedIncoming, understanding: Understanding, raw: string): Promise<Reply> {
    const { answerLang, lang } = understanding;
    const context: IntentContext = {
      message,
      understanding,
      knowledge: this.knowledge,
      memory: this.memoryOf(message),
      ...(this.requests ? { requests: this.requests } : {}),
    };
    if (message.form && this.requests) {
      return submitWholeForm(this.requests, message, message.form, answerLang, lang);
    }
    if (message.decision) return this.run("hr_decide", context);
    const form = await this.openForm(message);
    const hasWords = /[\p{L}\p{N}]/u.test(understanding.text);
    const intentId = route(understanding, { followsIndicator: context.memory.lastIndicators !== undefined });
    if (form && this.requests && hasWords) {
      const otherForm = intentId.startsWith("submit:") && intentId !== `submit:${form.type}`;
      if (otherForm) return formAlreadyOpen(form, lang);
      const step = await continueForm(
        this.requests,
        message,
        form,
        raw.trim(),
        form.lang,
        form.lang,
        STRATEGY_INTENTS.has(intentId),
      );
      if (step.kind === "reply") return step.reply;
      // A question in the middle of a form: answered, and the form is still open.
      const answer = await this.run(intentId, context);
      return { ...answer, parts: [...answer.parts, ...step.reminder] };
    }
    if (!hasWords) return this.nothingToAnswer(form?.lang ?? lang);
    if (isCancel(understanding.text)) return nothingToCancel(lang);
    return this.run(intentId, context);
  }

  private async run(intentId: string, context: IntentContext): Promise<Reply> {
    const intent = this.intents.get(intentId) ?? this.intents.get("search");
    if (!intent) throw new Error(`no handler for intent ${intentId}`);
    return intent.handle(context);
  }

  /** The request form open in this conversation, if any; an unreadable one is dropped. */
  private async openForm(message: ParsedIncoming): Promise<FormState | undefined> {
    if (!this.requests) return undefined;
    const key = dialogKey(message);
    const stored = await this.requests.dialogs.get(key);
    if (!stored) return undefined;
    const parsed = FormState.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.logger.warn({ platform: message.platform }, "dropped an unreadable dialog state");
    await this.requests.dialogs.delete(key);
    return undefined;
  }

  private memoryOf(message: ParsedIncoming): ConversationMemory {
    const key = `${message.platform}:${message.conversation.id}:${message.user.id}`;
    let memory = this.memories.get(key);
    if (memory) {
      this.memories.delete(key);
    } else {
      memory = {};
      if (this.memories.size >= MAX_CONVERSATIONS) {
        const oldest = this.memories.keys().next().value;
        if (oldest !== undefined) this.memories.delete(oldest);
      }
    }
    this.memories.set(key, memory);
    return memory;
  }

  private nothingToAnswer(lang: Lang): Reply {
    const zh = lang === "zh";
    return makeReply(
      "empty",
      lang,
      [
        paragraph(
          zh
            ? "我没有收到问题。请问我有关《2022-2025 年人力资源战略》的问题，例如它的关键指标。"
            : "I didn't find a question in that message. Ask me about the HR Strategy 2022–2025, for example one of its key indicators.",
        ),
      ],
      { suggestions: suggest(zh ? "zh" : "en", STARTERS) },
    );
  }

  private apology(lang: Lang): Reply {
    const zh = lang === "zh";
    return makeReply(
      "error",
      lang,
      [
        paragraph(
          zh
            ? "抱歉，我这边出了问题，未能回答。请再试一次；如果问题仍然存在，请联系人力资源开发司。"
            : "Sorry, something went wrong on my side and I couldn't answer. Please try again; if it keeps happening, contact HRD.",
        ),
      ],
      { suggestions: suggest(zh ? "zh" : "en", STARTERS) },
    );
  }
}
