import { LOCALES } from "../../i18n/locale.ts";
import { foldAccents } from "../../i18n/text.ts";
import { everyLanguage, WORDS } from "../../i18n/words.ts";

/**
 * French and Spanish numbers written in words, as staff type them in a form's answer: "dix-huit",
 * "quatre-vingt-dix", "mille deux cents", "dieciocho", "mil quinientos", "dos mil". Accents are
 * optional. Undefined unless every word is part of the number.
 */

/** Each language's number words (French, Spanish), tried in turn. */
const TABLES = LOCALES.map((l) => WORDS[l].calendar.numberWords).filter((t) => Object.keys(t).length > 0);

/** The words joining parts of a number: "vingt et un", "treinta y dos". */
const JOINERS = new Set(everyLanguage((w) => w.calendar.numberJoiners));

function read(words: readonly string[], table: Readonly<Record<string, number>>): number | undefined {
  let total = 0;
  let current = 0;
  let last: string | undefined;
  // The last word added: each next one is smaller ("vingt et un", "sesenta y dos"), so "un deux"
  // or "dos tres" is no number, and a typo in a form answer is asked again rather than summed.
  let added = Number.POSITIVE_INFINITY;
  for (const word of words) {
    if (word === "mille" || word === "mil") {
      // "mil mil" is no number either
      if (total > 0 && current === 0) return undefined;
      total += (current || 1) * 1000;
      current = 0;
      added = Number.POSITIVE_INFINITY;
    } else if (word === "cent" || word === "cents") {
      current = (current || 1) * 100;
      added = 100;
    } else if ((word === "vingt" || word === "vingts") && last === "quatre") {
      // quatre-vingt(s): 4 × 20
      current += 80 - 4;
      added = 20;
    } else if (/^\d+$/.test(word) && last === undefined) {
      current = Number(word);
    } else {
      const value = table[word];
      if (value === undefined || value >= added) return undefined;
      current += value;
      added = value;
    }
    last = word;
  }
  return last === undefined ? undefined : total + current;
}

/** "dix-huit" → 18, "mille deux cents" → 1200, "dieciocho" → 18, "mil quinientos" → 1500. */
export function parseRomanceNumber(text: string): number | undefined {
  const words = foldAccents(text.toLowerCase())
    .split(/[\s-]+/)
    .filter((w) => w && !JOINERS.has(w));
  if (words.length === 0 || words.length > 8) return undefined;
  for (const table of TABLES) {
    const value = read(words, table);
    if (value !== undefined) return value;
  }
  return undefined;
}
