import { isLocale, type Locale } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";
import { localeNamedBy, localesNamed, ZH_LANGUAGE_NAMES } from "../nlu/language-names.ts";

/**
 * A user's choice of the language they are answered in, told from their words: the command
 * ("/hr language es", "language", "语言 fr") or a request alone in its message ("réponds en
 * français", "answer in Spanish", "English please", "用中文回答", "háblame en francés"). A
 * question about languages ("is the strategy available in French?", "combien de langues") is none:
 * every pattern takes the whole message. Other wordings ("I'd rather read French") are the
 * classifier's reading (the intent `set_language`), with the one language they name.
 */

export type LanguageCommand =
  /** A language chosen. */
  | { kind: "choose"; locale: Locale }
  /** "/hr language" alone: show the current choice and the options. */
  | { kind: "show" }
  /** "/hr language de": a language the assistant does not speak. */
  | { kind: "unknown" };

/** A word that may name a language: looked up in the names of `nlu/language-names.ts`. */
const WORD = "\\p{L}{2,20}";
const ANY_ZH_NAME = Object.values(ZH_LANGUAGE_NAMES).flat().join("|");

/** "/hr language es", "language", "langue fr", "idioma", "语言 英文". */
const COMMAND = /^(?:\/hr\s+)?(?:language|lang|langue|idioma|lengua|语言)(?:\s*[:=]?\s*([\p{L}-]{1,20}))?$/u;
/** From now on, in the three languages: said before the language or after it. */
const FROM_NOW =
  "(?:now|from now on|from now|desormais|dorenavant|a partir de maintenant|a partir d'aujourd'hui|a partir de ahora|de ahora en adelante|en adelante|ahora)";
const POLITE = `(?:please|pls|thanks|thank you|instead|only|again|plutot|mejor|s'il (?:te|vous) plait|stp|svp|merci|por favor|porfa|xfa|gracias|${FROM_NOW})`;
/** "I'd like you to", "j'aimerais que tu", "quiero que": a wish, with the verb in its subjunctive. */
const WISH =
  "(?:i(?:'d| would) like you to|i want you to|i(?:'d| would) rather you|i(?:'d| would) prefer (?:it )?if you|je (?:voudrais|veux|prefere) que (?:tu|vous)|j'aimerais que (?:tu|vous)|quiero que|me gustaria que|prefiero que)";
/** "can you", "tu peux", "est-ce que vous pourriez", "puedes", and a pronoun before the verb ("me puedes"). */
const ASKING = `(?:${FROM_NOW},?\\s+)?(?:(?:please|pls)\\s+|(?:can|could|would|will) (?:you|u)\\s+(?:please\\s+)?|would you mind\\s+|(?:let's|let us|can we|could we|shall we)\\s+|(?:peux|pourrais)-tu\\s+|(?:pouvez|pourriez)-vous\\s+|(?:est-ce que\\s+)?(?:tu (?:peux|pourrais)|vous (?:pouvez|pourriez))\\s+|(?:me\\s+)?(?:puedes|podrias|puede|podria)\\s+|por favor,?\\s+|${WISH}\\s+)?(?:me\\s+|m')?`;
/** Verbs of answering, speaking and switching, as imperatives (and subjunctives after a wish), in three languages. */
const VERBS = [
  "answer|reply|respond|speak|talk|write|switch|change|continue|use|chat|set|go back|come back|switch back|change back|back",
  "answering|replying|responding|speaking|talking|writing|switching|answered|replied|responded|spoke|wrote",
  "reponds|repondez|reponde|repondes|repondre|parle|parles|parlez|parler|ecris|ecrivez|ecrives|ecrire|passe|passez|passer|continue|continuez|continuer",
  "respondas|respondieras|contestes|contestaras|hables|hablaras|escribas|escribieras",
  "contesta|conteste|contestame|contestar|contestarme|respondeme|responde|responda|responder|responderme|habla|hable|hablame|hablar|hablarme|escribe|escribeme|escriba|escribir|escribirme|cambia|cambie|cambiar|pasa|pasar|continua|continuar|sigue|seguir",
].join("|");
const OBJECT =
  "(?:-?moi|-?me|me|to me|with me|in the future|language|the language|my language|your answers|the answers|your replies|la langue|el idioma|de langue|de idioma)?";
