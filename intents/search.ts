import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply, ReplyPart } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import {
  ASKS_WHY,
  asksFigures,
  asksStrategyFigure,
  namesTheStrategy,
  POLICY,
} from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { alternatives, everyLanguage } from "../src/i18n/words.ts";
import { SURELY } from "../src/knowledge/confidence.ts";
import { indexLang } from "../src/knowledge/knowledge.ts";
import type { Fact, Passage } from "../src/knowledge/schema.ts";
import { localized } from "../src/knowledge/schema.ts";
import type { Scored } from "../src/knowledge/search.ts";
import { askedUnit, asksForQuantity, asksPlannedAmount, detectFacets } from "../src/nlu/entities.ts";
import { detectPopulations } from "../src/nlu/population.ts";
import { notFound } from "./indicator-limits.ts";
import { noTargetReply } from "./no-target.ts";
import { outOfScopeReply } from "./out-of-scope.ts";

/** The classifier's reading of a question outside the strategy. */
const OUT_OF_SCOPE = "out_of_scope";

/** Below this idf-weighted share of the query's words known to the paper, it is not about the paper. */
const MIN_COVERAGE = 0.4;
/** BM25 score below which the best match is too weak to quote. */
const MIN_SCORE = 3;
/**
 * The best passage or fact must hold at least this idf-weighted share of the question's own
 * words: a passage found through one stray word ("room") does not answer the question. The bar
 * is higher when the classifier, too, reads the question as outside the strategy: two weak signs
 * that agree are enough to decline rather than quote something beside the point. It is lower
 * when the question names the part of the paper to look in ("the main idea behind outcome 1"),
 * and the passage is from that part.
 */
const MIN_SHARE = { usual: 0.2, offTopic: 0.4, scoped: 0.1 };
/** A second passage is shown when it scores this share of the best one. */
const SECOND_RATIO = 0.8;
/** Facts are short, so they score lower than passages that say the same: a lower bar. */
const FACT_RATIO = 0.7;

/** Words that only name where to look ("focus area 2.3", "成果目标 1"): they would match every passage that says "outcome". */
/** Numerals that are no digits ("成果目标 一"). */
const NUMERALS = everyLanguage((w) => Object.keys(w.amounts.numerals)).join("");
const SCOPE_WORDS = new RegExp(
  `(${alternatives((w) => w.intents.scope)})\\s*[1-3${NUMERALS}](\\.[1-3])?`,
  "giu",
);

export interface PaperAnswer {
  passages: Scored<Passage>[];
  facts: Scored<Fact>[];
}

function scopeOf(context: IntentContext): string | undefined {
  const { focusArea, outcome } = context.understanding;
  if (focusArea) return `focus-${focusArea}`;
  return outcome ? `outcome-${outcome}` : undefined;
}

/** A section is the named part of the paper, or within it. */
function inPart(context: IntentContext, section: string, scope: string): boolean {
  return section === scope || context.knowledge.section(section)?.parent === scope;
}

/** Hits in the named part of the paper when there are good ones, else all hits. */
function preferScope<T extends { section: string }>(
  context: IntentContext,
  hits: Scored<T>[],
  scope: string | undefined,
): Scored<T>[] {
  if (!scope) return hits;
  const inScope = hits.filter((hit) => inPart(context, hit.item.section, scope));
  return inScope.length > 0 && (inScope[0]?.score ?? 0) >= MIN_SCORE ? inScope : hits;
}

/**
 * What the paper says in answer to a question: the best passages and, when one fits as well,
 * the best citable fact. Questions naming a focus area or outcome prefer that part of the paper.
 */
