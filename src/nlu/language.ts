import { type Lang, type Locale, negotiateLocale } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]+/g;

// Words that are frequent in one language's questions and rare in the others'.
const MARKERS: Record<"en" | "fr" | "es", Set<string>> = {
  en: new Set(
    "the what which is are of and for how does do target baseline milestone who when where why please show tell give".split(
      " ",
    ),
  ),
  fr: new Set(
    "le les des du et est quel quelle quels quelles pour objectif cible jalon femmes postes mobilite une sont dans sur combien au aux c'est qu'est ce niveau".split(
      " ",
    ),
  ),
  es: new Set(
    "el los las del es cual cuales para meta objetivo hito mujeres puestos movilidad una son en sobre cuanto que al porcentaje linea base fue lugar resultado y por con trabajo personal cuanto".split(
      " ",
    ),
  ),
};

/**
 * The language of a message. Any Chinese character makes it Chinese: staff often mix codes and
 * English words into Chinese questions ("P5+女性目标"), and such a question wants a Chinese answer.
 * Otherwise French and Spanish are told from English by marker words; English wins ties.
 */
export function detectLanguage(text: string, localeHint?: string): Lang {
  const normalized = normalize(text);
  const han = normalized.match(HAN)?.length ?? 0;
  if (han > 0) return "zh";
  const words = foldAccents(normalized).match(LATIN_WORD) ?? [];
  const score = { en: 0, fr: 0, es: 0 };
  for (const w of words) {
    for (const lang of ["en", "fr", "es"] as const) if (MARKERS[lang].has(w)) score[lang]++;
  }
  if (/[éèêàçùœ]/.test(normalized)) score.fr += 1;
  if (/[ñ¿¡áíóú]/.test(normalized)) score.es += 2;
  const best = score.es > score.fr ? "es" : "fr";
  if (score[best] > score.en && score[best] >= 2) return best;
  if (words.length === 0 && localeHint?.toLowerCase().startsWith("zh")) return "zh";
  return "en";
}

/**
 * The answer's locale, by the one negotiation (`negotiateLocale`): the message's own language when
 * it has words to tell it by, else the platform's locale, else English. The user's remembered
 * choice comes in as `remembered`.
 */
export function answerLanguage(lang: Lang, text = "", localeHint?: string, remembered?: Locale): Locale {
  const hasWords = /\p{L}/u.test(text);
  return negotiateLocale({ message: hasWords ? lang : undefined, remembered, platform: localeHint });
}
