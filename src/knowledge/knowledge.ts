import { editDistance, foldAccents, matchForm, normalize, tokenize } from "../nlu/text.ts";
import type {
  Fact,
  FocusArea,
  Indicator,
  IndicatorGroup,
  KnowledgeBase,
  Lesson,
  Outcome,
  Partnership,
  Passage,
  Section,
} from "./schema.ts";
import { Bm25Index, type Scored } from "./search.ts";
import { SubjectFinder, type SubjectMention } from "./subjects.ts";

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
  han: boolean;
  /** The alias's stemmed Latin words, for matching other forms of them. */
  stems: string[];
  /** The alias with its word boundaries kept ("|ohi|"), so "supposed to hit" does not contain "OHI". */
  bounded: string;
}

/** Compact form with "|" at word and script boundaries; removing the "|" gives matchForm(). */
function boundedForm(text: string): string {
  const words = foldAccents(normalize(text))
    .replace(/的/g, "")
    .replace(/[^\p{L}\p{N}+]+/gu, "|")
    .replace(/(\p{Script=Han})(?=[^\p{Script=Han}|])|([^\p{Script=Han}|])(?=\p{Script=Han})/gu, "$1$2|");
  return `|${words}|`.replace(/\|+/g, "|");
}

/** Latin aliases shorter than this must match whole words; longer ones may also match run together ("wellbeing"). */
const MIN_RUN_TOGETHER = 8;

/** Where an alias occurs in the compact text, or -1: Chinese anywhere, Latin on word boundaries. */
function locate(
  entry: AliasEntry,
  compactText: string,
  boundedText: string,
  edges: () => Set<number>,
): number {
  if (entry.han) return compactText.indexOf(entry.form);
  const at = boundedText.indexOf(entry.bounded);
  if (at >= 0) return at + 1 - (boundedText.slice(0, at + 1).match(/\|/g)?.length ?? 0);
  if (entry.form.length < MIN_RUN_TOGETHER) return -1;
  // Run together ("wellbeing" for "well-being"), but still whole words: "retroinformación" does
  // not name "formación".
  for (let i = compactText.indexOf(entry.form); i >= 0; i = compactText.indexOf(entry.form, i + 1)) {
    if (edges().has(i) && edges().has(i + entry.form.length)) return i;
  }
  return -1;
}

/** The offsets in the compact text where a word starts or ends. */
function wordEdges(boundedText: string): Set<number> {
  const edges = new Set<number>();
  let offset = 0;
  for (const ch of boundedText) {
    if (ch === "|") edges.add(offset);
    else offset += ch.length;
  }
  return edges;
}

/** Typos are looked for in short messages only, where a name is most of the message. */
const MAX_TYPO_WORDS = 40;
/** Thresholds for picking one member of a named group by the rest of the question (BM25 scores). */
const MEMBER = { minScore: 3, minLead: 1.5 };
/** Thresholds for an indicator described in other words than its aliases (BM25 scores). */
const DESCRIBED = { minScore: 5, minLead: 1.8, minCoverage: 0.75, strongScore: 10 };
const MAX_TYPO_CHARS = 300;

/** Edits allowed for a typo: none for short aliases, where one edit makes another word. */
function typoBudget(length: number, han = false): number {
  if (han) return length >= 5 ? 1 : 0;
  if (length >= 14) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** A cheap filter before the edit distance: within `budget` edits, most characters are shared. */
function sharesEnough(window: string | Set<string>, form: string, budget: number): boolean {
  let shared = 0;
  for (const ch of form) if (typeof window === "string" ? window.includes(ch) : window.has(ch)) shared++;
  return shared >= form.length - budget;
}

function wordWindows(words: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(""));
  return out;
}

/** Substrings of Chinese runs one character shorter, as long and longer than the alias. */
function hanWindows(runs: readonly string[], length: number): string[] {
  const out: string[] = [];
  for (const run of runs) {
    for (const size of [length - 1, length, length + 1]) {
      for (let i = 0; i + size <= run.length; i++) out.push(run.slice(i, i + size));
    }
  }
  return out;
}