export function answerFromPaper(context: IntentContext, within?: string): PaperAnswer {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const query = understanding.text.replace(SCOPE_WORDS, " ");
  const none: PaperAnswer = { passages: [], facts: [] };
  // A fact the question names ("how many people retired?" → the 77 retirements) leads, whatever
  // the search ranks first: the subject finder read the question's own words for it.
  // Only when it is what the question is about (the first subject), so it never displaces a better fit.
  const [first] = understanding.subjects;
  const surely = first !== undefined && first.confidence >= SURELY;
  // The decision named ("what is the GB being asked to do?") is answered by the fact that states it.
  const namedFact = !surely
    ? undefined
    : first.subject.kind === "fact"
      ? knowledge.kb.facts.find((f) => f.id === first.subject.id)
      : first.subject.kind === "decision"
        ? knowledge.kb.facts.find((f) => f.section === "decision")
        : undefined;
  // Named in words the paper does not use ("qui a rédigé le document ?"), it is still named,
  // unless the question is taken for off-topic or names a topic beside the paper ("Swiss pension law").
  const surelyNamed =
    namedFact !== undefined &&
    understanding.classified.intent !== OUT_OF_SCOPE &&
    !understanding.subjects.some((s) => knowledge.isUnmentionedTopic(s.subject));
  if (!surelyNamed && knowledge.vocabularyCoverage(query, indexLang(lang)) < MIN_COVERAGE) return none;
  const scope = within ?? scopeOf(context);
  const passages = preferScope(context, knowledge.searchPassages(query, indexLang(lang), 40), scope);
  const found = preferScope(context, knowledge.searchFacts(query, indexLang(lang), 20), scope);
  const topScore = Math.max(passages[0]?.score ?? 0, found[0]?.score ?? 0);
  const facts = namedFact
    ? [
        { item: namedFact, score: Math.max(topScore, MIN_SCORE), share: 1 },
        ...found.filter((f) => f.item.id !== namedFact.id),
      ]
    : found;
  const bestPassage = passages[0];
  const top = Math.max(bestPassage?.score ?? 0, facts[0]?.score ?? 0);
  if (top < MIN_SCORE) return none;
  const bestShare = Math.max(bestPassage?.share ?? 0, namedFact ? 1 : (facts[0]?.share ?? 0));
  // A vote below the policy's "likely" is no sign: the usual bar applies. Nor is it one when the
  // question names the strategy or the paper itself and asks no figure of it ("why does the paper
  // worry that…"); a figure it sets none for is said to be none (`notFound`), not found in a passage.
  const offTopic =
    understanding.classified.intent === OUT_OF_SCOPE &&
    understanding.classified.score >= POLICY.likely &&
    (!namesTheStrategy(understanding) || asksStrategyFigure(understanding));
  const inNamedPart =
    scope !== undefined && bestPassage !== undefined && inPart(context, bestPassage.item.section, scope);
  const bar = offTopic ? MIN_SHARE.offTopic : inNamedPart ? MIN_SHARE.scoped : MIN_SHARE.usual;
  if (bestShare < bar) return none;
  const shown = bestPassage && bestPassage.score >= top * 0.4 ? [bestPassage] : [];
  const second = passages[1];
  if (bestPassage && second && second.score >= bestPassage.score * SECOND_RATIO) shown.push(second);
  return { passages: shown, facts: facts.slice(0, 2).filter((f) => f.score >= top * FACT_RATIO) };
}

/** A paragraph's number ("第12段", "para. 12"). */
const PARAGRAPH = new RegExp(`(${alternatives((w) => w.intents.paragraph)})\\s*\\d+`, "gi");

/** A number that states a quantity, in the unit asked if one was: not a year, a period or a document or paragraph number. */
function hasFigure(text: string, unit?: RegExp): boolean {
  const withoutDates = text
    .replace(/GB\.\d+\/[A-Z]+\/\d+/g, " ")
    .replace(/(?<![\d.])(19|20)\d{2}(?![\d%])/g, " ")
    .replace(PARAGRAPH, " ");
  return unit ? unit.test(withoutDates) : /\d/.test(withoutDates);
}

