import type { Locale } from "../i18n/locale.ts";
import { t } from "../i18n/messages.ts";
import { normalize, tokenize } from "../i18n/text.ts";
import { IndicatorAliases, type IndicatorMention, type IndicatorTarget } from "./indicator-aliases.ts";
import { OthersNamed } from "./others.ts";
import type {
  Fact,
  FocusArea,
  Indicator,
  IndicatorGroup,
  KnowledgeBase,
  Lesson,
  OtherOrganisation,
  Outcome,
  Partnership,
  Passage,
  Section,
} from "./schema.ts";
import { localized } from "./schema.ts";
import { Bm25Index, type Scored } from "./search.ts";
import { type Subject, SubjectFinder, type SubjectMention } from "./subjects.ts";

/** The languages the knowledge base is indexed in: all four, each with its own stemming. */
export type Lang = Locale;

const INDEXED: readonly Lang[] = ["en", "zh", "fr", "es"];

/** The index a question in `locale` is searched in: its own language's. */
export function indexLang(locale: Locale): Lang {
  return locale;
}

/** One index per language, each text cut the way its language is. */
function perLanguage<T>(
  items: readonly T[],
  text: (lang: Lang) => (item: T) => string,
): Record<Lang, Bm25Index<T>> {
  return Object.fromEntries(
    INDEXED.map((lang) => [
      lang,
      new Bm25Index(items, text(lang), lang === "fr" || lang === "es" ? lang : undefined),
    ]),
  ) as Record<Lang, Bm25Index<T>>;
}

export type { IndicatorMention, IndicatorTarget } from "./indicator-aliases.ts";

/** Thresholds for picking one member of a named group by the rest of the question (BM25 scores). */
const MEMBER = { minScore: 3, minLead: 1.5 };
/** Thresholds for an indicator described in other words than its aliases (BM25 scores). */
const DESCRIBED = { minScore: 5, minLead: 1.8, minCoverage: 0.75, strongScore: 10 };

/** Read access to the knowledge base: lookups by id, number and alias, citations, and search. */
export class Knowledge {
  private readonly sectionsById: Map<string, Section>;
  private readonly aliases: IndicatorAliases;
  private readonly passageIndex: Record<Lang, Bm25Index<Passage>>;
  private readonly factIndex: Record<Lang, Bm25Index<Fact>>;
  private readonly lessonIndex: Record<Lang, Bm25Index<Lesson>>;
  private readonly indicatorIndex: Record<Lang, Bm25Index<Indicator>>;
  private readonly subjects: SubjectFinder;
  private readonly others: OthersNamed;
  /** Each focus area's title words ("New ways of working" → new, way, work), per language. */
  private readonly focusTitleWords: Record<Lang, Map<string, string[]>>;

  constructor(readonly kb: KnowledgeBase) {
    this.sectionsById = new Map(kb.sections.map((s) => [s.id, s]));
    this.aliases = new IndicatorAliases(kb);
    this.subjects = new SubjectFinder(kb);
    this.others = new OthersNamed(kb);
    this.passageIndex = perLanguage(kb.passages, (lang) => (p) => localized(p.text, lang));
    const factText = (lang: Lang) => (f: Fact) =>
      `${localized(f.label, lang)} ${localized(f.text, lang)} ${f.keywords.join(" ")}`;
    this.factIndex = perLanguage(kb.facts, factText);
    const titleWords = (lang: Lang) =>
      new Map(
        kb.focusAreas.map((f) => [
          f.id,
          tokenize(localized(f.title, lang).replace(/^[^:：]*[:：]/, ""), { lang }),
        ]),
      );
    this.focusTitleWords = Object.fromEntries(INDEXED.map((lang) => [lang, titleWords(lang)])) as Record<
      Lang,
      Map<string, string[]>
    >;
    const indicatorText = (lang: Lang) => (i: Indicator) =>
      [localized(i.heading, lang), localized(i.measure, lang), ...i.aliases[lang]].join(" ");
    this.indicatorIndex = perLanguage(kb.indicators, indicatorText);
    const lessonText = (lang: Lang) => (l: Lesson) =>
      `${localized(l.title, lang)} ${localized(l.title, lang)} ${localized(l.text, lang)}`;
    this.lessonIndex = perLanguage(kb.lessons, lessonText);
  }

