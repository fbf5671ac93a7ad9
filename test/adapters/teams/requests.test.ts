import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConversationReferenceStore } from "../../../src/adapters/teams/conversation-store.ts";
import { serviceUrlPolicy } from "../../../src/adapters/teams/service-url.ts";
import { silentLogger } from "../../../src/log.ts";
import type { Dispatcher } from "../../../src/notify/outbox.ts";
import type { FileRequestServices } from "../../../src/requests/services.ts";
import type { RunningServer } from "../../../src/server/http.ts";
import {
  type CardNode,
  CHANNEL,
  type ConnectorCall,
  cardOf,
  channelMentionActivity,
  elementsOf,
  type FakeConnector,
  HR_USER,
  membersAddedActivity,
  messageActivity,
  PERSONAL_CONVERSATION,
  postActivity,
  textOf,
  USER,
} from "../../support/teams.ts";
import { startTeamsBed, type TeamsBed } from "../../support/teams-bed.ts";

/** The bot's "today" (request dates are checked against it) and the dispatcher's clock, moved by hand. */
const TODAY = new Date("2026-11-23T09:00:00.000Z");
let dispatcherTime = TODAY.getTime();

let bed: TeamsBed;
let dataDir: string;
let connector: FakeConnector;
let server: RunningServer;
let requests: FileRequestServices;
let dispatcher: Dispatcher;

beforeAll(async () => {
  bed = await startTeamsBed({
    name: "teams-requests",
    today: TODAY,
    dispatcherClock: () => new Date(dispatcherTime),
  });
  ({ dataDir, connector, server, requests, dispatcher } = bed);
});

afterAll(async () => {
  await bed?.close();
});

beforeEach(() => connector.clear());

const storeFile = () => path.join(dataDir, "teams-conversations.json");
/** The store as a restarted server reads it (trusting the fake connector, as the server is told to). */
const reopenStore = () =>
  new ConversationReferenceStore(storeFile(), silentLogger, { isTrusted: serviceUrlPolicy([connector.url]) });

