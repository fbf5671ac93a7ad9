import { slackMount } from "../adapters/slack/mount.ts";
import { createSlackNotifier } from "../adapters/slack/notifier.ts";
import { teamsMount } from "../adapters/teams/mount.ts";
import { createTeamsNotifier } from "../adapters/teams/notifier.ts";
import type { Assistant } from "../app.ts";
import { type Config, teamsMode } from "../config.ts";
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
 * The platform endpoints the server hosts; each adapter contributes its own mount. A platform that
 * is not configured is not mounted: Teams needs MicrosoftAppId, or TEAMS_LOCAL_UNAUTHENTICATED for
 * local testing (never in production: the configuration refuses it).
 */
export function platformMounts(deps: PlatformDeps): Mount[] {
  const mounts: Mount[] = [];
  if (teamsMode(deps.config)) mounts.push(teamsMount(deps));
  else deps.logger.info("Teams not configured: /api/messages is not served");
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
  // Only the mounted platforms': a notifier for an absent platform would keep every event undelivered.
  if (teamsMode(deps.config)) notifiers.push(createTeamsNotifier({ ...deps, requests: deps.requests }));
  if (deps.config.SLACK_BOT_TOKEN) notifiers.push(createSlackNotifier({ ...deps, requests: deps.requests }));
  return notifiers;
}
