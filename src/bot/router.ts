import { asksForQuantity, detectFacets } from "../nlu/entities.ts";
import { tokenize } from "../nlu/text.ts";
import type { Understanding } from "./intent.ts";

/** Intents that answer a topic as a whole; chosen when the classifier is confident enough. */
const TOPIC_INTENTS = new Set([
  "overview",
  "outcome",
  "focus_area",
  "all_indicators",
  "lessons",
  "risks",
  "partnerships",
  "facts",
]);
/** Intents that answer about the strategy: a question asked in the middle of a form. */
export const STRATEGY_INTENTS = new Set([
  ...TOPIC_INTENTS,
  "indicator",
  "all_indicators",
  "search",
  "greeting",
  "help",
]);

/** Request intents chosen by the classifier alone when it is confident. */
const REQUEST_INTENTS = /^(submit:|request_menu$|my_requests$|hr_pending$|hr_export$|hr_stats$)/;

/** What a message naming a request id wants done with it. */
const ID_ACTIONS: [string, RegExp][] = [
  ["hr_record_selection", /selection|遴选/i],
  [
    "request_resubmit",
    /resubmit|re-submit|^(here is |here's )?(the )?(more )?info(rmation)? for|reply to hr|重新提交|补充.*信息：|回复人力资源/i,
  ],
  [
    "hr_decide",
    /approve|accept|grant|reject|decline|deny|refuse|ask(ing)? for (more )?info|request(ing)? (more )?info|批准|同意|拒绝|驳回|要求补充/i,
  ],
  ["request_withdraw", /withdraw|cancel|retract|撤回|撤销|取消/i],
];

/**
 * Words a request intent needs besides the classifier's vote, so that "which job review
 * requirements…" is not the HR queue and "job description target 2025" is not a new request.
 */
const REQUEST_EVIDENCE: [RegExp, RegExp][] = [
  [
    /^submit:|^request_menu$/,
    /\b(submit|request|apply|file|open|start|want|need|'d like|would like|can i|could i|how do i|nominate|propose)\b|申请|提交|办理|发起|我想|我要|想要|提名/i,
  ],
  [/^my_requests$/, /\bmy\b.*\brequests?\b|\brequests?\b.*\b(i|me)\b|我的申请|我提交|我.*申请/i],
  [/^hr_pending$/, /pending|waiting|queue|inbox|to (approve|review|decide)|awaiting|待|审批|审核队列/i],
  [/^hr_export$/, /export|csv|download|导出|下载/i],
  [
    /^hr_stats$/,
    /requests?\b.*\b(stat|analytic|count|number|by type)|\b(stat|statistics|analytics|count)\b.*\brequests?|share of early|申请.*(统计|分析|数量)|(统计|分析).*申请|提前招聘.*比例/i,
  ],
];

function hasRequestEvidence(intent: string, u: Understanding): boolean {
  // "…target 2025?" asks a figure; "…from 1 March to 31 August 2025" dates a request.
  const facetWords = detectFacets(u.text.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, " "));
  if (intent.startsWith("submit:") && facetWords.some((f) => FIGURE_FACETS.has(f))) return false;
  if (u.classified.score >= THRESHOLDS.sureRequest) return true;
  const rule = REQUEST_EVIDENCE.find(([which]) => which.test(intent));
  return rule ? rule[1].test(u.text) : true;
}

/** Topic intents whose answer without a number is a whole list. */
const LISTING_INTENTS = new Set(["overview", "outcome", "focus_area", "all_indicators"]);
const ABOUT_A_NAME = /\b(what|who) (is|are)\b|\brole of\b|\bstand for\b|是什么|指的是什么|指什么|作用/i;
const ASKS_WHY = /^\s*why\b|\bwhy (is|does|do|are|did|was)\b|为什么|为何|目的是什么|想解决什么|解决什么问题/i;
const FIGURE_FACETS = new Set(["baseline", "milestone", "target", "verification", "all"]);
const NAMES_AN_INDICATOR = /indicator|\bkpi|指标|indicateur|indicador/i;

/** Short enough to lean on the previous answer: "and the baseline?", "它属于哪个成果目标？". */
function shortFollowUp(u: Understanding): boolean {
  return u.lang === "zh" ? u.text.length <= 12 : u.text.split(/\s+/).filter(Boolean).length <= 6;
}

/** "mobility?", "P5+女性": the message is nothing but an indicator's name. */
function onlyNamesIndicators(u: Understanding): boolean {
  const named = new Set(u.indicators.flatMap((m) => tokenize(m.alias)));
  const words = tokenize(u.text).filter((t) => !t.startsWith("~"));
  return words.length > 0 && words.every((t) => named.has(t) || /^\d+$/.test(t));
}

export const THRESHOLDS = {
  smallTalk: 0.6,
  request: 0.4,
  sureRequest: 0.75,
  personal: 0.45,
  outOfScope: 0.4,
  decline: 0.35,
  offTopicCoverage: 0.6,
  topic: 0.42,
  listing: 0.75,
  indicator: 0.5,
};

/**
 * Chooses the intent that answers: the classifier's vote, checked against the entities. An
 * indicator named with a figure facet is an indicator question whatever the wording; questions
 * about details fall through to passage search, which declines when nothing in the paper fits.
 */
export interface RouteContext {
  /** The conversation has just been about an indicator ("and the baseline?" follows on from it). */
  followsIndicator?: boolean;
}

export function route(u: Understanding, context: RouteContext = {}): string {
  const { intent, score } = u.classified;
  const words = u.text.split(/\s+/).filter(Boolean).length;
  const short = u.lang === "zh" ? u.text.length <= 12 : words <= 4;
  if ((intent === "greeting" || intent === "help") && score >= THRESHOLDS.smallTalk) return intent;
  // Only a command acts (and only after confirmation): "has FWA-… been approved?" asks its status.
  if (u.requestId) {
    if (u.mood !== "imperative") return "request_status";
    return ID_ACTIONS.find(([, re]) => re.test(u.text))?.[0] ?? "request_status";
  }
  if (REQUEST_INTENTS.test(intent) && score >= THRESHOLDS.request && hasRequestEvidence(intent, u))
    return intent;
  if (u.yearsOutside.length > 0 || u.previousStrategy) return "out_of_scope";
  if (u.personal || (intent === "person_specific" && score >= THRESHOLDS.personal)) return "person_specific";
  // Both "decline" intents agree the question is not about the paper, and the paper's words are
  // scarce in it: "P4职员工资多少" is about salaries, which the strategy does not cover.
  const declining = intent === "out_of_scope" || intent === "person_specific";
  if (
    declining &&
    score >= THRESHOLDS.decline &&
    u.coverage < THRESHOLDS.offTopicCoverage &&
    u.indicators.length === 0
  ) {
    return "out_of_scope";
  }
  // "Why is there an indicator on …?": the reasons are in the paper's text, not in the figures.
  if (ASKS_WHY.test(u.text) && !u.facets.some((f) => FIGURE_FACETS.has(f))) return "search";
  // "What is the HLCM?", "CEB是什么": a partner asked about as such, not merely mentioned.
  const aboutPartner = intent === "partnerships" || ABOUT_A_NAME.test(u.text) || shortFollowUp(u);
  if (u.partnerNamed && aboutPartner && !TOPIC_INTENTS.has(intent)) return "partnerships";
  if (u.indicators.length > 0) {
    const asksFigures = u.facets.some((f) => FIGURE_FACETS.has(f));
    const confident = intent === "indicator" && score >= THRESHOLDS.indicator;
    // In French or Spanish the indicators are what the assistant can answer: the paper's passages are
    // in English and Chinese only.
    const otherLanguage = u.lang === "fr" || u.lang === "es";
    if (
      confident ||
      asksFigures ||
      otherLanguage ||
      NAMES_AN_INDICATOR.test(u.text) ||
      onlyNamesIndicators(u)
    ) {
      return "indicator";
    }
  }
  // "Which outcome is it under?", "它衡量什么？": a short follow-up about the indicator just discussed.
  if (context.followsIndicator && u.facets.length > 0 && shortFollowUp(u) && !u.outcome && !u.focusArea) {
    return "indicator";
  }
  // "Which outcome does X belong to?" about something that is not an indicator.
  if (u.facets.includes("outcome") && u.outcome === undefined) return "outcome";
  if (intent === "out_of_scope" && score >= THRESHOLDS.outOfScope) return intent;
  // "How many days is the target for…?" of no indicator: the strategy sets no such figure.
  const figureFacet = u.facets.some((f) => f === "baseline" || f === "milestone" || f === "target");
  if (figureFacet && u.indicators.length === 0 && asksForQuantity(u.text)) return "indicator";
  // Figures asked of something the classifier takes for an indicator: the indicator handler
  // finds it by description, or says the strategy sets no such figure.
  const asksFigures = u.facets.some((f) => FIGURE_FACETS.has(f));
  if (intent === "indicator" && (asksFigures || (score >= THRESHOLDS.indicator && u.facets.length > 0))) {
    return "indicator";
  }
  if (TOPIC_INTENTS.has(intent) && score >= THRESHOLDS.topic) {
    // A detailed question that merely resembles "tell me about the outcomes" wants the passage
    // that answers it, not the whole list.
    const named =
      (intent === "outcome" && u.outcome) ||
      (intent === "focus_area" && (u.focusArea || u.focusAreaByTitle || u.outcome));
    const listing = LISTING_INTENTS.has(intent) && !named;
    const brief = u.lang === "zh" ? u.text.length <= 12 : words <= 6;
    if (listing && !brief && score < THRESHOLDS.listing) return "search";
    return intent;
  }
  if (short && u.focusArea) return "focus_area";
  if (short && u.outcome) return "outcome";
  return "search";
}
