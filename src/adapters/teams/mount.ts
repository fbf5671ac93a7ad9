import express from "express";
import type { Assistant } from "../../app.ts";
import type { Logger } from "../../log.ts";
import type { RequestServices } from "../../requests/services.ts";
import type { Mount } from "../../server/http.ts";
import { AssistantActivityHandler } from "./assistant-handler.ts";
import { conversationStore, createCloudAdapter, ProactiveMessenger, type TeamsConfig } from "./cloud.ts";

export const TEAMS_PATH = "/api/messages";
/** Teams messages are at most about 28 KB; cards submitted back stay far below this. */
const BODY_LIMIT = "256kb";

export interface TeamsDeps {
  assistant: Pick<Assistant, "bot">;
  config: TeamsConfig;
  logger: Logger;
  /** The request log, when the server takes HR requests. */
  requests?: Pick<RequestServices, "log">;
}

const APOLOGY =
  "Sorry, something went wrong on my side and I couldn't answer. Please try again; if it keeps happening, contact HRD. / 抱歉，我这边出了问题，请再试一次。";

/**
 * The Bot Framework endpoint for Microsoft Teams: POST /api/messages on the shared server.
 * With MicrosoftAppId every request must carry a valid Bot Framework token; without it the
 * endpoint is open for local testing (Agents Playground, Emulator), which production refuses.
 */
export function teamsMount({ assistant, config, logger, requests }: TeamsDeps): Mount {
  const log = logger.child({ platform: "teams" });
  const appId = config.MicrosoftAppId;
  if (!appId) {
    if (config.NODE_ENV === "production") {
      throw new Error(
        "Teams: MicrosoftAppId is not set, and NODE_ENV=production refuses to serve /api/messages without authentication. Set MicrosoftAppId and MicrosoftAppPassword (MicrosoftAppType, MicrosoftAppTenantId for a single-tenant app).",
      );
    }
    log.warn(
      { path: TEAMS_PATH },
      "Teams endpoint is UNAUTHENTICATED because MicrosoftAppId is not set: anyone who can reach it can talk to the bot. Use this only for local testing (Microsoft 365 Agents Playground, Bot Framework Emulator).",
    );
  }

  const adapter = createCloudAdapter(config);
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
    references: conversationStore(config, log),
    messenger: new ProactiveMessenger(config),
    ...(requests ? { requests } : {}),
    logger: log,
  });

  return (app) => {
    log.info({ path: TEAMS_PATH, authenticated: Boolean(appId) }, "Teams endpoint mounted");
    app.post(TEAMS_PATH, express.json({ limit: BODY_LIMIT }), async (req, res) => {
      // Turned away here, without touching the network or botbuilder's console logging.
      if (appId && !req.headers.authorization) {
        log.warn("Teams request without Authorization header rejected");
        res.status(401).json({ error: "unauthorized" });
        return;
      }
      // CloudAdapter validates the token (401 on failure), runs the turn and answers the request.
      await adapter.process(req, res, (context) => handler.run(context));
    });
  };
}
