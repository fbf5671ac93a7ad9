import { type Activity, TurnContext } from "botbuilder";
import { z } from "zod";
import { type Incoming, REVIEW_DECISIONS } from "../../bot/messages.ts";
import { negotiateLocale } from "../../i18n/locale.ts";
import { t } from "../../i18n/messages.ts";
import { COMMENT_INPUT, DECIDE_ACTION, FIELD_PREFIX, FORM_ACTION } from "./cards.ts";

/** As long as the bot reads a field value or a comment; the limits themselves are the bot's. */
const MAX_VALUE = 20_000;
const MAX_COMMENT = 4000;
const MAX_FIELD_NAME = 60;

/** What the inputs of a card send: Teams gives text, but a client may send numbers or booleans. */
const InputValue = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((v) => String(v).slice(0, MAX_VALUE));

/** A request form's submit button, with every input's value under its (prefixed) id. */
const FormSubmission = z.looseObject({
  action: z.literal(FORM_ACTION),
  type: z.string().min(1).max(60),
  submissionId: z.string().min(1).max(300),
});

/** A decision button of an HR card, with the comment typed in the card. */
const DecisionSubmission = z.object({
  action: z.literal(DECIDE_ACTION),
  requestId: z.string().min(1).max(40),
  decision: z.enum(REVIEW_DECISIONS),
  [COMMENT_INPUT]: InputValue.optional(),
});

/**
 * A suggestion button (see `submitAction` in cards.ts). Teams adds its own keys (msteams); they
 * are ignored.
 */
const MessageSubmission = z.object({
  action: z.string().min(1).max(200).default("ask"),
  message: z.string().max(2000),
});

const MAX_NAME = 200;

/** Who is speaking: the stable AAD object id in Teams, the channel account id elsewhere (Emulator). */
export function speakerOf(activity: Partial<Activity>): { id: string; name?: string } {
  const from = activity.from;
  const id = from?.aadObjectId || from?.id || "unknown";
  const name = from?.name?.slice(0, MAX_NAME);
  return name ? { id, name } : { id };
}

/** Teams: "personal" is a one-to-one chat; "channel" and "groupChat" are shared. */
export function conversationKind(activity: Partial<Activity>): "direct" | "channel" {
  const type = activity.conversation?.conversationType;
  return type === "channel" || type === "groupChat" || activity.conversation?.isGroup ? "channel" : "direct";
}

/**
 * The text the user wrote, without the @mention of the bot that Teams puts in channel messages
 * ("<at>HR Assistant</at> what is…"). Mentions of other people keep their name.
 */
export function textWithoutMention(activity: Partial<Activity>): string {
  // removeRecipientMention rewrites activity.text: work on a copy.
  const copy = { ...activity, text: activity.text ?? "" };
  const text = TurnContext.removeRecipientMention(copy) ?? "";
  return text.replace(/<at>(.*?)<\/at>/g, "$1").trim();
}

function base(activity: Partial<Activity>): Pick<Incoming, "platform" | "user" | "conversation" | "locale"> {
  return {
    platform: "teams",
    user: speakerOf(activity),
    conversation: { id: activity.conversation?.id ?? "unknown", kind: conversationKind(activity) },
    ...(activity.locale ? { locale: activity.locale.slice(0, 40) } : {}),
  };
}

function fieldValues(submission: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, raw] of Object.entries(submission)) {
    const name = key.startsWith(FIELD_PREFIX) ? key.slice(FIELD_PREFIX.length) : "";
    const value = InputValue.safeParse(raw);
    if (name && name.length <= MAX_FIELD_NAME && value.success) values[name] = value.data;
  }
  return values;
}

/** What a card button sent, as the part of Incoming it becomes; undefined when it is none of ours. */
function submissionOf(value: unknown): Pick<Incoming, "form" | "decision" | "action"> | undefined {
  const form = FormSubmission.safeParse(value);
  if (form.success) {
    const { type, submissionId } = form.data;
    return { form: { type, submissionId, values: fieldValues(form.data) } };
  }
  const decision = DecisionSubmission.safeParse(value);
  if (decision.success) {
    const { requestId, decision: chosen, [COMMENT_INPUT]: comment } = decision.data;
    const trimmed = comment?.trim().slice(0, MAX_COMMENT);
    return { decision: { requestId, decision: chosen, ...(trimmed ? { comment: trimmed } : {}) } };
  }
  const message = MessageSubmission.safeParse(value);
  if (message.success) return { action: { id: message.data.action, value: message.data.message } };
  return undefined;
}

/**
 * A message activity as the neutral Incoming: a card button press (value with our submission)
 * becomes a form submission, an HR decision or an action carrying its message; anything else is
 * the typed text.
 */
export function messageToIncoming(activity: Partial<Activity>): Incoming {
  const submission = activity.value === undefined ? undefined : submissionOf(activity.value);
  return submission
    ? { ...base(activity), ...submission }
    : { ...base(activity), text: textWithoutMention(activity) };
}

/** The request for the welcome card: the bot's own help answer, in the user's language when known. */
export function welcomeToIncoming(activity: Partial<Activity>): Incoming {
  return { ...base(activity), text: t(negotiateLocale({ platform: activity.locale }), "adapter.helpWord") };
}
