import type { Locale } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";

/**
 * The few commands a chat platform answers itself rather than the bot — naming the channel that
 * receives HR notifications, and opening a request's form as a card ("request flexible work",
 * "demander du télétravail") — in the four languages. Input vocabulary is understanding's, as the
 * words of the request commands are (`command-words.ts`); the adapters get the reading through
 * the bot and keep no words of their own. Each pattern takes the whole message, so an ordinary
 * sentence holding the words ("I'd like to request flexible work from May") is no command.
 */

export type PlatformCommand =
  /** The channel the message is posted in is to receive HR notifications. */
  | { kind: "register-hr-channel" }
  /**
   * The form of the request type `typeText` names, as a card (the type is the bot's to tell);
   * `languageText` is the part whose words tell the answer's language: the whole message for
   * "demander …", "solicitar …", "申请…", the type's name alone after "request", a word too
   * few to show English (a user who chose Spanish and types "request flexible-work" is answered
   * in Spanish).
   */
  | { kind: "open-form"; typeText: string; languageText: string };

/** The request type, in one to three words after an article: "télétravail", "flexible work". */
const TYPE = "([\\p{L}][\\p{L}'-]*(?:\\s[\\p{L}][\\p{L}'-]*){0,2})";
/** Chinese: the type's name right after the verb, "申请弹性工作". */
const ZH_TYPE = "([\\p{Script=Han}a-z-]{1,12})";

/** Per language, accents folded, lower-cased. */
const PLATFORM_COMMAND_WORDS: Record<Locale, { registerHrChannel: RegExp; openForm: RegExp }> = {
  en: {
    // "register HR channel", "register this channel as the HR channel", "set this as the HR channel"
    registerHrChannel:
      /^(?:register|set)\s+(?:this\s+(?:channel\s+)?|the\s+)?(?:as\s+)?(?:the\s+|our\s+)?hr\s+channel$/u,
    openForm: new RegExp(`^request\\s+(?:an?\\s+|for\\s+)?${TYPE}$`, "u"),
  },
  zh: {
    // "注册HR频道", "把这个频道设为人力资源频道", "登记为人事频道"
    registerHrChannel:
      /^(?:把|将)?(?:这个|本|此)?(?:频道)?(?:注册|登记|设为|设置为|设成)(?:为|成)?(?:人力资源|hr|人事)频道$/u,
    openForm: new RegExp(`^(?:我要|我想)?申请${ZH_TYPE}$`, "u"),
  },
  fr: {
    // "enregistrer ce canal comme canal RH", "enregistre comme canal des RH", "définir ce canal comme canal RH"
    registerHrChannel:
      /^(?:enregistre(?:r|z)?|definir|definis|definissez)\s+(?:ce\s+canal\s+)?comme\s+(?:le\s+)?canal\s+(?:des\s+)?rh$/u,
    openForm: new RegExp(`^demander\\s+(?:(?:du|des|une|un|de la|de)\\s+|d'|de l')?${TYPE}$`, "u"),
  },
  es: {
    // "registrar este canal como canal de RR. HH.", "registra como canal de recursos humanos"
    registerHrChannel:
      /^(?:registra(?:r)?|registre|define|definir)\s+(?:este\s+canal\s+)?como\s+(?:el\s+)?canal\s+de\s+(?:rr\.?\s*hh\.?|rrhh|recursos\s+humanos)$/u,
    openForm: new RegExp(`^solicitar\\s+(?:(?:una|un|el|la)\\s+)?${TYPE}$`, "u"),
  },
};

/** The command a message is, in any of the four languages, or none. */
export function platformCommand(text: string | undefined): PlatformCommand | undefined {
  if (!text) return undefined;
  const t = foldAccents(normalize(text))
    .replace(/[\s!?。！？]+$/u, "")
    .replace(/\.$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  const words = Object.values(PLATFORM_COMMAND_WORDS);
  if (words.some((w) => w.registerHrChannel.test(t) || w.registerHrChannel.test(t.replace(/\s+/g, ""))))
    return { kind: "register-hr-channel" };
  for (const [locale, w] of Object.entries(PLATFORM_COMMAND_WORDS)) {
    const typeText = w.openForm.exec(t)?.[1];
    if (typeText) return { kind: "open-form", typeText, languageText: locale === "en" ? typeText : t };
  }
  return undefined;
}

/**
 * The word after a platform's slash command that opens a request's form in a modal:
 * "/hr request telework", "/hr demande de télétravail", "/hr solicitud de teletrabajo", "/hr 申请 …".
 */
const SLASH_REQUEST_WORDS: Record<Locale, readonly string[]> = {
  en: ["request"],
  zh: ["申请"],
  fr: ["demande", "demander"],
  es: ["solicitud", "solicitar"],
};

const SLASH_REQUEST = new RegExp(
  `^(?:${Object.values(SLASH_REQUEST_WORDS).flat().join("|")})(?:\\s+([\\s\\S]*))?$`,
  "iu",
);

/**
 * A slash command's text that asks for a request's form: the type's words after the command's
 * word ("" when it names none, to list the types), or undefined when it is anything else.
 */
export function slashRequest(text: string): { typeText: string } | undefined {
  const match = SLASH_REQUEST.exec(text.trim());
  return match ? { typeText: match[1]?.trim() ?? "" } : undefined;
}
