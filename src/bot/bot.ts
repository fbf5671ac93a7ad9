import type { Locale } from "../i18n/locale.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { speaks as speaksLocale } from "../knowledge/schema.ts";
import { type Logger, silentLogger } from "../log.ts";
import { Nlu } from "../nlu/nlu.ts";
import { type LanguageChoices, memoryLanguageChoices } from "../requests/language-choices.ts";
import type { RequestServices } from "../requests/services.ts";
import { REQUEST_TYPES } from "../requests/types/index.ts";
import { type OfferContext, withOffers } from "./ask-offers.ts";
import { answerTo, pickedChoice, proposalReply, propose, rememberChoices } from "./confirmation.ts";
import { ConversationMemories } from "./conversation-memory.ts";
import { checkWholeForm, submitWholeForm } from "./form/submit.ts";
import { homeReply } from "./home.ts";
import type { IntentContext, IntentSpec, Understanding } from "./intent.ts";
import {
  type FormView,
  Incoming,
  type Lang,
  type ParsedIncoming,
  type Platform,
  type Reply,
} from "./messages.ts";
import { makeReply, paragraph, suggestMessages } from "./reply.ts";
import { type Settling, settleConfirmation } from "./settle-confirmation.ts";

const STARTERS = ["bot.starter.mobility", "bot.starter.whatCanYouDo"] as const;

import { t } from "../i18n/messages.ts";
import { withLooseRequestId } from "./loose-request-id.ts";
import {
  continueForm,
  dialogKey,
  FormState,
  formAlreadyOpen,
  formView,
  isCancel,
  isFormControl,
  nothingToCancel,
  openFormReminder,
} from "./request-dialog.ts";
import { requestTypeNamed } from "./request-types.ts";
import { ASKS_FOR_A_REQUEST } from "./route-predicates.ts";
import { ANSWERS_MID_FORM, Router } from "./routing.ts";
import { warmUp, warmUpInBackground } from "./warm-up.ts";

/** Longer messages are read up to this length; nobody asks a real question in more. */
export const MAX_TEXT_LENGTH = 2000;

export interface BotOptions {
  knowledge: Knowledge;
  intents: readonly IntentSpec[];
  logger?: Logger;
  /** HR requests; without them the bot answers about the strategy only. */
  requests?: RequestServices;
  /** A directory where the trained classifier is kept between starts; without it, trained every start. */
  modelCache?: string;
}

/** The platform-neutral assistant: one Incoming in, one Reply out. It never throws. */
export class Bot {
  readonly nlu: Nlu;
  private readonly knowledge: Knowledge;
  /** Whether the knowledge base has its texts in a locale, computed once per locale. */
  private readonly speaksCache = new Map<Locale, boolean>();
  private readonly intents: Map<string, IntentSpec>;
  private readonly router: Router;
  /** The intent that takes each of HR's decision buttons. */
  private readonly decisions: Map<string, IntentSpec>;
  private readonly logger: Logger;
  private readonly requests: RequestServices | undefined;
  private readonly languages: LanguageChoices;
  /** Short-term memory per conversation, for follow-ups. */
  private readonly memories: ConversationMemories;

  constructor(options: BotOptions) {
    this.knowledge = options.knowledge;
    this.logger = options.logger ?? silentLogger;
    this.requests = options.requests;
    this.languages = options.requests?.languages ?? memoryLanguageChoices();
    this.memories = new ConversationMemories(this.requests, this.logger);
    this.intents = new Map(options.intents.map((i) => [i.id, i]));
    this.router = new Router(options.intents);
    this.decisions = new Map(
      options.intents.flatMap((i) => (i.takesDecisions ?? []).map((d) => [d, i] as const)),
    );
    const examples = options.intents.flatMap((intent) =>
      intent.trainsClassifier === false
        ? []
        : Object.entries(intent.examples)
            .filter(([lang]) => intent.trainsIn === undefined || intent.trainsIn.some((l) => l === lang))
            .flatMap(([, list]) => (list ?? []).map((text) => ({ intent: intent.id, text }))),
    );
    this.nlu = new Nlu(this.knowledge, examples, REQUEST_TYPES, options.modelCache);
    const { outcome, reason, written, ms } = this.nlu.modelReport;
    if (written === false) this.logger.warn({ reason }, "classifier model cache could not be written");
    this.logger.info(
      { outcome, reason, examples: examples.length, ms: Math.round(ms) },
      "intent classifier ready",
    );
  }

