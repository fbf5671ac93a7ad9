import { foldAccents, normalize } from "../i18n/text.ts";
import { everyLanguage } from "../i18n/words.ts";

/**
 * Questions about one's own HR record, which only HR can see: the asker's own leave, contract,
 * pay or grade. The record word must belong to the asker ("my contract", "am I eligible",
 * "我的年假", "mon contrat", "mi sueldo"), so "my director asked when people leave" and "what is the
 * leave policy" are not.
 */
const AS_TYPED = everyLanguage((w) => w.personal.asTyped);
/** Matched with accents off: "mon contrat", "il me reste", "mi sueldo", "¿me toca…?". */
const FOLDED = everyLanguage((w) => w.personal.folded);

export function asksAboutOwnRecord(text: string): boolean {
  const t = normalize(text);
  const folded = foldAccents(t);
  return AS_TYPED.some((re) => re.test(t)) || FOLDED.some((re) => re.test(folded));
}
