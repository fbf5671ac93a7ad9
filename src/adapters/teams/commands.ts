import type { Locale, Reply } from "../../bot/messages.ts";
import { type PlatformCommand, platformCommand } from "../../bot/platform-commands.ts";
import { type MessageKey, t } from "../../i18n/messages.ts";

/**
 * The few things typed in Teams that the adapter answers itself, because they are about Teams:
 * which channel receives HR notifications, and opening a request form as a card. Their words, in
 * four languages, are understanding's (`src/nlu/platform-commands.ts`).
 */
export type TeamsCommand = PlatformCommand;

export function teamsCommand(text: string | undefined): TeamsCommand | undefined {
  return platformCommand(text);
}

export type RegistrationOutcome = "registered" | "not-hr" | "not-a-channel";

const REGISTRATION = {
  registered: "teams.registered",
  "not-hr": "teams.forbidden",
  "not-a-channel": "teams.howTo",
} as const satisfies Record<RegistrationOutcome, MessageKey>;

export function registrationReply(outcome: RegistrationOutcome, lang: Locale): Reply {
  return {
    intent: "teams_hr_channel",
    lang,
    parts: [{ kind: "paragraph", text: t(lang, REGISTRATION[outcome]) }],
    citations: [],
    suggestions: [],
  };
}
