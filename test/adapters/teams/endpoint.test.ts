import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConversationReferenceStore } from "../../../src/adapters/teams/conversation-store.ts";
import { serviceUrlPolicy } from "../../../src/adapters/teams/service-url.ts";
import { createAssistant } from "../../../src/app.ts";
import { parseConfig } from "../../../src/config.ts";
import { silentLogger } from "../../../src/log.ts";
import { createHttpApp, listen, type RunningServer } from "../../../src/server/http.ts";
import { platformMounts } from "../../../src/server/platforms.ts";
import {
  BOT,
  type CardNode,
  CHANNEL,
  cardOf,
  channelMentionActivity,
  elementsOf,
  type FakeConnector,
  membersAddedActivity,
  messageActivity,
  PERSONAL_CONVERSATION,
  postActivity,
  startFakeConnector,
  textOf,
  USER,
} from "../../support/teams.ts";

let dataDir: string;
let connector: FakeConnector;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "teams-e2e-"));
  connector = await startFakeConnector();
  const config = parseConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    TEAMS_LOCAL_UNAUTHENTICATED: "true",
    TEAMS_TRUSTED_SERVICE_URLS: connector.url,
  });
  const app = createHttpApp(
    platformMounts({ assistant: createAssistant(), config, logger: silentLogger }),
    silentLogger,
  );
  server = await listen(app, 0, "127.0.0.1");
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  await rm(dataDir, { recursive: true, force: true });
});

beforeEach(() => connector.clear());

/** Sends one activity and returns the card of the single reply the bot posts. */
async function ask(
  activity: Record<string, unknown>,
): Promise<{ card: CardNode; reply: Record<string, unknown> }> {
  const response = await postActivity(server.url, activity);
  expect(response.status).toBe(200);
  const [call] = await connector.waitForCalls(1);
  if (!call) throw new Error("no reply");
  return { card: cardOf(call.activity), reply: call.activity };
}