  /**
   * Warms the understanding and the read-only handlers before the first message, then goes on in
   * the background between messages (`warm-up.ts`); `warmedUp` says when that is done.
   */
  async warmUp(samples?: number, background = true): Promise<number> {
    const parts = {
      nlu: this.nlu,
      router: this.router,
      intents: this.intents,
      knowledge: this.knowledge,
      logger: this.logger,
    };
    const ms = await warmUp(parts, samples);
    if (background) this.warmedUp = warmUpInBackground(parts);
    return ms;
  }

  /** The background warm-up's time, once it is done; nothing before `warmUp`. */
  warmedUp: Promise<number> = Promise.resolve(0);

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

  /**
   * The locale to answer `text` in, for a platform surface that answers outside `handle` (a
   * slash command's modal, a card, the Home tab): the same negotiation as every reply, with the
   * user's remembered choice when `user` is given.
   */
  async localeOf(
    text: string,
    platformLocale?: string,
    user?: { platform: Platform; id: string },
  ): Promise<Locale> {
    const remembered = user ? await this.rememberedLocale(user.platform, user.id) : undefined;
    return this.nlu.understand(text, platformLocale, remembered).answerLang;
  }

  /** The language the user chose, if any; an unreadable store answers as if none was chosen. */
  private async rememberedLocale(platform: Platform, userId: string): Promise<Locale | undefined> {
    try {
      return await this.languages.get(platform, userId);
    } catch (error) {
      this.logger.warn({ err: error, platform }, "language choice not read");
      return undefined;
    }
  }

  /** The empty form of a request type named by its id or in words ("flexible-work", "弹性工作"). */
  formFor(typeText: string, lang: Locale, submissionId: string): FormView | undefined {
    const type = requestTypeNamed(typeText, this.nlu.classify(typeText));
    return type && formView(type, {}, lang, submissionId);
  }

  /** What an open request form of this user waits for, to say when they come back (a restart). */
  async openFormReminder(input: Incoming): Promise<Reply | undefined> {
    const message = Incoming.safeParse(input);
    if (!message.success) return undefined;
    const form = await this.openForm(message.data);
    return form && openFormReminder(form, form.lang);
  }

  /**
   * The errors of a submitted whole form (the reply showing them), or undefined when it can be
   * recorded: cheap, so a platform can answer the errors at once and record a valid one after.
   */
  checkForm(input: Incoming): Reply | undefined {
    const parsed = Incoming.safeParse(input);
    if (!parsed.success || !parsed.data.form || !this.requests) return undefined;
    const { answerLang } = this.nlu.understand("", parsed.data.locale);
    try {
      return checkWholeForm(this.requests, parsed.data.form, answerLang, answerLang);
    } catch (error) {
      // Recording it checks again and answers any failure in full.
      this.logger.error({ err: error, platform: parsed.data.platform }, "form check failed");
      return undefined;
    }
  }

  /** A user's overview for a home screen: their requests, quick actions, HR's pending count. */
  async home(platform: Platform, user: { id: string; name?: string }, lang: Locale): Promise<Reply> {
    const actor = { platform, userId: user.id, ...(user.name ? { name: user.name } : {}) };
    return homeReply(this.requests, actor, lang);
  }

  private async answer(message: ParsedIncoming): Promise<Reply> {
    const typed = message.action?.value ?? message.text ?? "";
    // "2" after a clarifying question picks its second choice.
    const picked = this.requests
      ? await pickedChoice(this.requests.dialogs, message, typed, this.requests.clock())
      : undefined;
    const raw = picked ?? typed;
    const truncated = raw.length > MAX_TEXT_LENGTH;
    const text = truncated ? raw.slice(0, MAX_TEXT_LENGTH) : raw;
    const remembered = await this.rememberedLocale(message.platform, message.user.id);
    const understanding = await withLooseRequestId(
      this.requests,
      message,
      this.nlu.understand(text, message.locale, remembered),
    );
    const described = await this.described(
      message,
      await this.reply(message, understanding, raw),
      understanding,
    );
    const reply = this.requests
      ? await withOffers(described, this.offerContext(message, understanding, raw, described), this.requests)
      : described;
    if (this.requests && reply.outcome === "clarify" && reply.suggestions.length > 0) {
      const messages = reply.suggestions.map((s) => s.message);
      await rememberChoices(this.requests.dialogs, message, messages, this.requests.clock());
    }
    this.logger.info(
      {
        platform: message.platform,
        lang: understanding.lang,
        intent: reply.intent,
        classified: { intent: understanding.classified.intent, score: understanding.classified.score },
      },
      "answered",
    );
    if (!truncated) return reply;
    // in the reply's language: inside a form that is the form's, whatever the long text looks like
    const note = t(reply.lang, "bot.truncated", { max: MAX_TEXT_LENGTH });
    return { ...reply, notice: reply.notice ? `${note} ${reply.notice}` : note };
  }

