import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HrMessageStore } from "../../../src/adapters/slack/hr-messages.ts";
import { silentLogger } from "../../../src/log.ts";
import type { Dispatcher } from "../../../src/notify/outbox.ts";
import {
  blockActions,
  eventCallback,
  imMessage,
  type OpenedView,
  type RecordedCall,
  viewSubmission,
} from "../../support/slack.ts";
import {
  ALICE,
  eventually,
  HR,
  HR_CHANNEL,
  openSlackRequests,
  type SlackRequests,
} from "../../support/slack-requests.ts";

/**
 * Ask HR in Slack end to end, through the real Bolt app over HTTP and the local Slack fake: Alice's
 * declined question offers an Ask HR button, she confirms, the dispatcher posts it to the HR channel
 * with Answer / Close, HR answers in the modal, the HR message shows the outcome and Alice gets the
 * answer by direct message. Bob, who is not HR, can neither answer nor see it.
 */

type Block = {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string; text?: { text: string } }[];
};

const BOB = "U0BOB";
let world: SlackRequests;
let dispatcher: Dispatcher;

beforeAll(async () => {
  world = await openSlackRequests();
  dispatcher = world.dispatcher();
});
afterAll(async () => {
  await world.close();
});

const blocksOf = (call: RecordedCall | undefined) => (call?.body.blocks ?? []) as Block[];

function buttons(call: RecordedCall | undefined) {
  return blocksOf(call).flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : []));
}

/** The last message posted in `channel` that mentions `text`. */
async function postedIn(channel: string, text: string): Promise<RecordedCall> {
  await eventually(() => world.postsTo(channel, text).length > 0, `a post in ${channel} with “${text}”`);
  const call = world.postsTo(channel, text).at(-1);
  if (!call) throw new Error("no post");
  return call;
}

function press(
  user: string,
  channel: string,
  button: { action_id?: string; value?: string; text?: { text: string } },
) {
  return world.post(
    blockActions({
      actionId: button.action_id ?? "",
      value: button.value ?? "",
      label: button.text?.text ?? "",
      user,
      responseUrl: world.fake.responseUrl(`actions/${user}/${button.action_id}`),
      container: { type: "message", channel, messageTs: "1700000000.000100" },
    }),
  );
}

describe("Slack: Ask HR", () => {
  it("hands a declined question to HR with a button, HR answers in a modal, the asker is told", async () => {
    await world.post(
      eventCallback(
        imMessage({ user: ALICE, channel: "D0ALICE", text: "how many days of leave do I have left?" }),
      ),
    );
    const declined = await postedIn("D0ALICE", "personal HR records");
    const askButton = buttons(declined).find((b) => b.text?.text === "Ask HR");
    expect(askButton?.action_id).toMatch(/^suggestion:\d+$/);

    await press(ALICE, "D0ALICE", askButton ?? {});
    const proposal = await postedIn("D0ALICE", "Send your question to HR?");
    const confirm = buttons(proposal).find((b) => b.text?.text === "Confirm");
    await press(ALICE, "D0ALICE", confirm ?? {});
    await postedIn("D0ALICE", "Sent to HR as ASK-2026-0001");

    await dispatcher.runOnce();
    const hrPost = await postedIn(HR_CHANNEL, "ASK-2026-0001");
    expect(String(hrPost.body.text)).toContain("New question for HR ASK-2026-0001 from alice");
    const review = blocksOf(hrPost).find((b) => b.block_id === "review");
    expect(review?.elements?.map((e) => [e.action_id, e.value, e.text?.text])).toEqual([
      ["review:answer:comment", "ASK-2026-0001", "Answer"],
      ["review:close", "ASK-2026-0001", "Close"],
    ]);
    const ts = (await new HrMessageStore(world.dir, silentLogger).recall("ASK-2026-0001"))?.ts ?? "";
    expect(ts).not.toBe("");

    // Bob is not HR: his press is refused privately and nothing changes.
    const ephemerals = world.fake.callsTo("chat.postEphemeral").length;
    await press(BOB, HR_CHANNEL, review?.elements?.[0] ?? {});
    await eventually(() => world.fake.callsTo("chat.postEphemeral").length > ephemerals, "the refusal");
    expect(String(world.fake.callsTo("chat.postEphemeral").at(-1)?.body.text)).toContain("only HR reviewers");
    await world.post(
      eventCallback(imMessage({ user: BOB, channel: "D0BOB", text: "status of ASK-2026-0001" })),
    );
    await postedIn("D0BOB", "I can't find that HR question");

    const opens = world.fake.callsTo("views.open").length;
    await world.post(
      blockActions({
        actionId: "review:answer:comment",
        value: "ASK-2026-0001",
        label: "Answer",
        user: HR,
        responseUrl: world.fake.responseUrl("actions/hr/answer"),
        container: { type: "message", channel: HR_CHANNEL, messageTs: ts },
      }),
    );
    const opened = (await world.fake.waitFor("views.open", opens + 1))[opens];
    const modal = opened?.body.view as OpenedView & { submit: { text: string } };
    expect(modal.submit.text).toBe("Answer");

    const empty = await world.post(
      viewSubmission({ view: modal, viewId: "V0ANSWER1", user: HR, values: { comment: "   " } }),
    );
    expect(await empty.json()).toMatchObject({
      response_action: "errors",
      errors: { comment: expect.stringContaining("The answer is empty") },
    });

    const answered = await world.post(
      viewSubmission({
        view: modal,
        viewId: "V0ANSWER2",
        user: HR,
        values: { comment: "You have 12 days of annual leave left." },
      }),
    );
    expect(answered.status).toBe(200);
    await eventually(
      async () => (await world.requests.log.snapshot()).questions?.[0]?.status === "answered",
      "the answer recorded",
    );
    await dispatcher.runOnce();
    const dm = await postedIn(ALICE, "HR answered your question ASK-2026-0001");
    expect(JSON.stringify(dm.body.blocks)).toContain("You have 12 days of annual leave left.");
    await eventually(() => world.fake.callsTo("chat.update").length > 0, "the HR message updated");
    const update = world.fake.callsTo("chat.update").at(-1);
    expect(update?.body).toMatchObject({ channel: HR_CHANNEL, ts });
    expect(blocksOf(update).find((b) => b.block_id === "review")).toBeUndefined();
    expect(JSON.stringify(blocksOf(update))).toContain(`Answered by <@${HR}>`);

    // Too late: the modal shows that it is answered already.
    const late = await world.post(
      viewSubmission({ view: modal, viewId: "V0ANSWER3", user: HR, values: { comment: "Again" } }),
    );
    expect(await late.json()).toMatchObject({
      errors: { comment: expect.stringContaining("already answered") },
    });
  }, 60_000);
});
