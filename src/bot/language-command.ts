import { isLocale, type Locale } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";

/**
 * A user's choice of the language they are answered in, told from their words: the command
 * ("/hr language es", "language", "语言 fr") or a request alone in its message ("réponds en
 * français", "answer in Spanish", "English please", "用中文回答", "háblame en francés"). A
 * question about languages ("is the strategy available in French?", "combien de langues") is none:
 * every pattern takes the whole message.
 */

export type LanguageCommand =
  /** A language chosen. */
  | { kind: "choose"; locale: Locale }
  /** "/hr language" alone: show the current choice and the options. */
  | { kind: "show" }
  /** "/hr language de": a language the assistant does not speak. */
  | { kind: "unknown" };

/** Each language's names in the four languages (accents folded), and its code. */
const NAMES: Record<Locale, string> = {
  en: "english|anglais|ingles|en",
  zh: "chinese|mandarin|chinois|chino|zh",
  fr: "french|francais|frances|fr",
  es: "spanish|espagnol|espanol|castellano|es",
};
const ZH_NAMES: Record<Locale, string> = {
  en: "英文|英语",
  zh: "中文|汉语|华语|普通话",
  fr: "法文|法语",
  es: "西班牙文|西班牙语",
};
const ANY_NAME = Object.values(NAMES).join("|");
const ANY_ZH_NAME = Object.values(ZH_NAMES).join("|");

/** "/hr language es", "language", "langue fr", "idioma", "语言 英文". */
const COMMAND = /^(?:\/hr\s+)?(?:language|lang|langue|idioma|lengua|语言)(?:\s*[:=]?\s*([\p{L}-]{1,20}))?$/u;
const POLITE =
  "(?:please|pls|thanks|thank you|s'il (?:te|vous) plait|svp|merci|por favor|gracias|now|from now on|desormais|a partir de ahora|ahora)";
const ASKING =
  "(?:(?:please|pls)\\s+|(?:can|could|would|will) you\\s+(?:please\\s+)?|(?:peux|pourrais)-tu\\s+|(?:pouvez|pourriez)-vous\\s+|(?:puedes|podrias|puede|podria)\\s+|por favor,?\\s+)?";
/** Verbs of answering, speaking and switching, as imperatives, in three languages. */
const VERBS = [
  "answer|reply|respond|speak|talk|write|switch|change|continue|use|chat",
  "reponds|repondez|reponde|repondre|parle|parlez|parler|ecris|ecrivez|ecrire|passe|passez|passer|continue|continuez|continuer",
  "contesta|conteste|contestame|contestar|contestarme|respondeme|responde|responda|responder|responderme|habla|hable|hablame|hablar|hablarme|escribe|escribeme|escriba|escribir|escribirme|cambia|cambie|cambiar|pasa|pasar|continua|continuar|sigue|seguir",
].join("|");
const OBJECT =
  "(?:-?moi|-?me|me|to me|with me|in the future|language|la langue|el idioma|de langue|de idioma)?";
const PREPOSITION = "(?:in|to|into|en|a|al|con|in the|en el|to the)";
/** "answer in Spanish", "réponds-moi en français", "contéstame en inglés", "switch to English now". */
const REQUEST = new RegExp(
  `^${ASKING}(?:${VERBS})${OBJECT}\\s*(?:${OBJECT}\\s+)?${PREPOSITION}\\s+(${ANY_NAME})(?:\\s+${POLITE})?(?:\\s+${POLITE})?$`,
  "u",
);
/** "English please", "en français s'il vous plaît", "in Spanish please", "español por favor". */
const NAME_POLITELY = new RegExp(`^(?:(?:in|en)\\s+)?(${ANY_NAME})(?:\\s+${POLITE})+$`, "u");
/** "用中文回答", "请用英文", "请说法语", "切换到西班牙语", "以后用法文回复我", "中文，谢谢". */
const ZH_REQUEST = new RegExp(
  `^(?:请|麻烦)?(?:你)?(?:以后|之后|今后|从现在起|从现在开始)?(?:请)?(?:都)?(?:用|说|讲|切换到|切换成|换成|改用|改成|使用)(${ANY_ZH_NAME})(?:回答|回复|答复|说|交流|沟通|和我说话|跟我说|回答我|回复我|对话)?(?:我)?(?:吧|好吗|可以吗|谢谢)?$|^(${ANY_ZH_NAME})(?:，|,)?(?:请|谢谢|好吗)$`,
  "u",
);

function localeNamed(name: string | undefined): Locale | undefined {
  if (!name) return undefined;
  for (const [locale, names] of Object.entries(NAMES) as [Locale, string][])
    if (new RegExp(`^(?:${names})$`).test(name)) return locale;
  for (const [locale, names] of Object.entries(ZH_NAMES) as [Locale, string][])
    if (new RegExp(`^(?:${names})$`).test(name)) return locale;
  return isLocale(name) ? name : undefined;
}

export function languageCommand(text: string): LanguageCommand | undefined {
  const t = foldAccents(normalize(text))
    .replace(/[\s.!?,;:。！？，；]+$/u, "")
    .replace(/^[\s¡¿]+/u, "")
    .replace(/\s+/g, " ")
    .trim();
  const command = COMMAND.exec(t);
  if (command) {
    if (!command[1]) return { kind: "show" };
    const locale = localeNamed(command[1]) ?? localeNamed(command[1].split("-")[0]);
    return locale ? { kind: "choose", locale } : { kind: "unknown" };
  }
  const named = REQUEST.exec(t)?.[1] ?? NAME_POLITELY.exec(t)?.[1];
  const zh = ZH_REQUEST.exec(t.replace(/\s+/g, ""));
  const locale = localeNamed(named) ?? localeNamed(zh?.[1] ?? zh?.[2]);
  return locale ? { kind: "choose", locale } : undefined;
}