/** Words of "target" that also mean an aim, and years: neither alone asks for a figure. */
const AIM_OR_YEAR = new RegExp(
  `\\b(${alternatives((w) => w.intents.aim)})\\b|(?<!\\d)(19|20)\\d{2}(?!\\d)`,
  "gi",
);

/**
 * A target asked where no indicator is named ("cible d'utilisation de l'outil GROWTH", "meta de
 * uso de…"): the strategy's targets are its indicators', so the passage quoted holds none. In
 * French and Spanish a planned amount or change asked ("budget prévu", "se busca alcanzar")
 * counts too, unless the passage quoted states a figure.
 */
function asksTargetOfNoIndicator(u: IntentContext["understanding"], quoted: string): boolean {
  if (u.indicators.length > 0) return false;
  if (detectFacets(u.text.replace(AIM_OR_YEAR, " ")).includes("target")) return true;
  const unit = askedUnit(u.text);
  if (unit && !hasFigure(quoted, unit)) return true;
  return asksPlannedAmount(u.text) && !hasFigure(quoted, unit);
}

/** Facets that ask for an indicator's figure. */
const PLANNED_FIGURE_FACETS = new Set<string>(["baseline", "milestone", "target"]);

/** The parts of the staff a question names as such ("under 35", "in Africa", "女性"), not a breakdown. */
function partsNamed(question: string) {
  return detectPopulations(question).filter((p) => p.value !== "any");
}

/** Whether a text names every one of those parts: only then are its figures theirs. */
function namesParts(text: string, parts: ReturnType<typeof partsNamed>): boolean {
  const named = detectPopulations(text);
  return parts.every((p) => named.some((q) => q.dimension === p.dimension && q.value === p.value));
}

export function paperReply(context: IntentContext, found: PaperAnswer, intent: string): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  // A number asked of a part of the staff: a fact (led by its figure) or a passage stating a
  // figure that does not name that part is about others, and is not quoted as the answer.
  const asksNumber =
    asksForQuantity(understanding.text) || understanding.facets.some((f) => PLANNED_FIGURE_FACETS.has(f));
  const asked = asksNumber ? partsNamed(understanding.text) : [];
  const unit = askedUnit(understanding.text) ?? /\d\s*%/;
  const ofPart = (text: string) => asked.length === 0 || namesParts(text, asked);
  const [first] = understanding.subjects;
  const namedFirst = (id: string) =>
    first?.subject.kind === "fact" && first.subject.id === id && first.confidence >= SURELY;
  const answer: PaperAnswer = {
    // The fact the question names ("发展合作项目职员占总数多少") is about the part it names.
    facts: found.facts.filter(({ item }) => namedFirst(item.id) || ofPart(localized(item.text, lang))),
    passages: found.passages.filter(({ item }) => {
      const text = localized(item.text, lang);
      return ofPart(text) || (!item.section.startsWith("appendix") && !hasFigure(text, unit));
    }),
  };
  const otherPart =
    answer.facts.length < found.facts.length || answer.passages.length < found.passages.length;
  const factParts: ReplyPart[] = [];
  const citations: string[] = [];
  for (const { item } of answer.facts) {
    // The value is led with only when the sentence does not already state it ("77", or each of a list).
    const said = `${localized(item.label, lang)} ${localized(item.text, lang)}`.replace(/\s+/g, "");
    const stated =
      !item.value ||
      // A value in words of the other language ("end of 2022" in a Chinese answer) is left to the sentence.
      (lang === "zh" && /[a-z]/i.test(item.value)) ||
      item.value.split(/[,，、]\s*/).every((v) => said.includes(v.replace(/\s+/g, "")));
    const lead = stated
      ? ""
      : t(lang, "search.lead", { label: localized(item.label, lang), value: item.value ?? "" });
    factParts.push(paragraph(`${lead}${localized(item.text, lang)}`));
    citations.push(knowledge.citation(item.section, lang, item.paragraphs));
  }
  const quoted = [...answer.facts, ...answer.passages].map((hit) => localized(hit.item.text, lang)).join(" ");
  const outsideAppendix = [...answer.facts, ...answer.passages]
    .filter(({ item }) => !item.section.startsWith("appendix"))
    .map((hit) => localized(hit.item.text, lang))
    .join(" ");
  const noFigure =
    otherPart ||
    (asksForQuantity(understanding.text) && !hasFigure(quoted, askedUnit(understanding.text))) ||
    asksTargetOfNoIndicator(understanding, outsideAppendix);
  // Said to hold no such figure, the answer quotes no appendix row: its figures are another
  // indicator's, not the one asked for ("the training budget in dollars" is not the training
  // indicator's 25%).
  const passages = noFigure
    ? answer.passages.filter(({ item }) => !item.section.startsWith("appendix"))
    : answer.passages;
  // With no figure for what was asked, that leads: a fact's figure found near it is context, not
  // the answer ("what % of vacancies must be filled within 6 months?" is not "staff fill 50%").
  const alone = passages.length === 0 && answer.facts.length === 0;
  const parts: ReplyPart[] = noFigure
    ? [paragraph(t(lang, alone ? "search.noFigureAlone" : "search.noFigure")), ...factParts]
    : factParts;
  if (passages.length > 0) {
    parts.push(paragraph(t(lang, "search.says")));
    for (const { item } of passages) {
      const source = knowledge.citation(item.section, lang, item.paragraphs);
      parts.push({ kind: "quote", text: localized(item.text, lang), source });
      citations.push(source);
    }
  }
  return makeReply(intent, understanding.lang, parts, {
    subjects: answer.facts.map(({ item }) => `fact:${item.id}`),
    citations,
    suggestions: suggestMessages(lang, ["suggest.allIndicators", "suggest.WhatCanYouDo"]),
  });
}

