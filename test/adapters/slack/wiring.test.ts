import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { slackApiUrl, slackMount } from "../../../src/adapters/slack/mount.ts";
import { PROJECT_ROOT, parseConfig } from "../../../src/config.ts";
import { silentLogger } from "../../../src/log.ts";
import { openRequestServices } from "../../../src/requests/services.ts";
import { platformNotifiers } from "../../../src/server/platforms.ts";
import { hrPlatforms } from "../../../src/server/serve.ts";
import {
  BOT_TOKEN,
  eventCallback,
  imMessage,
  type SlackTestServer,
  sendToSlackEndpoint,
  startSlackTestServer,
} from "../../support/slack.ts";

/** How the adapter is configured and plugged into the shared server. */

let running: SlackTestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("Slack wiring", () => {
  it("is not mounted without SLACK_BOT_TOKEN", async () => {
    running = await startSlackTestServer({
      env: { SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined },
    });
    const response = await sendToSlackEndpoint(running.url, eventCallback(imMessage({ text: "hello" })));
    expect(response.status).toBe(404);
  });

  it("gives the Web API base URL the trailing slash Bolt expects", () => {
    expect(slackApiUrl("http://127.0.0.1:9000/api")).toBe("http://127.0.0.1:9000/api/");
    expect(slackApiUrl("https://slack.com/api/")).toBe("https://slack.com/api/");
    expect(slackApiUrl(undefined)).toBeUndefined();
  });

  it("takes its Web API retry policy as an option: no retries means one attempt", async () => {
    running = await startSlackTestServer({
      mounts: (deps) => [slackMount(deps, { retryConfig: { retries: 0 } })],
    });
    const { fake, logs } = running;
    fake.fail("chat.postMessage", "http_500");
    await sendToSlackEndpoint(running.url, eventCallback(imMessage({ channel: "D0NORETRY", text: "hello" })));
    await waitFor(() => logs.find((line) => line.msg === "slack answer not delivered"), "the failure log");
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("Slack notifications wiring", () => {
  it("adds the Slack notifier with a request log, and sends it HR events only with SLACK_HR_CHANNEL", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "slack-notifier-"));
    try {
      running = await startSlackTestServer({
        requests: await openRequestServices({ dataDir: dir, hrUsers: [], logger: silentLogger }),
        env: { DATA_DIR: dir },
      });
      const notifiers = platformNotifiers(running.deps);
      expect(notifiers.map((n) => n.platform)).toContain("slack");
      expect(hrPlatforms(running.deps.config, notifiers)).not.toContain("slack");
      expect(running.logs.some((l) => String(l.msg).startsWith("SLACK_HR_CHANNEL is not set"))).toBe(true);
      const withChannel = parseConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: "secret",
        SLACK_HR_CHANNEL: "C0HR",
        DATA_DIR: dir,
      });
      expect(hrPlatforms(withChannel, notifiers)).toContain("slack");
      expect(platformNotifiers({ ...running.deps, requests: undefined })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Slack: text from the knowledge base is escaped too", () => {
  const INJECTED = " <!channel> <@U0EVIL> <https://evil.example|click here> & co";
  let dir: string;
  let slack: SlackTestServer;

  beforeAll(async () => {
    // A knowledge base whose indicator heading (title, paragraph, citation) carries Slack markup.
    dir = mkdtempSync(path.join(tmpdir(), "slack-kb-"));
    const base = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "data", "strategy.json"), "utf8")) as {
      indicators: { id: string; heading: { en: string } }[];
    };
    const mobility = base.indicators.find((i) => i.id === "mobility");
    if (!mobility) throw new Error("the mobility indicator is missing from data/strategy.json");
    mobility.heading.en += INJECTED;
    const knowledgePath = path.join(dir, "strategy.json");
    writeFileSync(knowledgePath, JSON.stringify(base));
    slack = await startSlackTestServer({ knowledgePath });
  });

  afterAll(async () => {
    await slack?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("renders the markup as text: no mention, broadcast or link reaches Slack", async () => {
    await sendToSlackEndpoint(
      slack.url,
      eventCallback(imMessage({ channel: "D0KB", text: "what is the mobility target?" })),
    );
    const [reply] = await slack.fake.waitFor("chat.postMessage");
    const mrkdwn = JSON.stringify(reply?.body.blocks)
      .match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g)
      ?.join("\n");
    expect(mrkdwn).toContain(
      "&lt;!channel&gt; &lt;@U0EVIL&gt; &lt;https://evil.example|click here&gt; &amp; co",
    );
    for (const text of [String(reply?.body.text), mrkdwn ?? ""]) {
      expect(text).not.toMatch(/<[!@#]|<https?:/);
      expect(text).toContain("&lt;!channel&gt;");
    }
  });
});