  private offerContext(
    message: ParsedIncoming,
    understanding: Understanding,
    raw: string,
    reply: Reply,
  ): OfferContext {
    const intent = this.intents.get(reply.intent);
    return {
      message,
      understanding,
      raw: message.decision || message.form ? "" : raw,
      group: this.router.groupOf(reply.intent),
      privateText: intent?.privateText === true,
    };
  }

  /** The reply with its outcome (from its intent's group unless the handler said) and the form left open. */
  private async described(
    message: ParsedIncoming,
    reply: Reply,
    understanding: Understanding,
  ): Promise<Reply> {
    const form = await this.openForm(message);
    // Handlers label a reply with the message's language and word it in the answer's; outside a
    // form (worded in the form's language) the renderers' own words follow the wording.
    const lang =
      !form && !reply.form && reply.lang === understanding.lang ? understanding.answerLang : reply.lang;
    const group = this.router.groupOf(reply.intent);
    const outcome =
      reply.outcome ??
      (reply.intent === "error" || reply.intent === "empty"
        ? "error"
        : group === "decline"
          ? "decline"
          : reply.form || reply.intent === "request_form"
            ? "form"
            : "answer");
    const quoted = this.quotesInEnglish({ ...reply, lang });
    const notice = quoted && (reply.notice ? `${quoted} ${reply.notice}` : quoted);
    return {
      ...reply,
      lang,
      outcome,
      ...(form ? { openForm: form.type } : {}),
      ...(notice ? { notice } : {}),
    };
  }

  /**
   * A reply that cites the knowledge base in a language it has no texts in quotes them in English
   * (the fallback of `localized`): it says so. Once the knowledge base speaks it, nothing is said.
   */
  private quotesInEnglish(reply: Reply): string | undefined {
    const lang = reply.lang;
    if (lang === "en" || lang === "zh" || reply.citations.length === 0) return undefined;
    let speaks = this.speaksCache.get(lang);
    if (speaks === undefined) {
      speaks = speaksLocale(this.knowledge.kb, lang);
      this.speaksCache.set(lang, speaks);
    }
    return speaks ? undefined : t(lang, "bot.answeredInEnglish");
  }

  /** `raw` is the whole text: a form answer is checked against its field's own length limit. */
  private async reply(message: ParsedIncoming, understanding: Understanding, raw: string): Promise<Reply> {
    const memory = await this.memories.of(message);
    const before = JSON.stringify(memory);
    const context: IntentContext = {
      message,
      understanding,
      knowledge: this.knowledge,
      memory,
      languages: this.languages,
      ...(this.requests ? { requests: this.requests } : {}),
    };
    try {
      return await this.replyIn(message, context, raw);
    } finally {
      if (JSON.stringify(memory) !== before) await this.memories.keep(message, memory);
    }
  }

  private async replyIn(message: ParsedIncoming, context: IntentContext, raw: string): Promise<Reply> {
    const { answerLang } = context.understanding;
    if (message.form && this.requests) {
      // a submitted form has no words to tell a language by: its reply is in the negotiated one
      return submitWholeForm(this.requests, message, message.form, answerLang, answerLang);
    }
    const decides = message.decision && this.decisions.get(message.decision.decision);
    if (decides) return decides.handle(context);
    const confirmation = await settleConfirmation(this.settling(), message, context);
    if (confirmation.reply) return confirmation.reply;
    const reply = await this.replyTo(message, context, raw);
    const notice = confirmation.notice;
    return notice ? { ...reply, notice: reply.notice ? `${notice} ${reply.notice}` : notice } : reply;
  }

