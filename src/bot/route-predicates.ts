import { tokenize } from "../i18n/text.ts";
import { anyLanguage } from "../i18n/words.ts";
import { NAMED, SURELY } from "../knowledge/confidence.ts";
import { SPEAKS_OF_REQUESTS } from "../nlu/command-words.ts";
import { asksForQuantity, detectFacets } from "../nlu/entities.ts";
import { commandPart } from "../nlu/mood.ts";
import { REQUEST_TYPES } from "../requests/types/index.ts";
import { asksFigures, FIGURE_FACETS, figureOfUnsetTopic } from "./figure-asked.ts";
import type { Understanding } from "./intent.ts";
import { type RouteContext, type RoutingRule, STAGES } from "./routing.ts";

/**
 * What intents' routing rules ask of an understanding: the shared vocabulary of their
 * declarations, so that no rule restates another's test.
 */

/**
 * One confidence policy for every intent, read from the classifier's calibrated probabilities:
 * `sure` lets its vote decide alone; `likely` counts its vote when the message's own words or
 * entities back it (a request's evidence words, a topic's subject). No per-intent thresholds.
 */
export const POLICY = {
  sure: 0.6,
  likely: 0.45,
  /**
   * A plausible reading the message's own words declare ("qu'est-ce que j'ai demandé ?": my
   * requests), of a command that opens no form, is taken when the best reading is neither sure
   * nor a request command that wins on its own.
   */
  backed: 0.2,
  /** Idf-weighted share of the question's words the paper uses, below which it is off-topic. */
  offTopicCoverage: 0.6,
} as const;

/** The classifier voted for this intent with at least this score. */
export function votedFor(u: Understanding, self: string, min: number): boolean {
  return u.classified.intent === self && u.classified.score >= min;
}

export function wordCount(u: Understanding): number {
  return u.text.split(/\s+/).filter(Boolean).length;
}

/** Very short: "mobility?", "1.2", "成果2". */
export function isShort(u: Understanding): boolean {
  return u.lang === "zh" ? u.text.length <= 12 : wordCount(u) <= 4;
}

/** Short enough to lean on the previous answer: "and the baseline?", "它属于哪个成果目标？". */
export function shortFollowUp(u: Understanding): boolean {
  return u.lang === "zh" ? u.text.length <= 12 : wordCount(u) <= 6;
}

/** "mobility?", "P5+女性": the message is nothing but an indicator's name. */
export function onlyNamesIndicators(u: Understanding): boolean {
  const named = new Set(u.indicators.flatMap((m) => tokenize(m.alias)));
  const words = tokenize(u.text).filter((t) => !t.startsWith("~"));
  return words.length > 0 && words.every((t) => named.has(t) || /^\d+$/.test(t));
}

/**
 * Words a request command needs besides the classifier's vote, so that "which job review
 * requirements…" is not the HR queue and "job description target 2025" is not a new request.
 * "…target 2025?" asks a figure; "…from 1 March to 31 August 2025" dates a request.
 */
export function requestEvidence(u: Understanding, evidence: RegExp | undefined, opensForm: boolean): boolean {
  const facetWords = detectFacets(u.text.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, " "));
  if (opensForm && facetWords.some((f) => FIGURE_FACETS.has(f))) return false;
  if (opensForm && namesIndicatorAsSuch(u)) return false;
  return evidence ? evidence.test(u.text) : true;
}

/**
 * The one policy for reading a message as a request intent, the same for every such intent: the
 * classifier's best reading among those the message allows (see the router) is this intent, sure
 * of itself when the message frames no strategy subject, or likely and backed by evidence — the
 * request the intent needs, named; or the words it declares. A new request is never read from a
 * question asking a figure ("JD target 2025").
 */
