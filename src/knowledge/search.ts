import { editDistance, tokenize } from "../i18n/text.ts";
import { expandQuery } from "./synonyms.ts";

/**
 * Okapi BM25 over short documents. Chosen over plain TF-IDF because passages differ a lot in
 * length (a one-line deliverable against a whole paragraph) and BM25 normalises for that.
 */
export interface Scored<T> {
  item: T;
  score: number;
  /**
   * The idf-weighted share of the query's own words (or a synonym, a typo or an abbreviation of
   * one) that this document contains: low when it matched on a stray word ("room" for "book a
   * meeting room").
   */
  share: number;
}

const K1 = 1.2;
/** Shorter words are left alone: one edit turns them into other words too easily. */
const MIN_TYPO_LENGTH = 5;
const B = 0.75;

export class Bm25Index<T> {
  private readonly docs: { item: T; tf: Map<string, number>; length: number }[] = [];
  private readonly df = new Map<string, number>();
  /** term → the documents containing it, so a query scores only the documents it can match. */
  private readonly postings = new Map<string, number[]>();
  private avgLength = 1;
  /** The vocabulary in order, for finding the words an abbreviation begins. */
  private readonly vocabulary: string[];
  /** The vocabulary by first letter, for finding the word a typo stands for. */
  private readonly byInitial = new Map<string, string[]>();

  /** `lang` picks the stemming of French or Spanish documents; queries are cut the same way. */
  constructor(
    items: readonly T[],
    text: (item: T) => string,
    private readonly lang?: string,
  ) {
    for (const item of items) {
      const tokens = tokenize(text(item), this.tokenizing());
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) {
        this.df.set(t, (this.df.get(t) ?? 0) + 1);
        const list = this.postings.get(t) ?? [];
        list.push(this.docs.length);
        this.postings.set(t, list);
      }
      this.docs.push({ item, tf, length: tokens.length });
    }
    this.vocabulary = [...this.df.keys()].sort();
    for (const word of this.vocabulary) {
      const initial = word[0] as string;
      const list = this.byInitial.get(initial);
      if (list) list.push(word);
      else this.byInitial.set(initial, [word]);
    }
    const total = this.docs.reduce((sum, d) => sum + d.length, 0);
    this.avgLength = this.docs.length > 0 ? Math.max(1, total / this.docs.length) : 1;
  }

  private tokenizing(): { lang?: string } {
    return this.lang ? { lang: this.lang } : {};
  }

  idf(token: string): number {
    const n = this.docs.length;
    const df = this.df.get(token) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The best matches for a query, highest score first; scores are comparable within one index only. */
  search(query: string, limit = 5): Scored<T>[] {
    const terms = [
      ...this.withVariants(expandQuery(tokenize(query, this.tokenizing()), 0.5, this.lang)),
    ].filter(([t]) => this.df.has(t));
    if (terms.length === 0) return [];
    const scores = new Map<number, number>();
    for (const [term, weight] of terms) {
      const idf = this.idf(term);
      for (const index of this.postings.get(term) ?? []) {
        const doc = this.docs[index];
        const f = doc?.tf.get(term);
        if (!doc || !f) continue;
        const saturation = (f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / this.avgLength));
        scores.set(index, (scores.get(index) ?? 0) + weight * idf * saturation);
      }
    }
    const results: { index: number; score: number }[] = [];
    for (const [index, score] of scores) results.push({ index, score });
    results.sort((a, b) => b.score - a.score);
    // Each of the query's own words with its weight and the forms that count for it, once per query.
    const unknownWeight = Math.log(1 + (this.docs.length + 0.5) / 0.5);
    const own = [...new Set(tokenize(query, this.tokenizing()))]
      .filter((t) => !t.startsWith("~"))
      .map((word) => ({
        weight: this.df.has(word) ? this.idf(word) : unknownWeight,
        forms: [...this.withVariants(expandQuery([word], 0.5, this.lang)).keys()],
      }));
    return results.slice(0, limit).flatMap(({ index, score }) => {
      const doc = this.docs[index];
      return doc ? [{ item: doc.item, score, share: share(own, doc.tf) }] : [];
    });
  }

  /**
   * Words the documents lack, read as the known words they stand for: the words an abbreviation
   * begins ("perf", "geo", "dev coop") and a word one typo away ("divrsity", "retirment"), at a
   * lower weight.
   */
  private withVariants(terms: Map<string, number>): Map<string, number> {
    const out = new Map(terms);
    for (const [term, weight] of terms) {
      if (this.df.has(term) || term.length < 3 || term.startsWith("~") || /\d/.test(term)) continue;
      for (const known of this.prefixed(term)) if (!out.has(known)) out.set(known, weight * 0.7);
      const corrected = this.corrected(term);
      if (corrected && !out.has(corrected)) out.set(corrected, weight * 0.8);
    }
    return out;
  }

  /** Up to three known words that begin with `term`. */
  private prefixed(term: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.vocabulary, term); i < this.vocabulary.length && found.length < 3; i++) {
      const known = this.vocabulary[i] as string;
      if (!known.startsWith(term)) break;
      if (known.length > term.length) found.push(known);
    }
    return found;
  }

  /** The known word one edit away from a word of five letters or more, if there is exactly one. */
  private corrected(term: string): string | undefined {
    if (term.length < MIN_TYPO_LENGTH || /\p{Script=Han}/u.test(term)) return undefined;
    const candidates = (this.byInitial.get(term[0] as string) ?? []).filter(
      (known) => Math.abs(known.length - term.length) <= 1 && editDistance(known, term, 1) <= 1,
    );
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /**
   * How much of a query the documents know, weighted by idf: a word absent from every document
   * counts as the rarest word. "P4 salary" scores low because its most telling word, "salary",
   * is nowhere in the paper. Chinese bigrams are left out: they are a matching aid, not words.
   * A word one typo away from a known one counts as known; with `prefixes`, so does an
   * abbreviation of a known word ("perf").
   */
  coverage(query: string, options: { prefixes?: boolean } = {}): number {
    const all = [...new Set(tokenize(query, this.tokenizing()))];
    const words = all.filter((t) => !t.startsWith("~"));
    const terms = words.length > 0 ? words : all;
    if (terms.length === 0) return 0;
    const unknownWeight = Math.log(1 + (this.docs.length + 0.5) / 0.5);
    let known = 0;
    let total = 0;
    for (const t of terms) {
      const isKnown =
        [...expandQuery([t], 0.5, this.lang).keys()].some((form) => this.df.has(form)) ||
        this.corrected(t) !== undefined ||
        (options.prefixes === true && this.prefixed(t).length > 0);
      const weight = this.df.has(t) ? this.idf(t) : unknownWeight;
      total += weight;
      if (isKnown) known += weight;
    }
    return total > 0 ? known / total : 0;
  }
}

/** How much of the query's own words a document has, each word weighed by its idf. */
function share(own: readonly { weight: number; forms: string[] }[], tf: ReadonlyMap<string, number>): number {
  if (own.length === 0) return 1;
  let total = 0;
  let found = 0;
  for (const { weight, forms } of own) {
    total += weight;
    if (forms.some((form) => tf.has(form))) found += weight;
  }
  return total > 0 ? found / total : 0;
}

/** The first index of a sorted array whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
