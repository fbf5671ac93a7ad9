import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HR_MESSAGES_FILE, HrMessageStore } from "../../../src/adapters/slack/hr-messages.ts";
import { createSlackNotifier } from "../../../src/adapters/slack/notifier.ts";
import { silentLogger } from "../../../src/log.ts";
import { createDispatcher, type Dispatcher } from "../../../src/notify/outbox.ts";
import type { RequestRecord } from "../../../src/requests/model.ts";
import { type FileRequestServices, openRequestServices } from "../../../src/requests/services.ts";
import {
  appHomeOpened,
  BOT_TOKEN,
  blockActions,
  eventCallback,
  type OpenedView,
  type RecordedCall,
  type SlackTestServer,
  sendToSlackEndpoint,
  slashCommand,
  startSlackTestServer,
  viewSubmission,
} from "../../support/slack.ts";

/**
 * HR requests in Slack end to end: /hr request opens a modal, its submission makes a request in
 * the real request log, the real dispatcher posts it to the HR channel through the Slack notifier,
 * HR decides with its buttons, and the requester is told by direct message.
 */

type Block = { type: string; block_id?: string; [key: string]: unknown };

const ALICE = "U0ALICE";
const BOB = "U0BOB";
const HR = "U0HR";
const OTHER_HR = "U0HR2";
const HR_CHANNEL = "C0HRCHANNEL";
/** The requests' clock: form dates are checked against it. */
const TODAY = new Date("2026-03-02T09:00:00Z");

const VALID = {
  "field:forWhom": "self",
  "field:arrangement": "telework",
  "field:days": "Mondays and Fridays",
  "field:start": "2026-04-01",
  "field:end": "2026-09-30",
};

let dir: string;
let requests: FileRequestServices;
let slack: SlackTestServer;
let dispatcher: Dispatcher;
/** The dispatcher's clock, moved on by hand past a retry's back-off. */
let dispatchNow = TODAY.getTime();
let viewCounter = 0;

/** The server, with the dispatcher delivering through its Slack notifier (again after a restart). */
async function startServer(): Promise<void> {
  slack = await startSlackTestServer({ requests, env: { SLACK_HR_CHANNEL: HR_CHANNEL, DATA_DIR: dir } });
  dispatcher = createDispatcher({
    log: requests.log,
    notifiers: [createSlackNotifier({ ...slack.deps, requests })],
    logger: silentLogger,
    clock: () => new Date(dispatchNow),
    retry: { baseMs: 10, maxMs: 50 },
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "slack-requests-"));
  requests = await openRequestServices({
    dataDir: dir,
    hrUsers: [`slack:${HR}`, `slack:${OTHER_HR}`],
    logger: silentLogger,
    clock: () => TODAY,
  });
  await startServer();
});

