import type { Lang, Locale } from "../i18n/locale.ts";
import type { IndicatorMention } from "../knowledge/knowledge.ts";
import type { SubjectMention } from "../knowledge/subjects.ts";
import type { Facet } from "./entities.ts";
import type { Mood } from "./mood.ts";
import type { PopulationMention } from "./population.ts";

/** What the NLU made of a message. */
export interface Understanding {
  text: string;
  lang: Lang;
  answerLang: Locale;
  /** The classifier's best intent and probability before routing, and its ranking of every intent. */
  classified: { intent: string; score: number; ranking: readonly { intent: string; score: number }[] };
  indicators: IndicatorMention[];
  facets: Facet[];
  /** Parts of the staff named besides the indicators' own names ("in Africa", "GS staff", "35岁以下"). */
  populations: PopulationMention[];
  outcome?: number;
  focusArea?: string;
  /** A focus area named by its title ("HR analytics") rather than its number. */
  focusAreaByTitle?: string;
  /** Years after 2025 named in the question: periods the strategy does not cover. */
  yearsOutside: number[];
  /** Years inside the strategy it sets no figure for (2022, 2024), named alone rather than as a span. */
  yearsUnset: number[];
  /** Targets or milestones asked of the previous strategy (2018–2021), which this paper does not set. */
  previousStrategy: boolean;
  /** A period after the strategy named in words ("the next biennium", "下个两年期"). */
  laterPeriod: boolean;
  /** A request id named in the text ("FWA-2026-0007"), upper-cased. */
  requestId?: string;
  /** One of the user's own requests named in words ("my telework request"), not by id. */
  ownRequest: boolean;
  /** A request named by its number alone ("cancel #6", "como va la #6"): one of the user's own. */
  requestNumber?: number;
  /** The id prefix typed before that number ("fwa 1"): the request is of that type. */
  requestPrefix?: string;
  /** A partner of the strategy named by name or acronym (ICSC, HLCM, CEB, the Turin Centre). */
  partnerNamed: boolean;
  /** What the question is about first is a topic the paper never mentions (taxation, pensions), named surely. */
  unmentionedTopic: boolean;
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
  /** The languages the message names ("answer in Spanish", "la version anglaise"), each once. */
  languagesNamed: Locale[];
  /** The question is about the asker's own HR record (leave, contract, pay…), which only HR can see. */
  personal: boolean;
}
