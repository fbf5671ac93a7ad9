import type { IntentContext } from "../src/bot/intent.ts";
import type { Reply, ReplyPart, Suggestion } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestMessages, suggestTexts } from "../src/bot/reply.ts";
import { indicatorCitation } from "../src/bot/views.ts";
import { formatList } from "../src/i18n/format.ts";
import { t } from "../src/i18n/messages.ts";
import { anyLanguage } from "../src/i18n/words.ts";
import { indexLang, type Knowledge } from "../src/knowledge/knowledge.ts";
import type { Indicator } from "../src/knowledge/schema.ts";
import { localized } from "../src/knowledge/schema.ts";
import { askedUnitKind, type Facet } from "../src/nlu/entities.ts";
import { type PopulationMention, unmeasuredPopulations } from "../src/nlu/population.ts";

/**
 * What the appendix does not give, asked of its indicators: a figure for a year other than the
 * end-2023 milestone and the end-2025 target, or for a part of the staff the figure does not
 * count. Either is said plainly and the figures it does give are offered as choices — never
 * stated as the year's or the group's figure.
 */

const ASKS_A_FIGURE = new Set<Facet>(["milestone", "target", "all"]);

/** A year the paper sets no figure for, asked alone: "target for 2024", not "2022 baseline" or "2024 and 2025". */
export function asksUnsetYear(understanding: IntentContext["understanding"]): boolean {
  const { yearsUnset, facets, text } = understanding;
  if (yearsUnset.length === 0) return false;
  // the milestone or target year named too: that figure is asked, and the other year noted
  if (
    /(?<!\d)20(23|25)(?!\s*[-–—~至到]\s*\d)(?!\d)/.test(
      text.replace(/20(22|24)\s*[-–—~至到]\s*20(23|25)/g, " "),
    )
  )
    return false;
  return facets.length === 0 || facets.some((f) => ASKS_A_FIGURE.has(f));
}

/** "mobility target for 2024": the paper's two dates, offered as choices. */
export function unsetYearReply(context: IntentContext, indicators: readonly Indicator[]): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const years = understanding.yearsUnset.join(t(lang, "scope.yearSeparator"));
  const [first] = indicators;
  if (!first)
    return makeReply(
      "indicator",
      understanding.lang,
      [paragraph(t(lang, "indicator.yearsUnsetAny", { years }))],
      {
        outcome: "clarify",
        citations: [knowledge.citation("appendix", lang)],
        suggestions: suggestMessages(lang, ["suggest.allIndicators", "suggest.mobilityTarget"]),
      },
    );
  const shown = indicators.slice(0, 3);
  const parts: ReplyPart[] = shown.map((i) =>
    paragraph(t(lang, "indicator.yearsUnset", { indicator: localized(i.heading, lang), years })),
  );
  const suggestions: Suggestion[] = shown.flatMap((i) => {
    const indicator = localized(i.heading, lang);
    return suggestTexts([
      t(lang, "indicator.choiceMilestone", { indicator }),
      t(lang, "indicator.choiceTarget", { indicator }),
    ]);
  });
  return makeReply("indicator", understanding.lang, parts, {
    outcome: "clarify",
    subjects: shown.map((i) => `indicator:${i.id}`),
    citations: shown.map((i) => indicatorCitation(knowledge, i, lang)),
    suggestions: suggestions.slice(0, 3),
  });
}

/** Indicators of a named one's group that count every part of the staff the named ones do not. */
export function siblingsCounting(
  knowledge: Knowledge,
  indicators: readonly Indicator[],
  missing: readonly PopulationMention[],
): Indicator[] {
  if (missing.length === 0) return [];
  const named = new Set(indicators.map((i) => i.id));
  const siblings = knowledge.kb.indicatorGroups
    .filter((g) => g.indicators.some((id) => named.has(id)))
    .flatMap((g) => g.indicators.filter((id) => !named.has(id)))
    .flatMap((id) => knowledge.indicator(id) ?? []);
  return siblings.filter((s) => unmeasuredPopulations(missing, [s]).length === 0);
}

/**
 * "women P5+ target in Africa", "GS staff only", "按地区": a part of the staff none of the named
 * indicators counts. Undefined when every part named is one they count.
 */
export function breakdownReply(context: IntentContext, indicators: readonly Indicator[]): Reply | undefined {
  const { understanding, knowledge } = context;
  // What it measures, how it is verified, where it belongs: answered, and they say whom it counts.
  const { facets } = understanding;
  if (
    indicators.length === 0 ||
    (facets.length > 0 && !facets.some((f) => ASKS_A_FIGURE.has(f) || f === "baseline"))
  )
    return undefined;
  const missing = unmeasuredPopulations(understanding.populations, indicators);
  if (missing.length === 0) return undefined;
  // "P5及以上…和P1-P4那个指标": a part of the staff another indicator of the same family counts names that one.
  if (siblingsCounting(knowledge, indicators, missing).length > 0) return undefined;
  const lang = understanding.answerLang;
  const dimensions = formatList(
    [...new Set(missing.map((p) => p.dimension))].map((d) => t(lang, `population.${d}`)),
    lang,
    "disjunction",
  );
  return notAmongFigures(
    context,
    indicators,
    (i) =>
      t(lang, "indicator.notBrokenDown", {
        indicator: localized(i.heading, lang),
        dimensions,
        measure: localized(i.measure, lang),
      }),
    t(lang, "indicator.noSeparateFigure"),
  );
}

