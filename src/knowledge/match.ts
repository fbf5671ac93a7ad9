/**
 * How one name is found in a text: Latin on word boundaries (exact, another form of its words,
 * written together or apart, or with a typo), Chinese anywhere (or with one wrong character),
 * abbreviations as whole words. Offsets point into the original text.
 */
import { editDistance, foldAccents, stem, stemIn } from "../i18n/text.ts";
import { NAMED } from "./confidence.ts";
import type { SubjectName } from "./names.ts";

export interface Entry extends SubjectName {
  /** Compact form: letters, digits and "+", folded, without 的. */
  form: string;
  han: boolean;
  words: string[];
  stems: string[];
  /** Stems that carry meaning, for a match with the words apart ("consequences of performance"). */
  content: string[];
  lower: string;
  /** Edits allowed for a typo of this name (fixed by the name, so worked out once). */
  typos: number;
  caseSensitive: RegExp | undefined;
  caseInsensitive: RegExp | undefined;
}

export interface Word {
  text: string;
  /** Its English stem, then its French and Spanish ones ("fr:mobil"): a name meets a word in its own language's stemming. */
  stems: string[];
  start: number;
  end: number;
}

export interface Analysed {
  text: string;
  lower: string;
  words: Word[];
  compact: string;
  /** The original offset of each character of `compact`. */
  at: number[];
  stems: Set<string>;
  hanChars: Set<string>;
  /** Runs of `k` words joined, by their first character, for typos; built on first use. */
  windows: Map<number, Map<string, Window[]>>;
}

interface Window {
  joined: string;
  start: number;
  end: number;
}

/** A match: how sure, and where. No span when the words were found apart. */
export type Hit = { confidence: number; span?: [number, number] };

const WORD_CHAR = /[\p{L}\p{N}+]/u;
const HAN = /\p{Script=Han}/u;
/** Latin names written together or apart ("well-being", "wellbeing") from this length on. */
export const MIN_RUN_TOGETHER = 6;
/** Typos are looked for in short messages only, where a name is most of the message. */
export const MAX_TYPO_WORDS = 40;
/** Lower-case forms of abbreviations that are ordinary words: only their capitals name the subject. */
const COMMON_WORDS = new Set(["ai", "it", "us", "am", "as", "or", "is", "pen", "iris", "growth", "fa", "ed"]);
const QUESTION_HAN = "哪什么吗呢几谁怎";
const STOP = new Set(
  (
    "a an the of to in on for and or with by at from between its their all any is are be per " +
    "le la les l un une des du de d au aux et ou en pour par sur dans avec " +
    "el los las lo unos unas del al y o e para por con sobre entre"
  ).split(" "),
);

/** A word's stems in every Latin-script language the names are written in. */
function stemsOf(word: string): string[] {
  if (/\d/.test(word) || word.length <= 3) return [word];
  return [stem(word), `fr:${stemIn(word, "fr")}`, `es:${stemIn(word, "es")}`];
}

/** A name's word stemmed as its own language stems it. */
function nameStem(word: string, lang: string): string {
  if (/\d/.test(word) || word.length <= 3) return word;
  return lang === "fr" || lang === "es" ? `${lang}:${stemIn(word, lang)}` : stem(word);
}

function fold(text: string): string {
  return foldAccents(text.normalize("NFKC").toLowerCase());
}