  private async replyTo(message: ParsedIncoming, context: IntentContext, raw: string): Promise<Reply> {
    const { understanding } = context;
    const { lang } = understanding;
    const form = await this.openForm(message);
    const hasWords = /[\p{L}\p{N}]/u.test(understanding.text);
    const intentId = this.router.route(understanding, {
      followsIndicator: context.memory.lastIndicators !== undefined,
    });
    const intent = this.intents.get(intentId);
    if (form && this.requests && hasWords) {
      // Another request only when the message asks for one in words: "a staff member" answers the form.
      const otherForm =
        intent?.opensForm !== undefined &&
        intent.opensForm !== form.type &&
        !isFormControl(raw) &&
        ASKS_FOR_A_REQUEST.test(raw);
      if (otherForm) return formAlreadyOpen(form, lang);
      // A command on a named request ("withdraw FWA-2026-0099", "status of …") is a command, never
      // a field's value: it is answered (or proposed), and the form waits, with a reminder.
      const command = intent?.routing.group === "request" && intent.opensForm === undefined;
      if (command && (understanding.requestId !== undefined || understanding.ownRequest)) {
        return this.withFormReminder(await this.run(intentId, context), form);
      }
      const step = await continueForm(
        this.requests,
        message,
        form,
        raw.trim(),
        form.lang,
        form.lang,
        ANSWERS_MID_FORM.has(this.router.groupOf(intentId) ?? "request"),
      );
      // Not a value for the field, and a request command ("my requests"): the command, then the form.
      if (step.kind === "reply" && step.notAValue && command) {
        const answer = await this.run(intentId, context);
        return { ...answer, parts: [...answer.parts, ...step.notAValue.reminder] };
      }
      if (step.kind === "reply") return step.reply;
      // A question in the middle of a form: answered, and the form is still open.
      const answer = await this.run(intentId, context);
      return { ...answer, parts: [...answer.parts, ...step.reminder] };
    }
    if (!hasWords) return this.nothingToAnswer(form?.lang ?? understanding.answerLang);
    if (isCancel(understanding.text)) return nothingToCancel(lang);
    // A bare "yes" with nothing proposed and no form open: say so, rather than search the paper for it.
    if (answerTo(understanding.text) === "yes") {
      return makeReply("nothing_to_confirm", lang, [
        paragraph(t(understanding.answerLang, "confirm.nothingPending")),
      ]);
    }
    return this.run(intentId, context);
  }

  /**
   * Runs an intent. A typed command with a side effect is only proposed: it is stored, and done
   * when the same user confirms (`settleConfirmation`); a button or a submitted form acts at once.
   */
  private async run(intentId: string, context: IntentContext): Promise<Reply> {
    const intent = this.intents.get(intentId) ?? this.intents.get(this.router.fallback);
    if (!intent) throw new Error(`no handler for intent ${intentId}`);
    const { message, understanding } = context;
    if (!intent.effect || message.decision || !this.requests) return intent.handle(context);
    const proposal = await intent.effect.propose(context);
    if (!("kind" in proposal)) return proposal;
    const [requestId] = proposal.subjects;
    const pending = {
      intent: intent.id,
      text: understanding.text,
      lang: understanding.lang,
      ...(requestId ? { requestId } : {}),
    };
    await propose(this.requests.dialogs, message, pending, this.requests.clock());
    return proposalReply(intent.id, proposal, understanding.lang, understanding.answerLang);
  }

  private settling(): Settling {
    return { requests: this.requests, intents: this.intents, nlu: this.nlu, logger: this.logger };
  }

  /** A reply given while a form is open, followed by where the form stands. */
  private withFormReminder(reply: Reply, form: FormState): Reply {
    const reminder = openFormReminder(form, form.lang);
    return { ...reply, parts: [...reply.parts, ...reminder.parts] };
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

  private nothingToAnswer(lang: Lang): Reply {
    return makeReply("empty", lang, [paragraph(t(lang, "bot.noQuestion"))], {
      suggestions: suggestMessages(lang, STARTERS),
    });
  }

  private apology(lang: Lang): Reply {
    return makeReply("error", lang, [paragraph(t(lang, "bot.apology"))], {
      suggestions: suggestMessages(lang, STARTERS),
    });
  }
}