/** Posts one activity and waits for the `count` connector calls it causes. */
async function send(activity: Record<string, unknown>, count = 1): Promise<ConnectorCall[]> {
  const response = await postActivity(server.url, activity);
  expect(response.status).toBe(200);
  const calls = await connector.waitForCalls(count);
  expect(connector.calls).toHaveLength(count);
  return calls;
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function input(card: CardNode, id: string): CardNode {
  const found = (card.body as CardNode[]).find((e) => e.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
}

/** The element right after an input in the card's body (its help, or its error). */
function nextTo(card: CardNode, id: string): CardNode | undefined {
  const body = card.body as CardNode[];
  return body[body.findIndex((e) => e.id === id) + 1];
}

interface Action {
  type: string;
  title: string;
  data: Record<string, unknown>;
}

const VALID = {
  "field.forWhom": "self",
  "field.arrangement": "telework",
  "field.days": "Mondays and Fridays",
  "field.start": "2027-03-01",
  "field.end": "2027-08-31",
};

let submissionId = "";
let requestId = "";
let hrCardId = "";

describe("HR requests in Teams", () => {
  it("answers “submit a flexible-work request” with the first question and the whole form as a card", async () => {
    const [question, form] = await send(
      messageActivity({ serviceUrl: connector.url, text: "submit a flexible-work request" }),
      2,
    );
    expect(textOf(cardOf(question?.activity ?? {}))).toContain("Is this request for you");

    const card = cardOf(form?.activity ?? {});
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(textOf(card)).toContain("Flexible working arrangement");
    expect(input(card, "field.forWhom")).toMatchObject({
      type: "Input.ChoiceSet",
      style: "compact",
      label: "Request for",
      isRequired: true,
      errorMessage: "This field is required.",
      choices: [
        { title: "Me", value: "self" },
        { title: "A named staff member", value: "staff-member" },
      ],
    });
    expect(input(card, "field.start")).toMatchObject({
      type: "Input.Date",
      label: "Start date",
      isRequired: true,
    });
    expect(input(card, "field.end")).toMatchObject({ type: "Input.Date", isRequired: true });
    expect(input(card, "field.days")).toMatchObject({ type: "Input.Text", maxLength: 200, isRequired: true });
    expect(input(card, "field.reason")).toMatchObject({
      type: "Input.Text",
      isMultiline: true,
      maxLength: 2000,
    });
    expect(input(card, "field.reason").isRequired).toBeUndefined();
    expect(nextTo(card, "field.days")).toMatchObject({ type: "TextBlock", isSubtle: true });

    const [submit] = card.actions as Action[];
    expect(submit).toMatchObject({
      type: "Action.Submit",
      title: "Submit",
      data: { action: "submit-form", type: "flexible-work", submissionId: expect.any(String) },
    });
    submissionId = String(submit?.data.submissionId);
  });

  it("shows the card again with the error under the date, updating the submitted card", async () => {
    const value = {
      action: "submit-form",
      type: "flexible-work",
      submissionId,
      ...VALID,
      "field.start": "2026-01-05",
    };
    const call = only(
      await send(messageActivity({ serviceUrl: connector.url, value, replyToId: "form-card-1" })),
    );
    expect(call).toMatchObject({
      method: "PUT",
      conversationId: PERSONAL_CONVERSATION,
      activityId: "form-card-1",
    });
    const card = cardOf(call.activity);
    expect(input(card, "field.start")).toMatchObject({ type: "Input.Date", value: "2026-01-05" });
    expect(nextTo(card, "field.start")).toMatchObject({ type: "TextBlock", color: "Attention" });
    // What the user entered stays in the card; the other fields show no error.
    expect(input(card, "field.days")).toMatchObject({ value: "Mondays and Fridays" });
    expect(input(card, "field.arrangement")).toMatchObject({ value: "telework" });
    expect(elementsOf(card, "TextBlock").filter((t) => t.color === "Attention")).toHaveLength(1);
    expect((card.actions as Action[])[0]?.data).toMatchObject({ submissionId });
    expect((await requests.log.snapshot()).requests).toHaveLength(0);
  });

  it("records a valid submission once and turns the card into the confirmation", async () => {
    const value = { action: "submit-form", type: "flexible-work", submissionId, ...VALID };
    const call = only(
      await send(messageActivity({ serviceUrl: connector.url, value, replyToId: "form-card-1" })),
    );
    expect(call).toMatchObject({ method: "PUT", activityId: "form-card-1" });
    const text = textOf(cardOf(call.activity));
    expect(text).toMatch(/Submitted: FWA-2026-\d{4}/);
    expect(elementsOf(cardOf(call.activity), "Input.Date")).toHaveLength(0);

    const [record] = (await requests.log.snapshot()).requests;
    expect(record).toMatchObject({
      type: "flexible-work",
      status: "submitted",
      requester: { platform: "teams", userId: USER.aadObjectId },
      fields: { start: "2027-03-01", end: "2027-08-31" },
    });
    requestId = record?.id ?? "";

    // Teams retries, or the user presses Submit again: the same request, not a second one.
    connector.clear();
    const again = only(
      await send(messageActivity({ serviceUrl: connector.url, value, replyToId: "form-card-1" })),
    );
    expect(textOf(cardOf(again.activity))).toContain(`Submitted: ${requestId}`);
    expect((await requests.log.snapshot()).requests).toHaveLength(1);
  });

  it("opens an empty form card for “request flexible-work”", async () => {
    const call = only(
      await send(messageActivity({ serviceUrl: connector.url, text: "request flexible-work" })),
    );
    const card = cardOf(call.activity);
    expect(elementsOf(card, "Input.Date")).toHaveLength(2);
    expect(input(card, "field.start").value).toBeUndefined();
    expect((card.actions as Action[])[0]?.data).toMatchObject({
      action: "submit-form",
      type: "flexible-work",
      submissionId: expect.stringMatching(/^teams:/),
    });
  });

  it("refuses to register the HR channel for someone who is not an HR reviewer", async () => {
    const call = only(
      await send(channelMentionActivity({ serviceUrl: connector.url, question: "register HR channel" })),
    );
    expect(textOf(cardOf(call.activity))).toContain("only HR reviewers");
    expect(await reopenStore().hrConversation()).toBeUndefined();
  });

  it("registers the channel an HR reviewer names as the HR channel", async () => {
    const call = only(
      await send(
        channelMentionActivity({ serviceUrl: connector.url, question: "register HR channel", from: HR_USER }),
      ),
    );
    expect(textOf(cardOf(call.activity))).toContain(
      "HR request notifications will be posted in this channel",
    );
    expect(await reopenStore().hrConversation()).toMatchObject({
      serviceUrl: connector.url,
      conversation: { id: CHANNEL, conversationType: "channel" },
    });
  });

  it("keeps the HR notification in the outbox while the connector fails, then posts it once", {
    timeout: 30_000,
  }, async () => {
    connector.fail(500);
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 0, failed: 1 });
    expect(connector.failures).toBeGreaterThan(0);
    const [entry] = (await requests.log.snapshot()).outbox;
    expect(entry?.event).toMatchObject({ kind: "request-submitted", requestId, audience: "hr" });
    expect(entry?.deliveries.teams).toMatchObject({ attempts: 1, lastError: expect.any(String) });
    expect(entry?.deliveries.teams?.deliveredAt).toBeUndefined();

    connector.recover();
    dispatcherTime += 60_000;
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1, failed: 0 });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 0, failed: 0 });

    const call = only(connector.calls);
    expect(call).toMatchObject({ method: "POST", conversationId: CHANNEL });
    const card = cardOf(call.activity);
    expect(textOf(card)).toContain(`New request ${requestId}`);
    expect(elementsOf(card, "Input.Text")).toEqual([
      expect.objectContaining({
        id: "comment",
        isMultiline: true,
        label: expect.stringContaining("Comment"),
      }),
    ]);
    const actions = card.actions as Action[];
    expect(actions.map((a) => [a.title, a.data])).toEqual([
      ["Approve", { action: "decide", requestId, decision: "approve" }],
      ["Reject", { action: "decide", requestId, decision: "reject" }],
      ["Ask for information", { action: "decide", requestId, decision: "request-info" }],
    ]);
    hrCardId = call.id;
  });

  it("remembers where the HR card is, readable after a restart", async () => {
    const reopened = reopenStore();
    expect(await reopened.card(requestId)).toMatchObject({
      activityId: hrCardId,
      reference: { serviceUrl: connector.url, conversation: { id: CHANNEL } },
    });
    expect(await reopened.get({ userId: USER.aadObjectId })).toMatchObject({
      conversation: { id: PERSONAL_CONVERSATION },
    });
  });

  /** A press of a decision button on the HR card, as Teams sends it from the card's thread. */
  function decision(from: typeof USER, value: Record<string, unknown>) {
    return messageActivity({
      serviceUrl: connector.url,
      conversationType: "channel",
      conversationId: `${CHANNEL};messageid=${hrCardId}`,
      replyToId: hrCardId,
      from,
      value: { action: "decide", requestId, ...value },
    });
  }

  it("refuses a decision from someone who is not an HR reviewer and changes nothing", async () => {
    const call = only(await send(decision(USER, { decision: "approve", comment: "" })));
    expect(call.method).toBe("POST");
    expect(textOf(cardOf(call.activity))).toContain("only HR reviewers");
    expect((await requests.log.snapshot()).requests[0]?.status).toBe("submitted");
  });

  it("asks HR for a comment before rejecting, and leaves the card as it is", async () => {
    const call = only(await send(decision(HR_USER, { decision: "reject", comment: "   " })));
    expect(call.method).toBe("POST");
    expect(textOf(cardOf(call.activity))).toContain("A comment is needed");
    expect((await requests.log.snapshot()).requests[0]?.status).toBe("submitted");
  });

  it("shows HR's approval on the HR card, then tells the requester in their own chat", async () => {
    const call = only(
      await send(decision(HR_USER, { decision: "approve", comment: "Enjoy the arrangement" })),
    );
    expect(call).toMatchObject({ method: "PUT", conversationId: CHANNEL, activityId: hrCardId });
    const card = cardOf(call.activity);
    const text = textOf(card);
    expect(text).toContain(`${requestId}: approved`);
    expect(text).toContain(`Approved by: ${HR_USER.name}`);
    expect(text).toContain("Comment: Enjoy the arrangement");
    expect(card.actions).toBeUndefined();
    expect(elementsOf(card, "Input.Text")).toHaveLength(0);
    expect((await requests.log.snapshot()).requests[0]?.status).toBe("approved");

    connector.clear();
    // The requester is told; the outbox also closes the HR card (again, as the turn already did).
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 2, failed: 0 });
    const [message, closing] = connector.calls;
    expect(closing).toMatchObject({ method: "PUT", conversationId: CHANNEL, activityId: hrCardId });
    const closed = cardOf(closing?.activity ?? {});
    expect(textOf(closed)).toContain(`${requestId} (Flexible working arrangement): approved`);
    expect(textOf(closed)).toContain("Enjoy the arrangement");
    expect(closed.actions).toBeUndefined();
    if (!message) throw new Error("the requester was not told");
    expect(message).toMatchObject({ method: "POST", conversationId: PERSONAL_CONVERSATION });
    expect(message.activity.recipient).toMatchObject({ id: USER.id });
    const told = textOf(cardOf(message.activity));
    expect(told).toContain(`Your request ${requestId} was approved by ${HR_USER.name}`);
    expect(told).toContain("Enjoy the arrangement");
  });
});

describe("the welcome in a one-to-one chat, with requests on", () => {
  it("adds the user's overview with a button that opens each request form", async () => {
    const [welcome, overview] = await send(membersAddedActivity({ serviceUrl: connector.url }), 2);
    expect(textOf(cardOf(welcome?.activity ?? {}))).toContain("I answer questions about");
    const card = cardOf(overview?.activity ?? {});
    expect(textOf(card)).toContain("Your requests (1)");
    expect(card.actions as Action[]).toContainEqual(
      expect.objectContaining({
        title: "Flexible working arrangement",
        data: expect.objectContaining({ message: "submit a flexible-work request" }),
      }),
    );
  });
});
