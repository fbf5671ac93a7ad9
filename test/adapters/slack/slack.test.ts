import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RETRY } from "../../../src/adapters/slack/mount.ts";
import { renderReply } from "../../../src/adapters/slack/render.ts";
import {
  appHomeOpened,
  appMention,
  BOT_TOKEN,
  blockActions,
  eventCallback,
  form,
  imMessage,
  json,
  nextEventId,
  nextTs,
  nowSeconds,
  type RecordedCall,
  type SlackTestServer,
  sendToSlackEndpoint,
  slashCommand,
  startSlackTestServer,
  urlVerification,
} from "../../support/slack.ts";

/**
 * The Slack adapter end to end: signed requests in Slack's formats to the real Bolt app on the
 * shared server, answers read from the calls the fake Web API recorded.
 */

type Block = { type: string; [key: string]: unknown };

let slack: SlackTestServer;

beforeAll(async () => {
  slack = await startSlackTestServer();
});

afterAll(async () => {
  await slack?.close();
});

const post = (
  body: Parameters<typeof sendToSlackEndpoint>[1],
  options?: Parameters<typeof sendToSlackEndpoint>[2],
) => sendToSlackEndpoint(slack.url, body, options);

/** Waits for the first chat.postMessage to `channel` and returns it. */
async function replyIn(channel: string, count = 1): Promise<RecordedCall[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const calls = slack.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);
    if (calls.length >= count) return calls;
    if (Date.now() > deadline) throw new Error(`no reply in ${channel}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const postsTo = (channel: string) =>
  slack.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);

function blocksOf(call: RecordedCall | undefined): Block[] {
  return (call?.body.blocks as Block[] | undefined) ?? [];
}

/** Every mrkdwn text in a tree of blocks (sections, fields, context elements). */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    const own = object.type === "mrkdwn" && typeof object.text === "string" ? [object.text] : [];
    return [...own, ...Object.values(object).flatMap(mrkdwnTexts)];
  }
  return [];
}

/** A message that is answered, sent after others that must not be: once it is answered, they were skipped. */
async function sentinel(channel: string): Promise<void> {
  const before = postsTo(channel).length;
  await post(eventCallback(imMessage({ channel, text: "hello" })));
  await replyIn(channel, before + 1);
}

describe("Slack: the endpoint", () => {
  it("answers Slack's url_verification challenge", async () => {
    const response = await post(urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
  });

  it("rejects a bad, a missing or a stale signature with 401, and nothing reaches a handler", async () => {
    const channel = "D0SIGNATURE";
    const body = () => eventCallback(imMessage({ channel, text: "what is the mobility target?" }));
    expect((await post(body(), { secret: "not-the-signing-secret" })).status).toBe(401);
    expect((await post(body(), { unsigned: true })).status).toBe(401);
    expect((await post(body(), { timestamp: nowSeconds() - 6 * 60 })).status).toBe(401);
    await sentinel("D0SIGNATURE2");
    expect(postsTo(channel)).toEqual([]);
  });

  it("rejects malformed and oversized bodies with a 4xx and keeps serving", async () => {
    const malformed = await post({ body: '{"type":"event_callback",', contentType: "application/json" });
    expect(malformed.status).toBe(400);
    const badPayload = await post(form({ payload: "{not json" }));
    expect(badPayload.status).toBe(400);
    const huge = await post(json({ type: "event_callback", padding: "x".repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    const health = await fetch(`${slack.url}/healthz`);
    expect(health.status).toBe(200);
    await sentinel("D0AFTERBAD");
  });

  it("handles a retried event (X-Slack-Retry-Num, same event_id) only once", async () => {
    const channel = "D0RETRY";
    const eventId = nextEventId();
    const event = imMessage({ channel, text: "what is the mobility target?" });
    expect((await post(eventCallback(event, eventId))).status).toBe(200);
    expect((await post(eventCallback(event, eventId), { retryNum: 1 })).status).toBe(200);
    expect((await post(eventCallback(event, eventId), { retryNum: 2 })).status).toBe(200);
    await replyIn(channel);
    await sentinel(channel);
    // The sentinel's answer is the second message in the channel: the retries added none.
    expect(postsTo(channel)).toHaveLength(2);
  });
});

describe("Slack: direct messages and mentions", () => {
  it("answers a direct message with Block Kit: title, figures as fields, citation, follow-up buttons", async () => {
    const channel = "D0MOBILITY";
    const response = await post(eventCallback(imMessage({ channel, text: "what is the mobility target?" })));
    expect(response.status).toBe(200);
    const [reply] = await replyIn(channel);
    expect(reply?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(reply?.body.thread_ts).toBeUndefined();
    expect(reply?.body.text).toContain("15%*");
    const blocks = blocksOf(reply);
    expect(blocks[0]).toMatchObject({
      type: "header",
      text: { type: "plain_text", text: "Increased functional and geographical mobility" },
    });
    const fields = blocks.flatMap((b) => (b.type === "section" && Array.isArray(b.fields) ? b.fields : []));
    expect(fields.map((f: { text: string }) => f.text)).toContainEqual(expect.stringContaining("15%*"));
    expect(fields.length).toBeLessThanOrEqual(10);
    const context = blocks.filter((b) => b.type === "context");
    expect(JSON.stringify(context)).toContain("GB.343/PFA/14");
    const actions = blocks.find((b) => b.type === "actions") as
      | { elements: Record<string, unknown>[] }
      | undefined;
    expect(actions?.elements[0]).toMatchObject({ type: "button", action_id: "suggestion:0" });
    expect(typeof actions?.elements[0]?.value).toBe("string");
  });

  it("answers a mention in the mention's thread, without the bot's own mention in the question", async () => {
    const channel = "C0MENTION";
    const ts = nextTs();
    await post(eventCallback(appMention({ channel, ts, text: "<@UBOT> what is the mobility target?" })));
    const [reply] = await replyIn(channel);
    expect(reply?.body.thread_ts).toBe(ts);
    expect(blocksOf(reply)[0]).toMatchObject({ type: "header" });
    expect(String(reply?.body.text)).toContain("15%*");
  });

  it("answers a mention inside a thread in that thread", async () => {
    const channel = "C0THREAD";
    const root = nextTs();
    await post(eventCallback(appMention({ channel, thread_ts: root, text: "<@UBOT|hr> all indicators" })));
    const [reply] = await replyIn(channel);
    expect(reply?.body.thread_ts).toBe(root);
  });

  it("ignores edits, bot messages and non-DM messages", async () => {
    const channel = "D0IGNORED";
    const text = "what is the mobility target?";
    await post(eventCallback(imMessage({ channel, text, subtype: "message_changed" })));
    await post(eventCallback(imMessage({ channel, text, bot_id: "B0OTHER" })));
    await post(eventCallback({ ...imMessage({ channel, text }), channel_type: "channel" }));
    await sentinel(channel);
    expect(postsTo(channel)).toHaveLength(1);
  });

  it("lets no mention, broadcast or link through from what a user typed", async () => {
    const channel = "D0INJECT";
    await post(
      eventCallback(
        imMessage({
          channel,
          text: "<!channel> <@U0BOB> <https://evil.example|click> & what is the mobility target?",
        }),
      ),
    );
    const [reply] = await replyIn(channel);
    const texts = [String(reply?.body.text), ...mrkdwnTexts(reply?.body.blocks)];
    for (const text of texts) expect(text).not.toMatch(/<[!@#]|<https?:/);
  });
});

describe("Slack: suggestion buttons", () => {
  it("asks the pressed suggestion and answers in the same channel thread", async () => {
    const channel = "C0BUTTON";
    const root = nextTs();
    const response = await post(
      blockActions({
        actionId: "suggestion:1",
        value: "all indicators",
        responseUrl: slack.fake.responseUrl("actions/1"),
        container: { type: "message", channel, messageTs: nextTs(), threadTs: root },
      }),
    );
    expect(response.status).toBe(200);
    const [reply] = await replyIn(channel);
    expect(reply?.body.thread_ts).toBe(root);
    expect(blocksOf(reply)[0]).toMatchObject({
      type: "header",
      text: { text: expect.stringMatching(/indicators/i) },
    });
  });

  it("answers privately again under a private answer, and in direct messages from the Home tab", async () => {
    const privately = slack.fake.responseUrl("actions/ephemeral-1");
    await post(
      blockActions({
        actionId: "suggestion:0",
        value: "what is the mobility target?",
        responseUrl: privately,
        container: { type: "message", channel: "C0EPHEMERAL", messageTs: nextTs(), ephemeral: true },
      }),
    );
    await post(
      blockActions({
        actionId: "suggestion:0",
        value: "what is the mobility target?",
        user: "U0HOMEBUTTON",
        responseUrl: slack.fake.responseUrl("actions/home"),
        container: { type: "view", viewId: "V0HOME" },
      }),
    );
    const responses = await slack.fake.waitFor("response_url");
    expect(responses[0]?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(JSON.stringify(responses[0]?.body.blocks)).toContain("15%*");
    const [direct] = await replyIn("U0HOMEBUTTON");
    expect(direct?.body.text).toContain("15%*");
    expect(postsTo("C0EPHEMERAL")).toEqual([]);
  });
});

describe("Slack: /hr", () => {
  it("answers /hr <question> privately (ephemeral) through the response_url", async () => {
    const responseUrl = slack.fake.responseUrl("commands/question");
    const response = await post(slashCommand({ text: "what is the mobility target?", responseUrl }));
    expect(response.status).toBe(200);
    const answer = await waitForResponseTo("commands/question");
    expect(answer.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(answer.body.blocks)).toContain("15%*");
  });

  it("gives the help answer for /hr alone and /hr help", async () => {
    const help = renderReply(
      await slack.assistant.bot.handle({
        platform: "slack",
        user: { id: "U0ALICE" },
        conversation: { id: "C0GENERAL", kind: "channel" },
        text: "help",
      }),
    );
    await post(slashCommand({ text: "", responseUrl: slack.fake.responseUrl("commands/empty") }));
    await post(slashCommand({ text: "help", responseUrl: slack.fake.responseUrl("commands/help") }));
    for (const name of ["commands/empty", "commands/help"]) {
      const answer = await waitForResponseTo(name);
      expect(answer.body).toMatchObject({ response_type: "ephemeral", text: help.text });
    }
  });
});

async function waitForResponseTo(name: string): Promise<RecordedCall> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const call = slack.fake.calls.find((c) => c.method === "response_url" && c.path?.endsWith(name));
    if (call) return call;
    if (Date.now() > deadline) throw new Error(`nothing posted to the response_url ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("Slack: Home tab", () => {
  it("publishes the overview with buttons opening the request forms, then the welcome with example questions", async () => {
    await post(eventCallback(appHomeOpened("U0HOME")));
    const [published] = await slack.fake.waitFor("views.publish");
    expect(published?.body.user_id).toBe("U0HOME");
    const view = published?.body.view as { type: string; blocks: Block[] };
    expect(view.type).toBe("home");
    expect(view.blocks[0]).toMatchObject({ type: "header" });
    const buttons = view.blocks
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements as { action_id: string }[]);
    expect(buttons[0]).toMatchObject({ type: "button", action_id: "open-form:flexible-work" });
    expect(view.blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: expect.arrayContaining([expect.objectContaining({ action_id: "suggestion:0" })]),
    });
  });

  it("publishes nothing when the Messages tab is opened", async () => {
    const before = slack.fake.callsTo("views.publish").length;
    await post(eventCallback(appHomeOpened("U0MESSAGESTAB", "messages")));
    await sentinel("D0HOMESENTINEL");
    expect(slack.fake.callsTo("views.publish")).toHaveLength(before);
  });
});

