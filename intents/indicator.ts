import type { IntentSpec, Understanding } from "../src/bot/intent.ts";
import type { Locale, ReplyPart } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestMessages, suggestTexts } from "../src/bot/reply.ts";
import {
  asksFigures,
  NAMES_AN_INDICATOR,
  onlyNamesIndicators,
  POLICY,
  shortFollowUp,
  votedFor,
} from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import {
  FIGURE_ROWS,
  type FigureFacet,
  figures,
  indicatorCitation,
  indicatorFacts,
  outcomeName,
} from "../src/bot/views.ts";
import { t } from "../src/i18n/messages.ts";
import { foldedForm } from "../src/i18n/text.ts";
import { alternatives, anyLanguage } from "../src/i18n/words.ts";
import { NAMED, SURELY } from "../src/knowledge/confidence.ts";
import type { Knowledge } from "../src/knowledge/knowledge.ts";
import type { Indicator } from "../src/knowledge/schema.ts";
import { localized } from "../src/knowledge/schema.ts";
import { asksForQuantity, detectYears, type Facet, namesFigureWords } from "../src/nlu/entities.ts";
import { unmeasuredPopulations } from "../src/nlu/population.ts";
import {
  asksOtherUnit,
  asksUnsetYear,
  breakdownReply,
  closeIndicators,
  closeIndicatorsReply,
  notFound,
  otherUnitReply,
  siblingsCounting,
  unsetYearReply,
  whichIndicator,
} from "./indicator-limits.ts";
import { answerOrDecline } from "./search.ts";

/**
 * What the appendix does not hold, said before the figures: figures for a year other than the
 * end-2023 milestone and end-2025 target, and any measure of progress made since.
 */
function periodNotes(text: string, lang: Locale): ReplyPart[] {
  const notes: ReplyPart[] = [];
  const otherYears = detectYears(text).filter((y) => y >= 2022 && y <= 2025 && y !== 2023 && y !== 2025);
  if (otherYears.length > 0) {
    notes.push(
      paragraph(t(lang, "indicator.otherYears", { years: otherYears.join(t(lang, "scope.yearSeparator")) })),
    );
  }
  if (PROGRESS.test(text)) {
    notes.push(paragraph(t(lang, "indicator.noProgress")));
  }
  return notes;
}

/** Words that ask for an amount, with or without a facet word ("what share…", "figure expected for 2024"). */
// "%" is every language's: "what % of new recruits…".
const QUANTITY_WORDS = new RegExp(`${alternatives((w) => w.intents.quantity)}|%`, "i");
/** Progress towards a figure asked ("achieved", "on track", "实现了"). */
const PROGRESS = anyLanguage((w) => w.intents.progress, "i");

/** Facets that ask for a figure: asked of no indicator, the answer is that the strategy sets none. */
const FIGURES = new Set<Facet>(["baseline", "milestone", "target", "all"]);

/** The sentence that answers the asked facet first; the other figures follow for context. */
function lead(
  knowledge: Knowledge,
  indicator: Indicator,
  facets: readonly Facet[],
  lang: Locale,
  named: boolean,
): string {
  const name = localized(indicator.heading, lang);
  const lines: string[] = [];
  const asked = new Set(
    facets.includes("all") || facets.length === 0 ? ["baseline", "milestone", "target"] : facets,
  );
  if (asked.has("definition"))
    lines.push(t(lang, "indicator.measures", { text: localized(indicator.measure, lang) }));
  if (asked.has("baseline"))
    lines.push(t(lang, "indicator.baseline", { text: figures(indicator.baseline, lang) }));
  if (asked.has("milestone"))
    lines.push(t(lang, "indicator.milestone", { text: localized(indicator.milestone2023.text, lang) }));
  if (asked.has("target")) {
    const target = localized(indicator.target2025.text, lang);
    // "Is the 2025 goal any different from the 2023 one?": say it is the same, not only twice.
    const same = asked.has("milestone") && target === localized(indicator.milestone2023.text, lang);
    lines.push(t(lang, same ? "indicator.targetSame" : "indicator.target", { text: target }));
  }
  if (asked.has("verification")) {
    const text = indicator.verification.map((v) => localized(v, lang)).join(t(lang, "plain.separator"));
    lines.push(t(lang, "indicator.verification", { text }));
  }
  if (asked.has("outcome")) {
    const outcome = outcomeName(knowledge, indicator.outcome, lang);
    lines.push(t(lang, "indicator.outcome", { number: indicator.outcome, outcome }));
  }
  // each sentence carries its own trailing space where the language puts one between sentences
  const joined = lines.join("").trimEnd();
  return named ? t(lang, "indicator.named", { name, lines: joined }) : joined;
}