/** Read access to the knowledge base: lookups by id, number and alias, citations, and search. */
export class Knowledge {
  private readonly sectionsById: Map<string, Section>;
  private readonly aliases: AliasEntry[];
  private readonly passageIndex: Record<Lang, Bm25Index<Passage>>;
  private readonly factIndex: Record<Lang, Bm25Index<Fact>>;
  private readonly lessonIndex: Record<Lang, Bm25Index<Lesson>>;
  private readonly indicatorIndex: Record<Lang, Bm25Index<Indicator>>;
  private readonly subjects: SubjectFinder;
  /** Each focus area's title words ("New ways of working" → new, way, work), per language. */
  private readonly focusTitleWords: Record<Lang, Map<string, string[]>>;

  constructor(readonly kb: KnowledgeBase) {
    this.sectionsById = new Map(kb.sections.map((s) => [s.id, s]));
    this.aliases = buildAliases(kb);
    this.subjects = new SubjectFinder(kb);
    this.passageIndex = {
      en: new Bm25Index(kb.passages, (p) => p.text.en),
      zh: new Bm25Index(kb.passages, (p) => p.text.zh),
    };
    const factText = (lang: Lang) => (f: Fact) => `${f.label[lang]} ${f.text[lang]} ${f.keywords.join(" ")}`;
    this.factIndex = {
      en: new Bm25Index(kb.facts, factText("en")),
      zh: new Bm25Index(kb.facts, factText("zh")),
    };
    const titleWords = (lang: Lang) =>
      new Map(kb.focusAreas.map((f) => [f.id, tokenize(f.title[lang].replace(/^[^:：]*[:：]/, ""))]));
    this.focusTitleWords = { en: titleWords("en"), zh: titleWords("zh") };
    const indicatorText = (lang: Lang) => (i: Indicator) =>
      [i.heading[lang], i.measure[lang], ...i.aliases[lang]].join(" ");
    this.indicatorIndex = {
      en: new Bm25Index(kb.indicators, indicatorText("en")),
      zh: new Bm25Index(kb.indicators, indicatorText("zh")),
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

  /** The outcome a section belongs to: its own ("outcome-2"), its parent's, or the appendix part's. */
  outcomeOfSection(sectionId: string): number | undefined {
    for (let s = this.section(sectionId); s; s = s.parent ? this.section(s.parent) : undefined) {
      const match = /^(?:appendix-)?outcome-([1-3])$/.exec(s.id);
      if (match) return Number(match[1]);
    }
    return undefined;
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

  /**
   * A focus area named by its title rather than its number ("HR analytics", "新的工作方式"):
   * the one whose title words the text covers best, if it covers most of them.
   */
  focusAreaByTitle(text: string, lang: Lang): FocusArea | undefined {
    const words = new Set(tokenize(text));
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
    const form = matchForm(query);
    const exact = this.aliases.find((a) => a.form === form);
    if (exact) return exact.target;
    let best: { entry: AliasEntry; distance: number } | undefined;
    for (const entry of this.aliases) {
      const budget = typoBudget(entry.form.length, entry.han);
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
    const haystack = matchForm(text);
    const taken: [number, number][] = [];
    const found: IndicatorMention[] = [];
    const seen = new Set<string>();
    const add = (entry: AliasEntry, confidence: number) => {
      const key = targetId(entry.target);
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ target: entry.target, alias: entry.alias, confidence });
    };
    const bounded = boundedForm(text);
    let wordEdgeSet: Set<number> | undefined;
    const edges = () => {
      wordEdgeSet ??= wordEdges(bounded);
      return wordEdgeSet;
    };
    for (const entry of this.aliases) {
      const at = locate(entry, haystack, bounded, edges);
      if (at < 0) continue;
      const end = at + entry.form.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      add(entry, 1);
    }
    if (found.length > 0) return withoutCoveredGroups(found);
    // Other forms of the alias's words ("digitalised" for "digitalisation"): every word of the
    // alias, stemmed, among the text's words.
    const textWords = new Set(tokenize(text));
    for (const entry of this.aliases) {
      if (entry.stems.length > 0 && entry.stems.every((w) => textWords.has(w))) add(entry, 0.9);
    }
    if (found.length > 0) return withoutCoveredGroups(found);
    // Typo tolerance only when nothing matched exactly: over word windows of the alias's length
    // for Latin script, over character windows for Chinese (which has no spaces).
    const allWords = foldAccents(normalize(text)).match(/[\p{L}\p{N}+]+/gu) ?? [];
    if (allWords.length > MAX_TYPO_WORDS) return found;
    const words = allWords.map((w) => w.replace(/的/g, ""));
    const han = haystack.length <= MAX_TYPO_CHARS ? (haystack.match(/\p{Script=Han}+/gu) ?? []) : [];
    const windowsBySize = new Map<string, string[]>();
    const windowsFor = (entry: AliasEntry): string[] => {
      const key = entry.han ? `h${entry.form.length}` : `w${entry.words}`;
      let windows = windowsBySize.get(key);
      if (!windows) {
        windows = entry.han ? hanWindows(han, entry.form.length) : wordWindows(words, entry.words);
        windowsBySize.set(key, windows);
      }
      return windows;
    };
    const hanChars = new Set(han.join(""));
    for (const entry of this.aliases) {
      const budget = typoBudget(entry.form.length, entry.han);
      if (budget === 0) continue;
      // A Chinese alias within one edit shares all but one of its characters with the text.
      if (entry.han && !sharesEnough(hanChars, entry.form, budget)) continue;
      // Typos rarely touch a Latin word's first letter: windows starting otherwise are skipped.
      const close = (w: string) =>
        (entry.han || w[0] === entry.form[0]) &&
        Math.abs(w.length - entry.form.length) <= budget &&
        sharesEnough(w, entry.form, budget) &&
        editDistance(w, entry.form, budget) <= budget;
      if (windowsFor(entry).some(close)) add(entry, 0.8);
    }
    return withoutCoveredGroups(found);
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
      return [{ subject, alias: described.indicator.heading[lang], confidence: 0.7 }, ...found];
    }
    const focus = this.focusAreaByTitle(rest, lang);
    if (!focus) return found;
    return [
      { subject: { kind: "focusArea", id: focus.id }, alias: focus.title[lang], confidence: 0.7 },
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
      alias: best.item.heading[lang],
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

  /** The partners a text names by acronym or name ("HLCM", "Turin Centre", "都灵中心"). */
  partnersNamed(text: string): Partnership[] {
    const form = matchForm(text);
    const bounded = boundedForm(text);
    return this.kb.partnerships.filter((p) => {
      const names = [p.acronym, ...p.name.en.split(/[()]/), ...p.name.zh.split(/[()（）]/)];
      return names.some((n) => {
        if (!n || matchForm(n).length < 3) return false;
        // Acronyms and Latin names as whole words, Chinese names anywhere.
        return /\p{Script=Han}/u.test(n) ? form.includes(matchForm(n)) : bounded.includes(boundedForm(n));
      });
    });
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
    const form = matchForm(alias);
    if (form.length === 0) return;
    const han = /\p{Script=Han}/u.test(form);
    const stems = han ? [] : tokenize(alias);
    const words = Math.max(1, alias.trim().split(/\s+/).length);
    entries.push({ form, alias, target, words, han, stems, bounded: boundedForm(alias) });
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

/** "para. 9", "paras 9–13", "paras 7, 34–36": runs of consecutive paragraphs as ranges. */
function formatParagraphs(paragraphs: readonly number[], lang: Lang): string {
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
  const list = runs.join(lang === "zh" ? "、" : ", ");
  if (lang === "zh") return `第 ${list} 段`;
  return sorted.length === 1 ? `para. ${list}` : `paras ${list}`;
}
