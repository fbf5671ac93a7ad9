import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/notify/outbox.ts";
import { platformNotifiers } from "../../../src/server/platforms.ts";
import { hrPlatforms } from "../../../src/server/serve.ts";
import { BOT_TOKEN, type FakeSlackApi, SIGNING_SECRET, startFakeSlackApi } from "../../support/slack.ts";
import { messageActivity, postActivity } from "../../support/teams.ts";
import { startTeamsTestServer, type TeamsTestServer } from "../../support/teams-server.ts";

/**
 * A deployment configured as the README's Slack section says (no MicrosoftAppId, NODE_ENV left
 * at its default): Teams has no endpoint, no notifier, and nothing waits for it in the outbox.
 */

let slack: FakeSlackApi;
let server: TeamsTestServer;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  server = await startTeamsTestServer({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_HR_CHANNEL: "C0HRTEAM",
  });
});

afterAll(async () => {
  await server?.close();
  await slack?.close();
});

describe("a Slack-only deployment", () => {
  it("delivers the HR notification in Slack and queues nothing for Teams, without a Teams warning", async () => {
    const notifiers = platformNotifiers(server.deps);
    expect(notifiers.map((n) => n.platform)).toEqual(["slack"]);
    const dispatcher = createDispatcher({
      log: server.requests.log,
      notifiers,
      hrPlatforms: hrPlatforms(server.deps.config, notifiers),
      logger: server.deps.logger,
    });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1, failed: 0 });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 0, failed: 0 });
    await dispatcher.stop();

    expect(slack.callsTo("chat.postMessage").map((c) => c.body.channel)).toEqual(["C0HRTEAM"]);
    const { outbox } = await server.requests.log.snapshot();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.event).toMatchObject({ kind: "request-submitted", audience: "hr" });
    expect(Object.keys(outbox[0]?.deliveries ?? {})).toEqual(["slack"]);
    expect(outbox[0]?.deliveries.slack?.deliveredAt).toEqual(expect.any(String));

    const warnings = server.logs.filter((l) => Number(l.level) >= 40);
    expect(warnings).toEqual([]);
    expect(server.logs.filter((l) => l.platform === "teams")).toEqual([]);
  });

  it("does not serve /api/messages", async () => {
    const response = await postActivity(
      server.url,
      messageActivity({ serviceUrl: "https://smba.trafficmanager.net/emea/", text: "help" }),
    );
    expect(response.status).toBe(404);
  });
});