/** More than one thing asked at once: "the baseline and the target", "…et on vise quoi", two questions. */
const COMPOUND = anyLanguage((w) => w.routing.compound, "i");

/**
 * The rows of figures the card shows: only those asked, when one indicator is asked for some of
 * its figures and nothing else, in a single ask; all three otherwise, since a compound question
 * may ask one the frame did not read ("on part de combien et on vise quoi ?").
 */
function figuresShown(u: Understanding, indicators: readonly Indicator[]): readonly FigureFacet[] {
  const asked = FIGURE_ROWS.filter((f) => u.facets.includes(f));
  const onlyFigures = u.facets.every((f) => (FIGURE_ROWS as readonly string[]).includes(f));
  // "hito 2023??" is one question, however many marks.
  const questions = (u.text.match(/[?？]+/g) ?? []).length;
  const single = indicators.length === 1 && questions <= 1 && !COMPOUND.test(u.text);
  if (!(asked.length > 0 && onlyFigures && single)) return FIGURE_ROWS;
  // A year of the baseline's period ("2021年是多少%") asks the baseline, in whatever words.
  const baselineYear = detectYears(u.text).some((y) => y <= 2021);
  return baselineYear && !asked.includes("baseline") ? ["baseline", ...asked] : asked;
}

/** One indicator's answer; `named` when several are shown and the reply has no single title. */
function describe(
  knowledge: Knowledge,
  indicator: Indicator,
  facets: readonly Facet[],
  lang: Locale,
  named: boolean,
  shown: readonly FigureFacet[] = FIGURE_ROWS,
): ReplyPart[] {
  const parts: ReplyPart[] = [
    paragraph(lead(knowledge, indicator, facets, lang, named)),
    { kind: "facts", facts: indicatorFacts(knowledge, indicator, lang, shown) },
  ];
  for (const note of [...indicator.notes, ...indicator.footnotes])
    parts.push(paragraph(localized(note, lang)));
  return parts;
}

/** The classifier is sure of another intent than this one. */
function votedForAnother(u: Understanding, self: string): boolean {
  return u.classified.intent !== self && u.classified.score >= POLICY.sure;
}

/**
 * A lesson, risk, assumption or deliverable named, even in scattered words, by a name that holds
 * every indicator's name the question has ("what lesson does the paper draw on workforce
 * planning": the lesson on workforce planning).
 */
function namesItemHoldingIndicator(u: Understanding): boolean {
  const items = u.subjects.filter(
    (s) => HOLDING_KINDS.has(s.subject.kind) && s.confidence >= NAMED.scattered,
  );
  return (
    u.indicators.length > 0 &&
    items.some((item) => u.indicators.every((m) => foldedForm(item.alias).includes(foldedForm(m.alias))))
  );
}
const HOLDING_KINDS = new Set(["lesson", "risk", "assumption", "deliverable"]);

/** The first subject the question names is no indicator (a lesson, a focus area asked for…). */
function namesOtherFirst(u: Understanding): boolean {
  const kind = u.subjects[0]?.subject.kind;
  return kind !== undefined && kind !== "indicator" && kind !== "indicatorGroup";
}

/** "And the baseline?", "基准呢": short enough to be about the indicator just discussed. */
function isFollowUp(text: string, lang: Locale): boolean {
  return lang === "zh" ? text.length <= 12 : text.split(/\s+/).filter(Boolean).length <= 6;
}

