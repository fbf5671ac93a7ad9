import express, { type RequestHandler, type Response } from "express";
import type { Assistant } from "../../app.ts";
import { teamsMode } from "../../config.ts";
import type { Logger } from "../../log.ts";
import type { RequestServices } from "../../requests/services.ts";
import { sharedKeyValue } from "../../requests/store.ts";
import type { Mount } from "../../server/http.ts";
import { AssistantActivityHandler } from "./assistant-handler.ts";
import {
  type AuthEndpoints,
  type AuthenticateRequestResult,
  conversationStore,
  createCloudAdapter,
  ProactiveMessenger,
  type TeamsConfig,
  trustedServiceUrls,
} from "./cloud.ts";
import { activityOf, tokenProblem, withoutConsoleErrors } from "./guard.ts";
import { shownOrigin } from "./service-url.ts";

export const TEAMS_PATH = "/api/messages";
/** Teams messages are at most about 28 KB; cards submitted back stay far below this. */
const BODY_LIMIT = "256kb";

export interface TeamsDeps {
  assistant: Pick<Assistant, "bot">;
  config: TeamsConfig;
  logger: Logger;
  /** The request log, when the server takes HR requests. */
  requests?: Pick<RequestServices, "store">;
  /** Where signing keys are fetched (tests: a local fake); Bot Framework's by default. */
  authEndpoints?: AuthEndpoints;
}

const APOLOGY =
  "Sorry, something went wrong on my side and I couldn't answer. Please try again; if it keeps happening, contact HRD. / 抱歉，我这边出了问题，请再试一次。";

/** Refusals answer a short fixed body: nothing of botbuilder's error text reaches the caller. */
function refuse(res: Response, status: 400 | 401 | 403 | 413 | 415, error: string): void {
  res.status(status).json({ error });
}

/**
 * The Bot Framework endpoint for Microsoft Teams: POST /api/messages on the shared server, mounted
 * only when Teams is configured. With MicrosoftAppId every request must carry a valid Bot Framework
 * token; with TEAMS_LOCAL_UNAUTHENTICATED (never in production) it is open for local testing.
 * Either way an activity is refused before any turn runs unless its serviceUrl is trusted, since
 * that is where the bot sends its reply.
 */
export function teamsMount({ assistant, config, logger, requests, authEndpoints }: TeamsDeps): Mount {
  const log = logger.child({ platform: "teams" });
  const mode = teamsMode(config);
  if (!mode) throw new Error("Teams is not configured: set MicrosoftAppId (or TEAMS_LOCAL_UNAUTHENTICATED)");
  if (mode === "local-unauthenticated" && config.NODE_ENV === "production") {
    throw new Error("TEAMS_LOCAL_UNAUTHENTICATED is refused with NODE_ENV=production");
  }
  const appId = config.MicrosoftAppId;
  if (!appId) {
    log.warn(
      { path: TEAMS_PATH },
      "Teams endpoint is UNAUTHENTICATED (TEAMS_LOCAL_UNAUTHENTICATED=true): anyone who can reach it can talk to the bot. Use this only for local testing (Microsoft 365 Agents Playground, Bot Framework Emulator).",
    );
  }
  const isTrusted = trustedServiceUrls(config);

  const adapter = createCloudAdapter(config, authEndpoints);
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityType: context.activity.type }, "Teams turn failed");
    try {
      await context.sendActivity(APOLOGY);
    } catch (sendError) {
      log.error({ err: sendError }, "could not tell the Teams user about the failure");
    }
  };

  const handler = new AssistantActivityHandler({
    bot: assistant.bot,
    references: conversationStore(config, log, sharedKeyValue(requests?.store)),
    messenger: new ProactiveMessenger(config),
    ...(requests ? { requests } : {}),
    ...(config.HR_LANGUAGE ? { hrLanguage: config.HR_LANGUAGE } : {}),
    logger: log,
  });

  const parseJson = express.json({ limit: BODY_LIMIT });
  // A body that is not JSON (or too large) gets one warn line and a short answer, as every refusal.
  const jsonBody: RequestHandler = (req, res, next) => {
    parseJson(req, res, (error?: unknown) => {
      if (error === undefined) return next();
      const status = (error as { status?: unknown }).status;
      if (status === 413 || status === 415) {
        log.warn({ status, reason: "body" }, "Teams request refused");
        return refuse(res, status, status === 413 ? "payload too large" : "unsupported media type");
      }
      log.warn({ status: 400, reason: "malformed-json" }, "Teams request refused");
      refuse(res, 400, "bad request");
    });
  };

  // Refused here, before the body is read: no token that could be this bot's, no work.
  const tokenCheck: RequestHandler = (req, res, next) => {
    const problem = appId ? tokenProblem(req.headers.authorization, appId) : undefined;
    if (!problem) return next();
    log.warn({ status: 401, reason: `token-${problem}` }, "Teams request refused");
    refuse(res, 401, "unauthorized");
  };

  return (app) => {
    log.info({ path: TEAMS_PATH, authenticated: Boolean(appId) }, "Teams endpoint mounted");
    app.post(TEAMS_PATH, tokenCheck, jsonBody, async (req, res) => {
      const activity = activityOf(req.body);
      if (!activity) {
        log.warn({ status: 400, reason: "not-an-activity" }, "Teams request refused");
        return refuse(res, 400, "bad request");
      }
      let auth: AuthenticateRequestResult;
      try {
        auth = await withoutConsoleErrors(() =>
          adapter.authentication.authenticateRequest(activity, req.headers.authorization ?? ""),
        );
      } catch (error) {
        // botbuilder's reason (no key, bad signature, wrong issuer) stays in the log's error name.
        const name = error instanceof Error ? error.name : "unknown";
        log.warn({ status: 401, reason: "token-rejected", error: name }, "Teams request refused");
        return refuse(res, 401, "unauthorized");
      }
      if (!isTrusted(activity.serviceUrl)) {
        log.warn(
          { status: 403, reason: "untrusted-service-url", serviceUrl: shownOrigin(activity.serviceUrl) },
          "Teams request refused",
        );
        return refuse(res, 403, "untrusted service url");
      }
      try {
        const invoke = await adapter.runTurn(auth, activity, (context) => handler.run(context));
        res.status(invoke?.status ?? 200);
        if (invoke?.body === undefined) res.end();
        else res.json(invoke.body);
      } catch (error) {
        log.error({ err: error }, "Teams request failed");
        if (!res.headersSent) res.status(500).json({ error: "internal error" });
      }
    });
  };
}
