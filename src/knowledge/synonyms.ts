import { LOCALES } from "../i18n/locale.ts";
import { stemIn, stemLang } from "../i18n/text.ts";
import { WORDS } from "../i18n/words.ts";

/**
 * Words staff use for the paper's own words ("effects" for "impact", "boss" for "manager"), in
 * each language's words (`synonyms`). Queries are expanded with them at a lower weight, so the
 * paper's wording still ranks first.
 */
function synonymMap(groups: readonly string[], lang?: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const words = [
      ...new Set(group.split(" ").map((w) => (/\p{Script=Han}/u.test(w) ? w : stemIn(w, lang)))),
    ];
    for (const w of words) map.set(w, [...(map.get(w) ?? []), ...words.filter((o) => o !== w)]);
  }
  return map;
}

/**
 * One map per stemming: a language with a stemmer of its own (French, Spanish) is matched against
 * its own texts; the others (English, Chinese) share English's.
 */
function synonymMaps(): Map<string, Map<string, string[]>> {
  const maps = new Map<string, Map<string, string[]>>();
  const keyOf = (locale: string) => stemLang(locale) ?? "en";
  for (const key of new Set(LOCALES.map(keyOf))) {
    const groups = LOCALES.filter((l) => keyOf(l) === key).flatMap((l) => WORDS[l].synonyms);
    maps.set(key, synonymMap(groups, stemLang(key)));
  }
  return maps;
}

const SYNONYMS = synonymMaps();

/** Query tokens with weights: the user's own words 1, their synonyms `weight`. */
export function expandQuery(tokens: readonly string[], weight = 0.5, lang?: string): Map<string, number> {
  const synonyms = SYNONYMS.get(stemLang(lang) ?? "en") ?? new Map<string, string[]>();
  const weighted = new Map<string, number>();
  for (const t of tokens) weighted.set(t, 1);
  for (const t of tokens) {
    for (const s of synonyms.get(t) ?? []) if (!weighted.has(s)) weighted.set(s, weight);
  }
  return weighted;
}
