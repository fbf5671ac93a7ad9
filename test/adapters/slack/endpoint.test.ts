import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeenEvents } from "../../../src/adapters/slack/seen-events.ts";
import { silentLogger } from "../../../src/log.ts";
import {
  eventCallback,
  type FakeSlackApi,
  form,
  imMessage,
  json,
  type SlackBody,
  type SlackTestServer,
  sendToSlackEndpoint,
  startFakeSlackApi,
  startSlackTestServer,
} from "../../support/slack.ts";
import { eventually, sleep } from "../../support/slack-requests.ts";

/**
 * The Slack endpoint against what Slack (or someone with its secret) may send: events retried
 * across a restart or a crash, and signed bodies that are not Slack payloads.
 */

let dir: string;
let fake: FakeSlackApi;
let slack: SlackTestServer;

const start = () => startSlackTestServer({ fake, env: { DATA_DIR: dir }, logLevel: "info" });
const answers = () => fake.callsTo("chat.postMessage");

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "slack-endpoint-"));
  fake = await startFakeSlackApi();
  slack = await start();
});
afterAll(async () => {
  await slack.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Slack event retries", () => {
  it("does not answer again a retry that arrives after a restart", async () => {
    const event = eventCallback(imMessage({ text: "hello" }));
    expect((await sendToSlackEndpoint(slack.url, event)).status).toBe(200);
    await eventually(() => answers().length === 1, "the answer");

    await slack.close();
    slack = await start();
    expect((await sendToSlackEndpoint(slack.url, event, { retryNum: 1 })).status).toBe(200);
    await eventually(
      () => slack.logs.some((l) => l.msg === "slack event repeated, skipped"),
      "the retry to be skipped",
    );
    await sleep(200);
    expect(answers()).toHaveLength(1);
  });

  it("drops a retry while the first delivery is still being answered", async () => {
    const before = answers().length;
    fake.hang("chat.postMessage");
    const event = eventCallback(imMessage({ text: "hello" }));
    await sendToSlackEndpoint(slack.url, event);
    await eventually(() => answers().length === before + 1, "the answer in progress");
    const eventId = (JSON.parse(event.body) as { event_id: string }).event_id;
    await sendToSlackEndpoint(slack.url, event, { retryNum: 1 });
    await eventually(
      () => slack.logs.some((l) => l.msg === "slack event repeated, skipped" && l.eventId === eventId),
      "the retry to be skipped",
    );
    expect(answers()).toHaveLength(before + 1);
    // The held post fails; the Web API client tries it once more, and that is all.
    fake.release();
    await eventually(() => answers().length === before + 2, "the client's own retry");
    await sleep(300);
    expect(answers()).toHaveLength(before + 2);
  });

  it("answers once a retry of an event whose instance crashed while answering it, after its lease", async () => {
    const event = eventCallback(imMessage({ text: "what can you do?" }));
    const eventId = (JSON.parse(event.body) as { event_id: string }).event_id;
    // What a crashed instance leaves behind: the event taken on 31 s ago, never marked done.
    const crashed = new SeenEvents({ dataDir: dir, logger: silentLogger, now: () => Date.now() - 31_000 });
    expect(await crashed.begin(eventId)).toBe(true);

    const before = answers().length;
    await sendToSlackEndpoint(slack.url, event, { retryNum: 1 });
    await eventually(() => answers().length === before + 1, "the answer");
    await sendToSlackEndpoint(slack.url, event, { retryNum: 2 });
    await sleep(300);
    expect(answers()).toHaveLength(before + 1);
  });
});

describe("Signed bodies that are not Slack payloads", () => {
  const bad: [string, SlackBody][] = [
    ["null", json(null)],
    ["a string", json("hello")],
    ["a number", json(42)],
    ["an array", json([{ type: "event_callback" }])],
    ["an event callback without its event", json({ type: "event_callback", event_id: "Ev0BAD" })],
    ["an unknown type", json({ type: "mystery", event_id: "Ev0BAD2" })],
    ["not JSON", { body: "{not json", contentType: "application/json" }],
    ["an interaction of an unknown type", form({ payload: JSON.stringify({ type: "mystery" }) })],
    ["an interaction that is not JSON", form({ payload: "null" })],
    ["a form that is neither a command nor an interaction", form({ text: "hello" })],
  ];

  it.each(bad)("answers %s with 400 and a short JSON error", async (_name, body) => {
    const response = await sendToSlackEndpoint(slack.url, body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: "bad request" });
  });

  it("still refuses the same bodies unsigned with 401, as Bolt does", async () => {
    const response = await sendToSlackEndpoint(slack.url, json(null), { unsigned: true });
    expect(response.status).toBe(401);
  });
});
