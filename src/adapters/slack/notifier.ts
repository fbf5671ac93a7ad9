import { webApi } from "@slack/bolt";
import type { Reply } from "../../bot/messages.ts";
import { notificationRenderer } from "../../bot/notifications.ts";
import type { Config } from "../../config.ts";
import type { Logger } from "../../log.ts";
import type { NotificationEvent } from "../../notify/events.ts";
import type { Attempt, Notifier } from "../../notify/notifier.ts";
import type { RequestServices } from "../../requests/services.ts";
import { sharedKeyValue } from "../../requests/store.ts";
import { decisionContext } from "./hr-decisions.ts";
import { HR_LANG, HrMessageStore } from "./hr-messages.ts";
import { boltLogger, errorFields } from "./log.ts";
import { webApiOptions } from "./mount.ts";
import { deliveryMetadata, findPosted } from "./posted.ts";
import { LIMITS, type RenderedReply, renderReply } from "./render.ts";

export interface SlackNotifierDeps {
  config: Config;
  logger: Logger;
  requests: RequestServices;
}

export interface SlackNotifierOptions {
  /** Retries of a Web API call (default none: the outbox retries with back-off). */
  retryConfig?: webApi.RetryOptions;
}

/** A Web API call that hangs is given up, so the outbox retries it rather than waiting on it. */
const CALL_TIMEOUT_MS = 10_000;

/**
 * Request notifications in Slack: HR events to SLACK_HR_CHANNEL with the decision buttons (the
 * message is remembered so it can show the decision later), the others to the requester by direct
 * message, and HR's message updated once the request is closed. A failed Web API call rejects, so
 * the outbox keeps the event and retries it; a retry after a cut-off attempt looks for the message
 * first (see posted.ts), so a message is posted once.
 */
export function createSlackNotifier(deps: SlackNotifierDeps, options: SlackNotifierOptions = {}): Notifier {
  const { config } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error("the Slack notifier needs SLACK_BOT_TOKEN");
  const logger = deps.logger.child({ platform: "slack" });
  const hrChannel = config.SLACK_HR_CHANNEL;
  if (!hrChannel) logger.warn("SLACK_HR_CHANNEL is not set: HR notifications are not posted in Slack");
  const client = new webApi.WebClient(token, {
    ...webApiOptions(config, options.retryConfig ?? { retries: 0 }),
    timeout: CALL_TIMEOUT_MS,
    logger: boltLogger(logger),
  });
  // HR reads it in HR_LANGUAGE; a requester in their chosen language, else their request's.
  const render = notificationRenderer(
    deps.requests.store,
    config.HR_LANGUAGE ?? HR_LANG,
    deps.requests.questionsLog,
  );
  const hrMessages = new HrMessageStore(config.DATA_DIR, logger, sharedKeyValue(deps.requests.store));

  /** HR's message shows the request's outcome, once it has one, in place of the buttons. */
  function rendered(reply: Reply): RenderedReply {
    if (!reply.decided) return renderReply(reply);
    const message = renderReply(reply, LIMITS.messageBlocks - 1);
    return { ...message, blocks: [...message.blocks, decisionContext(reply.decided)] };
  }

  async function closeReview(event: NotificationEvent, reply: Reply): Promise<void> {
    const message = await hrMessages.recall(event.requestId);
    if (!message) {
      // Never posted here (or posted before messages were remembered): nothing shows buttons.
      logger.info({ eventId: event.id, kind: event.kind }, "no Slack HR message to update");
      return;
    }
    await client.chat.update({ channel: message.channel, ts: message.ts, ...rendered(reply) });
  }

  /** Whether an attempt cut off before it was recorded did post the message (and remembers it). */
  async function alreadyPosted(
    event: NotificationEvent,
    channel: string,
    remember: boolean,
  ): Promise<boolean> {
    if (remember && (await hrMessages.recall(event.requestId))?.eventId === event.id) return true;
    const found = await findPosted(client, channel, event);
    if (!found) return false;
    if (remember) await hrMessages.remember(event.requestId, { ...found, eventId: event.id });
    return true;
  }

  async function post(event: NotificationEvent, reply: Reply, attempt: Attempt | undefined): Promise<void> {
    const channel = event.audience === "hr" ? hrChannel : event.audience.requester.userId;
    if (!channel) {
      logger.warn({ eventId: event.id, kind: event.kind }, "no Slack HR channel: notification skipped");
      return;
    }
    const message = rendered(reply);
    const remember = event.audience === "hr" && reply.review !== undefined;
    if (attempt?.uncertain && (await alreadyPosted(event, channel, remember))) {
      logger.info({ eventId: event.id, kind: event.kind }, "slack notification found already posted");
      return;
    }
    const posted = await client.chat.postMessage({ channel, ...message, metadata: deliveryMetadata(event) });
    if (!remember || !posted.ts) return;
    const where = { channel: posted.channel ?? channel, ts: posted.ts };
    // Posted either way: a message not remembered only keeps its buttons after a decision.
    await hrMessages.remember(event.requestId, { ...where, eventId: event.id }).catch((error) => {
      logger.error(
        { eventId: event.id, err: String(error).slice(0, 200) },
        "slack HR message not remembered",
      );
    });
  }

  return {
    platform: "slack",
    async deliver(event, attempt) {
      const fields = { eventId: event.id, kind: event.kind, requestId: event.requestId };
      const reply = await render(event);
      if (!reply) {
        logger.warn(fields, "request gone: notification skipped");
        return;
      }
      try {
        if (event.kind === "review-closed") await closeReview(event, reply);
        else await post(event, reply, attempt);
      } catch (error) {
        logger.warn({ ...fields, error: errorFields(error) }, "slack notification not delivered");
        throw error;
      }
    },
  };
}