afterAll(async () => {
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: Parameters<typeof sendToSlackEndpoint>[1]) => sendToSlackEndpoint(slack.url, body);

async function waitUntil<T>(find: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Polls an asynchronous lookup (work done after Slack's ack) until it finds something. */
async function waitFor<T>(find: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until the request has `status` (recorded after the ack), then delivers what is due. */
async function settled(id: string, status: RequestRecord["status"]): Promise<void> {
  await waitFor(async () => ((await record(id)).status === status ? true : undefined), `${id} ${status}`);
  await dispatcher.runOnce();
}

/** The next call to `method` after the `before` first ones. */
async function nextCall(method: string, before: number): Promise<RecordedCall> {
  const calls = await slack.fake.waitFor(method, before + 1);
  const call = calls[before];
  if (!call) throw new Error(`no call to ${method}`);
  return call;
}

/** `/hr <text>` by `user`; returns the modal it opened. */
async function openWithCommand(
  text: string,
  user = ALICE,
): Promise<{ view: OpenedView; call: RecordedCall }> {
  const before = slack.fake.callsTo("views.open").length;
  await post(slashCommand({ text, user, responseUrl: slack.fake.responseUrl(`commands/${text}`) }));
  const call = await nextCall("views.open", before);
  return { view: call.body.view as OpenedView, call };
}

interface Submitted {
  status: number;
  /** The JSON the app answered with (its ack), or undefined for an empty ack. */
  answer: Record<string, unknown> | undefined;
}

async function submit(
  view: OpenedView,
  values: Record<string, string>,
  options: { viewId?: string; user?: string } = {},
): Promise<Submitted> {
  viewCounter += 1;
  const response = await post(
    viewSubmission({
      view,
      values,
      viewId: options.viewId ?? `V0SUBMIT${viewCounter}`,
      ...(options.user ? { user: options.user } : {}),
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    answer: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

const blocksOf = (call: RecordedCall | undefined): Block[] =>
  (call?.body.blocks as Block[] | undefined) ?? [];
const inputsOf = (view: OpenedView) => (view.blocks ?? []).filter((b) => b.type === "input");
const postsTo = (channel: string) =>
  slack.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);

async function mine(user = ALICE): Promise<RequestRecord[]> {
  return requests.workflow.listMine({ platform: "slack", userId: user });
}

async function record(id: string): Promise<RequestRecord> {
  const found = await requests.workflow.get(id, { platform: "slack", userId: HR });
  if (!found.ok) throw new Error(`${id} not found`);
  return found.request;
}

/** Submits a valid flexible-work request as Alice and returns it once recorded (nothing delivered yet). */
async function submitOnly(values: Record<string, string>): Promise<RequestRecord> {
  const before = new Set((await mine()).map((r) => r.id));
  const { view } = await openWithCommand("request flexible-work");
  const { answer } = await submit(view, values);
  expect(answer).toBeUndefined();
  return waitFor(async () => (await mine()).find((r) => !before.has(r.id)), "the request");
}

/** Submits a valid flexible-work request as Alice, sees it confirmed, and returns its id. */
async function submitValid(values: Record<string, string> = VALID): Promise<string> {
  const created = await submitOnly(values);
  // The confirmation comes through the outbox.
  await dispatcher.runOnce();
  await waitUntil(
    () => postsTo(ALICE).find((c) => String(c.body.text).includes(`Submitted: ${created.id}`)),
    "the confirmation",
  );
  return created.id;
}

/** Delivers what is due and returns the HR-channel post of `requestId`. */
async function postedToHr(requestId: string): Promise<RecordedCall> {
  await dispatcher.runOnce();
  const postCall = postsTo(HR_CHANNEL).find((c) => String(c.body.text).includes(requestId));
  if (!postCall) throw new Error(`${requestId} was not posted to the HR channel`);
  return postCall;
}

/** The ts the fake gave the HR post of `requestId` (from the notifier's store). */
async function hrMessageTs(requestId: string): Promise<string> {
  const stored = await new HrMessageStore(dir, silentLogger).recall(requestId);
  if (!stored) throw new Error(`no HR message remembered for ${requestId}`);
  return stored.ts;
}

function press(actionId: string, requestId: string, user: string, ts: string, label = "Approve") {
  return post(
    blockActions({
      actionId,
      value: requestId,
      label,
      user,
      responseUrl: slack.fake.responseUrl(`actions/${actionId}/${user}`),
      container: { type: "message", channel: HR_CHANNEL, messageTs: ts },
    }),
  );
}

describe("Slack: /hr request opens the request form as a modal", () => {
  it("derives one input per field from the type, with the command's trigger id", async () => {
    const form = slack.assistant.bot.formFor("flexible-work", "en", "test");
    if (!form) throw new Error("no flexible-work form");
    const { view, call } = await openWithCommand("request flexible-work");
    expect(call.body.trigger_id).toBe("13345224609.738474920.8088930838d88f008e0");
    expect(view.callback_id).toBe("request-form");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({
      type: "flexible-work",
      lang: "en",
      channel: ALICE,
    });
    const modal = call.body.view as {
      title: { text: string };
      submit: { text: string };
      close: { text: string };
    };
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks?.[0]).toMatchObject({
      type: "header",
      text: { text: "Flexible working arrangement" },
    });
    expect(modal.submit.text).toBe("Submit");

    const element: Record<string, string> = {
      text: "plain_text_input",
      longtext: "plain_text_input",
      person: "plain_text_input",
      date: "datepicker",
      number: "number_input",
      choice: "static_select",
    };
    const inputs = inputsOf(view);
    expect(inputs.map((b) => b.block_id)).toEqual(form.fields.map((f) => `field:${f.name}`));
    form.fields.forEach((field, i) => {
      expect(inputs[i]).toMatchObject({
        label: { type: "plain_text", text: field.label },
        optional: !field.required,
        element: { type: element[field.kind], action_id: "value" },
      });
      if (field.help) expect(inputs[i]).toMatchObject({ hint: { text: field.help } });
    });
    const byName = (name: string) => inputs.find((b) => b.block_id === `field:${name}`)?.element ?? {};
    expect((byName("forWhom").options as { value: string }[]).map((o) => o.value)).toEqual([
      "self",
      "staff-member",
    ]);
    expect(byName("reason")).toMatchObject({ multiline: true });
    expect(byName("days")).toMatchObject({ multiline: false, max_length: 200 });
  });

  it("takes the type in words, gives number fields a number input, and speaks Chinese when asked in Chinese", async () => {
    const words = await openWithCommand("request flexible work");
    expect(JSON.parse(words.view.private_metadata ?? "").type).toBe("flexible-work");

    const learning = await openWithCommand("request learning");
    expect(inputsOf(learning.view).find((b) => b.block_id === "field:cost")?.element).toMatchObject({
      type: "number_input",
    });

    const chinese = await openWithCommand("request 弹性工作");
    expect(JSON.parse(chinese.view.private_metadata ?? "").lang).toBe("zh");
    expect(inputsOf(chinese.view)[0]).toMatchObject({ label: { text: "申请对象" } });
    expect(chinese.call.body.view).toMatchObject({ submit: { text: "提交" }, close: { text: "取消" } });
  });

  it("lists the request types as buttons for /hr request alone, and a button opens that type's modal", async () => {
    await post(slashCommand({ text: "request", responseUrl: slack.fake.responseUrl("commands/menu") }));
    const menu = await waitUntil(
      () => slack.fake.callsTo("response_url").find((c) => c.path.endsWith("commands/menu")),
      "the request menu",
    );
    expect(menu.body.response_type).toBe("ephemeral");
    const buttons = blocksOf(menu)
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements as { action_id: string; value: string }[]);
    expect(buttons.map((b) => b.action_id)).toEqual([
      "open-form:flexible-work",
      "open-form:early-recruitment",
      "open-form:learning",
      "open-form:mobility",
      "open-form:recognition",
      "open-form:job-description",
    ]);

    const before = slack.fake.callsTo("views.open").length;
    await post(
      blockActions({
        actionId: "open-form:mobility",
        value: "en",
        responseUrl: slack.fake.responseUrl("actions/menu"),
        container: { type: "message", channel: "C0GENERAL", messageTs: "1700000000.000001", ephemeral: true },
      }),
    );
    const opened = await nextCall("views.open", before);
    expect(JSON.parse((opened.body.view as OpenedView).private_metadata ?? "").type).toBe("mobility");
  });

  it("tells the user when Slack does not open the modal (an expired trigger)", async () => {
    slack.fake.fail("views.open", "ok_false");
    try {
      await post(
        slashCommand({ text: "request mobility", responseUrl: slack.fake.responseUrl("commands/expired") }),
      );
      const answer = await waitUntil(
        () => slack.fake.callsTo("response_url").find((c) => c.path.endsWith("commands/expired")),
        "the apology",
      );
      expect(answer.body).toMatchObject({
        response_type: "ephemeral",
        text: expect.stringMatching(/could not be opened/),
      });
    } finally {
      slack.fake.heal();
    }
  });
});

describe("Slack: a submitted request form", () => {
  it("shows what is wrong by the inputs concerned, in English, and makes no request", async () => {
    const { view } = await openWithCommand("request flexible-work");
    const { status, answer } = await submit(view, {
      ...VALID,
      "field:forWhom": "staff-member",
      "field:start": "2025-01-06",
    });
    expect(status).toBe(200);
    expect(answer?.response_action).toBe("errors");
    const errors = answer?.errors as Record<string, string>;
    expect(Object.keys(errors).sort()).toEqual(["field:staffMember", "field:start"]);
    expect(errors["field:start"]).toMatch(/Start date cannot be in the past/);
    expect(errors["field:staffMember"]).toMatch(/staff member/i);
    expect(await mine()).toEqual([]);
    expect(postsTo(ALICE)).toEqual([]);
  });

  it("shows the errors in Chinese for a form opened in Chinese", async () => {
    const { view } = await openWithCommand("request 弹性工作");
    const { answer } = await submit(view, {
      ...VALID,
      "field:forWhom": "staff-member",
      "field:start": "2025-01-06",
    });
    const errors = answer?.errors as Record<string, string>;
    expect(errors["field:start"]).toContain("开始日期不能早于今天");
    expect(errors["field:staffMember"]).toContain("请填写职员姓名");
  });

  it("makes the request, confirms it by direct message, and makes it once when sent again", async () => {
    const { view } = await openWithCommand("request flexible-work");
    const first = await submit(view, VALID, { viewId: "V0ONCE" });
    expect(first).toEqual({ status: 200, answer: undefined });
    // Acknowledged first, recorded right after.
    await waitFor(async () => ((await mine()).length > 0 ? true : undefined), "the request");
    await dispatcher.runOnce();
    const [request, ...others] = await mine();
    expect(others).toEqual([]);
    expect(request).toMatchObject({
      id: "FWA-2026-0001",
      status: "submitted",
      requester: { platform: "slack", userId: ALICE, name: "alice" },
      fields: { forWhom: "self", arrangement: "telework", start: "2026-04-01", end: "2026-09-30" },
    });
    const [dm] = await waitUntil(() => (postsTo(ALICE).length > 0 ? postsTo(ALICE) : undefined), "the DM");
    expect(dm?.body.text).toContain("Submitted: FWA-2026-0001");

    const again = await submit(view, VALID, { viewId: "V0ONCE" });
    expect(again.answer).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await dispatcher.runOnce();
    expect((await mine()).map((r) => r.id)).toEqual(["FWA-2026-0001"]);
    expect(postsTo(ALICE)).toHaveLength(1);
  });
});

describe("Slack: the HR channel", () => {
  it("receives a new request with Approve, Reject and Ask for information buttons", async () => {
    const hrPost = await postedToHr("FWA-2026-0001");
    const review = blocksOf(hrPost).find((b) => b.block_id === "review");
    expect(review?.elements).toEqual([
      expect.objectContaining({
        action_id: "review:approve",
        value: "FWA-2026-0001",
        text: expect.objectContaining({ text: "Approve" }),
      }),
      expect.objectContaining({
        action_id: "review:reject:comment",
        value: "FWA-2026-0001",
        text: expect.objectContaining({ text: "Reject" }),
      }),
      expect.objectContaining({
        action_id: "review:request-info:comment",
        value: "FWA-2026-0001",
        text: expect.objectContaining({ text: "Ask for information" }),
      }),
    ]);
    expect(existsSync(path.join(dir, HR_MESSAGES_FILE))).toBe(true);
  });

  it("refuses a decision button to someone who is not HR, privately, and nothing changes", async () => {
    const ts = await hrMessageTs("FWA-2026-0001");
    const before = slack.fake.callsTo("chat.postEphemeral").length;
    await press("review:approve", "FWA-2026-0001", BOB, ts);
    const refusal = await nextCall("chat.postEphemeral", before);
    expect(refusal.body).toMatchObject({ channel: HR_CHANNEL, user: BOB });
    expect(String(refusal.body.text)).toContain("only HR reviewers");
    expect((await record("FWA-2026-0001")).status).toBe("submitted");
    expect(slack.fake.callsTo("chat.update")).toEqual([]);
  });

  it("approves for HR, also after a restart: the message shows who decided, and the requester is told", async () => {
    const ts = await hrMessageTs("FWA-2026-0001");
    await slack.close();
    await startServer();
    await press("review:approve", "FWA-2026-0001", HR, ts);
    await settled("FWA-2026-0001", "approved");
    const [update, ...more] = await slack.fake.waitFor("chat.update");
    expect(more).toEqual([]);
    expect(update?.body).toMatchObject({ channel: HR_CHANNEL, ts });
    const blocks = blocksOf(update);
    expect(blocks.find((b) => b.block_id === "review")).toBeUndefined();
    expect(JSON.stringify(blocks)).toContain("FWA-2026-0001");
    expect(blocks.at(-1)).toMatchObject({ type: "context", elements: [{ text: `Approved by <@${HR}>` }] });
    expect((await record("FWA-2026-0001")).status).toBe("approved");
    expect(slack.fake.callsTo("chat.postEphemeral")).toEqual([]);

    const [dm] = postsTo(ALICE).slice(-1);
    expect(dm?.body.text).toContain("Your request FWA-2026-0001 was approved by");
  });

  it("asks HR for a comment before rejecting, then rejects with it", async () => {
    const id = await submitValid({ ...VALID, "field:days": "Wednesdays" });
    await postedToHr(id);
    const ts = await hrMessageTs(id);
    const opens = slack.fake.callsTo("views.open").length;
    await press("review:reject:comment", id, HR, ts, "Reject");
    const opened = await nextCall("views.open", opens);
    const modal = opened.body.view as OpenedView & { submit: { text: string } };
    expect(modal.callback_id).toBe("review-comment");
    expect(modal.submit.text).toBe("Reject");
    // The comment is required (not optional): Slack asks for it before the modal can be sent.
    expect(inputsOf(modal).map((b) => [b.block_id, "optional" in b])).toEqual([["comment", false]]);
    expect((await record(id)).status).toBe("submitted");

    const updates = slack.fake.callsTo("chat.update").length;
    const { answer } = await submit(modal, { comment: "The dates clash with the team rota" }, { user: HR });
    expect(answer).toBeUndefined();
    await settled(id, "rejected");
    const rejected = await record(id);
    expect(rejected.status).toBe("rejected");
    expect(rejected.history.at(-1)).toMatchObject({ comment: "The dates clash with the team rota" });
    const update = await nextCall("chat.update", updates);
    expect(JSON.stringify(blocksOf(update))).toContain("Comment: “The dates clash with the team rota”");
    expect(blocksOf(update).at(-1)).toMatchObject({
      type: "context",
      elements: [{ text: `Rejected by <@${HR}>` }],
    });

    // Another reviewer with the same modal open, a moment late: refused in the modal, nothing changes.
    const late = await submit(modal, { comment: "Too late" }, { user: OTHER_HR });
    expect(late.answer).toMatchObject({
      response_action: "errors",
      errors: { comment: expect.stringMatching(/closed \(rejected\)/) },
    });
    expect((await record(id)).history).toHaveLength(2);

    await dispatcher.runOnce();
    expect(postsTo(ALICE).at(-1)?.body.text).toContain(`Your request ${id} was not approved`);
  });
});

describe("Slack: the Home tab", () => {
  it("shows the user's requests with their status, buttons that open the forms, and the welcome", async () => {
    const before = slack.fake.callsTo("views.publish").length;
    await post(eventCallback(appHomeOpened(ALICE)));
    const published = await nextCall("views.publish", before);
    const view = published.body.view as { type: string; blocks: Block[] };
    const json = JSON.stringify(view.blocks);
    expect(json).toContain("FWA-2026-0001");
    expect(json).toMatch(/FWA-2026-0001[^"]*approved/);
    const buttons = view.blocks
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements as { action_id: string }[]);
    expect(buttons.filter((b) => b.action_id.startsWith("open-form:"))).toHaveLength(6);
    expect(buttons.some((b) => b.action_id.startsWith("suggestion:"))).toBe(true);
    expect(view.blocks.length).toBeLessThanOrEqual(100);

    await post(eventCallback(appHomeOpened(HR)));
    const forHr = await nextCall("views.publish", before + 1);
    expect(JSON.stringify(forHr.body.view)).toContain("Awaiting your review: 0");
  });
});

describe("Slack: a failed HR post", () => {
  it("stays in the outbox and is delivered once when Slack answers again, logging neither token nor text", async () => {
    const { id } = await submitOnly({ ...VALID, "field:days": "Thursdays" });
    for (const how of ["http_500", "ok_false"] as const) {
      slack.fake.fail("chat.postMessage", how);
      const result = await dispatcher.runOnce();
      expect(result.failed).toBeGreaterThan(0);
      const entry = (await requests.log.snapshot()).outbox.find((e) => e.event.requestId === id);
      expect(entry?.deliveries.slack).toMatchObject({ attempts: expect.any(Number) });
      expect(entry?.deliveries.slack?.deliveredAt).toBeUndefined();
      dispatchNow += 1000;
    }
    slack.fake.heal();
    const failedPosts = postsTo(HR_CHANNEL).length;
    // Another test's event may also be due on a loaded machine: count this request's posts only.
    const result = await dispatcher.runOnce();
    expect(result.delivered).toBeGreaterThanOrEqual(1);
    expect(
      postsTo(HR_CHANNEL)
        .slice(failedPosts)
        .filter((c) => String(c.body.text).includes(id)),
    ).toHaveLength(1);
    const entry = (await requests.log.snapshot()).outbox.find((e) => e.event.requestId === id);
    expect(entry?.deliveries.slack?.deliveredAt).toBeDefined();
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 0, failed: 0 });

    const logged = JSON.stringify(slack.logs);
    expect(logged).toContain("slack notification not delivered");
    expect(logged).not.toContain(BOT_TOKEN);
    expect(logged).not.toContain("Thursday");
  });
});
