import type { IndicatorMention, Knowledge } from "../knowledge/knowledge.ts";
import type { Bilingual } from "../knowledge/schema.ts";
import type { SubjectMention } from "../knowledge/subjects.ts";
import type { Facet } from "../nlu/entities.ts";
import type { Mood } from "../nlu/mood.ts";
import type { RequestServices } from "../requests/services.ts";
import type { AnswerLang, Lang, ParsedIncoming, Reply, ReplyPart } from "./messages.ts";
import type { Routing } from "./routing.ts";

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
  /** One of the user's own requests named in words ("my telework request"), not by id. */
  ownRequest: boolean;
  /** A partner of the strategy named by name or acronym (ICSC, HLCM, CEB, the Turin Centre). */
  partnerNamed: boolean;
  /** Idf-weighted share of the question's words that the paper uses (0–1): low means off-topic. */
  coverage: number;
  /**
   * What the question is about, as the knowledge base names things: ranked candidates (indicator,
   * focus area, deliverable, topic the strategy sets no figure for…), best first.
   */
  subjects: SubjectMention[];
  /** Another organisation the question names ("WHO's target"): this paper sets nothing for it. */
  organisation?: { id: string; name: string };
  /** The message names a subject of its own ("disability target"), so it does not follow on from the last one. */
  ownSubject: boolean;
  /** Whether the message commands, asks or says not to: only an imperative may propose a side effect. */
  mood: Mood;
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
}

/**
 * One intent: its examples (which train the classifier and double as test fixtures) and its
 * handler. Adding an intent is adding a module and listing it in intents/index.ts.
 */
export interface IntentSpec {
  id: string;
  description: Bilingual;
  examples: { en: readonly string[]; zh: readonly string[]; fr?: readonly string[]; es?: readonly string[] };
  /** How the router chooses it (rules with priorities) and what kind of intent it is. */
  routing: Routing;
  /** The request type whose form it opens, for intents that start a request. */
  opensForm?: string;
  /** It takes HR's decision buttons (Incoming.decision), which act at once. */
  takesDecisions?: true;
  /** Set when the intent changes something: the bot then confirms a typed command first. */
  effect?: SideEffect;
  handle(context: IntentContext): Reply | Promise<Reply>;
}

/** What a typed command with a side effect will do, shown for the user to confirm. */
export interface Proposal {
  kind: "proposal";
  /** The confirmation question: "Approve FWA-2026-0001 (Flexible working, Maria Lopez)?". */
  question: string;
  /** What the user should see before confirming (the request's facts). */
  parts: ReplyPart[];
  /** The request ids it is about. */
  subjects: string[];
}

/**
 * A side effect (approve, withdraw, record a date…). Understanding alone never acts: a typed
 * command is proposed — checked, nothing changed — and done only once the same user confirms.
 * Buttons on HR messages and submitted forms are explicit and act at once.
 */
export interface SideEffect {
  /** The proposal, or a reply when it cannot be done (no id, not allowed, already decided). */
  propose(context: IntentContext): Promise<Proposal | Reply>;
}
