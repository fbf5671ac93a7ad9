import { LOCALES, type Locale } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";
import { anyLanguage, everyLanguage, type Words } from "../i18n/words.ts";

/**
 * The four languages the assistant answers in, by their names in the four languages (accents
 * folded, adjective forms too: "la version anglaise", "en lengua inglesa"). The vocabulary of a
 * language choice ("answer in Spanish") and of its look-alikes ("is the paper in Spanish?"): which
 * of the two a message is, is the router's reading, not this module's.
 */
function namesOf(pick: (w: Words) => Record<Locale, readonly string[]>): Record<Locale, readonly string[]> {
  const names = {} as Record<Locale, readonly string[]>;
  for (const named of LOCALES) names[named] = everyLanguage((w) => pick(w)[named]);
  return names;
}
const LANGUAGE_NAMES = namesOf((w) => w.languages.names);

/** The names found inside a run of characters (Chinese: no spaces to split on). */
const NAMES_IN_RUN: Record<Locale, readonly string[]> = namesOf((w) => w.languages.namesInRun);

/** A name misspelt by one letter ("englsh", "spainsh") is still read, for names long enough to tell apart. */
const FUZZY_MIN = 7;
/** Words one letter away from a name that are other words ("France" is a country, "Frances" a name). */
const NOT_A_TYPO = new Set(everyLanguage((w) => w.languages.notATypo));

/** Optimal string alignment distance, stopped early: is `a` at most one edit from `b`? */
function oneEditAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA === restB) return true;
  // substitution, insertion, deletion, or two letters swapped
  return (
    restA.slice(1) === restB.slice(1) ||
    restA === restB.slice(1) ||
    restA.slice(1) === restB ||
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}

function localeOfWord(word: string): Locale | undefined {
  for (const locale of LOCALES) if (LANGUAGE_NAMES[locale].includes(word)) return locale;
  if (word.length < FUZZY_MIN - 1 || NOT_A_TYPO.has(word)) return undefined;
  for (const locale of LOCALES)
    if (LANGUAGE_NAMES[locale].some((name) => name.length >= FUZZY_MIN && oneEditAway(word, name)))
      return locale;
  return undefined;
}

/** The message's words, lower-cased and accents folded, as the names are kept. */
function foldedWords(text: string): string[] {
  return foldAccents(normalize(text))
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** The one language a single word names ("Español", "frnech"), if it names one. */
export function localeNamedBy(word: string): Locale | undefined {
  const folded = foldAccents(normalize(word)).trim();
  for (const locale of LOCALES) if (NAMES_IN_RUN[locale].includes(folded)) return locale;
  return localeOfWord(folded);
}

/** The languages a message names, each once. */
export function localesNamed(text: string): Locale[] {
  const found: Locale[] = [];
  const add = (locale: Locale | undefined) => {
    if (locale && !found.includes(locale)) found.push(locale);
  };
  const folded = foldAccents(normalize(text));
  for (const word of foldedWords(text)) add(localeOfWord(word));
  const zh = folded.replace(/\s+/g, "");
  for (const locale of LOCALES) if (NAMES_IN_RUN[locale].some((name) => zh.includes(name))) add(locale);
  return found;
}

/** "do you speak French?", "¿hablas francés?", "你会说法语吗": asks what the assistant can do, chooses nothing. */
const ASKS_ABILITY = anyLanguage((w) => w.languages.asksAbility, "i");

export function asksAboutSpeaking(text: string): boolean {
  return ASKS_ABILITY.test(foldAccents(normalize(text)));
}
