import { slackMount } from "../adapters/slack/mount.ts";
import { createSlackNotifier } from "../adapters/slack/notifier.ts";
import { teamsMount } from "../adapters/teams/mount.ts";
import { createTeamsNotifier } from "../adapters/teams/notifier.ts";
import type { Assistant } from "../app.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Notifier } from "../notify/notifier.ts";
import type { RequestServices } from "../requests/services.ts";
import type { Mount } from "./http.ts";

export interface PlatformDeps {
  assistant: Assistant;
  config: Config;
  logger: Logger;
  /** The request log, when the server takes HR requests (its notifiers need it). */
  requests?: RequestServices;
}

/**
 * The platform endpoints the server hosts; each adapter contributes its own mount. Teams is
 * served unauthenticated for local testing when it has no app id; a production deployment that
 * only configures Slack leaves Teams out rather than refusing to start.
 */
export function platformMounts(deps: PlatformDeps): Mount[] {
  const mounts: Mount[] = [];
  const slackOnlyInProduction =
    deps.config.NODE_ENV === "production" &&
    !deps.config.MicrosoftAppId &&
    Boolean(deps.config.SLACK_BOT_TOKEN);
  if (slackOnlyInProduction) deps.logger.info("Teams not configured: /api/messages is not served");
  else mounts.push(teamsMount(deps));
  if (deps.config.SLACK_BOT_TOKEN) mounts.push(slackMount(deps));
  return mounts;
}

/**
 * The notifiers of the configured platforms: each delivers request notifications on its platform
 * (HR channel, direct messages to requesters). Adapters add theirs here.
 */
export function platformNotifiers(deps: PlatformDeps): Notifier[] {
  const notifiers: Notifier[] = [];
  if (!deps.requests) return notifiers;
  notifiers.push(createTeamsNotifier({ ...deps, requests: deps.requests }));
  if (deps.config.SLACK_BOT_TOKEN) notifiers.push(createSlackNotifier({ ...deps, requests: deps.requests }));
  return notifiers;
}
