import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appMention,
  eventCallback,
  imMessage,
  nextTs,
  type RecordedCall,
  type SlackTestServer,
  sendToSlackEndpoint,
  startSlackTestServer,
} from "../../support/slack.ts";

/**
 * Channel threads over real Bolt: once the bot has answered a mention in a thread, later replies
 * in that thread are answered there without a new mention; other channel messages are not.
 */

let slack: SlackTestServer;
beforeAll(async () => {
  slack = await startSlackTestServer();
});
afterAll(async () => {
  await slack?.close();
});

const post = (event: Record<string, unknown>) => sendToSlackEndpoint(slack.url, eventCallback(event));
const postsTo = (channel: string) =>
  slack.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);

async function replies(channel: string, count: number): Promise<RecordedCall[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const calls = postsTo(channel);
    if (calls.length >= count) return calls;
    if (Date.now() > deadline) throw new Error(`no reply in ${channel}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A message.channels event: someone wrote in a channel, perhaps in a thread. */
function channelMessage(channel: string, text: string, threadTs?: string): Record<string, unknown> {
  const base = imMessage({ channel, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
  return { ...base, channel_type: "channel" };
}

describe("Slack: replies in a thread the bot is in", () => {
  it("answers a follow-up in the thread without a new mention", async () => {
    const channel = "C0FOLLOW";
    const root = nextTs();
    await post(appMention({ channel, ts: root, text: "<@UBOT> what is the mobility target?" }));
    await replies(channel, 1);
    await post(channelMessage(channel, "and the baseline?", root));
    const [, followUp] = await replies(channel, 2);
    expect(followUp?.body.thread_ts).toBe(root);
  });

  it("stays out of other threads, plain channel messages, and mentions (answered once, as app_mention)", async () => {
    const channel = "C0QUIET";
    const root = nextTs();
    await post(channelMessage(channel, "what is the mobility target?", nextTs()));
    await post(channelMessage(channel, "what is the mobility target?"));
    await post(appMention({ channel, ts: root, text: "<@UBOT> all indicators" }));
    await replies(channel, 1);
    // The same mention also arrives as a channel message in the thread: not answered twice.
    await post(channelMessage(channel, "<@UBOT> all indicators", root));
    await post(channelMessage(channel, "what is the mobility target?", root));
    await replies(channel, 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(postsTo(channel)).toHaveLength(2);
    expect(postsTo(channel).every((c) => c.body.thread_ts === root)).toBe(true);
  });
});
