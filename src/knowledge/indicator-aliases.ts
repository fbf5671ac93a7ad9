/**
 * The indicator alias matcher: indicators and groups named by their aliases and headings, Latin
 * on word boundaries (or run together, or in other forms, or with a typo), Chinese anywhere.
 */
import { editDistance, foldAccents, matchForm, normalize, tokenize } from "../i18n/text.ts";
import { NAMED } from "./confidence.ts";
import type { Indicator, IndicatorGroup, KnowledgeBase } from "./schema.ts";

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
export function boundedForm(text: string): string {
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

/** A window of the text the alias with a typo. Typos rarely touch a Latin word's first letter. */
function withinTypo(window: string, entry: AliasEntry, budget: number): boolean {
  return (
    (entry.han || window[0] === entry.form[0]) &&
    Math.abs(window.length - entry.form.length) <= budget &&
    sharesEnough(window, entry.form, budget) &&
    editDistance(window, entry.form, budget) <= budget
  );
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

/** Aliases are indexed by their first characters: a match needs them in the text's compact form. */
const PREFIX = 3;

export class IndicatorAliases {
  private readonly entries: AliasEntry[];
  /** Places of the aliases by the first `PREFIX` characters of their compact form. */
  private readonly byPrefix = new Map<string, number[]>();
  /** Places of aliases shorter than `PREFIX`: always tried. */
  private readonly short: number[] = [];

  constructor(kb: KnowledgeBase) {
    this.entries = buildAliases(kb);
    this.entries.forEach((entry, at) => {
      if (entry.form.length < PREFIX) {
        this.short.push(at);
        return;
      }
      const key = entry.form.slice(0, PREFIX);
      const list = this.byPrefix.get(key);
      if (list) list.push(at);
      else this.byPrefix.set(key, [at]);
    });
  }

  /**
   * The aliases that can be found in a text at all, in their order: every match, exact or run
   * together, puts the alias's compact form inside the text's, so its first characters too. This
   * keeps a long message from being searched for each of some 1,300 aliases.
   */
  private candidates(compactText: string): AliasEntry[] {
    const marks = new Uint8Array(this.entries.length);
    for (const at of this.short) marks[at] = 1;
    for (let i = 0; i + PREFIX <= compactText.length; i++) {
      const list = this.byPrefix.get(compactText.slice(i, i + PREFIX));
      if (list) for (const at of list) marks[at] = 1;
    }
    return this.entries.filter((_, at) => marks[at] === 1);
  }

  /** An indicator (or group) named by a whole query: exact alias, or alias with a typo. */
  find(query: string): IndicatorTarget | undefined {
    const form = matchForm(query);
    const exact = this.entries.find((a) => a.form === form);
    if (exact) return exact.target;
    let best: { entry: AliasEntry; distance: number } | undefined;
    for (const entry of this.entries) {
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
  mentions(text: string): IndicatorMention[] {
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
    for (const entry of this.candidates(haystack)) {
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
    for (const entry of this.entries) {
      if (entry.stems.length > 0 && entry.stems.every((w) => textWords.has(w))) add(entry, NAMED.otherForm);
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
    for (const entry of this.entries) {
      const budget = typoBudget(entry.form.length, entry.han);
      if (budget === 0) continue;
      // A Chinese alias within one edit shares all but one of its characters with the text.
      if (entry.han && !sharesEnough(hanChars, entry.form, budget)) continue;
      if (windowsFor(entry).some((w) => withinTypo(w, entry, budget))) add(entry, NAMED.typo);
    }
    return withoutCoveredGroups(found);
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