/** The preposition before the language, with its space ("a l'anglais" has none). */
const PREPOSITION = "(?:(?:in|to|into|en|a|al|au|con|in the|en el|to the|a la)\\s+|a l')";
/** "answer in Spanish", "réponds-moi en français", "contéstame en inglés", "switch to English now". */
const REQUEST = new RegExp(
  `^${ASKING}(?:${VERBS})${OBJECT}\\s*(?:${OBJECT}\\s+)?${PREPOSITION}(${WORD})(?:\\s+${POLITE})?(?:\\s+${POLITE})?$`,
  "u",
);
/** "I'd prefer answers in French", "I prefer english", "je préfère l'anglais", "prefiero el inglés". */
const PREFER = new RegExp(
  `^(?:i(?:'d| would)? (?:prefer|rather have)|i(?:'d| would) rather(?: have)?|je prefere|j'aimerais mieux|prefiero|preferiria)\\s+(?:(?:the|your|le|la|les|des|el|la|las|los)\\s+|l')?(?:(?:answers|replies|responses|reponses|respuestas)\\s+)?(?:(?:in|en|to chat in|to talk in|to speak)\\s+)?(${WORD})(?:\\s+${POLITE})*$`,
  "u",
);
/** "speak English", "parle anglais", "habla español": a verb of speaking takes the language bare. */
const SPEAK = new RegExp(
  `^${ASKING}(?:speak|talk|use|parle|parles|parlez|parler|habla|hables|hable|hablar)\\s+(${WORD})(?:\\s+(?:with me|to me|avec moi|conmigo))?(?:\\s+${POLITE})*$`,
  "u",
);
/** "English please", "en français s'il vous plaît", "español", "de ahora en adelante en castellano". */
const NAME_POLITELY = new RegExp(
  `^(?:${POLITE},?\\s+)*(?:(?:answers|replies|reponses|respuestas)\\s+)?(?:(?:in|en)\\s+)?(${WORD})(?:,?\\s+${POLITE})*$`,
  "u",
);
/** "用中文回答", "请用英文", "请说法语", "切换到西班牙语", "能不能用法语和我交流", "中文，谢谢". */
const ZH_REQUEST = new RegExp(
  `^(?:请|麻烦)?(?:你)?(?:能不能|能否|可不可以|可以|能)?(?:以后|之后|今后|从现在起|从现在开始)?(?:请)?(?:都)?(?:用|说|讲|切换到|切换成|换成|改用|改成|使用)(${ANY_ZH_NAME})(?:和我|跟我|与我)?(?:回答|回复|答复|说话|说|交流|沟通|对话|聊天|聊)?(?:我)?(?:吧|好吗|可以吗|行吗|吗|呢|谢谢)?$|^(${ANY_ZH_NAME})(?:，|,)?(?:请|谢谢|好吗)$`,
  "u",
);

/** A language by its name, or by its code where a command takes one ("language es", "answer in fr"). */
function localeNamed(name: string | undefined, codes = true): Locale | undefined {
  if (!name) return undefined;
  return localeNamedBy(name) ?? (codes && isLocale(name) ? name : undefined);
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
  const zh = ZH_REQUEST.exec(t.replace(/\s+/g, ""));
  // A bare "es" or "en" is no choice: only a command takes a code.
  const locale =
    localeNamed(REQUEST.exec(t)?.[1]) ??
    localeNamed(SPEAK.exec(t)?.[1], false) ??
    localeNamed(PREFER.exec(t)?.[1], false) ??
    localeNamed(NAME_POLITELY.exec(t)?.[1], false) ??
    localeNamed(zh?.[1] ?? zh?.[2]);
  return locale ? { kind: "choose", locale } : undefined;
}

/** The choice a message makes: its command, or else the one language it names. */
export function languageChosenIn(text: string): LanguageCommand | undefined {
  const command = languageCommand(text);
  if (command) return command;
  const named = localesNamed(text);
  return named.length === 1 && named[0] ? { kind: "choose", locale: named[0] } : undefined;
}
