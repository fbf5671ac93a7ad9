import { webApi } from "@slack/bolt";
import type { Config } from "../../config.ts";
import type { Logger } from "../../log.ts";
import { notificationRenderer } from "../../notify/messages.ts";
import type { Notifier } from "../../notify/notifier.ts";
import type { RequestServices } from "../../requests/services.ts";
import { HR_LANG, HrMessageStore } from "./hr-messages.ts";
import { boltLogger, errorFields } from "./log.ts";
import { webApiOptions } from "./mount.ts";
import { renderReply } from "./render.ts";

export interface SlackNotifierDeps {
  config: Config;
  logger: Logger;
  requests: RequestServices;
}

export interface SlackNotifierOptions {
  /** Retries of a Web API call (default none: the outbox retries with back-off). */
  retryConfig?: webApi.RetryOptions;
}

/**
 * Request notifications in Slack: HR events to SLACK_HR_CHANNEL with the decision buttons (the
 * message is remembered so it can show the decision later), the others to the requester by direct
 * message. A failed Web API call rejects, so the outbox keeps the event and retries it.
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
    logger: boltLogger(logger),
  });
  // Requesters read it in the HR channel's language too: Slack does not say which they use.
  const render = notificationRenderer(deps.requests.log, HR_LANG);
  const hrMessages = new HrMessageStore(config.DATA_DIR, logger);

  return {
    platform: "slack",
    async deliver(event) {
      const fields = { eventId: event.id, kind: event.kind, requestId: event.requestId };
      const channel = event.audience === "hr" ? hrChannel : event.audience.requester.userId;
      const reply = await render(event);
      if (!reply || !channel) {
        logger.warn(
          fields,
          reply ? "no Slack HR channel: notification skipped" : "request gone: notification skipped",
        );
        return;
      }
      const message = renderReply(reply);
      let ts: string | undefined;
      try {
        ts = (await client.chat.postMessage({ channel, ...message })).ts;
      } catch (error) {
        logger.warn({ ...fields, error: errorFields(error) }, "slack notification not delivered");
        throw error;
      }
      if (event.audience !== "hr" || !reply.review || !ts) return;
      // Delivered either way: a message not remembered only keeps its buttons after a decision.
      await hrMessages.remember(event.requestId, { channel, ts, ...message }).catch((error: unknown) => {
        logger.error({ ...fields, err: String(error).slice(0, 200) }, "slack HR message not remembered");
      });
    },
  };
}
