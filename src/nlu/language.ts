import { readFileSync } from "node:fs";
import { z } from "zod";
import { type Lang, type Locale, negotiateLocale } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]+/g;

// Words that are frequent in one language's questions and rare in the others'.
const MARKERS: Record<"en" | "fr" | "es", Set<string>> = {
  en: new Set(
    "the what which is are of and for how does do target baseline milestone who when where why please show tell give".split(
      " ",
    ),
  ),
  fr: new Set(
    "le les des du et est quel quelle quels quelles pour objectif cible jalon femmes postes mobilite une sont dans sur combien au aux c'est qu'est ce niveau oui confirmer".split(
      " ",
    ),
  ),
  es: new Set(
    "el los las del es cual cuales para meta objetivo hito mujeres puestos movilidad una son en sobre cuanto que al porcentaje linea base fue lugar resultado y por con trabajo personal cuanto confirmar".split(
      " ",
    ),
  ),
};

/** English words no French or Spanish fragment borrows: the grammar of an English sentence, not its terms. */
const ENGLISH_OWN = new Set(
  "the what which is are of and for how does do who when where why please show tell give my me i".split(" "),
);

/**
 * Words only one language's knowledge-base texts and training examples use (scripts/language-markers.ts
 * writes them), besides the hand-picked markers above.
 */
const Lexicon = z.object({ en: z.array(z.string()), fr: z.array(z.string()), es: z.array(z.string()) });
const lexicon = Lexicon.parse(
  JSON.parse(readFileSync(new URL("./language-markers.json", import.meta.url), "utf8")),
);
const LEXICON: Record<"en" | "fr" | "es", ReadonlySet<string>> = {
  en: new Set(lexicon.en),
  fr: new Set(lexicon.fr),
  es: new Set(lexicon.es),
};

/**
 * The language of a message. Any Chinese character makes it Chinese: staff often mix codes and
 * English words into Chinese questions ("P5+女性目标"), and such a question wants a Chinese answer.
 * Otherwise French and Spanish are told from English by marker words; English wins ties.
 */
export function detectLanguage(text: string, localeHint?: string): Lang {
  const normalized = normalize(text);
  const han = normalized.match(HAN_ALL)?.length ?? 0;
  if (han > 0) return "zh";
  const words = foldAccents(normalized).match(LATIN_WORD) ?? [];
  const score = { en: 0, fr: 0, es: 0 };
  for (const w of words) {
    for (const lang of ["en", "fr", "es"] as const)
      if (MARKERS[lang].has(w) || LEXICON[lang].has(w)) score[lang]++;
  }
  if (/[éèêàçùœ]/.test(normalized)) score.fr += 1;
  // "mes questions", "mes demandes": a message opening with it is French; Spanish "mes" (month) follows a word.
  if (words[0] === "mes") score.fr += 1;
  if (/[ñ¿¡áíóú]/.test(normalized)) score.es += 2;
  const best = score.es > score.fr ? "es" : "fr";
  // A fragment ("cible formation 2025") has one telling word; with no English one, it decides.
  if (score[best] > score.en && (score[best] >= 2 || score.en === 0)) return best;
  // English needs its own words: a French fragment holding an English term of the paper
  // ("mobilite milestone fin 2023") is French unless English function words say otherwise.
  if (score[best] > 0 && score[best] >= score.en && !words.some((w) => ENGLISH_OWN.has(w))) return best;
  if (words.length === 0 && localeHint?.toLowerCase().startsWith("zh")) return "zh";
  return "en";
}

/** English marker words a message must hold to show it is English ("status FWA-…" or "my requests" does not). */
const ENGLISH_SHOWN = 2;

/**
 * The language a message's own words show, if they do: any Chinese character; French or Spanish
 * as `detectLanguage` tells them; English only from two of its marker words, since English is also
 * what a bare id, a command word ("status FWA-2026-0001", "ok") or a fragment is read as.
 */
export function shownLanguage(text: string, lang: Lang = detectLanguage(text)): Lang | undefined {
  const normalized = normalize(text);
  if (lang === "zh") return HAN.test(normalized) ? "zh" : undefined;
  if (lang !== "en") return lang;
  const words = foldAccents(normalized).match(LATIN_WORD) ?? [];
  const english = words.filter((w) => MARKERS.en.has(w) || LEXICON.en.has(w)).length;
  return english >= ENGLISH_SHOWN ? "en" : undefined;
}

/**
 * The answer's locale, by the one negotiation (`negotiateLocale`): the language the message's
 * own words show, else the user's remembered choice, else the platform's locale, else English.
 */
export function answerLanguage(lang: Lang, text = "", localeHint?: string, remembered?: Locale): Locale {
  return negotiateLocale({ message: shownLanguage(text, lang), remembered, platform: localeHint });
}