describe("Teams endpoint (TEAMS_LOCAL_UNAUTHENTICATED: local testing)", () => {
  it("answers the mobility target with an Adaptive Card 1.5: facts, citation and follow-ups", async () => {
    const { card, reply } = await ask(
      messageActivity({ serviceUrl: connector.url, text: "mobility target" }),
    );
    expect(card.type).toBe("AdaptiveCard");
    expect(card.version).toBe("1.5");
    expect(card.$schema).toBe("http://adaptivecards.io/schemas/adaptive-card.json");

    const [title] = elementsOf(card, "TextBlock");
    expect(title).toMatchObject({ weight: "Bolder", text: "Increased functional and geographical mobility" });

    const facts = elementsOf(card, "FactSet").flatMap((f) => f.facts as { title: string; value: string }[]);
    expect(facts).toContainEqual({ title: "Milestone (end of 2023)", value: "15%*" });

    const citation = elementsOf(card, "TextBlock").find((t) => String(t.text).startsWith("Source: "));
    expect(citation).toMatchObject({ isSubtle: true, size: "Small" });
    expect(String(citation?.text)).toContain("GB.343/PFA/14, Appendix");

    const actions = card.actions as { type: string; title: string; data: Record<string, unknown> }[];
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action.type).toBe("Action.Submit");
      // plain data, which the Agents Playground accepts (deliberate change: no msteams messageBack)
      expect(action.data).toEqual({ action: "ask", message: expect.any(String) });
    }

    // Notifications and the chat list show the summary; clients without cards the fallback text.
    expect(reply.summary).toBe("Increased functional and geographical mobility");
    expect(String(card.fallbackText)).toContain("15%*");
    expect(reply.recipient).toMatchObject({ id: USER.id });
    expect(reply.conversation).toMatchObject({ id: PERSONAL_CONVERSATION });
  });

  it("answers a Chinese question in Chinese", async () => {
    const { card } = await ask(
      messageActivity({ serviceUrl: connector.url, text: "流动性的目标是多少？", locale: "zh-CN" }),
    );
    const text = textOf(card);
    expect(text).toContain("增加岗位和地域流动");
    expect(text).toContain("来源：");
    expect(text).not.toContain("Source:");
    expect(card.lang).toBe("zh-CN");
  });

  it("strips the @mention in a channel and replies in the same thread", async () => {
    const activity = channelMentionActivity({
      serviceUrl: connector.url,
      question: "what is the P5+ target",
    });
    const { card, reply } = await ask(activity);
    const facts = elementsOf(card, "FactSet").flatMap((f) => f.facts as { title: string; value: string }[]);
    expect(facts).toContainEqual({ title: "Target (end of 2025)", value: "42%" });
    expect(textOf(card)).toContain("senior positions (P5 and above)");

    const [call] = connector.calls;
    const conversation = activity.conversation as { id: string };
    expect(call?.conversationId).toBe(conversation.id);
    expect(call?.replyToId).toBe(activity.id);
    expect(reply.replyToId).toBe(activity.id);
  });

  it("handles a card button press (value, no text) as the message it carries", async () => {
    const { card } = await ask(
      messageActivity({ serviceUrl: connector.url, value: { action: "ask", message: "all indicators" } }),
    );
    const [table] = elementsOf(card, "Table");
    expect(table).toBeDefined();
    const rows = (table?.rows ?? []) as { cells: { items: { text: string }[] }[] }[];
    expect(rows[0]?.cells.map((c) => c.items[0]?.text)).toEqual([
      "Indicator",
      "Baseline",
      "Milestone (end of 2023)",
      "Target (end of 2025)",
    ]);
    const mobility = rows.find(
      (r) => r.cells[0]?.items[0]?.text === "Increased functional and geographical mobility",
    );
    expect(mobility?.cells.map((c) => c.items[0]?.text)).toContain("15%*");
    expect(elementsOf(card, "Table")).toHaveLength(3);
  });

  it("welcomes on install with what to ask and suggested questions", async () => {
    const { card } = await ask(membersAddedActivity({ serviceUrl: connector.url }));
    expect(textOf(card)).toContain("I answer questions about the Human Resources Strategy 2022–2025");
    const labels = (card.actions as { title: string }[]).map((a) => a.title);
    expect(labels).toContain("What is the mobility target?");
  });

  it("does not welcome when someone else joins a team channel", async () => {
    const activity = {
      ...membersAddedActivity({
        serviceUrl: connector.url,
        conversationType: "channel",
        conversationId: CHANNEL,
      }),
      membersAdded: [{ id: "29:another-colleague" }],
    };
    const response = await postActivity(server.url, activity);
    expect(response.status).toBe(200);
    // The same server still answers afterwards, and that answer is the only call recorded.
    await ask(messageActivity({ serviceUrl: connector.url, text: "help" }));
    expect(connector.calls).toHaveLength(1);
  });

  it("answers an empty message (only the mention) with a way forward", async () => {
    const { card } = await ask(channelMentionActivity({ serviceUrl: connector.url, question: "" }));
    expect(textOf(card)).toContain("I didn't find a question");
    expect((card.actions as unknown[]).length).toBeGreaterThan(0);
  });

  it("stores conversation references on disk, readable by a new store after a restart", async () => {
    await ask(messageActivity({ serviceUrl: connector.url, text: "help" }));
    connector.clear();
    await ask(channelMentionActivity({ serviceUrl: connector.url, question: "mobility target" }));

    const file = path.join(dataDir, "teams-conversations.json");
    const onDisk = JSON.parse(await readFile(file, "utf8")) as { users: Record<string, unknown> };
    expect(Object.keys(onDisk.users)).toEqual([USER.aadObjectId]);

    const reloaded = new ConversationReferenceStore(file, silentLogger, {
      isTrusted: serviceUrlPolicy([connector.url]),
    });
    expect(await reloaded.get({ userId: USER.aadObjectId })).toMatchObject({
      channelId: "msteams",
      serviceUrl: connector.url,
      conversation: { id: PERSONAL_CONVERSATION, conversationType: "personal" },
      bot: BOT,
      user: { id: USER.id, aadObjectId: USER.aadObjectId },
    });
    // A channel is kept by its id, without the thread suffix, so a notification starts a new post.
    expect(await reloaded.get({ conversationId: CHANNEL })).toMatchObject({
      conversation: { id: CHANNEL, conversationType: "channel" },
    });
  });

  it("rejects malformed JSON with 400 and keeps serving", async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"type": "message", "text": ',
    });
    expect(response.status).toBe(400);
    const { card } = await ask(messageActivity({ serviceUrl: connector.url, text: "mobility target" }));
    expect(card.type).toBe("AdaptiveCard");
  });

  it("rejects a JSON body that is not an activity with 400", async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "[1, 2, 3]",
    });
    expect(response.status).toBe(400);
    expect(connector.calls).toHaveLength(0);
  });
});
