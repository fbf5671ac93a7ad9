import type { Assistant } from "../app.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { createHttpApp, listen, type RunningServer } from "./http.ts";
import { platformMounts } from "./platforms.ts";

/** Starts the HTTP server with every configured platform mounted. */
export async function serve(assistant: Assistant, config: Config, logger: Logger): Promise<RunningServer> {
  const app = createHttpApp(platformMounts({ assistant, config, logger }), logger);
  const running = await listen(app, config.PORT, config.HOST);
  logger.info({ url: running.url }, "server listening");
  return running;
}
