import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import { stemmer as spanishStemmer } from "@orama/stemmers/spanish";

/**
 * Stemming and stop words for French and Spanish, so that "mobilité"/"mobilités" and
 * "contratación"/"contrataciones" meet. The Snowball stemmers come from @orama/stemmers (kept
 * with the Orama search engine, no dependencies of their own); English keeps the light stemmer
 * in text.ts, which the knowledge base's English vocabulary was tuned with. Words arrive
 * lower-cased and without accents (staff often type without them), so both sides of a match are
 * stemmed the same way.
 */
export type StemLang = "fr" | "es";

const STEMMERS: Record<StemLang, (word: string) => string> = { fr: frenchStemmer, es: spanishStemmer };

/**
 * Accents the Snowball rules need, put back on suffixes that always carry them ("-cion" is
 * "-ción", "-ite" is "-ité"), so "contratacion" meets "contrataciones"; the stem is folded again.
 */
const ACCENTED_SUFFIXES: Record<StemLang, [RegExp, string][]> = {
  fr: [
    [/ite(s?)$/, "ité$1"],
    [/ee(s?)$/, "ée$1"],
  ],
  es: [
    [/cion$/, "ción"],
    [/sion$/, "sión"],
  ],
};

/**
 * Stems already worked out, per language: the same few thousand words come back in every
 * index, name and message, and a Snowball stem costs microseconds. Emptied when it grows past
 * `MAX_CACHED` (a long-running server meets ever new words).
 */
const CACHE: Record<StemLang, Map<string, string>> = { fr: new Map(), es: new Map() };
export const MAX_CACHED = 50_000;

export function romanceStem(word: string, lang: StemLang): string {
  const cache = CACHE[lang];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = computeStem(word, lang);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

function computeStem(word: string, lang: StemLang): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  for (const [suffix, accented] of ACCENTED_SUFFIXES[lang]) w = w.replace(suffix, accented);
  return STEMMERS[lang](w)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

/** Function words of questions, accents removed (as tokens are). */
export const ROMANCE_STOP: Record<StemLang, ReadonlySet<string>> = {
  fr: new Set(
    (
      "le la les l un une des du de d au aux et ou est sont a ont etre ete sera ce cet cette ces c qu que qui quoi " +
      "quel quelle quels quelles quand comment pourquoi combien dont ou dans sur sous pour par avec sans en y ne pas " +
      "plus moins tres se sa son ses leur leurs notre nos votre vos mon ma mes je tu il elle nous vous ils elles on " +
      "me te lui s n j m t est-ce y-a-t-il il-y-a dit dire quelle svp stp merci donner donne dis montre moi"
    ).split(" "),
  ),
  es: new Set(
    (
      "el la los las lo un una unos unas de del al y o u e es son ser fue sera esta estan ha han hay que quien " +
      "quienes cual cuales cuando como donde por para con sin en sobre entre a ante no si mas menos muy se su sus " +
      "nuestro nuestra nuestros mi mis tu tus yo el ella nosotros ustedes ellos ellas me te le les nos dime dame " +
      "muestrame porfa favor gracias cuanto cuanta cuantos cuantas"
    ).split(" "),
  ),
};