/** Answers from the paper, or says plainly that the paper does not cover the question. */
export function answerOrDecline(context: IntentContext, intent: string): Reply {
  // A topic the paper never mentions (pensions, taxes), named surely: any passage found is beside the point.
  if (context.understanding.unmentionedTopic) return noTargetReply(context);
  const answer = answerFromPaper(context);
  if (answer.passages.length > 0 || answer.facts.length > 0) return paperReply(context, answer, intent);
  // "What is the target time-to-recruit in the HR strategy?": it sets none, and these are its indicators.
  return asksStrategyFigure(context.understanding) ? notFound(context) : outOfScopeReply(context);
}

export const searchIntent: IntentSpec = {
  id: "search",
  description: {
    en: "Anything in the paper: the best passages with their sections",
    zh: "战略原文检索：最相关的段落及其章节",
  },
  routing: {
    group: "strategy",
    fallback: true,
    rules: [
      {
        priority: STAGES.subject + 7,
        why: "“why …?”: the reasons are in the paper's text, not in the figures",
        when: (u) => ASKS_WHY.test(u.text) && !asksFigures(u),
      },
    ],
  },
  examples: {
    en: [
      "what does the strategy say about reverse mentoring",
      "how will recruitment be made faster",
      "why is workforce planning important",
      "what will be done about unconscious bias",
      "what does the paper say about the Turin Centre digital learning",
      "how will the ILO support managers",
      "what is the GROWTH tool",
      "what will replace paper-based filing",
      "how will the disciplinary framework change",
      "search for onboarding",
      "what does it say about hybrid teams",
      "which conventions guide the work on violence and harassment",
      "who will the office consult",
    ],
    zh: [
      "战略关于反向指导说了什么",
      "如何加快招聘",
      "为什么职员队伍规划很重要",
      "如何减少无意识偏见",
      "成长工具是什么",
      "纪律框架将如何修订",
      "关于混合团队说了什么",
      "入职流程",
      "暴力和骚扰公约",
      "将如何支持管理人员",
    ],
  },
  handle: (context) => answerOrDecline(context, "search"),
};
