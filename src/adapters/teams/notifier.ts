import { notificationRenderer } from "../../bot/notifications.ts";
import type { Logger } from "../../log.ts";
import type { NotificationEvent } from "../../notify/events.ts";
import type { Notifier } from "../../notify/notifier.ts";
import type { RequestServices } from "../../requests/services.ts";
import { sharedKeyValue } from "../../requests/store.ts";
import { conversationStore, ProactiveMessenger, type TeamsConfig } from "./cloud.ts";
import type { StoredReference } from "./conversation-store.ts";
import { replyToActivity } from "./render.ts";

export interface TeamsNotifierDeps {
  config: TeamsConfig;
  logger: Logger;
  requests: Pick<RequestServices, "store" | "questionsLog">;
}

export class NoTeamsConversationError extends Error {
  override name = "NoTeamsConversationError";
}

function audienceOf(event: NotificationEvent): "hr" | "requester" {
  return event.audience === "hr" ? "hr" : "requester";
}

/**
 * Delivers request notifications in Teams, proactively: HR events as a card in the HR conversation
 * (with decision buttons while the request awaits review; the card's id is kept so the card can be
 * updated after the decision, whoever made it where: "review-closed"), the others as a message in
 * the requester's one-to-one chat with the bot (its confirmations and decisions). Rejects, so the outbox retries later, when the connector fails or the conversation is not
 * known yet (the requester has never written to the bot; no HR conversation is set).
 */
export function createTeamsNotifier({ config, logger, requests }: TeamsNotifierDeps): Notifier {
  const log = logger.child({ platform: "teams" });
  const references = conversationStore(config, log, sharedKeyValue(requests.store));
  const messenger = new ProactiveMessenger(config);
  // HR's cards in HR_LANGUAGE; a requester's in the language they chose, else their request's
  const render = notificationRenderer(requests.store, config.HR_LANGUAGE ?? "en", requests.questionsLog);

  function target(event: NotificationEvent): Promise<StoredReference | undefined> {
    return event.audience === "hr"
      ? references.hrConversation(config.TEAMS_HR_CONVERSATION_ID)
      : references.get({ userId: event.audience.requester.userId });
  }

  /** HR's card about the request shows its outcome, without buttons; nothing to do if none was posted. */
  async function closeReview(event: NotificationEvent): Promise<void> {
    const card = await references.card(event.requestId);
    if (!card) {
      log.info({ eventId: event.id, kind: event.kind }, "no Teams HR card to update");
      return;
    }
    const reply = await render(event);
    if (reply) await messenger.update(card, replyToActivity(reply));
  }

  return {
    platform: "teams",
    async deliver(event) {
      if (event.kind === "review-closed") return closeReview(event);
      const fields = { eventId: event.id, kind: event.kind, audience: audienceOf(event) };
      const to = await target(event);
      if (!to) {
        log.warn(fields, "no Teams conversation known for this notification yet; will retry");
        throw new NoTeamsConversationError(
          event.audience === "hr"
            ? "no Teams HR conversation: set TEAMS_HR_CONVERSATION_ID or say “register HR channel” in one"
            : "the requester has no conversation with the bot in Teams yet",
        );
      }
      const reply = await render(event);
      if (!reply) {
        log.warn(fields, "notification about a request that no longer exists dropped");
        return;
      }
      const activityId = await messenger.send(to, replyToActivity(reply));
      if (!reply.review || !activityId) return;
      try {
        await references.putCard(event.requestId, { reference: to, activityId });
      } catch (error) {
        // Posted: sending it again would duplicate it. The card is still updated in the turn of its button.
        log.error({ ...fields, err: error }, "could not remember the Teams HR card");
      }
    },
  };
}
