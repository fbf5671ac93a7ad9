import type { Assistant } from "../app.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Platform } from "../notify/events.ts";
import type { Notifier } from "../notify/notifier.ts";
import { createDispatcher } from "../notify/outbox.ts";
import type { RequestServices } from "../requests/services.ts";
import { createHttpApp, listen, type RunningServer } from "./http.ts";
import { platformMounts, platformNotifiers } from "./platforms.ts";

/**
 * Starts the HTTP server with every configured platform mounted, and the dispatcher that delivers
 * request notifications through the platforms' notifiers (retried until delivered, across restarts).
 */
export async function serve(
  assistant: Assistant,
  config: Config,
  logger: Logger,
  requests: RequestServices,
): Promise<RunningServer> {
  const deps = { assistant, config, logger, requests };
  const app = createHttpApp(platformMounts(deps), logger);
  const notifiers = platformNotifiers(deps);
  const dispatcher = createDispatcher({
    log: requests.log,
    notifiers,
    hrPlatforms: hrPlatforms(config, notifiers),
    logger,
  });
  const running = await listen(app, config.PORT, config.HOST);
  dispatcher.start();
  logger.info({ url: running.url }, "server listening");
  return {
    ...running,
    close: async () => {
      await dispatcher.stop();
      await running.close();
    },
  };
}

/**
 * The platforms that receive HR events: every notifier's, except Slack without SLACK_HR_CHANNEL,
 * which has nowhere to post them (Teams can be given its HR conversation in chat, so it keeps them).
 */
export function hrPlatforms(config: Config, notifiers: readonly Notifier[]): Platform[] {
  return notifiers
    .map((n) => n.platform)
    .filter((p) => p !== "slack" || config.SLACK_HR_CHANNEL !== undefined);
}
