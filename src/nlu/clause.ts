import { asksFigureOfTopic, detectFacets } from "./entities.ts";
import { wordedAsQuestion } from "./mood.ts";

/** Where one clause ends and the next begins: punctuation, or a spaced dash. */
const CLAUSE_BREAK = /[,;:()，；：（）.!?。！？]|\s[-–—]\s/g;

export interface Clause {
  text: string;
  /** It ends in a question mark. */
  question: boolean;
}

/**
 * The clause of a text around a span, when the text has more than one ("HRD keeps saying we're
 * going digital. What's the milestone?"); undefined when the span's clause is the whole text.
 */
export function clauseAround(text: string, span: readonly [number, number]): Clause | undefined {
  const before = text.slice(0, span[0]);
  const starts = [...before.matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + m[0].length);
  const start = starts.length > 0 ? Math.max(...starts) : 0;
  const after = text.slice(span[1]).search(new RegExp(CLAUSE_BREAK.source));
  if (start === 0 && after < 0) return undefined;
  const end = after < 0 ? text.length : span[1] + after;
  return { text: text.slice(start, end), question: /^\s*[?？]/.test(text.slice(end)) };
}

/** A clause that asks no facet, no figure and no question: "my JD is from 2009 lol". */
export function asksNothing(clause: Clause): boolean {
  return (
    !clause.question &&
    !wordedAsQuestion(clause.text) &&
    detectFacets(clause.text).length === 0 &&
    !asksFigureOfTopic(clause.text)
  );
}

/**
 * Whether a year is asked about: named in a clause that asks something, or in the only clause.
 * "my JD is from 2009 lol. does the strategy have a target on…?" dates the asker's JD, and asks
 * nothing of 2009.
 */
export function yearAsked(text: string, year: number): boolean {
  for (const m of text.matchAll(new RegExp(`(?<!\\d)${year}(?!\\d)`, "g"))) {
    const at = m.index ?? 0;
    const clause = clauseAround(text, [at, at + m[0].length]);
    if (!clause || clause.question || !asksNothing(clause)) return true;
  }
  return false;
}