export const indicatorIntent: IntentSpec = {
  id: "indicator",
  description: {
    en: "A key indicator of the appendix: baseline, 2023 milestone, 2025 target, what it measures, how it is verified",
    zh: "附录中的关键指标：基准、2023 年里程碑、2025 年目标、衡量内容和验证手段",
  },
  routing: {
    group: "strategy",
    rules: [
      {
        priority: STAGES.subject + 5,
        why: "an indicator named, with a figure asked, or named as an indicator, or alone",
        when: (u, _c, self) =>
          u.indicators.length > 0 &&
          !(namesItemHoldingIndicator(u) && votedForAnother(u, self)) &&
          (votedFor(u, self, POLICY.likely) ||
            asksFigures(u) ||
            // "how far along is HR in going digital, like in %": a quantity asked of one named surely
            (namesFigureWords(u.text) &&
              u.subjects[0]?.subject.kind === "indicator" &&
              u.subjects[0].confidence >= SURELY) ||
            // In French or Spanish the indicators are what the assistant can answer, unless the
            // question names something else first and the classifier is sure it asks about that
            // ("lecon sur le respect", "l'analytique RH c'est quel domaine").
            ((u.lang === "fr" || u.lang === "es") && !(namesOtherFirst(u) && votedForAnother(u, self))) ||
            NAMES_AN_INDICATOR.test(u.text) ||
            // an amount in another unit asked of it ("budget allocated to L&D (USD)?"): said to be none
            asksOtherUnit(u.text) ||
            // "…share of women at P5 and above be in 2024": a quantity asked of a year
            (u.yearsUnset.length > 0 && QUANTITY_WORDS.test(u.text)) ||
            onlyNamesIndicators(u)),
      },
      {
        priority: STAGES.subject + 4,
        why: "a short follow-up about the indicator just discussed (“which outcome is it under?”)",
        when: (u, c) =>
          c.followsIndicator === true &&
          !u.ownSubject &&
          u.facets.length > 0 &&
          shortFollowUp(u) &&
          u.outcome === undefined &&
          u.focusArea === undefined,
      },
      {
        // Above the classifier's vote for out of scope: the year is read, not guessed.
        priority: STAGES.subject + 3,
        why: "a figure asked for a year the paper sets none for (“2022年的里程碑”): its two dates offered",
        when: (u) => u.indicators.length === 0 && asksFigures(u) && asksUnsetYear(u),
      },
      {
        priority: STAGES.subject + 1,
        why: "a figure asked with no subject at all (“the target?”, “里程碑呢”) and nothing to follow on from: which indicator?",
        when: (u, c) =>
          u.indicators.length === 0 &&
          asksFigures(u) &&
          !u.ownSubject &&
          shortFollowUp(u) &&
          c.followsIndicator !== true,
      },
      {
        priority: STAGES.subject + 1,
        why: "a quantity asked of no indicator: the strategy sets no such figure, and says so",
        when: (u) =>
          u.facets.some((f) => f === "baseline" || f === "milestone" || f === "target") &&
          u.indicators.length === 0 &&
          asksForQuantity(u.text),
      },
      {
        priority: STAGES.subject,
        why: "figures asked of what the classifier takes for an indicator: found by description, or declined",
        when: (u, _c, self) =>
          u.classified.intent === self &&
          (asksFigures(u) || (u.classified.score >= POLICY.likely && u.facets.length > 0)),
      },
    ],
  },
  examples: {
    en: [
      "what is the mobility target",
      "mobility target?",
      "target for women in P5 and above",
      "whats the baseline for training",
      "what is the 2023 milestone for geographical representation",
      "end-2025 target for digitalisation of HR processes",
      "baseline milestone and target for the job descriptions indicator",
      "what does the workforce planning indicator measure",
      "how is the performance management indicator verified",
      "data source for the wellbeing indicator",
      "which outcome does the mobility indicator belong to",
      "give me all the figures for the harassment indicator",
      "what's the target",
      "and the baseline?",
      "the milestone?",
      "what percentage of women in P1-P4 is the target",
      "what is the goal for new hires from under-represented countries",
      "target for staff share with clear link between performance and consequences",
      "what's the target for staff under 35",
      "what is the target for the number of staff with disabilities",
      "indicator figures",
      "what is the indicator for respectful working environment",
      "how is the digitalization indicator measured",
      "key performance indicator for training and development",
    ],
    zh: [
      "女性担任P5及以上职位的目标是多少？",
      "P5+女性目标",
      "流动性的目标是多少",
      "培训指标的基准是多少",
      "地域代表性2023年的里程碑",
      "数字化流程的目标",
      "职务说明指标的基准、里程碑和目标",
      "职员队伍规划指标衡量什么",
      "绩效管理指标的数据来源是什么",
      "福祉指标的验证手段",
      "流动指标属于哪个成果目标",
      "骚扰相关指标的全部数值",
      "目标是多少",
      "基准呢",
      "这个指标的里程碑",
      "P1-P4女性比例的目标",
      "代表性不足国家新聘职员的目标",
      "35岁以下职员比例的目标是多少",
      "指标的数值",
      "相互尊重的工作环境指标是什么",
    ],
    fr: ["quel est l'objectif de mobilité", "quelle est la cible pour les femmes P5"],
    es: ["cuál es la meta de movilidad", "cuál es el objetivo para las mujeres P5"],
  },
  handle(context) {
    const { knowledge, understanding, memory } = context;
    const lang = understanding.answerLang;
    let indicators: Indicator[] = understanding.indicators.flatMap((m) =>
      m.target.kind === "indicator"
        ? [m.target.indicator]
        : m.target.group.indicators.flatMap((id) => knowledge.indicator(id) ?? []),
    );
    // A follow-up inherits the last indicator only when it names no subject of its own.
    const followsOn = isFollowUp(understanding.text, lang) && !understanding.ownSubject;
    if (indicators.length === 0 && memory.lastIndicators && followsOn) {
      indicators = memory.lastIndicators.flatMap((id) => knowledge.indicator(id) ?? []);
    }
    const siblings = siblingsCounting(
      knowledge,
      indicators,
      unmeasuredPopulations(understanding.populations, indicators),
    );
    indicators = [...new Map([...indicators, ...siblings].map((i) => [i.id, i])).values()].slice(0, 4);
    if (indicators.length > 0) memory.lastIndicators = indicators.map((i) => i.id);
    // What the appendix does not give is said, and what it gives offered, before any figure.
    if (asksUnsetYear(understanding)) return unsetYearReply(context, indicators);
    const limited = breakdownReply(context, indicators) ?? otherUnitReply(context, indicators);
    if (limited) return limited;
    if (indicators.length === 0) {
      // A figure asked of no indicator: the strategy sets none. Anything else ("what does IRIS
      // stand for in the data sources?") may still be in the paper.
      const asksFigure = understanding.facets.some((f) => FIGURES.has(f));
      if (asksFigure && !understanding.ownSubject) return whichIndicator(context);
      // "performance target": the two best readings are close or weak, so which is asked
      const close = asksFigure ? closeIndicators(context) : [];
      if (close.length > 0) return closeIndicatorsReply(context, close);
      return asksFigure ? notFound(context) : answerOrDecline(context, "search");
    }
    const several = indicators.length > 1;
    const parts = [
      ...periodNotes(understanding.text, lang),
      ...indicators.flatMap((i) =>
        describe(knowledge, i, understanding.facets, lang, several, figuresShown(understanding, indicators)),
      ),
    ];
    const first = indicators[0] as Indicator;
    return makeReply("indicator", understanding.lang, parts, {
      title: several ? undefined : localized(first.heading, lang),
      subjects: indicators.map((i) => `indicator:${i.id}`),
      citations: indicators.map((i) => indicatorCitation(knowledge, i, lang)),
      suggestions: [
        ...suggestTexts([t(lang, "label.outcomeNumber", { number: first.outcome })]),
        ...suggestMessages(lang, ["suggest.allIndicators"]),
      ],
    });
  },
};
