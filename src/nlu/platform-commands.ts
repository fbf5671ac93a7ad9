import { LOCALES } from "../i18n/locale.ts";
import { foldAccents, normalize } from "../i18n/text.ts";
import { everyLanguage, WORDS } from "../i18n/words.ts";

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

/** Per language, accents folded, lower-cased (`src/i18n/catalogue/<locale>/words.ts`). */
const PLATFORM_COMMAND_WORDS = LOCALES.map((locale) => [locale, WORDS[locale].platform] as const);

/** The command a message is, in any of the four languages, or none. */
export function platformCommand(text: string | undefined): PlatformCommand | undefined {
  if (!text) return undefined;
  const t = foldAccents(normalize(text))
    .replace(/[\s!?。！？]+$/u, "")
    .replace(/\.$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  if (
    PLATFORM_COMMAND_WORDS.some(
      ([, w]) => w.registerHrChannel.test(t) || w.registerHrChannel.test(t.replace(/\s+/g, "")),
    )
  )
    return { kind: "register-hr-channel" };
  for (const [locale, w] of PLATFORM_COMMAND_WORDS) {
    const typeText = w.openForm.exec(t)?.[1];
    if (typeText) return { kind: "open-form", typeText, languageText: locale === "en" ? typeText : t };
  }
  return undefined;
}

/**
 * The word after a platform's slash command that opens a request's form in a modal:
 * "/hr request telework", "/hr demande de télétravail", "/hr solicitud de teletrabajo", "/hr 申请 …".
 */
const SLASH_REQUEST = new RegExp(
  `^(?:${everyLanguage((w) => w.platform.slashRequest).join("|")})(?:\\s+([\\s\\S]*))?$`,
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
