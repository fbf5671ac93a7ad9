import type { App, webApi } from "@slack/bolt";
import type { Bot } from "../../../bot/bot.ts";
import type { Incoming } from "../../../bot/messages.ts";
import type { Locale } from "../../../i18n/locale.ts";
import type { Logger } from "../../../log.ts";
import type { RequestServices } from "../../../requests/services.ts";
import type { HrMessageStore } from "../hr-messages.ts";
import { errorFields } from "../log.ts";
import { renderReply } from "../render.ts";
import type { SlackUserLocales } from "../user-locale.ts";

/** What every surface (messages, buttons, the slash command, the Home tab) works with. */
export interface SurfaceDeps {
  bot: Bot;
  logger: Logger;
  /** The HR-channel messages showing requests, updated when HR decides. */
  hrMessages: HrMessageStore;
  /** The HR channel's language (`HR_LANGUAGE`): HR's buttons, comment modals and refusals. */
  hrLanguage?: Locale;
  /** The request log, when the server takes HR requests. */
  requests?: RequestServices;
  /** Each user's Slack locale (users.info), a hint for the language of what they are shown. */
  locales: SlackUserLocales;
}

/** One place users meet the assistant in Slack: it registers its listeners on the Bolt app. */
export type Surface = (app: App, deps: SurfaceDeps) => void;

export interface Where {
  channel: string;
  kind: Incoming["conversation"]["kind"];
  /** The thread the answer belongs in (channels always answer in a thread). */
  threadTs?: string | undefined;
}

/** Channel ids of direct messages start with D; the rest are channels and group conversations. */
export function kindOf(channel: string): Where["kind"] {
  return channel.startsWith("D") ? "direct" : "channel";
}

/** Each channel thread is a conversation of its own, so a follow-up continues the right topic. */
export function conversationOf(where: Where): Incoming["conversation"] {
  const id =
    where.kind === "channel" && where.threadTs ? `${where.channel}:${where.threadTs}` : where.channel;
  return { id, kind: where.kind };
}

/** Asks the bot and posts its rendered answer in the conversation (and thread) given. */
export async function answerIn(
  client: webApi.WebClient,
  bot: Bot,
  where: Where,
  incoming: Incoming,
): Promise<void> {
  const { text, blocks } = renderReply(await bot.handle(incoming));
  await client.chat.postMessage({
    channel: where.channel,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    text,
    blocks,
  });
}

/** The user's Slack locale as an Incoming's `locale` field: nothing when Slack does not say. */
export async function localeOf(
  deps: Pick<SurfaceDeps, "locales">,
  client: webApi.WebClient,
  userId: string,
): Promise<Pick<Incoming, "locale">> {
  const locale = await deps.locales.of(client, userId);
  return locale ? { locale } : {};
}

/**
 * The work a listener does after its ack: a failure (Slack unreachable, ok:false) is logged
 * without the message or the token, and goes no further.
 */
export async function afterAck(logger: Logger, surface: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error({ surface, error: errorFields(error) }, "slack answer not delivered");
  }
}

export function userOf(id: string, name?: string): Incoming["user"] {
  return name ? { id, name: name.slice(0, 200) } : { id };
}
