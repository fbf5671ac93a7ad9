import { t } from "../i18n/messages.ts";
import type { Logger } from "../log.ts";
import type { Nlu } from "../nlu/nlu.ts";
import type { RequestServices } from "../requests/services.ts";
import { answerTo, cancelledReply, dropConfirmation, expiredReply, pendingOf } from "./confirmation.ts";
import type { IntentContext, IntentSpec } from "./intent.ts";
import type { ParsedIncoming, Reply } from "./messages.ts";

/** What settling a confirmation needs of the bot. */
export interface Settling {
  requests: RequestServices | undefined;
  intents: ReadonlyMap<string, IntentSpec>;
  nlu: Nlu;
  logger: Logger;
}

/**
 * A yes or no to a proposed side effect. "yes" does it now — understood and checked again, since
 * the request may have changed meanwhile; "no" drops it; anything else leaves it undone and is
 * answered as usual, with a note that the earlier command was not confirmed.
 */
export async function settleConfirmation(
  bot: Settling,
  message: ParsedIncoming,
  context: IntentContext,
): Promise<{ reply?: Reply; notice?: string }> {
  if (!bot.requests) return {};
  const { understanding } = context;
  const pending = await pendingOf(bot.requests.dialogs, message, bot.requests.clock());
  if (!pending) return {};
  const answer = answerTo(understanding.text);
  if (pending === "expired") {
    return answer === "other" ? {} : { reply: expiredReply(understanding.lang, understanding.answerLang) };
  }
  await dropConfirmation(bot.requests.dialogs, message);
  // "non", "no", "取消" tell little of a language: the answer is in the proposal's
  if (answer === "no") return { reply: cancelledReply(pending.lang, pending.lang) };
  const intent = bot.intents.get(pending.intent);
  if (answer === "other" || !intent) {
    bot.logger.info({ platform: message.platform, intent: pending.intent }, "proposal left unconfirmed");
    return { notice: t(understanding.answerLang, "confirm.replaced") };
  }
  // The command as proposed: the request resolved then ("my request" may mean another by now) and
  // its day ("today" is the day it was proposed).
  const reread = bot.nlu.understand(pending.text, pending.lang);
  const confirmed = pending.requestId ? { ...reread, requestId: pending.requestId } : reread;
  bot.logger.info({ platform: message.platform, intent: intent.id }, "proposal confirmed");
  const proposedAt = new Date(pending.proposedAt);
  return { reply: await intent.handle({ ...context, understanding: confirmed, proposedAt }) };
}