/** Compact form, words and offsets of a text in one pass, so spans point into the original. */
export function analyse(text: string): Analysed {
  const words: Word[] = [];
  // Characters gathered and joined once: strings grown one character at a time are chains
  // that every later search and comparison walks.
  const chars: string[] = [];
  const at: number[] = [];
  let word: string[] = [];
  let start = 0;
  const endWord = (end: number) => {
    if (word.length > 0) {
      const joined = word.join("");
      words.push({ text: joined, stems: stemsOf(joined), start, end });
      word = [];
    }
  };
  let i = 0;
  for (const ch of text) {
    // ASCII folds to its lower case, and a letter, digit or "+" is a word character.
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (
        (code >= 97 && code <= 122) ||
        (code >= 48 && code <= 57) ||
        code === 43 ||
        (code >= 65 && code <= 90)
      ) {
        const c = code <= 90 && code >= 65 ? String.fromCharCode(code + 32) : ch;
        if (word.length === 0) start = i;
        word.push(c);
        chars.push(c);
        at.push(i);
      } else endWord(i);
      i += 1;
      continue;
    }
    for (const c of fold(ch)) {
      if (!WORD_CHAR.test(c)) {
        endWord(i);
      } else if (HAN.test(c)) {
        endWord(i);
        if (c !== "的") {
          chars.push(c);
          at.push(i);
        }
      } else {
        if (word.length === 0) start = i;
        word.push(c);
        chars.push(c);
        at.push(i);
      }
    }
    i += ch.length;
  }
  endWord(i);
  const compact = chars.join("");
  const hanChars = new Set([...compact].filter((c) => HAN.test(c)));
  return {
    text,
    lower: text.toLowerCase(),
    words,
    compact,
    at,
    stems: new Set(words.flatMap((w) => w.stems)),
    hanChars,
    windows: new Map(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Edits allowed for a typo: none for short names, where one edit makes another word. */
function typoBudget(form: string, han: boolean): number {
  // A number is never a typo of another: "成果目标" is not "成果目标1".
  if (/\d/.test(form)) return 0;
  if (han) return form.length >= 5 ? 1 : 0;
  if (form.length >= 14) return 2;
  return form.length >= 5 ? 1 : 0;
}

export function entryOf(name: SubjectName): Entry {
  const { compact, words: parsed } = analyse(name.text);
  const han = HAN.test(compact);
  const words = han ? [] : parsed.map((w) => w.text);
  // Not inside a request id ("FWA-2026-0001" is a request, not the FWA framework).
  const body = `(?<![A-Za-z0-9])${escapeRegExp(name.text)}(?:s|'s)?(?![A-Za-z0-9]|-\\d)`;
  const insensitive = name.abbreviation && !COMMON_WORDS.has(name.text.toLowerCase());
  // Every entry has the same properties in the same order: some 3,500 of them are read by one
  // matching loop per message, which stays fast only while they share one shape.
  return {
    subject: name.subject,
    text: name.text,
    lang: name.lang,
    abbreviation: name.abbreviation,
    lower: name.text.toLowerCase(),
    form: compact,
    han,
    typos: typoBudget(compact, han),
    words,
    stems: words.map((w) => nameStem(w, name.lang)),
    content: words.filter((w) => !STOP.has(w)).map((w) => nameStem(w, name.lang)),
    caseSensitive: name.abbreviation ? new RegExp(body, "u") : undefined,
    caseInsensitive: insensitive ? new RegExp(body, "iu") : undefined,
  };
}

/** Where a name occurs in an analysed text: exact matches first, other forms and typos otherwise. */
export function matchEntry(entry: Entry, analysed: Analysed): Hit[] {
  if (entry.abbreviation) {
    // The regular expressions are slow beside a plain search that rules most texts out.
    if (!analysed.lower.includes(entry.lower)) return [];
    const exact = entry.caseSensitive?.exec(analysed.text);
    const hit = exact ?? entry.caseInsensitive?.exec(analysed.text);
    return hit
      ? [
          {
            confidence: exact ? NAMED.exactly : NAMED.otherCase,
            span: [hit.index, hit.index + hit[0].length],
          },
        ]
      : [];
  }
  return entry.han ? matchHan(entry, analysed) : matchLatin(entry, analysed);
}

function matchHan(entry: Entry, { compact, at, hanChars }: Analysed): Hit[] {
  const hits: Hit[] = [];
  const span = (i: number, size: number): [number, number] => [
    at[i] as number,
    (at[i + size - 1] as number) + 1,
  ];
  for (let i = compact.indexOf(entry.form); i >= 0; i = compact.indexOf(entry.form, i + 1)) {
    hits.push({ confidence: NAMED.exactly, span: span(i, entry.form.length) });
  }
  const budget = entry.typos;
  if (hits.length > 0 || budget === 0 || compact.length > 300) return hits;
  // One wrong, missing or extra character in a long name ("岗位和地域流通"): within one edit,
  // the text shares all but one of the name's characters.
  let shared = 0;
  for (const c of entry.form) if (hanChars.has(c)) shared++;
  if (shared < entry.form.length - budget) return hits;
  for (const size of [entry.form.length - 1, entry.form.length, entry.form.length + 1]) {
    for (
      let i = compact.indexOf(entry.form[0] as string);
      i >= 0;
      i = compact.indexOf(entry.form[0] as string, i + 1)
    ) {
      // As in Latin script, a typo rarely touches the first character (hence the start above);
      // and a question word is no typo: "哪个成果目标" does not name "三个成果目标".
      const window = compact.slice(i, i + size);
      if (window.length !== size) break;
      if ([...window].some((c) => QUESTION_HAN.includes(c) && !entry.form.includes(c))) continue;
      if (editDistance(window, entry.form, budget) <= budget)
        return [{ confidence: NAMED.typo, span: span(i, size) }];
    }
  }
  return hits;
}

/** How much longer or shorter another form of a word may be ("disability" → "disabilities"). */
const MAX_FORM_GROWTH = 5;

function matchLatin(entry: Entry, analysed: Analysed): Hit[] {
  const { words } = analysed;
  const hits: Hit[] = [];
  const k = entry.words.length;
  // Cheap tests first: an exact or run-together match needs the compact name in the compact
  // text, a match of other forms needs all its stems among the text's.
  let scan = analysed.compact.includes(entry.form);
  for (let j = 0; !scan && j < k; j++) {
    if (!analysed.stems.has(entry.stems[j] as string)) break;
    if (j === k - 1) scan = true;
  }
  for (let i = 0; scan && i < words.length; i++) {
    const first = words[i] as Word;
    if (i + k <= words.length) {
      let exact = true;
      let stemmed = true;
      for (let j = 0; j < k && (exact || stemmed); j++) {
        const w = words[i + j] as Word;
        if (w.text !== entry.words[j]) exact = false;
        // Another form, not another word the stemmer folds onto it: "intern" is not "international".
        if (
          !w.stems.includes(entry.stems[j] as string) ||
          Math.abs(w.text.length - (entry.words[j] as string).length) > MAX_FORM_GROWTH
        )
          stemmed = false;
      }
      const span: [number, number] = [first.start, (words[i + k - 1] as Word).end];
      if (exact) hits.push({ confidence: NAMED.exactly, span });
      else if (stemmed) hits.push({ confidence: NAMED.otherForm, span });
    }
    // Written together or apart: "well-being" for "wellbeing", "geo rep" for "georep".
    if (entry.form.length < MIN_RUN_TOGETHER || !entry.form.startsWith(first.text)) continue;
    let joined = "";
    for (let j = i; j < words.length && joined.length < entry.form.length; j++) {
      joined += (words[j] as Word).text;
      if (joined === entry.form && j - i + 1 !== k) {
        hits.push({ confidence: NAMED.joined, span: [first.start, (words[j] as Word).end] });
      }
    }
  }
  if (hits.length > 0) return hits;
  if (
    entry.content.length >= 2 &&
    entry.content.length <= 4 &&
    entry.content.every((s) => analysed.stems.has(s))
  ) {
    return [{ confidence: NAMED.scattered }];
  }
  const budget = entry.typos;
  if (budget === 0 || words.length > MAX_TYPO_WORDS) return hits;
  // Typos rarely touch a word's first letter: only windows starting with the name's are tried.
  for (const window of windowsOf(analysed, k).get(entry.form[0] as string) ?? []) {
    if (Math.abs(window.joined.length - entry.form.length) > budget) continue;
    if (editDistance(window.joined, entry.form, budget) <= budget) {
      return [{ confidence: NAMED.typo, span: [window.start, window.end] }];
    }
  }
  return hits;
}

function windowsOf(analysed: Analysed, k: number): Map<string, Window[]> {
  let windows = analysed.windows.get(k);
  if (!windows) {
    const { words } = analysed;
    windows = new Map();
    for (let i = 0; i + k <= words.length; i++) {
      const run = words.slice(i, i + k);
      const joined = run.map((w) => w.text).join("");
      const initial = joined[0] as string;
      const list = windows.get(initial) ?? [];
      list.push({ joined, start: (run[0] as Word).start, end: (run[k - 1] as Word).end });
      windows.set(initial, list);
    }
    analysed.windows.set(k, windows);
  }
  return windows;
}
