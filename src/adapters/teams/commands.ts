import type { AnswerLang, Reply } from "../../bot/messages.ts";

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

const REGISTRATION: Record<RegistrationOutcome, Record<AnswerLang, string>> = {
  registered: {
    en: "Done: HR request notifications will be posted in this channel, each with Approve, Reject and Ask for information buttons for HR reviewers.",
    zh: "已设置：人事申请通知将发布在此频道，每条通知都带有供人力资源审核人员使用的“批准”“拒绝”“要求补充信息”按钮。",
  },
  "not-hr": {
    en: "Sorry, only HR reviewers can choose the channel for HR notifications. Ask an HR reviewer to do it.",
    zh: "抱歉，只有人力资源审核人员可以设置接收人事通知的频道。请联系人力资源审核人员。",
  },
  "not-a-channel": {
    en: "Mention me with “register HR channel” in the team channel where HR should receive request notifications.",
    zh: "请在应接收申请通知的团队频道中 @我 并输入“register HR channel”。",
  },
};

export function registrationReply(outcome: RegistrationOutcome, lang: AnswerLang): Reply {
  return {
    intent: "teams_hr_channel",
    lang,
    parts: [{ kind: "paragraph", text: REGISTRATION[outcome][lang] }],
    citations: [],
    suggestions: [],
  };
}