describe("Slack: Web API failures", () => {
  it("logs a failed chat.postMessage (HTTP 500, retried briefly) without the token or the text, and keeps answering", async () => {
    const channel = "D0FAIL500";
    slack.fake.fail("chat.postMessage", "http_500");
    await post(eventCallback(imMessage({ channel, text: "what is the mobility target?" })));
    const failure = await waitForLog((line) => line.msg === "slack answer not delivered");
    expect(failure.error).toMatchObject({ status: 500 });
    expect(postsTo(channel)).toHaveLength(1 + (DEFAULT_RETRY.retries ?? 0)); // a few quick retries
    slack.fake.heal();
    await sentinel("D0AFTER500");
    const everything = JSON.stringify(slack.logs);
    expect(everything).not.toContain(BOT_TOKEN);
    expect(everything).not.toContain("mobility target");
  });

  it("logs an ok:false answer from the Web API and keeps answering", async () => {
    slack.fake.fail("chat.postMessage", "ok_false");
    await post(eventCallback(imMessage({ channel: "D0OKFALSE", text: "all indicators" })));
    const failure = await waitForLog(
      (line) =>
        line.msg === "slack answer not delivered" && JSON.stringify(line.error).includes("channel_not_found"),
    );
    expect(failure.surface).toBe("direct message");
    slack.fake.heal();
    await sentinel("D0AFTEROKFALSE");
  });
});

async function waitForLog(
  match: (line: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const line = slack.logs.find(match);
    if (line) return line;
    if (Date.now() > deadline) throw new Error("expected log line not written");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
