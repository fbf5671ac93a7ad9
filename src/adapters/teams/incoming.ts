import { type Activity, TurnContext } from "botbuilder";
import { z } from "zod";
import type { Incoming } from "../../bot/messages.ts";

/**
 * What an Action.Submit button of our cards sends back (see `submitAction` in cards.ts). Teams
 * adds its own keys (msteams); they are ignored. Phase two adds form submissions here.
 */
const CardSubmission = z.object({
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

/**
 * A message activity as the neutral Incoming: a card button press (value with our submission)
 * becomes an action carrying its message; anything else is the typed text.
 */
export function messageToIncoming(activity: Partial<Activity>): Incoming {
  const submission = activity.value === undefined ? undefined : CardSubmission.safeParse(activity.value);
  if (submission?.success) {
    return { ...base(activity), action: { id: submission.data.action, value: submission.data.message } };
  }
  return { ...base(activity), text: textWithoutMention(activity) };
}

/** The request for the welcome card: the bot's own help answer, in the user's language when known. */
export function welcomeToIncoming(activity: Partial<Activity>): Incoming {
  const zh = activity.locale?.toLowerCase().startsWith("zh") ?? false;
  return { ...base(activity), text: zh ? "帮助" : "help" };
}
