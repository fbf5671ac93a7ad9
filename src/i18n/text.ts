/**
 * Text normalisation and tokenising, shared by the NLU and the knowledge-base search so that a
 * question and the text it is matched against are cut the same way.
 */

import { Converter } from "opencc-js/t2cn";
import { MAX_CACHED, ROMANCE_STOP, romanceStem, type StemLang } from "./stemmers.ts";

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const zhSegmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * NFKC folds full-width letters, digits and punctuation to their ASCII forms ("ＰＯ５" → "PO5",
 * "？" → "?"); dashes and quotes are unified so "P1–P4" and "P1-P4" are the same token.
 */
export function normalize(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      // control characters (\p{Cc}) and zero-width marks carry no meaning for understanding
      .replace(/[\p{Cc}\u200b-\u200f\u2060\ufeff]/gu, " ")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
      .replace(/\s+/g, " ")
      .trim()
  );
}

let traditionalToSimplified: ((text: string) => string) | undefined;

/**
 * Traditional Chinese (Taiwan, Hong Kong) folded to Simplified, the script of the source, so that
 * "流動性目標" meets "流动性目标". OpenCC's tables are built on first use (some tens of ms).
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const convert = traditionalToSimplified ?? Converter({ from: "t", to: "cn" });
  traditionalToSimplified = convert;
  return convert(text);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Removes diacritics so that "réprésentation" and "representation" compare equal. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

let lastFolded: { text: string; folded: string } | undefined;

/**
 * `foldAccents(normalize(text))`, the form tokens are cut from. The last one is remembered: the
 * classifier's features ask for it again right after tokenising the same text.
 */
export function foldedForm(text: string): string {
  if (lastFolded?.text !== text) lastFolded = { text, folded: foldAccents(normalize(text)) };
  return lastFolded.folded;
}

const EN_STOP = new Set(
  (
    "a an the of to in on for and or is are was were be been by with at as from that this these those it its " +
    "what which who whom whose when where why how do does did can could will would should shall may might " +
    "me my i you your we our us they their them he she his her there here about into than then so such " +
    "please tell give show let know want wanted need any some all just also only more most other s " +
    // verbs that ask rather than name a topic ("which declaration does it refer to")
    "refer refers mention mentions mentioned say says said talk describe explain according regarding concerning"
  ).split(" "),
);

const ZH_STOP = new Set(
  [
    "的 了 是 在 和 与 及 或 吗 呢 吧 啊 么 什么 哪 哪些 哪个 多少 怎么 如何 请 我 你 他 她 它 我们",
    "这 那 这个 那个 有 个 为 对 将 被 把 就 都 也 还 又 给 让 以 之 其 所 中 上 下 一 些 项 条",
    "目前 一下 告诉 时候 什么时候 为什么 怎样 怎么样 哪里 何时 是否 可以 能否 一些 关于",
  ]
    .join(" ")
    .split(" "),
);

const englishStems = new Map<string, string>();

/** A deliberately light English stemmer: enough to meet "vacancies"/"vacancy", "planning"/"plan". */
export function stem(word: string): string {
  // Remembered as the French and Spanish stems are (stemmers.ts).
  let stemmed = englishStems.get(word);
  if (stemmed === undefined) {
    stemmed = englishStem(word);
    if (englishStems.size >= MAX_CACHED) englishStems.clear();
    englishStems.set(word, stemmed);
  }
  return stemmed;
}

function englishStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  for (const suffix of [
    "ational",
    "isation",
    "ization",
    "ation",
    "ition",
    "ment",
    "ness",
    "ing",
    "ed",
    "ly",
  ]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "digitalised"/"digitalisation", "prioritized"/"prioritization" meet at "digital", "priorit"
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  if (/(is|iz)$/.test(w) && w.length >= 7) w = w.slice(0, -2);
  // "planning" → "plann" → "plan": collapse a doubled final consonant left by -ing/-ed
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

export interface TokenizeOptions {
  /** Keep stop words (the intent classifier wants "what"/"how"; search does not). */
  keepStopWords?: boolean;
  /**
   * French or Spanish text: Latin words get that language's stemmer and stop words (English
   * stop words go too: staff mix English words in). Otherwise the light English stemmer.
   */
  lang?: string;
}

/** The stemming a language has of its own, if any (French, Spanish); English stems the others. */
export function stemLang(lang: string | undefined): StemLang | undefined {
  return lang === "fr" || lang === "es" ? lang : undefined;
}

/** A word's stem in the stemming of a language: English for any but French and Spanish. */
export function stemIn(word: string, lang?: string): string {
  const romance = stemLang(lang);
  return romance ? romanceStem(word, romance) : stem(word);
}

/** Chinese words via Intl.Segmenter, plus character bigrams so that unsegmented phrases still meet. */
function chineseTokens(run: string, keepStopWords: boolean): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of zhSegmenter.segment(run)) {
    if (!isWordLike) continue;
    if (!keepStopWords && ZH_STOP.has(segment)) continue;
    out.push(segment);
  }
  for (let i = 0; i + 1 < run.length; i++) {
    const bigram = run.slice(i, i + 2);
    if (!out.includes(bigram)) out.push(`~${bigram}`);
  }
  return out;
}

/**
 * Tokens of a text: English (and other Latin-script) words, lightly stemmed, with grade codes
 * such as "p5" kept whole; Chinese words and character bigrams (prefixed "~").
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const keep = options.keepStopWords ?? false;
  // One message is tokenised by the classifier, the entity finders and several indexes: remember
  // the last few results (returned as copies, so callers may change them).
  const lang = stemLang(options.lang);
  const key = `${keep ? 1 : 0}${lang ?? ""}:${text}`;
  const cached = recentTokens.get(key);
  if (cached) return [...cached];
  const tokens = computeTokens(text, keep, lang);
  if (recentTokens.size >= RECENT_TOKENS) recentTokens.delete(recentTokens.keys().next().value as string);
  recentTokens.set(key, tokens);
  return [...tokens];
}

const RECENT_TOKENS = 64;
const recentTokens = new Map<string, string[]>();

function computeTokens(text: string, keep: boolean, lang: StemLang | undefined): string[] {
  const normalized = foldedForm(text);
  const tokens: string[] = [];
  for (const run of normalized.match(HAN_RUN) ?? []) tokens.push(...chineseTokens(run, keep));
  const latin = normalized.replace(HAN_RUN, " ");
  for (const word of latin.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []) {
    // French elision: "l'indicateur" is "indicateur", "qu'est" is "est".
    const raw = lang === "fr" ? word.replace(/^(?:[cdjlmnst]|qu)'/, "") : word;
    if (!keep && (EN_STOP.has(raw) || (lang !== undefined && ROMANCE_STOP[lang].has(raw)))) continue;
    tokens.push(lang ? romanceStem(raw, lang) : stem(raw));
  }
  return tokens;
}

/** A compact form for alias matching: no spaces, dashes or punctuation. */
export function compact(text: string): string {
  return foldAccents(normalize(text)).replace(/[^\p{L}\p{N}+]/gu, "");
}

/**
 * The form aliases are matched in: compact, and without the particle 的, which Chinese
 * speakers drop freely ("相互尊重工作环境" names "相互尊重的工作环境").
 */
export function matchForm(text: string): string {
  return compact(text).replace(/的/g, "");
}

/** Rows of `editDistance`, kept between calls: it runs for many names on every message. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance when it is at most `max`, otherwise `max + 1` (typo tolerance for
 * aliases). Only the band of cells within `max` of the diagonal is computed: a path that leaves
 * it costs more than `max` already.
 */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const over = max + 1;
  if (rowA.length <= m) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[0] = i <= max ? i : over;
    if (lo > 1) cur[lo - 1] = over;
    let rowMin = cur[0] as number;
    const code = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      let value = (prev[j - 1] as number) + cost;
      const up = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      if (up < value) value = up;
      if (left < value) value = left;
      if (value > over) value = over;
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m] as number, over);
}
