import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAssistant } from "../../src/app.ts";
import { parseConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import { createDispatcher, type Dispatcher } from "../../src/notify/outbox.ts";
import { type FileRequestServices, openRequestServices } from "../../src/requests/services.ts";
import { createHttpApp, listen, type RunningServer } from "../../src/server/http.ts";
import { platformMounts, platformNotifiers } from "../../src/server/platforms.ts";
import { type FakeConnector, HR_USER, startFakeConnector } from "./teams.ts";

/** A Teams deployment on loopback: the real server and CloudAdapter, the local connector fake, a file store. */
export interface TeamsBed {
  dataDir: string;
  connector: FakeConnector;
  server: RunningServer;
  requests: FileRequestServices;
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

export interface TeamsBedOptions {
  /** The temporary directory's prefix, to tell test files apart. */
  name: string;
  /** The bot's "today" (request dates are checked against it); the real clock when absent. */
  today?: Date;
  /** More settings, e.g. `HR_LANGUAGE`. */
  env?: Record<string, string>;
  /** Which log the dispatcher delivers: requests' notifications or questions to HR. */
  deliver?: "requests" | "questions";
  /** The dispatcher's clock, when a test moves time by hand. */
  dispatcherClock?: () => Date;
}

export async function startTeamsBed(options: TeamsBedOptions): Promise<TeamsBed> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `${options.name}-`));
  const connector = await startFakeConnector();
  const requests = await openRequestServices({
    dataDir,
    hrUsers: [`teams:${HR_USER.aadObjectId}`],
    logger: silentLogger,
    ...(options.today ? { clock: () => options.today as Date } : {}),
  });
  const deps = {
    assistant: createAssistant({ requests }),
    config: parseConfig({
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      TEAMS_LOCAL_UNAUTHENTICATED: "true",
      TEAMS_TRUSTED_SERVICE_URLS: connector.url,
      ...options.env,
    }),
    logger: silentLogger,
    requests,
  };
  const server = await listen(createHttpApp(platformMounts(deps), silentLogger), 0, "127.0.0.1");
  const log = options.deliver === "questions" ? requests.questionsLog : requests.log;
  const dispatcher = createDispatcher({
    log,
    notifiers: platformNotifiers(deps),
    logger: silentLogger,
    ...(options.dispatcherClock ? { clock: options.dispatcherClock } : {}),
    retry: { baseMs: 10, maxMs: 50 },
  });
  return {
    dataDir,
    connector,
    server,
    requests,
    dispatcher,
    async close() {
      await dispatcher.stop();
      await server.close();
      await connector.close();
      await log.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
