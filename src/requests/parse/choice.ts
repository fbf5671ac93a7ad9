import { compact, editDistance, foldAccents, hasHan, normalize } from "../../i18n/text.ts";
import type { Bilingual } from "../../knowledge/schema.ts";

/** One option of a choice field; the parser reads what people type as one of them. */
export interface ChoiceOption {
  value: string;
  label: Bilingual;
  /** Other ways people name this option, in any language; they are matched, never shown. */
  aliases?: readonly string[];
}

type Choices = { choices?: readonly ChoiceOption[] | undefined };

/**
 * Which option of a choice field a text names: by value, by its label in any language, by an
 * alias ("work from home", "远程办公"), by its number in the list ("2"), or with a small typo
 * ("telwork"). A text that names two options equally well names none.
 */

interface Term {
  value: string;
  /** Lower-case words separated by single spaces; Chinese kept as written. */
  words: string;
  compact: string;
}

function spaced(text: string): string {
  return foldAccents(normalize(text))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function terms(field: Choices, withValues: boolean): Term[] {
  return (field.choices ?? []).flatMap((choice) =>
    [...(withValues ? [choice.value] : []), ...Object.values(choice.label), ...(choice.aliases ?? [])].map(
      (term) => ({ value: choice.value, words: spaced(term), compact: compact(term) }),
    ),
  );
}

/** Short terms ("me", "P4", "我") are matched only as a whole answer, never inside a sentence. */
function longEnough(term: Term): boolean {
  return hasHan(term.compact) ? term.compact.length >= 2 : term.compact.length >= 4;
}

function contains(text: string, term: Term): boolean {
  if (hasHan(term.words)) return text.includes(term.words);
  return ` ${text} `.includes(` ${term.words} `);
}

function typoTolerance(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Latin terms within a small edit distance of the same number of consecutive words in the text. */
function nearlyContains(text: string, term: Term): boolean {
  const tolerance = typoTolerance(term.compact.length);
  if (tolerance === 0 || hasHan(term.words)) return false;
  const words = text.split(" ");
  const size = term.words.split(" ").length;
  for (let i = 0; i + size <= words.length; i++) {
    const window = words.slice(i, i + size).join("");
    if (editDistance(window, term.compact, tolerance) <= tolerance) return true;
  }
  return false;
}

function unique(matches: readonly Term[]): string | undefined {
  const values = new Set(matches.map((t) => t.value));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * The one value the matches name once terms inside longer matched terms are set aside:
 * "functional and geographical" names one option, though "functional" matches too.
 */
function best(matches: readonly Term[]): string | undefined {
  return unique(
    matches.filter(
      (t) => !matches.some((o) => o.value !== t.value && o.words !== t.words && o.words.includes(t.words)),
    ),
  );
}

/** A sentence that names an option somewhere ("I'd like telework on Mondays"). */
export function findChoice(field: Choices, text: string): string | undefined {
  const t = spaced(text);
  const candidates = terms(field, false).filter(longEnough);
  const named = candidates.filter((term) => contains(t, term));
  // typos are forgiven only when nothing is named as written: "team … innovation" stays ambiguous
  return best(named.length ? named : candidates.filter((term) => nearlyContains(t, term)));
}

/** The option a whole answer names: "telework", "远程办公", "compressed", "part time", "2". */
export function parseChoice(field: Choices, text: string): string | undefined {
  const choices = field.choices ?? [];
  const input = compact(text);
  if (!input || text.length > 200) return undefined;
  // a number picks from a short numbered list; long lists (grades) are answered by name
  if (/^\d{1,2}$/.test(input) && choices.length <= 9) return choices[Number(input) - 1]?.value;
  const all = terms(field, true);
  const exact = unique(all.filter((term) => term.compact === input));
  if (exact) return exact;
  // a unique start of a longer label: "compressed" for "Compressed schedule"
  const partial =
    input.length >= 4 ? unique(all.filter((term) => term.compact.startsWith(input))) : undefined;
  return partial ?? findChoice(field, text);
}
