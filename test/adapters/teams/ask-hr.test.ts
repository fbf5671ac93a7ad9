import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Dispatcher } from "../../../src/notify/outbox.ts";
import type { RequestServices } from "../../../src/requests/services.ts";
import type { RunningServer } from "../../../src/server/http.ts";
import {
  CHANNEL,
  type ConnectorCall,
  cardOf,
  channelMentionActivity,
  type FakeConnector,
  HR_USER,
  messageActivity,
  PERSONAL_CONVERSATION,
  postActivity,
  textOf,
  USER,
} from "../../support/teams.ts";
import { startTeamsBed, type TeamsBed } from "../../support/teams-bed.ts";

/**
 * Ask HR in Teams end to end, through the real CloudAdapter over HTTP and the fake connector: the
 * asker's declined question offers Ask HR on its card, HR gets a card with Answer / Close in the HR
 * channel, answers in the card, the card shows the outcome and the asker gets the answer in their
 * own chat. Another staff member can neither see the question nor answer it.
 */

const TODAY = new Date("2026-11-23T09:00:00.000Z");
const OTHER = {
  id: "29:4d5e6f-other-teams-id",
  aadObjectId: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  name: "Omar Haddad",
};
const OTHER_CONVERSATION = "a:1personal-chat-of-omar";

let bed: TeamsBed;
let connector: FakeConnector;
let server: RunningServer;
let requests: RequestServices;
let dispatcher: Dispatcher;

beforeAll(async () => {
  bed = await startTeamsBed({ name: "teams-ask-hr", today: TODAY, deliver: "questions" });
  ({ connector, server, requests, dispatcher } = bed);
});

afterAll(async () => {
  await bed?.close();
});

beforeEach(() => connector.clear());

interface Action {
  title: string;
  data: Record<string, unknown>;
}

async function send(activity: Record<string, unknown>): Promise<ConnectorCall> {
  const response = await postActivity(server.url, activity);
  expect(response.status).toBe(200);
  const [call] = await connector.waitForCalls(1);
  if (!call) throw new Error("no reply");
  return call;
}

const say = (text: string) => send(messageActivity({ serviceUrl: connector.url, text }));
const pressed = (value: unknown, from = USER) =>
  send(messageActivity({ serviceUrl: connector.url, value, from }));

let hrCardId = "";

describe("Teams: Ask HR", () => {
  it("lets HR register the HR channel", async () => {
    const call = await send(
      channelMentionActivity({ serviceUrl: connector.url, question: "register HR channel", from: HR_USER }),
    );
    expect(textOf(cardOf(call.activity))).toContain("will be posted in this channel");
  });

  it("offers Ask HR under a decline and sends the question once the asker confirms", async () => {
    const declined = cardOf((await say("how many days of leave do I have left?")).activity);
    const ask = (declined.actions as Action[]).find((a) => a.title === "Ask HR");
    expect(ask?.data).toEqual({ action: "ask", message: "Ask HR" });
    connector.clear();
    const proposal = cardOf((await pressed(ask?.data)).activity);
    expect(textOf(proposal)).toContain("Send your question to HR? “how many days of leave do I have left?”");
    const confirm = (proposal.actions as Action[]).find((a) => a.title === "Confirm");
    connector.clear();
    const filed = cardOf((await pressed(confirm?.data)).activity);
    expect(textOf(filed)).toContain("Sent to HR as ASK-2026-0001");
  });

  it("posts the question to the HR channel with Answer and Close", async () => {
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1, failed: 0 });
    const [call] = connector.calls;
    expect(call).toMatchObject({ method: "POST", conversationId: CHANNEL });
    const card = cardOf(call?.activity ?? {});
    expect(textOf(card)).toContain(`New question for HR ASK-2026-0001 from ${USER.name}`);
    expect((card.actions as Action[]).map((a) => [a.title, a.data])).toEqual([
      ["Answer", { action: "decide", requestId: "ASK-2026-0001", decision: "answer" }],
      ["Close", { action: "decide", requestId: "ASK-2026-0001", decision: "close" }],
    ]);
    hrCardId = call?.id ?? "";
  });

  /** A press of a button on the HR card, as Teams sends it from the card's thread. */
  function onHrCard(from: typeof USER, value: Record<string, unknown>) {
    return send(
      messageActivity({
        serviceUrl: connector.url,
        conversationType: "channel",
        conversationId: `${CHANNEL};messageid=${hrCardId}`,
        replyToId: hrCardId,
        from,
        value: { action: "decide", requestId: "ASK-2026-0001", ...value },
      }),
    );
  }

  it("keeps the question from another staff member, and lets no one but HR answer it", async () => {
    const other = await send(
      messageActivity({
        serviceUrl: connector.url,
        text: "status of ASK-2026-0001",
        from: OTHER,
        conversationId: OTHER_CONVERSATION,
      }),
    );
    expect(textOf(cardOf(other.activity))).toContain("I can't find that HR question");
    connector.clear();
    const refused = await onHrCard(USER, { decision: "answer", comment: "30 days" });
    expect(textOf(cardOf(refused.activity))).toContain("only HR can answer");
    connector.clear();
    const empty = await onHrCard(HR_USER, { decision: "answer", comment: "  " });
    expect(textOf(cardOf(empty.activity))).toContain("The answer is empty");
    expect((await requests.questionsLog.snapshot()).questions?.[0]?.status).toBe("open");
  });

  it("records HR's answer from the card, shows it there, and tells the asker in their own chat", async () => {
    const call = await onHrCard(HR_USER, {
      decision: "answer",
      comment: "You have 12 days of annual leave left.",
    });
    expect(call).toMatchObject({ method: "PUT", conversationId: CHANNEL, activityId: hrCardId });
    const card = cardOf(call.activity);
    expect(textOf(card)).toContain("ASK-2026-0001 answered");
    expect(card.actions).toBeUndefined();

    connector.clear();
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 2, failed: 0 });
    const told = connector.calls.find((c) => c.conversationId === PERSONAL_CONVERSATION);
    expect(told?.method).toBe("POST");
    const text = textOf(cardOf(told?.activity ?? {}));
    expect(text).toContain(`HR answered your question ASK-2026-0001 (${HR_USER.name})`);
    expect(text).toContain("You have 12 days of annual leave left.");

    connector.clear();
    const late = await onHrCard(HR_USER, { decision: "close" });
    expect(textOf(cardOf(late.activity))).toContain("already answered");
  });
});
