import { App, ExpressReceiver, type webApi } from "@slack/bolt";
import express, { type Express } from "express";
import type { Assistant } from "../../app.ts";
import type { Config } from "../../config.ts";
import type { Logger } from "../../log.ts";
import type { RequestServices } from "../../requests/services.ts";
import { sharedKeyValue } from "../../requests/store.ts";
import type { Mount } from "../../server/http.ts";
import { botAuthorization } from "./authorize.ts";
import { rejectUnroutable } from "./guard.ts";
import { HrMessageStore } from "./hr-messages.ts";
import { boltLogger, errorFields } from "./log.ts";
import { type EventLedger, SeenEvents, SharedSeenEvents, skipRepeatedEvents } from "./seen-events.ts";
import { command } from "./surfaces/command.ts";
import { home } from "./surfaces/home.ts";
import { messages } from "./surfaces/messages.ts";
import { requestForms } from "./surfaces/request-forms.ts";
import { reviews } from "./surfaces/reviews.ts";
import { suggestions } from "./surfaces/suggestions.ts";
import type { Surface } from "./surfaces/surface.ts";
import { SlackUserLocales } from "./user-locale.ts";

/** Events, slash commands and interactivity all arrive at this one URL. */
export const SLACK_EVENTS_PATH = "/slack/events";
/** Slack's payloads are a few kilobytes; anything near this is not from Slack. */
const MAX_BODY = "1mb";

/**
 * A few quick retries of a failed Web API call: an answer that arrives minutes late (the Web
 * API client's default is ten retries over half an hour) is worse than a logged failure.
 */
export const DEFAULT_RETRY: webApi.RetryOptions = {
  retries: 2,
  factor: 2,
  minTimeout: 200,
  maxTimeout: 1000,
};

/** Where users meet the assistant: messages, buttons, /hr, the Home tab, request modals, HR decisions. */
const SURFACES: readonly Surface[] = [messages, suggestions, command, home, requestForms, reviews];

export interface SlackDeps {
  assistant: Pick<Assistant, "bot">;
  config: Config;
  logger: Logger;
  /** The request log, read to show who decided on a request in the HR channel. */
  requests?: RequestServices;
}

export interface SlackOptions {
  /** Retries of Web API calls (default DEFAULT_RETRY; `{ retries: 0 }` for none). */
  retryConfig?: webApi.RetryOptions;
  /** Event ids already handled (default: DATA_DIR/slack-events.json). */
  seenEvents?: EventLedger;
}

/** Slack's Web API base URL must end with a slash: the method name is appended to it. */
export function slackApiUrl(url: string | undefined): string | undefined {
  return url === undefined || url.endsWith("/") ? url : `${url}/`;
}

/** The Web API client's options: the retry policy, and the API URL when configured (tests, proxies). */
export function webApiOptions(config: Config, retryConfig: webApi.RetryOptions) {
  const url = slackApiUrl(config.SLACK_API_URL);
  return { retryConfig, ...(url ? { slackApiUrl: url } : {}) };
}

/**
 * The Slack app on the shared server: Bolt over HTTP at POST /slack/events, or over Socket
 * Mode when SLACK_APP_TOKEN is set (then nothing is added to the HTTP server).
 */
export function slackMount(deps: SlackDeps, options: SlackOptions = {}): Mount {
  const { config } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error("the Slack adapter needs SLACK_BOT_TOKEN");
  const logger = deps.logger.child({ platform: "slack" });
  const boltLog = boltLogger(logger);
  // Created when mounted; authorization reaches its Web API client (with our options) lazily.
  let app: App;
  const bolt = {
    authorize: botAuthorization(token, () => app.client),
    clientOptions: webApiOptions(config, options.retryConfig ?? DEFAULT_RETRY),
    logger: boltLog,
    convoStore: false as const,
  };

  return (server: Express) => {
    const appToken = config.SLACK_APP_TOKEN;
    app = appToken
      ? new App({ ...bolt, socketMode: true, appToken })
      : new App({ ...bolt, receiver: httpReceiver(server, config, boltLog, logger) });
    const shared = sharedKeyValue(deps.requests?.store);
    const seen =
      options.seenEvents ??
      (shared ? new SharedSeenEvents(shared, logger) : new SeenEvents({ dataDir: config.DATA_DIR, logger }));
    app.use(skipRepeatedEvents(seen, logger));
    app.error(async (error) => {
      logger.error({ error: errorFields(error) }, "slack listener failed");
    });
    const surfaceDeps = {
      bot: deps.assistant.bot,
      logger,
      hrMessages: new HrMessageStore(config.DATA_DIR, logger, shared),
      ...(config.HR_LANGUAGE ? { hrLanguage: config.HR_LANGUAGE } : {}),
      ...(deps.requests ? { requests: deps.requests } : {}),
      locales: new SlackUserLocales({ logger }),
    };
    for (const surface of SURFACES) surface(app, surfaceDeps);
    if (appToken) {
      app.start().then(
        () => logger.info("slack socket mode connected"),
        (error: unknown) => logger.error({ error: errorFields(error) }, "slack socket mode failed to start"),
      );
    }
  };
}

function httpReceiver(
  server: Express,
  config: Config,
  logger: ReturnType<typeof boltLogger>,
  log: Logger,
): ExpressReceiver {
  const signingSecret = config.SLACK_SIGNING_SECRET;
  if (!signingSecret) throw new Error("the Slack adapter over HTTP needs SLACK_SIGNING_SECRET");
  const router = express.Router();
  // Bolt reads the body itself, with no size limit. Reading it here first bounds it (413) and
  // hands Bolt the bytes as `rawBody`, which it checks the signature of and parses.
  router.post(
    SLACK_EVENTS_PATH,
    express.raw({ type: () => true, limit: MAX_BODY }),
    rejectUnroutable(signingSecret, log),
    (req, _res, next) => {
      Object.assign(req, { rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0) });
      next();
    },
  );
  // Acknowledge first, answer after (processBeforeResponse off): Slack wants a reply in 3 s.
  return new ExpressReceiver({
    signingSecret,
    app: server,
    router,
    endpoints: SLACK_EVENTS_PATH,
    logger,
    processBeforeResponse: false,
  });
}
