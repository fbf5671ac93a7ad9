import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Bilingual } from "../knowledge/schema.ts";
import type { Understanding } from "../nlu/understanding.ts";
import type { LanguageChoices } from "../requests/language-choices.ts";
import type { RequestServices } from "../requests/services.ts";
import type { ButtonDecision, ParsedIncoming, Reply, ReplyPart } from "./messages.ts";
import type { Routing } from "./routing.ts";

export type { Understanding };

/** What a conversation remembers between messages, so "and the baseline?" follows on. */
export interface ConversationMemory {
  lastIndicators?: string[];
}

export interface IntentContext {
  message: ParsedIncoming;
  understanding: Understanding;
  knowledge: Knowledge;
  memory: ConversationMemory;
  /** The language each user chose (the store's, or this process's when there is no store). */
  languages: LanguageChoices;
  /** Set when a confirmed proposal is carried out: when it was proposed ("today" means that day). */
  proposedAt?: Date;
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
  /** The HR decision buttons (Incoming.decision) it takes, which act at once. */
  takesDecisions?: readonly ButtonDecision[];
  /**
   * False for a command recognised by its own words alone (an ASK id, a button's words): its
   * examples test its rules but do not train the classifier, whose votes for the intents around
   * them (small talk, help) they would only blur.
   */
  trainsClassifier?: false;
  /**
   * The languages whose examples train the classifier, when not all: the others only test the
   * intent's own words (ask_hr's French and Spanish hand-offs are read by its verbs).
   */
  trainsIn?: readonly ("en" | "zh" | "fr" | "es")[];
  /** The user's words are about their own record: never kept (not even as feedback). */
  privateText?: true;
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
