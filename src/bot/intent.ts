import type { IndicatorMention, Knowledge } from "../knowledge/knowledge.ts";
import type { Bilingual } from "../knowledge/schema.ts";
import type { Facet } from "../nlu/entities.ts";
import type { RequestServices } from "../requests/services.ts";
import type { PendingAction } from "./confirm.ts";
import type { AnswerLang, Lang, ParsedIncoming, Reply } from "./messages.ts";

/** What the NLU made of a message. */
export interface Understanding {
  text: string;
  lang: Lang;
  answerLang: AnswerLang;
  /** The classifier's best intent and similarity before routing. */
  classified: { intent: string; score: number };
  indicators: IndicatorMention[];
  facets: Facet[];
  outcome?: number;
  focusArea?: string;
  /** A focus area named by its title ("HR analytics") rather than its number. */
  focusAreaByTitle?: string;
  /** Years after 2025 named in the question: periods the strategy does not cover. */
  yearsOutside: number[];
  /** Targets or milestones asked of the previous strategy (2018–2021), which this paper does not set. */
  previousStrategy: boolean;
  /** A request id named in the text ("FWA-2026-0007"), upper-cased. */
  requestId?: string;
  /** A partner of the strategy named by name or acronym (ICSC, HLCM, CEB, the Turin Centre). */
  partnerNamed: boolean;
  /** Idf-weighted share of the question's words that the paper uses (0–1): low means off-topic. */
  coverage: number;
  /** The question is about the asker's own HR record (leave, contract, pay…), which only HR can see. */
  personal: boolean;
}

/** What a conversation remembers between messages, so "and the baseline?" follows on. */
export interface ConversationMemory {
  lastIndicators?: string[];
}

export interface IntentContext {
  message: ParsedIncoming;
  understanding: Understanding;
  knowledge: Knowledge;
  memory: ConversationMemory;
  /** HR requests, when the assistant runs with a request log. */
  requests?: RequestServices;
  /** The action this intent proposed and the user has just confirmed (src/bot/confirm.ts). */
  confirmed?: PendingAction;
}

/**
 * One intent: its examples (which train the classifier and double as test fixtures) and its
 * handler. Adding an intent is adding a module and listing it in intents/index.ts.
 */
export interface IntentSpec {
  id: string;
  description: Bilingual;
  examples: { en: readonly string[]; zh: readonly string[]; fr?: readonly string[]; es?: readonly string[] };
  handle(context: IntentContext): Reply | Promise<Reply>;
}
