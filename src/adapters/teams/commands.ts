import type { Locale, Reply } from "../../bot/messages.ts";
import { type MessageKey, t } from "../../i18n/messages.ts";

/**
 * The few things typed in Teams that the adapter answers itself, because they are about Teams:
 * which channel receives HR notifications, and opening a request form as a card.
 */
export type TeamsCommand = { kind: "register-hr-channel" } | { kind: "open-form"; typeText: string };

const REGISTER_HR_CHANNEL =
  /^\s*register\s+(?:this\s+|the\s+)?(?:as\s+)?(?:the\s+)?hr\s+channel\s*[.!]?\s*$/i;
const REGISTER_HR_CHANNEL_ZH = /^\s*(?:注册|登记|设为)\s*(?:人力资源|HR)\s*频道\s*[。！]?\s*$/i;
/** "request flexible-work", "request learning": a type named in a word or two, nothing else. */
const OPEN_FORM = /^\s*request\s+([\p{L}-]+(?:\s[\p{L}-]+)?)\s*$/iu;

export function teamsCommand(text: string | undefined): TeamsCommand | undefined {
  if (!text) return undefined;
  if (REGISTER_HR_CHANNEL.test(text) || REGISTER_HR_CHANNEL_ZH.test(text))
    return { kind: "register-hr-channel" };
  const form = OPEN_FORM.exec(text);
  return form?.[1] ? { kind: "open-form", typeText: form[1] } : undefined;
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