export function readingRule(
  priority: number,
  options: { evidence?: RegExp; opensForm?: boolean } = {},
): RoutingRule {
  return {
    priority,
    why: "the classifier's best reading of the message, among those it allows, is this request intent",
    when(u, context, self) {
      const [best] = context.reading ?? [];
      if (best !== undefined && (best.intent !== self || best.score < POLICY.likely) && !options.opensForm)
        return backedRunnerUp(u, context, self, options.evidence);
      if (best?.intent !== self || best.score < POLICY.likely) return false;
      if (options.opensForm && !requestEvidence(u, undefined, true)) return false;
      // A question opens a form only when it asks for one ("can I apply for …?"): one that merely
      // names a request type ("are the two kinds of mobility reported apart?") asks the strategy.
      const asks = options.evidence?.test(u.text) ?? false;
      if (options.opensForm && u.mood === "question" && !asks) return false;
      const named = u.requestId !== undefined || u.ownRequest;
      if (named) return true;
      // "新人才管理系统上线以来收到多少份申请": a quantity asked of a figure the paper states (a
      // fact) is about the paper, even in words a command declares ("how many applications").
      if (asks) return options.opensForm === true || !(namesFact(u) && asksForQuantity(u.text));
      // Sure alone is enough unless the question frame finds the strategy in the message: "what is
      // the Governing Body asked to do in the draft decision?" names the decision, and is no HR queue.
      // A command that opens no form and names neither a request nor its words is not read from a
      // bare mention of the paper ("projet de décision") or a quantity ("économies attendues en %").
      const aboutPaper = !options.opensForm && (namesPaperSubject(u) || asksForQuantity(u.text));
      return best.score >= POLICY.sure && !framesStrategy(u) && !aboutPaper;
    },
  };
}

/**
 * The classifier's best reading, among those the message allows, is this intent at least `likely`,
 * and the message holds the one value the intent acts on (`value`): "I'd rather have French" is a
 * language chosen, while "is the paper in French?" reads as a question, and a message naming two
 * languages or none chooses neither. Never read from a question the frame finds about the strategy.
 */
export function valueReadingRule(
  priority: number,
  why: string,
  value: (u: Understanding) => boolean,
): RoutingRule {
  return {
    priority,
    why,
    when(u, context, self) {
      const [best] = context.reading ?? [];
      if (best?.intent !== self || best.score < POLICY.likely) return false;
      return value(u) && u.requestId === undefined && !framesStrategy(u) && !namesPaperSubject(u);
    },
  };
}

/**
 * The words a command declares are in the message and its reading is plausible, while the best
 * reading is no sure one and no request command that its own reading takes: "Qu'est-ce que j'ai
 * comme demandes ouvertes ?" reads as help first, and names the user's requests.
 */
function backedRunnerUp(u: Understanding, context: RouteContext, self: string, evidence?: RegExp): boolean {
  const [best] = context.reading ?? [];
  const mine = context.reading?.find((r) => r.intent === self);
  if (!best || !mine || !evidence?.test(u.text) || mine.score < POLICY.backed) return false;
  // A weak reading needs the message to speak of requests: "what is the GB asked to decide?" does not.
  if (!SPEAKS_OF_REQUESTS.test(u.text)) return false;
  if (best.score >= POLICY.sure) return false;
  if (context.groupOf?.(best.intent) === "request" && best.score >= POLICY.likely) return false;
  return !framesStrategy(u) && !namesPaperSubject(u) && !asksForQuantity(u.text);
}

/**
 * The question frame finds a question about the strategy: a figure asked, or a question naming an
 * indicator or an item of the paper. A command naming one ("formation au Centre de Turin") is not.
 */
export function framesStrategy(u: Understanding): boolean {
  return (
    asksFigures(u) || figureOfUnsetTopic(u) || (asks(u) && (u.indicators.length > 0 || namesPaperSubject(u)))
  );
}

/** A message that ends in a question mark asks, whatever its first clause ("I work on X — which outcome…?"). */
const ENDS_ASKING = /[?？]\s*$/;

/** The message asks something: worded as a question, or ending in a question mark. */
export function asks(u: Understanding): boolean {
  return u.mood === "question" || ENDS_ASKING.test(u.text);
}

/** A command on a named request ("approve FWA-…"): only an imperative, never a question about it. */
export function commandOnRequest(u: Understanding, words: RegExp): boolean {
  return u.requestId !== undefined && u.mood === "imperative" && words.test(commandPart(u.text));
}

/**
 * The classifier voted for a "decline" intent, and the paper's words are scarce in the question:
 * "P4职员工资多少" is about salaries, which the strategy does not cover.
 */
export function offTopic(u: Understanding, context: RouteContext): boolean {
  const declining = context.groupOf?.(u.classified.intent) === "decline";
  return (
    declining &&
    !namesPaperSubject(u) &&
    // A figure asked of a topic the paper sets none for ("战略规定工资涨多少？") is answered as
    // such, not as off-topic.
    !figureOfUnsetTopic(u) &&
    u.classified.score >= POLICY.sure &&
    u.coverage < POLICY.offTopicCoverage &&
    u.indicators.length === 0 &&
    !unsureAgainstAnItem(u) &&
    !asksStrategyFigure(u)
  );
}

/**
 * A target or an indicator asked of the strategy, of a part of its staff, or in words the
 * classifier is unsure of ("target time-to-recruit in the HR strategy?", "target ratio HQ vs
 * field staff?"): not off topic — the strategy's answer is that it sets none, and which it sets.
 */
