import { isLocale, LOCALES, type Locale } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";
import { alternatives, type Pattern, WORDS, type Words } from "../i18n/words.ts";
import { localeNamedBy, localesNamed } from "../nlu/language-names.ts";

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
/** Each language's words for one slot of the patterns below (`languageCommand` in its words). */
const slot = (pick: (w: Words["languageCommand"]) => Pattern) => alternatives((w) => pick(w.languageCommand));

/** "/hr language es", "language", "langue fr", "idioma", "语言 英文". */
const COMMAND = new RegExp(
  `^(?:\\/hr\\s+)?(?:${slot((w) => w.command)})(?:\\s*[:=]?\\s*([\\p{L}-]{1,20}))?$`,
  "u",
);
/** From now on: said before the language or after it. */
const FROM_NOW = `(?:${slot((w) => w.fromNow)})`;
const POLITE = `(?:${slot((w) => w.polite)}|${FROM_NOW})`;
/** "I'd like you to", "j'aimerais que tu", "quiero que": a wish, with the verb in its subjunctive. */
const WISH = `(?:${slot((w) => w.wish)})`;
/** "can you", "tu peux", "est-ce que vous pourriez", "puedes", and a pronoun before the verb ("me puedes"). */
const ASKING = `(?:${FROM_NOW},?\\s+)?(?:${slot((w) => w.asking)}|${WISH}\\s+)?(?:${slot((w) => w.pronoun)})?`;
/** Verbs of answering, speaking and switching, as imperatives (and subjunctives after a wish). */
const VERBS = slot((w) => w.verbs);
const OBJECT = `(?:${slot((w) => w.object)})?`;
/** The preposition before the language, with its space ("a l'anglais" has none). */
const PREPOSITION = `(?:${slot((w) => w.preposition)})`;
/** "answer in Spanish", "réponds-moi en français", "contéstame en inglés", "switch to English now". */
const REQUEST = new RegExp(
  `^${ASKING}(?:${VERBS})${OBJECT}\\s*(?:${OBJECT}\\s+)?${PREPOSITION}(${WORD})(?:\\s+${POLITE})?(?:\\s+${POLITE})?$`,
  "u",
);
/** "I'd prefer answers in French", "I prefer english", "je préfère l'anglais", "prefiero el inglés". */
const PREFER = new RegExp(
  `^(?:${slot((w) => w.prefer)})\\s+(?:${slot((w) => w.preferArticle)})?(?:(?:${slot((w) => w.preferAnswers)})\\s+)?(?:(?:${slot((w) => w.preferPreposition)})\\s+)?(${WORD})(?:\\s+${POLITE})*$`,
  "u",
);
/** "speak English", "parle anglais", "habla español": a verb of speaking takes the language bare. */
const SPEAK = new RegExp(
  `^${ASKING}(?:${slot((w) => w.speak)})\\s+(${WORD})(?:\\s+(?:${slot((w) => w.withMe)}))?(?:\\s+${POLITE})*$`,
  "u",
);
/** "English please", "en français s'il vous plaît", "español", "de ahora en adelante en castellano". */
const NAME_POLITELY = new RegExp(
  `^(?:${POLITE},?\\s+)*(?:(?:${slot((w) => w.answers)})\\s+)?(?:(?:${slot((w) => w.namePreposition)})\\s+)?(${WORD})(?:,?\\s+${POLITE})*$`,
  "u",
);
/** "用中文回答", "请切换到西班牙语", "中文，谢谢": in a language written without spaces, on the message without them. */
const WITHOUT_SPACES = LOCALES.flatMap((l) => WORDS[l].languageCommand.requestWithoutSpaces ?? []).map(
  (re) => new RegExp(re.source, "u"),
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
  const unspaced = t.replace(/\s+/g, "");
  let zh: RegExpExecArray | null = null;
  for (const re of WITHOUT_SPACES) zh ??= re.exec(unspaced);
  // A bare "es" or "en" is no choice: only a command takes a code.
  const locale =
    localeNamed(REQUEST.exec(t)?.[1]) ??
    localeNamed(SPEAK.exec(t)?.[1], false) ??
    localeNamed(PREFER.exec(t)?.[1], false) ??
    localeNamed(NAME_POLITELY.exec(t)?.[1], false) ??
    localeNamed(zh?.[1] ?? zh?.[2]);
  if (locale) return { kind: "choose", locale };
  // "reply in spanish from now on pls, quisiera practicar": the command, then why, asking nothing.
  const head = t.split(/[,;.，；。]\s*/u)[0] ?? "";
  if (head.length === t.length || /[?？]/u.test(text) || localesNamed(t.slice(head.length)).length > 0)
    return undefined;
  const chosen = languageCommand(head);
  return chosen?.kind === "choose" ? chosen : undefined;
}

/** The choice a message makes: its command, or else the one language it names. */
export function languageChosenIn(text: string): LanguageCommand | undefined {
  const command = languageCommand(text);
  if (command) return command;
  const named = localesNamed(text);
  return named.length === 1 && named[0] ? { kind: "choose", locale: named[0] } : undefined;
}
