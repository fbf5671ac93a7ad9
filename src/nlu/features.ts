/**
 * Sparse features of an utterance for the intent classifier: words (optionally word bigrams) and
 * character n-grams, hashed, then indexed by a dictionary built from the training texts. Word
 * bigrams are off by default: cross-validation on the examples found them no help (62.5% vs 63.9%).
 */
import { foldedForm, tokenize } from "../i18n/text.ts";

export interface FeatureOptions {
  /** Longest word n-gram: 1 = words only, 2 = words and adjacent pairs. */
  wordNgrams: number;
  /** Character n-gram lengths [min, max] inside Latin words, padded with ^ and $. 0 = none. */
  latinChars: readonly [number, number];
  /** Character n-gram lengths [min, max] inside runs of Chinese characters. 0 = none. */
  hanChars: readonly [number, number];
  /** Weight of every character n-gram relative to a word, before normalising. */
  charWeight: number;
  /** "log": 1 + ln(tf); "tfidf": that times the training set's inverse document frequency. */
  weighting: "log" | "tfidf";
}

export const DEFAULT_FEATURES: FeatureOptions = {
  wordNgrams: 1,
  latinChars: [2, 4],
  hanChars: [1, 3],
  charWeight: 0.5,
  weighting: "log",
};

const HAN_RUN = /\p{Script=Han}+/gu;
const CARET = 94; // "^", start of a Latin word
const DOLLAR = 36; // "$", its end

/** FNV-1a, 32-bit: a deterministic hash, so n-grams need no substring of their own. */
const FNV_PRIME = 0x01000193;
function fnv(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}
function fnvString(h: number, s: string): number {
  let out = h;
  for (let i = 0; i < s.length; i++) out = fnv(out, s.charCodeAt(i));
  return out;
}
/** One seed per feature kind, so "a" the word and "a" the character n-gram differ. */
const SEED = {
  word: fnv(0x811c9dc5, 1),
  bigram: fnv(0x811c9dc5, 2),
  latin: fnv(0x811c9dc5, 3),
  han: fnv(0x811c9dc5, 4),
};

/**
 * A 30-bit key (a small integer, V8's fastest Map key): 29 bits of hash, and a low bit set for
 * character n-grams, which are weighted apart. Collisions among a few 10,000 features are rare
 * and merely merge two features.
 */
const key = (h: number, isChar: boolean): number => ((h >>> 3) << 1) | (isChar ? 1 : 0);
export const isCharFeature = (k: number): boolean => (k & 1) === 1;

/** Hashed features of a text and how often each occurs. */
export function rawFeatures(text: string, options: FeatureOptions): Map<number, number> {
  const out = new Map<number, number>();
  const add = (k: number): void => {
    out.set(k, (out.get(k) ?? 0) + 1);
  };
  // Stop words are kept: "what", "how many", "my" tell intents apart. The "~" tokens are the
  // tokenizer's Chinese bigrams, which the character n-grams below already cover.
  const words = tokenize(text, { keepStopWords: true }).filter((t) => !t.startsWith("~"));
  const hashes = words.map((w) => fnvString(SEED.word, w));
  for (const h of hashes) add(key(h, false));
  if (options.wordNgrams >= 2) {
    for (let i = 0; i + 1 < hashes.length; i++)
      add(key(fnv(fnv(SEED.bigram, hashes[i] as number), hashes[i + 1] as number), false));
  }
  const folded = foldedForm(text);
  const [hanMin, hanMax] = options.hanChars;
  if (hanMax > 0) {
    for (const run of folded.match(HAN_RUN) ?? [])
      ngrams(
        Array.from(run, (c) => c.codePointAt(0) ?? 0),
        SEED.han,
        hanMin,
        hanMax,
        add,
      );
  }
  const [latMin, latMax] = options.latinChars;
  if (latMax > 0) {
    // Unstemmed words: a typo ("trainng") still shares most of its n-grams with the right word.
    for (const word of folded.replace(HAN_RUN, " ").match(/[a-z0-9]+/g) ?? []) {
      const codes = [CARET];
      for (let i = 0; i < word.length; i++) codes.push(word.charCodeAt(i));
      codes.push(DOLLAR);
      ngrams(codes, SEED.latin, latMin, latMax, add);
    }
  }
  return out;
}

/** Every n-gram of min…max codes, each hashed incrementally from its start. */
function ngrams(
  codes: readonly number[],
  seed: number,
  min: number,
  max: number,
  add: (k: number) => void,
): void {
  for (let i = 0; i < codes.length; i++) {
    let h = seed;
    for (let n = 1; n <= max && i + n <= codes.length; n++) {
      h = fnv(h, codes[i + n - 1] as number);
      if (n >= min) add(key(h, true));
    }
  }
}

