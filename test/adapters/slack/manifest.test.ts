import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SLACK_EVENTS_PATH } from "../../../src/adapters/slack/mount.ts";
import { HR_COMMAND } from "../../../src/adapters/slack/surfaces/command.ts";
import { PROJECT_ROOT } from "../../../src/config.ts";

const RequestUrl = z.url().refine((url) => url.endsWith(SLACK_EVENTS_PATH), `ends with ${SLACK_EVENTS_PATH}`);

/** The parts of Slack's app manifest (schema v1) this app relies on. */
const Manifest = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140) }),
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.literal(true), messages_tab_enabled: z.literal(true) }),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z.array(
      z.object({ command: z.string().startsWith("/"), url: RequestUrl, description: z.string().min(1) }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: RequestUrl, bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: RequestUrl }),
  }),
});

describe("slack-app-manifest.json", () => {
  const manifest = Manifest.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, "slack-app-manifest.json"), "utf8")),
  );

  it("subscribes to the events the adapter listens to", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      "app_home_opened",
      "app_mention",
      // replies in a thread the bot answered in, without a new mention
      "message.channels",
      "message.groups",
      "message.im",
    ]);
  });

  it("declares the /hr command the adapter answers", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([HR_COMMAND]);
  });

  it("asks for exactly the bot scopes it needs", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read",
      // Reading the HR channel (public or private) back: has a cut-off post already been made?
      "channels:history",
      "chat:write",
      "commands",
      "groups:history",
      "im:history",
      "im:write",
      // Each user's locale (users.info with include_locale), the language they are answered in.
      "users:read",
    ]);
  });
});