  section(id: string): Section | undefined {
    return this.sectionsById.get(id);
  }

  /**
   * How an answer cites its source: the document symbol, the section with its parent
   * ("Outcome 2 › Focus area 2.3"), and the paragraphs when known.
   */
  citation(sectionId: string, lang: Locale, paragraphs: readonly number[] = []): string {
    const trail: string[] = [];
    for (let s = this.section(sectionId); s; s = s.parent ? this.section(s.parent) : undefined) {
      trail.unshift(localized(s.title, lang));
    }
    const where = trail.join(" › ") || sectionId;
    const paras = formatParagraphs(paragraphs, lang);
    return t(lang, "cite.source", { symbol: this.kb.paper.symbol, where, paras: paras || "none" });
  }

  /** The outcome a section belongs to: its own ("outcome-2"), its parent's, or the appendix part's. */
  outcomeOfSection(sectionId: string): number | undefined {
    for (let s = this.section(sectionId); s; s = s.parent ? this.section(s.parent) : undefined) {
      const match = /^(?:appendix-)?outcome-([1-3])$/.exec(s.id);
      if (match) return Number(match[1]);
    }
    return undefined;
  }

  /** A subject that is a topic the paper never mentions at all (pensions, taxes): one answer for every reader. */
  isUnmentionedTopic(subject: Subject): boolean {
    return (
      subject.kind === "unsetTopic" && this.kb.unsetTopics.some((t) => t.id === subject.id && !t.mentioned)
    );
  }

  indicator(id: string): Indicator | undefined {
    return this.kb.indicators.find((i) => i.id === id);
  }

  outcome(number: number): Outcome | undefined {
    return this.kb.outcomes.find((o) => o.number === number);
  }

  focusArea(number: string): FocusArea | undefined {
    return this.kb.focusAreas.find((f) => f.number === number);
  }

  /** The focus area that lists a key deliverable. */
  focusAreaOfDeliverable(id: string): FocusArea | undefined {
    return this.kb.focusAreas.find((f) => f.deliverables.some((d) => d.id === id));
  }

  /**
   * A focus area named by its title rather than its number ("HR analytics", "新的工作方式"):
   * the one whose title words the text covers best, if it covers most of them.
   */
  focusAreaByTitle(text: string, lang: Lang): FocusArea | undefined {
    const words = new Set(tokenize(text, { lang }));
    let best: { focus: FocusArea; share: number } | undefined;
    let tie = false;
    for (const focus of this.kb.focusAreas) {
      const title = this.focusTitleWords[lang].get(focus.id) ?? [];
      if (title.length === 0) continue;
      const share = title.filter((t) => words.has(t)).length / title.length;
      if (!best || share > best.share) {
        best = { focus, share };
        tie = false;
      } else if (share === best.share) tie = true;
    }
    return best && best.share >= 0.6 && !tie ? best.focus : undefined;
  }

  focusAreasOf(outcome: number): FocusArea[] {
    return this.kb.focusAreas.filter((f) => f.outcome === outcome);
  }

  indicatorsOf(outcome: number): Indicator[] {
    return this.kb.indicators.filter((i) => i.outcome === outcome);
  }

  /** An indicator (or group) named by a whole query: id, exact alias, or alias with a typo. */
  findIndicator(query: string): IndicatorTarget | undefined {
    const byId = this.indicator(normalize(query));
    if (byId) return { kind: "indicator", indicator: byId };
    return this.aliases.find(query);
  }

  /**
   * Indicators named anywhere in a text, longest alias first and without overlaps, so that
   * "women in senior positions" names the P5+ indicator and not the gender group as well.
   */
  indicatorMentions(text: string): IndicatorMention[] {
    return this.aliases.mentions(text);
  }

  /**
   * The subjects a text names, best first: indicators, focus areas, facts, systems, unset topics…
   * When no name matches, an indicator described in other words or a focus area named by its
   * title words, less sure.
   */
  subjectMentions(text: string, lang: Lang): SubjectMention[] {
    const found = this.subjects.find(text, lang);
    if (found.some((m) => m.subject.kind !== "paper")) return found;
    // "The strategy" names the paper, not what the question is about: described without it.
    let rest = text;
    for (const { span } of found) {
      if (span) rest = `${rest.slice(0, span[0])}${" ".repeat(span[1] - span[0])}${rest.slice(span[1])}`;
    }
    const described = this.describedIndicator(rest, lang)?.target;
    if (described?.kind === "indicator") {
      const subject = { kind: "indicator" as const, id: described.indicator.id };
      return [{ subject, alias: localized(described.indicator.heading, lang), confidence: 0.7 }, ...found];
    }
    const focus = this.focusAreaByTitle(rest, lang);
    if (!focus) return found;
    return [
      { subject: { kind: "focusArea", id: focus.id }, alias: localized(focus.title, lang), confidence: 0.7 },
      ...found,
    ];
  }

