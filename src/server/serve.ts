import type { Assistant } from "../app.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
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
  const dispatcher = createDispatcher({ log: requests.log, notifiers: platformNotifiers(deps), logger });
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
