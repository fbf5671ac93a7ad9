/**
 * Which Latin names (not abbreviations) a text can match at all, from indexes built once. A
 * match of `matchEntry` needs one of: the name's first stem among the text's stems (its words,
 * exact or in other forms), its first content stem there (its words apart), the name itself as
 * words of the text joined (written together), or, for a typo, a run of as many words as the
 * name has, starting with its letter and within its typo budget of its length. A long message
 * starts words with most letters, so the first-letter index alone sends it some 1,600 names;
 * these send it the few hundred that can match.
 */
import { type Analysed, type Entry, MAX_TYPO_WORDS, MIN_RUN_TOGETHER } from "./match.ts";

/** Typo shapes are packed in one small integer: word count and length stay below these. */
const MAX_SHAPE_WORDS = 32;
const MAX_SHAPE_LENGTH = 256;
const shape = (initial: number, words: number, length: number): number =>
  (initial * MAX_SHAPE_WORDS + words) * MAX_SHAPE_LENGTH + length;

export class LatinNames {
  private readonly byStem = new Map<string, number[]>();
  private readonly byForm = new Map<string, number[]>();
  /** Names open to typos by first character, word count and length. */
  private readonly byShape = new Map<number, number[]>();
  /** Names too long to pack into a shape: always sent on (there are none today). */
  private readonly unshaped: number[] = [];
  /** The word counts of names open to typos, and the largest typo budget. */
  private readonly typoSizes: number[];
  private readonly maxTypos: number;
  private readonly longestForm: number;

  constructor(entries: readonly Entry[]) {
    const add = <K>(index: Map<K, number[]>, key: K, at: number) => {
      const list = index.get(key);
      if (list) {
        if (list[list.length - 1] !== at) list.push(at);
      } else index.set(key, [at]);
    };
    const sizes = new Set<number>();
    let maxTypos = 0;
    let longestForm = 0;
    entries.forEach((e, at) => {
      if (e.abbreviation || e.han) return;
      const [first] = e.stems;
      if (first !== undefined) add(this.byStem, first, at);
      const [content] = e.content;
      if (content !== undefined) add(this.byStem, content, at);
      if (e.form.length >= MIN_RUN_TOGETHER) {
        add(this.byForm, e.form, at);
        longestForm = Math.max(longestForm, e.form.length);
      }
      if (e.typos > 0) {
        const k = e.words.length;
        if (k >= MAX_SHAPE_WORDS || e.form.length + e.typos >= MAX_SHAPE_LENGTH) this.unshaped.push(at);
        else add(this.byShape, shape(e.form.charCodeAt(0), k, e.form.length), at);
        sizes.add(k);
        maxTypos = Math.max(maxTypos, e.typos);
      }
    });
    this.typoSizes = [...sizes].sort((a, b) => a - b);
    this.maxTypos = maxTypos;
    this.longestForm = longestForm;
  }

  /** Marks (1) the places of the names the text can match. */
  plausible(analysed: Analysed, entries: readonly Entry[], marks: Uint8Array): void {
    const mark = (list: readonly number[] | undefined) => {
      if (list) for (const at of list) marks[at] = 1;
    };
    for (const s of analysed.stems) mark(this.byStem.get(s));
    const { words } = analysed;
    for (let i = 0; i < words.length; i++) {
      let joined = "";
      for (let j = i; j < words.length; j++) {
        joined += (words[j] as { text: string }).text;
        if (joined.length > this.longestForm) break;
        if (joined.length >= MIN_RUN_TOGETHER) mark(this.byForm.get(joined));
      }
    }
    if (words.length > MAX_TYPO_WORDS) return;
    mark(this.unshaped);
    // Lengths of runs of words from prefix sums: the runs themselves are joined only for the
    // names found here (matchEntry's windows).
    const ends = [0];
    for (const w of words) ends.push((ends[ends.length - 1] as number) + w.text.length);
    for (const k of this.typoSizes) {
      for (let i = 0; i + k <= words.length; i++) {
        const initial = (words[i] as { text: string }).text.charCodeAt(0);
        const length = (ends[i + k] as number) - (ends[i] as number);
        for (let d = -this.maxTypos; d <= this.maxTypos; d++) {
          if (length + d <= 0 || length + d >= MAX_SHAPE_LENGTH) continue;
          const list = this.byShape.get(shape(initial, k, length + d));
          if (!list) continue;
          for (const at of list) if ((entries[at] as Entry).typos >= Math.abs(d)) marks[at] = 1;
        }
      }
    }
  }
}
