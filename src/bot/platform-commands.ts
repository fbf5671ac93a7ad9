import type { Locale } from "../i18n/locale.ts";
import { type MessageKey, t } from "../i18n/messages.ts";
import type { Reply } from "./messages.ts";

/**
 * The commands a platform adapter answers itself (the HR channel, a form as a card), read by
 * understanding in four languages: adapters take the reading from here, below them, and hold no
 * words of their own.
 */
export { type PlatformCommand, platformCommand, slashRequest } from "../nlu/platform-commands.ts";

/** How registering a channel for HR notifications went, as the adapter found it. */
export type RegistrationOutcome = "registered" | "not-hr" | "not-a-channel";

const REGISTRATION = {
  registered: "teams.registered",
  "not-hr": "teams.forbidden",
  "not-a-channel": "teams.howTo",
} as const satisfies Record<RegistrationOutcome, MessageKey>;

/** The reply to "use this channel for HR notifications": its words and intent are the bot's, not the adapter's. */
export function registrationReply(outcome: RegistrationOutcome, lang: Locale): Reply {
  return {
    intent: "teams_hr_channel",
    lang,
    parts: [{ kind: "paragraph", text: t(lang, REGISTRATION[outcome]) }],
    citations: [],
    suggestions: [],
  };
}