export function asksStrategyFigure(u: Understanding): boolean {
  if (u.organisation !== undefined || u.personal) return false;
  const asks =
    u.facets.some((f) => f !== "verification" && FIGURE_FACETS.has(f)) || NAMES_AN_INDICATOR.test(u.text);
  return (
    asks &&
    (u.subjects.some((s) => s.subject.kind === "paper") ||
      u.populations.length > 0 ||
      u.classified.score < POLICY.sure)
  );
}

/**
 * "What if there's a big change in the Office's resources?" names a risk in scattered words:
 * weaker than a name, but against a classifier that is not sure, no ground to decline.
 */
export function unsureAgainstAnItem(u: Understanding): boolean {
  return (
    u.classified.score < POLICY.sure &&
    u.subjects.some((s) => s.confidence >= NAMED.scattered && ITEMS.has(s.subject.kind))
  );
}

/** Items of the paper a question may name in its own words. */
const ITEMS = new Set([
  "risk",
  "assumption",
  "lesson",
  "deliverable",
  "fact",
  "focusArea",
  "outcome",
  "partner",
]);

export { ASKS_FOR_A_REQUEST } from "../nlu/command-words.ts";

/** A question about the strategy names a topic, not a request ("what does the strategy say about telework"). */
export const ABOUT_THE_STRATEGY = anyLanguage((w) => w.aboutTheStrategy, "i");

const STRATEGY_WORD = anyLanguage((w) => w.routing.strategyWord, "i");

/**
 * The strategy or the paper itself named: by a name the knowledge base gives the paper ("the HR
 * strategy", "la stratégie"), or by a bare word for it ("战略对职员加薪有什么安排"), not by any
 * "strategy" ("a good strategy to lose weight").
 */
export function namesTheStrategy(u: Understanding): boolean {
  return (
    u.subjects.some((s) => s.subject.kind === "paper" && s.confidence >= SURELY) || STRATEGY_WORD.test(u.text)
  );
}
export { asksFigures, FIGURE_FACETS } from "./figure-asked.ts";

export const ASKS_WHY = anyLanguage((w) => w.routing.asksWhy, "i");
export const ABOUT_A_NAME = anyLanguage((w) => w.routing.aboutAName, "i");
export const NAMES_AN_INDICATOR = anyLanguage((w) => w.routing.namesAnIndicator, "i");

/**
 * "What counts as a move for the mobility KPI?": an indicator of the paper, called an indicator.
 * It asks about the strategy, however much it sounds like a request of that kind.
 */
export function namesIndicatorAsSuch(u: Understanding): boolean {
  return u.indicators.length > 0 && NAMES_AN_INDICATOR.test(u.text);
}

/** The classifier voted for the topic a topic intent answers as a whole. */
export function topicRule(
  options: { listing?: boolean; named?: (u: Understanding) => boolean } = {},
): RoutingRule {
  return {
    priority: STAGES.topic,
    why: "the classifier recognises the topic",
    when(u, _context, self) {
      if (!votedFor(u, self, POLICY.likely)) return false;
      // A detailed question that merely resembles "tell me about the outcomes" wants the passage
      // that answers it, not the whole list.
      const listing = options.listing === true && !options.named?.(u);
      const brief = u.lang === "zh" ? u.text.length <= 12 : wordCount(u) <= 6;
      return !(listing && !brief && u.classified.score < POLICY.sure);
    },
  };
}

/** The question names something the paper speaks of (a fact, a focus area, a system…), surely. */
export function namesPaperSubject(u: Understanding): boolean {
  return u.subjects.some(
    (s) => s.confidence >= SURELY && s.subject.kind !== "paper" && s.subject.kind !== "unsetTopic",
  );
}

/** A figure the paper states ("220,000 applications"), named surely. */
function namesFact(u: Understanding): boolean {
  return u.subjects.some((s) => s.confidence >= SURELY && s.subject.kind === "fact");
}

/** Small talk the classifier is sure of ("hello", "what can you do?"). */
export const SMALL_TALK: RoutingRule = {
  priority: STAGES.smallTalk,
  why: "the classifier is sure it is small talk, and the message names no request type or paper subject",
  // "wfh tues+thurs pls, commute is killing me" is a request, however chatty.
  when: (u, _context, self) =>
    votedFor(u, self, POLICY.sure) &&
    !REQUEST_TYPES.some((t) => t.names.test(u.text)) &&
    u.indicators.length === 0 &&
    !namesPaperSubject(u),
};