/** What a trained dictionary needs to map texts again, without its training texts. */
export interface FeatureSpaceState {
  options: FeatureOptions;
  /** The hashed feature of each index, in index order. */
  keys: Int32Array;
  idf: Float64Array;
  /** How many texts built it. */
  texts: number;
}

export interface SparseVector {
  /** Feature indices, ascending. */
  indices: Int32Array;
  values: Float64Array;
}

/**
 * A dictionary of the training texts' features; maps any text to a unit vector. The training
 * texts' own vectors are built in the same pass (`trainingVectors`), as extraction is most of the
 * cost of training.
 */
export class FeatureSpace {
  readonly options: FeatureOptions;
  /** The training texts' vectors; empty when restored from a state. */
  readonly trainingVectors: SparseVector[];
  private readonly index = new Map<number, number>();
  private readonly idf: number[] = [];
  private readonly texts: number;
  /** The idf of a feature no training text has: the rarest possible. */
  private readonly unseenIdf: number;
  /** One weight per feature, written and read within one `toVector` call. */
  private scratch = new Float64Array(1024);

  /** Built from training texts, or restored from the state of one built before. */
  constructor(source: readonly string[] | FeatureSpaceState, options: Partial<FeatureOptions> = {}) {
    if (!Array.isArray(source)) {
      const state = source as FeatureSpaceState;
      this.options = { ...state.options };
      for (let i = 0; i < state.keys.length; i++) this.index.set(state.keys[i] as number, i);
      this.idf = Array.from(state.idf);
      this.texts = state.texts;
      this.unseenIdf = Math.log(state.texts + 1) + 1;
      this.trainingVectors = [];
      return;
    }
    const texts = source as readonly string[];
    this.options = { ...DEFAULT_FEATURES, ...options };
    const df: number[] = [];
    // With "log" weighting a vector needs only its own features' indices, all known once its
    // text is read: built in the same pass, so the counts need not be kept (less garbage).
    const streaming = this.options.weighting === "log";
    const raws: Map<number, number>[] = [];
    const vectors: SparseVector[] = [];
    for (const text of texts) {
      const raw = rawFeatures(text, this.options);
      for (const name of raw.keys()) {
        let i = this.index.get(name);
        if (i === undefined) {
          i = this.index.size;
          this.index.set(name, i);
          df.push(0);
        }
        df[i] = (df[i] as number) + 1;
      }
      if (streaming) vectors.push(this.toVector(raw));
      else raws.push(raw);
    }
    const n = texts.length;
    this.texts = n;
    for (const d of df) this.idf.push(Math.log((n + 1) / (d + 1)) + 1);
    this.unseenIdf = Math.log(n + 1) + 1;
    this.trainingVectors = streaming ? vectors : raws.map((raw) => this.toVector(raw));
  }

  get dimension(): number {
    return this.index.size;
  }

  state(): FeatureSpaceState {
    return {
      options: { ...this.options },
      keys: Int32Array.from(this.index.keys()),
      idf: Float64Array.from(this.idf),
      texts: this.texts,
    };
  }

  vector(text: string): SparseVector {
    return this.toVector(rawFeatures(text, this.options));
  }

  /**
   * L2-normalised over known features. Unknown features count towards the norm (and are then
   * dropped): a message mostly made of unseen words gets a short vector, so the classifier is
   * less sure of it rather than over-trusting the one word it knows. With "log" weighting this
   * also makes a vector independent of which other texts built the dictionary.
   */
  private toVector(raw: Map<number, number>): SparseVector {
    const tfidf = this.options.weighting === "tfidf";
    const known = new Int32Array(raw.size);
    let m = 0;
    let norm = 0;
    for (const [name, count] of raw) {
      const i = this.index.get(name);
      const group = isCharFeature(name) ? this.options.charWeight : 1;
      const idf = tfidf ? (i === undefined ? this.unseenIdf : (this.idf[i] as number)) : 1;
      const w = (1 + Math.log(count)) * group * idf;
      norm += w * w;
      if (i === undefined) continue;
      // Weights parked by feature index, the indices sorted as numbers: an insertion sort of a
      // few dozen features was most of the cost of building the training vectors.
      if (i >= this.scratch.length) {
        const grown = new Float64Array(Math.max(2 * this.scratch.length, i + 1));
        grown.set(this.scratch);
        this.scratch = grown;
      }
      this.scratch[i] = w;
      known[m++] = i;
    }
    const indices = known.slice(0, m).sort();
    const values = new Float64Array(m);
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let n = 0; n < m; n++) values[n] = (this.scratch[indices[n] as number] as number) * scale;
    return { indices, values };
  }
}
