import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Realistic Bot Framework activities as Teams sends them, and a fake Bot Framework connector
 * (the service the bot posts its replies to) that records every reply.
 */

export const BOT = { id: "28:00000000-aaaa-bbbb-cccc-000000000001", name: "HR Assistant" };
export const USER = {
  id: "29:1a2b3c-user-teams-id",
  aadObjectId: "6f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9",
  name: "Amina Diallo",
};
/** An HR reviewer (configure HR_USERS with teams:<aadObjectId>). */
export const HR_USER = {
  id: "29:9z8y7x-hr-teams-id",
  aadObjectId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  name: "Hana Sato",
};
export const TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const PERSONAL_CONVERSATION = "a:1personal-chat-with-hr-assistant";
export const CHANNEL = "19:hr-questions-channel@thread.tacv2";

type Json = Record<string, unknown>;

export interface ActivityOptions {
  serviceUrl: string;
  text?: string;
  value?: unknown;
  locale?: string;
  /** "personal" (default) or "channel": a channel message lives in a thread of the channel. */
  conversationType?: "personal" | "channel" | "groupChat";
  conversationId?: string;
  from?: { id: string; aadObjectId?: string; name?: string };
  entities?: Json[];
  /** The message this one answers: Teams sets it to the card's id when a card button is pressed. */
  replyToId?: string;
}

function conversation(options: ActivityOptions): Json {
  const type = options.conversationType ?? "personal";
  const id =
    options.conversationId ??
    (type === "channel" ? `${CHANNEL};messageid=${Date.now()}` : PERSONAL_CONVERSATION);
  return {
    id,
    conversationType: type,
    tenantId: TENANT_ID,
    ...(type === "personal" ? {} : { isGroup: true }),
  };
}

function envelope(type: string, options: ActivityOptions): Json {
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: options.serviceUrl,
    from: options.from ?? USER,
    recipient: BOT,
    conversation: conversation(options),
    channelData: { tenant: { id: TENANT_ID } },
    locale: options.locale ?? "en-US",
  };
}

/** A message the user typed (or, with `value`, a card button press). */
export function messageActivity(options: ActivityOptions): Json {
  return {
    ...envelope("message", options),
    textFormat: "plain",
    ...(options.text === undefined ? {} : { text: options.text }),
    ...(options.value === undefined ? {} : { value: options.value }),
    ...(options.entities ? { entities: options.entities } : {}),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
  };
}

/** A channel message that @mentions the bot, as Teams sends it: the mention is in text and entities. */
export function channelMentionActivity(options: ActivityOptions & { question: string }): Json {
  const mention = `<at>${BOT.name}</at>`;
  return messageActivity({
    ...options,
    conversationType: "channel",
    text: `${mention} ${options.question}`,
    entities: [{ type: "mention", text: mention, mentioned: { id: BOT.id, name: BOT.name } }],
  });
}

/** The app installed in a personal chat: the bot and the user are added. */
export function membersAddedActivity(options: ActivityOptions): Json {
  return {
    ...envelope("conversationUpdate", options),
    membersAdded: [{ id: BOT.id }, { id: USER.id, aadObjectId: USER.aadObjectId }],
  };
}

export function postActivity(baseUrl: string, activity: Json, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(activity),
  });
}

// ---------------------------------------------------------------------------------------------

export interface ConnectorCall {
  /** POST: a new message or a reply; PUT: an update of a message posted earlier. */
  method: "POST" | "PUT";
  conversationId: string;
  /** POST …/activities/{replyToId}: the bot replied to an activity. */
  replyToId?: string;
  /** PUT …/activities/{activityId}: the message updated. */
  activityId?: string;
  /** The id the connector gave a posted message (what an update later names). */
  id: string;
  activity: Json;
}

export interface FakeConnector {
  url: string;
  /** The calls answered with success, in order. */
  calls: ConnectorCall[];
  /** How many calls were answered with the failure status. */
  failures: number;
  /** Waits until `count` calls are recorded; fails after `timeoutMs`. */
  waitForCalls(count: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  /** Answers every call with this status (a connector outage) until `recover()`. */
  fail(status?: number): void;
  recover(): void;
  clear(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Json;
}

/**
 * The Bot Framework connector on 127.0.0.1: records each posted activity (answering its new id)
 * and each update (PUT of an activity id), or answers a failure status while told to fail.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let failing: number | undefined;
  const connector: Omit<FakeConnector, "url" | "close"> = {
    calls,
    failures: 0,
    async waitForCalls(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (calls.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} connector call(s) within ${timeoutMs} ms, got ${calls.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return calls.slice(0, count);
    },
    fail(status = 500) {
      failing = status;
    },
    recover() {
      failing = undefined;
    },
    clear() {
      calls.length = 0;
      connector.failures = 0;
    },
  };
  const server = createServer(async (req, res) => {
    const method = req.method === "POST" || req.method === "PUT" ? req.method : undefined;
    const match = method ? ACTIVITIES.exec(new URL(req.url ?? "/", "http://x").pathname) : null;
    if (!method || !match?.[1] || (method === "PUT" && !match[2])) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return;
    }
    const activity = await readJson(req);
    if (failing !== undefined) {
      connector.failures += 1;
      res
        .writeHead(failing, { "content-type": "application/json" })
        .end('{"error":{"code":"ServiceError","message":"connector unavailable"}}');
      return;
    }
    const target = match[2] ? decodeURIComponent(match[2]) : undefined;
    const id = method === "PUT" && target ? target : randomUUID();
    calls.push({
      method,
      conversationId: decodeURIComponent(match[1]),
      ...(target ? (method === "PUT" ? { activityId: target } : { replyToId: target }) : {}),
      id,
      activity,
    });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(connector, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  });
}

// ---------------------------------------------------------------------------------------------

export interface CardNode {
  type?: string;
  [key: string]: unknown;
}

/** The Adaptive Card a reply activity carries. */
export function cardOf(activity: Json): CardNode {
  const attachments = activity.attachments as { contentType: string; content: CardNode }[] | undefined;
  const card = attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive");
  if (!card) throw new Error(`no Adaptive Card in activity: ${JSON.stringify(activity).slice(0, 300)}`);
  return card.content;
}

/** Every element of the given type anywhere in the card (body, containers, tables, fallbacks). */
export function elementsOf(node: unknown, type: string): CardNode[] {
  const found: CardNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value && typeof value === "object") {
      if ((value as CardNode).type === type) found.push(value as CardNode);
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit(node);
  return found;
}

/** All the text a card shows, in order. */
export function textOf(card: CardNode): string {
  const texts = elementsOf(card, "TextBlock").map((t) => String(t.text));
  const facts = elementsOf(card, "FactSet").flatMap((f) =>
    (f.facts as { title: string; value: string }[]).map((fact) => `${fact.title}: ${fact.value}`),
  );
  return [...texts, ...facts].join("\n");
}