  searchPassages(query: string, lang: Lang, limit = 3): Scored<Passage>[] {
    return this.passageIndex[lang].search(query, limit);
  }

  searchFacts(query: string, lang: Lang, limit = 3): Scored<Fact>[] {
    return this.factIndex[lang].search(query, limit);
  }

  /**
   * An indicator described rather than named ("selection done before the incumbent leaves"),
   * accepted only when one clearly stands out and either matches strongly or the question has no
   * words the paper lacks (so "new hires from Africa" is not answered with the figures for all
   * under-represented countries).
   */
  describedIndicator(text: string, lang: Lang): IndicatorMention | undefined {
    // Years name a facet (2023, 2025), not the indicator; the mobility text mentions 2024–2025.
    const description = text.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, " ");
    const [best, second] = this.searchIndicators(description, lang, 2);
    if (!best || best.score < DESCRIBED.minScore) return undefined;
    if (second && best.score < second.score * DESCRIBED.minLead) return undefined;
    const strong = best.score >= DESCRIBED.strongScore;
    if (!strong && this.vocabularyCoverage(description, lang, { prefixes: true }) < DESCRIBED.minCoverage) {
      return undefined;
    }
    return {
      target: { kind: "indicator", indicator: best.item },
      alias: localized(best.item.heading, lang),
      confidence: 0.7,
    };
  }

  /**
   * The one member of a group the text describes ("upward feedback … supports colleagues" is the
   * respect indicator, not both), if one stands out.
   */
  groupMember(group: IndicatorGroup, text: string, lang: Lang): Indicator | undefined {
    const members = new Set(group.indicators);
    const [best, second] = this.searchIndicators(text, lang, this.kb.indicators.length).filter((hit) =>
      members.has(hit.item.id),
    );
    if (!best || best.score < MEMBER.minScore) return undefined;
    return !second || best.score >= second.score * MEMBER.minLead ? best.item : undefined;
  }

  /**
   * Other organisations the text names ("WHO", "UNDP's", "l'OMS", "el PNUD", "世卫组织"):
   * abbreviations whole and in capitals only, Latin names on word boundaries, accents aside.
   */
  organisationsNamed(text: string): OtherOrganisation[] {
    return this.others.organisationsIn(text);
  }

  /** The partners a text names by acronym or name ("HLCM", "Turin Centre", "都灵中心"). */
  partnersNamed(text: string): Partnership[] {
    return this.others.partnersIn(text);
  }

  /** Indicators whose heading, measure or aliases match a query, best first. */
  searchIndicators(query: string, lang: Lang, limit = 3): Scored<Indicator>[] {
    return this.indicatorIndex[lang].search(query, limit);
  }

  searchLessons(query: string, lang: Lang, limit = 3): Scored<Lesson>[] {
    return this.lessonIndex[lang].search(query, limit);
  }

  /** Share of the query's words that occur anywhere in the paper (a sign the question is in scope). */
  vocabularyCoverage(query: string, lang: Lang, options: { prefixes?: boolean } = {}): number {
    return Math.max(
      this.passageIndex[lang].coverage(query, options),
      this.factIndex[lang].coverage(query, options),
    );
  }
}

/** "para. 9", "paras 9–13", "paras 7, 34–36": runs of consecutive paragraphs as ranges. */
function formatParagraphs(paragraphs: readonly number[], lang: Locale): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  if (sorted.length === 0) return "";
  const runs: string[] = [];
  let start = sorted[0] as number;
  let previous = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === previous + 1) {
      previous = n;
      continue;
    }
    runs.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = n;
    previous = n;
  }
  const list = runs.join(t(lang, "cite.separator"));
  return t(lang, "cite.paragraphs", { count: sorted.length, list });
}
