import { compact, editDistance, normalize } from "../nlu/text.ts";
import type {
  Fact,
  FocusArea,
  Indicator,
  IndicatorGroup,
  KnowledgeBase,
  Lesson,
  Outcome,
  Passage,
  Section,
} from "./schema.ts";
import { Bm25Index, type Scored } from "./search.ts";

export type Lang = "en" | "zh";

export type IndicatorTarget =
  | { kind: "indicator"; indicator: Indicator }
  | { kind: "group"; group: IndicatorGroup };

export interface IndicatorMention {
  target: IndicatorTarget;
  alias: string;
  /** 1 for an exact alias, less for a typo-tolerant match. */
  confidence: number;
}

interface AliasEntry {
  form: string;
  alias: string;
  target: IndicatorTarget;
  words: number;
}

const MAX_TYPO_WORDS = 200;

function typoBudget(length: number): number {
  if (length >= 10) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Read access to the knowledge base: lookups by id, number and alias, citations, and search. */
export class Knowledge {
  private readonly sectionsById: Map<string, Section>;
  private readonly aliases: AliasEntry[];
  private readonly passageIndex: Record<Lang, Bm25Index<Passage>>;
  private readonly factIndex: Record<Lang, Bm25Index<Fact>>;
  private readonly lessonIndex: Record<Lang, Bm25Index<Lesson>>;

  constructor(readonly kb: KnowledgeBase) {
    this.sectionsById = new Map(kb.sections.map((s) => [s.id, s]));
    this.aliases = buildAliases(kb);
    this.passageIndex = {
      en: new Bm25Index(kb.passages, (p) => p.text.en),
      zh: new Bm25Index(kb.passages, (p) => p.text.zh),
    };
    const factText = (lang: Lang) => (f: Fact) => `${f.label[lang]} ${f.text[lang]} ${f.keywords.join(" ")}`;
    this.factIndex = {
      en: new Bm25Index(kb.facts, factText("en")),
      zh: new Bm25Index(kb.facts, factText("zh")),
    };
    const lessonText = (lang: Lang) => (l: Lesson) => `${l.title[lang]} ${l.title[lang]} ${l.text[lang]}`;
    this.lessonIndex = {
      en: new Bm25Index(kb.lessons, lessonText("en")),
      zh: new Bm25Index(kb.lessons, lessonText("zh")),
    };
  }

  section(id: string): Section | undefined {
    return this.sectionsById.get(id);
  }

  /**
   * How an answer cites its source: the document symbol, the section with its parent
   * ("Outcome 2 › Focus area 2.3"), and the paragraphs when known.
   */
  citation(sectionId: string, lang: Lang, paragraphs: readonly number[] = []): string {
    const trail: string[] = [];
    for (let s = this.section(sectionId); s; s = s.parent ? this.section(s.parent) : undefined) {
      trail.unshift(s.title[lang]);
    }
    const where = trail.join(" › ") || sectionId;
    const paras = formatParagraphs(paragraphs, lang);
    return lang === "zh"
      ? `${this.kb.paper.symbol}，${where}${paras ? `，${paras}` : ""}`
      : `${this.kb.paper.symbol}, ${where}${paras ? `, ${paras}` : ""}`;
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
    const form = compact(query);
    const exact = this.aliases.find((a) => a.form === form);
    if (exact) return exact.target;
    let best: { entry: AliasEntry; distance: number } | undefined;
    for (const entry of this.aliases) {
      const budget = typoBudget(entry.form.length);
      if (budget === 0) continue;
      const distance = editDistance(form, entry.form, budget);
      if (distance <= budget && (!best || distance < best.distance)) best = { entry, distance };
    }
    return best?.entry.target;
  }

  /**
   * Indicators named anywhere in a text, longest alias first and without overlaps, so that
   * "women in senior positions" names the P5+ indicator and not the gender group as well.
   */
  indicatorMentions(text: string): IndicatorMention[] {
    const haystack = compact(text);
    const taken: [number, number][] = [];
    const found: IndicatorMention[] = [];
    const seen = new Set<string>();
    const add = (entry: AliasEntry, confidence: number) => {
      const key = targetId(entry.target);
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ target: entry.target, alias: entry.alias, confidence });
    };
    for (const entry of this.aliases) {
      const at = haystack.indexOf(entry.form);
      if (at < 0) continue;
      const end = at + entry.form.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      add(entry, 1);
    }
    if (found.length > 0) return withoutCoveredGroups(found);
    // Typo tolerance only when nothing matched exactly, over word windows of the alias's length.
    const words = (normalize(text).match(/[\p{L}\p{N}+]+/gu) ?? []).slice(0, MAX_TYPO_WORDS).map(compact);
    for (const entry of this.aliases) {
      const budget = typoBudget(entry.form.length);
      if (budget === 0) continue;
      for (let i = 0; i + entry.words <= words.length; i++) {
        const window = words.slice(i, i + entry.words).join("");
        if (editDistance(window, entry.form, budget) <= budget) {
          add(entry, 0.8);
          break;
        }
      }
    }
    return withoutCoveredGroups(found);
  }

  searchPassages(query: string, lang: Lang, limit = 3): Scored<Passage>[] {
    return this.passageIndex[lang].search(query, limit);
  }

  searchFacts(query: string, lang: Lang, limit = 3): Scored<Fact>[] {
    return this.factIndex[lang].search(query, limit);
  }

  searchLessons(query: string, lang: Lang, limit = 3): Scored<Lesson>[] {
    return this.lessonIndex[lang].search(query, limit);
  }

  /** Share of the query's words that occur anywhere in the paper (a sign the question is in scope). */
  vocabularyCoverage(query: string, lang: Lang): number {
    return this.passageIndex[lang].coverage(query);
  }
}

/** "P5+ women": the P5+ indicator alone answers; the gender group it also names adds nothing. */
function withoutCoveredGroups(mentions: IndicatorMention[]): IndicatorMention[] {
  const named = new Set(
    mentions.flatMap((m) => (m.target.kind === "indicator" ? [m.target.indicator.id] : [])),
  );
  return mentions.filter(
    (m) => m.target.kind === "indicator" || !m.target.group.indicators.some((id) => named.has(id)),
  );
}

function targetId(target: IndicatorTarget): string {
  return target.kind === "indicator" ? target.indicator.id : target.group.id;
}

function buildAliases(kb: KnowledgeBase): AliasEntry[] {
  const entries: AliasEntry[] = [];
  const push = (alias: string, target: IndicatorTarget) => {
    const form = compact(alias);
    if (form.length === 0) return;
    entries.push({ form, alias, target, words: Math.max(1, alias.trim().split(/\s+/).length) });
  };
  for (const indicator of kb.indicators) {
    for (const alias of [
      ...Object.values(indicator.aliases).flat(),
      indicator.heading.en,
      indicator.heading.zh,
    ]) {
      push(alias, { kind: "indicator", indicator });
    }
  }
  for (const group of kb.indicatorGroups) {
    for (const alias of Object.values(group.aliases).flat()) push(alias, { kind: "group", group });
  }
  // Longest first: the most specific alias claims its span of text before shorter ones.
  return entries.sort((a, b) => b.form.length - a.form.length);
}

function formatParagraphs(paragraphs: readonly number[], lang: Lang): string {
  if (paragraphs.length === 0) return "";
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const range = first === last ? `${first}` : `${first}–${last}`;
  if (lang === "zh") return `第 ${range} 段`;
  return first === last ? `para. ${range}` : `paras ${range}`;
}