/** What the named indicators do not give, said of each, and each offered overall instead. */
function notAmongFigures(
  { understanding, knowledge }: IntentContext,
  indicators: readonly Indicator[],
  say: (indicator: Indicator) => string,
  /** What is asked, answered first ("no separate figure for them"). */
  lead?: string,
): Reply {
  const lang = understanding.answerLang;
  const shown = indicators.slice(0, 3);
  return makeReply(
    "indicator",
    understanding.lang,
    [...(lead ? [paragraph(lead)] : []), ...shown.map((i) => paragraph(say(i)))],
    {
      outcome: "clarify",
      subjects: shown.map((i) => `indicator:${i.id}`),
      citations: shown.map((i) => indicatorCitation(knowledge, i, lang)),
      suggestions: suggestTexts(
        shown.map((i) => t(lang, "indicator.choiceOverall", { indicator: localized(i.heading, lang) })),
      ),
    },
  );
}

/**
 * "the training budget in dollars": every indicator's figures are percentages, so an amount of
 * money asked of one is not among them.
 */
/** "Target number of days to fill a post": a duration asked as a quantity. */
const DURATION_ASKED = anyLanguage((w) => w.amounts.durationAsked, "i");

/** The unit other than a percentage asked, if any. */
function otherUnit(text: string): "money" | "hours" | "duration" | undefined {
  const kind = askedUnitKind(text);
  if (kind === "money" || kind === "hours") return kind;
  return DURATION_ASKED.test(text) ? "duration" : undefined;
}

/** Money, hours or a duration asked of an indicator: a unit none of the indicators (all percentages) is in. */
export function asksOtherUnit(text: string): boolean {
  return otherUnit(text) !== undefined;
}

export function otherUnitReply(context: IntentContext, indicators: readonly Indicator[]): Reply | undefined {
  const { understanding } = context;
  // Money, hours, a duration asked as a quantity: "à jour" (up to date) or "in six months" are no units asked.
  const kind = otherUnit(understanding.text);
  if (indicators.length === 0 || kind === undefined) return undefined;
  const lang = understanding.answerLang;
  const unit = t(lang, `unit.${kind}`);
  return notAmongFigures(context, indicators, (i) =>
    t(lang, "indicator.otherUnit", {
      indicator: localized(i.heading, lang),
      unit,
      measure: localized(i.measure, lang),
    }),
  );
}

/** "the target?" with nothing named and nothing to follow on from: which indicator, never a guess. */
export function whichIndicator({ understanding, knowledge }: IntentContext): Reply {
  const lang = understanding.answerLang;
  const names = knowledge.kb.indicators.map((i) => localized(i.heading, lang));
  return makeReply(
    "indicator",
    understanding.lang,
    [paragraph(t(lang, "indicator.which", { count: names.length })), { kind: "list", items: names }],
    {
      outcome: "clarify",
      citations: [knowledge.citation("appendix", lang)],
      suggestions: suggestMessages(lang, ["suggest.allIndicators", "suggest.mobilityTarget"]),
    },
  );
}

/**
 * The indicators a figure question may mean when it names none by name ("performance target",
 * "feedback baseline"): those the indicator search finds holding a fair share of the question's
 * words, close to the best. Offered as choices, never answered.
 */
const CLOSE = { minShare: 0.25, minScore: 1.5, ofBest: 0.5, most: 3 };

export function closeIndicators({ understanding, knowledge }: IntentContext): Indicator[] {
  // Years name a facet, not an indicator (the mobility text mentions 2024–2025).
  const query = understanding.text.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, " ");
  const hits = knowledge.searchIndicators(query, indexLang(understanding.answerLang), CLOSE.most);
  const best = hits[0]?.score ?? 0;
  return hits
    .filter((h) => h.share >= CLOSE.minShare && h.score >= CLOSE.minScore && h.score >= best * CLOSE.ofBest)
    .map((h) => h.item);
}

/** "performance target": which of the indicators it may mean, each offered with the figure asked. */
export function closeIndicatorsReply(context: IntentContext, candidates: readonly Indicator[]): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const { facets } = understanding;
  const key =
    facets.includes("target") && !facets.includes("milestone")
      ? "indicator.choiceTarget"
      : facets.includes("milestone") && !facets.includes("target")
        ? "indicator.choiceMilestone"
        : "indicator.choiceOverall";
  return makeReply("indicator", understanding.lang, [paragraph(t(lang, "indicator.didYouMean"))], {
    outcome: "clarify",
    subjects: candidates.map((i) => `indicator:${i.id}`),
    citations: candidates.map((i) => indicatorCitation(knowledge, i, lang)),
    suggestions: suggestTexts(candidates.map((i) => t(lang, key, { indicator: localized(i.heading, lang) }))),
  });
}

/** A figure asked of no indicator of the paper: it sets none, and these are the ones it sets. */
export function notFound(context: IntentContext): Reply {
  const { knowledge, understanding } = context;
  const lang = understanding.answerLang;
  const names = knowledge.kb.indicators.map((i) => localized(i.heading, lang));
  return makeReply(
    "indicator",
    understanding.lang,
    [paragraph(t(lang, "indicator.notFound")), { kind: "list", items: names }],
    {
      citations: [knowledge.citation("appendix", lang)],
      suggestions: suggestMessages(lang, ["suggest.allIndicators", "suggest.mobilityTarget"]),
    },
  );
}
