import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { type Assistant, createAssistant } from "../../src/app.ts";
import { parseConfig } from "../../src/config.ts";
import type { RequestServices } from "../../src/requests/services.ts";
import { createHttpApp, listen, type Mount } from "../../src/server/http.ts";
import { type PlatformDeps, platformMounts } from "../../src/server/platforms.ts";

/**
 * Slack as the tests meet it: payload builders in Slack's documented formats, request signing,
 * and a fake Web API that records every call. Shared by the Slack tests and the benchmark.
 */

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-test-0000-bot-token";
export const BOT_USER_ID = "UBOT";
export const BOT_ID = "BBOT";
export const TEAM_ID = "T1";
export const APP_ID = "A1";

// ---------------------------------------------------------------- signing and sending

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:${timestamp}:${body}` with the signing secret. */
export function signature(body: string, timestamp: number, secret: string = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SlackBody {
  body: string;
  contentType: "application/json" | "application/x-www-form-urlencoded";
}

export const json = (payload: unknown): SlackBody => ({
  body: JSON.stringify(payload),
  contentType: "application/json",
});

export const form = (fields: Record<string, string>): SlackBody => ({
  body: new URLSearchParams(fields).toString(),
  contentType: "application/x-www-form-urlencoded",
});

export interface SendOptions {
  timestamp?: number;
  /** Sign with this secret instead (a wrong one makes a bad signature). */
  secret?: string;
  /** Send no signature headers at all. */
  unsigned?: boolean;
  retryNum?: number;
}

/** POSTs a body to the server's /slack/events as Slack does, signed unless told otherwise. */
export function sendToSlackEndpoint(
  serverUrl: string,
  { body, contentType }: SlackBody,
  options: SendOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? nowSeconds();
  const headers: Record<string, string> = { "content-type": contentType };
  if (!options.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] = signature(body, timestamp, options.secret);
  }
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(`${serverUrl}/slack/events`, { method: "POST", headers, body });
}

// ---------------------------------------------------------------- payloads

let counter = 0;
/** A unique Slack-like message timestamp ("1700000000.000123"). */
export function nextTs(): string {
  counter += 1;
  return `${nowSeconds()}.${String(counter).padStart(6, "0")}`;
}

export function nextEventId(): string {
  counter += 1;
  return `Ev${String(counter).padStart(8, "0")}`;
}

/** The Events API envelope around one event. */
export function eventCallback(event: Record<string, unknown>, eventId: string = nextEventId()): SlackBody {
  return json({
    token: "verification-token-unused",
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: nowSeconds(),
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
}

export interface MessageInit {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
}

/** A message event as Slack sends it, with the given type, default channel and extra fields. */
function messageEvent(
  type: "message" | "app_mention",
  channel: string,
  init: MessageInit,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const ts = init.ts ?? nextTs();
  return {
    type,
    channel: init.channel ?? channel,
    user: init.user ?? "U0ALICE",
    text: init.text,
    ts,
    event_ts: ts,
    team: TEAM_ID,
    ...extra,
    ...(init.thread_ts ? { thread_ts: init.thread_ts } : {}),
  };
}

/** A message.im event: someone wrote to the bot in a direct message. */
export function imMessage(init: MessageInit): Record<string, unknown> {
  return messageEvent("message", "D0DIRECT1", init, {
    channel_type: "im",
    ...(init.subtype ? { subtype: init.subtype } : {}),
    ...(init.bot_id ? { bot_id: init.bot_id } : {}),
  });
}

/** An app_mention event: someone @mentioned the bot in a channel. */
export function appMention(init: MessageInit): Record<string, unknown> {
  return messageEvent("app_mention", "C0GENERAL", init, {});
}

export function appHomeOpened(user = "U0ALICE", tab: "home" | "messages" = "home"): Record<string, unknown> {
  return { type: "app_home_opened", user, channel: "D0DIRECT1", tab, event_ts: nextTs() };
}

export function urlVerification(challenge: string): SlackBody {
  return json({ token: "verification-token-unused", challenge, type: "url_verification" });
}

export interface CommandInit {
  text: string;
  responseUrl: string;
  command?: string;
  user?: string;
  channel?: string;
}

/** A slash command, form-encoded as Slack sends it. */
export function slashCommand(init: CommandInit): SlackBody {
  const channel = init.channel ?? "C0GENERAL";
  return form({
    token: "verification-token-unused",
    team_id: TEAM_ID,
    team_domain: "ilo-test",
    channel_id: channel,
    channel_name: channel.startsWith("D") ? "directmessage" : "general",
    user_id: init.user ?? "U0ALICE",
    user_name: "alice",
    command: init.command ?? "/hr",
    text: init.text,
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: init.responseUrl,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
  });
}

export interface ButtonPressInit {
  actionId: string;
  value: string;
  responseUrl: string;
  user?: string;
  /** The button's text (default: its value). */
  label?: string;
  /** Where the button was: a message in a channel or DM (with its thread), or the Home tab. */
  container:
    | { type: "message"; channel: string; messageTs: string; threadTs?: string; ephemeral?: boolean }
    | { type: "view"; viewId: string };
}

/** A block_actions payload for a button press, form-encoded (`payload=` JSON) as Slack sends it. */
export function blockActions(init: ButtonPressInit): SlackBody {
  const user = init.user ?? "U0ALICE";
  const { container } = init;
  const where =
    container.type === "message"
      ? {
          container: {
            type: "message",
            message_ts: container.messageTs,
            channel_id: container.channel,
            is_ephemeral: container.ephemeral ?? false,
            ...(container.threadTs ? { thread_ts: container.threadTs } : {}),
          },
          channel: { id: container.channel, name: "general" },
          ...(container.ephemeral
            ? {}
            : {
                message: {
                  type: "message",
                  ts: container.messageTs,
                  ...(container.threadTs ? { thread_ts: container.threadTs } : {}),
                },
              }),
        }
      : {
          container: { type: "view", view_id: container.viewId },
          view: { id: container.viewId, type: "home" },
        };
  const payload = {
    type: "block_actions",
    user: { id: user, username: "alice", name: "alice", team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: "verification-token-unused",
    trigger_id: "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
    team: { id: TEAM_ID, domain: "ilo-test" },
    is_enterprise_install: false,
    response_url: init.responseUrl,
    actions: [
      {
        type: "button",
        action_id: init.actionId,
        block_id: "b1",
        text: { type: "plain_text", text: (init.label ?? init.value).slice(0, 75), emoji: false },
        value: init.value,
        action_ts: nextTs(),
      },
    ],
    ...where,
  };
  return form({ payload: JSON.stringify(payload) });
}

/** A modal as the app opened it (the `view` argument of views.open). */
export interface OpenedView {
  callback_id?: string;
  private_metadata?: string;
  blocks?: { type: string; block_id?: string; element?: Record<string, unknown> }[];
}

export interface ViewSubmissionInit {
  view: OpenedView;
  /** Slack's id of the open view; a submission sent again carries the same one. */
  viewId: string;
  user?: string;
  /** What was entered, by block id: text, an ISO date, a number, or the value of the option chosen. */
  values: Record<string, string>;
}

/** A view_submission payload for a modal, form-encoded; inputs left empty are null, as Slack sends them. */
export function viewSubmission(init: ViewSubmissionInit): SlackBody {
  const user = init.user ?? "U0ALICE";
  const state: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of init.view.blocks ?? []) {
    if (block.type !== "input" || !block.block_id || !block.element) continue;
    const element = block.element;
    const value = init.values[block.block_id] ?? null;
    state[block.block_id] = { [String(element.action_id)]: inputState(element, value) };
  }
  const payload = {
    type: "view_submission",
    team: { id: TEAM_ID, domain: "ilo-test" },
    user: { id: user, username: "alice", name: "alice", team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: "verification-token-unused",
    trigger_id: "12466734323.1395872398.ac8c6bd1d1d22a5b7f5d0d6c2f6f23b2",
    view: {
      id: init.viewId,
      team_id: TEAM_ID,
      type: "modal",
      callback_id: init.view.callback_id ?? "",
      private_metadata: init.view.private_metadata ?? "",
      blocks: init.view.blocks ?? [],
      state: { values: state },
      hash: "156772938.1827394",
      app_id: APP_ID,
      bot_id: BOT_ID,
    },
    response_urls: [],
    is_enterprise_install: false,
  };
  return form({ payload: JSON.stringify(payload) });
}

function inputState(element: Record<string, unknown>, value: string | null): Record<string, unknown> {
  switch (element.type) {
    case "datepicker":
      return { type: "datepicker", selected_date: value };
    case "static_select": {
      const options = (element.options ?? []) as { text: unknown; value: string }[];
      const option = options.find((o) => o.value === value);
      return { type: "static_select", selected_option: option ?? null };
    }
    default:
      return { type: String(element.type), value };
  }
}

// ---------------------------------------------------------------- the fake Web API

export interface RecordedCall {
  /** The Web API method ("chat.postMessage"), or "response_url" for a post to a response URL. */
  method: string;
  /** The URL path it was posted to. */
  path: string;
  /** The arguments, with JSON-encoded ones (blocks, view) decoded. */
  body: Record<string, unknown>;
  authorization?: string;
}

export type Failure = "http_500" | "ok_false";

export interface FakeSlackApi {
  /** The Web API base URL to give as SLACK_API_URL (without the trailing slash, as a user might). */
  apiUrl: string;
  /** A response_url on the fake; posts to it are recorded as method "response_url". */
  responseUrl(name?: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Makes every call to `method` fail this way until healed. */
  fail(method: string, how: Failure): void;
  heal(): void;
  /** Slack unreachable: every connection is dropped (recorded as method "refused") until `up()`. */
  down(): void;
  up(): void;
  /**
   * The next call to `method` succeeds at Slack (a post is in the history) but its response is held
   * back, as when the caller dies before it reads it; `release()` drops the held connections.
   */
  hang(method: string): void;
  release(): void;
  /** The locale users.info gives a user when asked with include_locale (default "en-US"). */
  setUserLocale(user: string, locale: string | undefined): void;
  /** What conversations.history shows for a conversation (a user's id means their DM). */
  history(conversation: string): PostedMessage[];
  /** Polls the recorded calls until `count` calls to `method` are there, or fails after `timeoutMs`. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

export interface PostedMessage {
  ts: string;
  text: unknown;
  metadata?: { event_type: string; event_payload?: Record<string, unknown> };
}

/** A user's DM with the bot, as conversations.open names it. */
export const dmOf = (conversation: string) =>
  /^[UW]/.test(conversation) ? `D${conversation}` : conversation;

const JSON_ARGUMENTS = new Set(["blocks", "view", "attachments", "metadata"]);

function decodeArguments(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.startsWith("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = JSON_ARGUMENTS.has(key) ? JSON.parse(value) : value;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

let tsCounter = 0;

function plausibleResult(
  method: string,
  body: Record<string, unknown>,
  locales: ReadonlyMap<string, string | undefined>,
): Record<string, unknown> {
  switch (method) {
    case "users.info": {
      const id = String(body.user);
      const locale = locales.has(id) ? locales.get(id) : "en-US";
      // Slack gives the locale only when asked for it.
      const asked = body.include_locale === true || body.include_locale === "true";
      return { ok: true, user: { id, name: id.toLowerCase(), ...(asked && locale ? { locale } : {}) } };
    }
    case "auth.test":
      return {
        ok: true,
        url: "https://ilo-test.slack.com/",
        team: "ILO test",
        user: "hr-assistant",
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
        is_enterprise_install: false,
      };
    case "chat.postMessage":
      tsCounter += 1;
      return {
        ok: true,
        channel: dmOf(String(body.channel)),
        ts: `${nowSeconds()}.${String(tsCounter).padStart(6, "0")}`,
        message: { type: "message", text: body.text, user: BOT_USER_ID, bot_id: BOT_ID },
      };
    case "views.publish":
      return { ok: true, view: { id: "V0HOME", type: "home" } };
    case "views.open":
      tsCounter += 1;
      return { ok: true, view: { id: `V0MODAL${tsCounter}`, type: "modal" } };
    case "chat.update":
      return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
    case "chat.postEphemeral":
      tsCounter += 1;
      return { ok: true, message_ts: `${nowSeconds()}.${String(tsCounter).padStart(6, "0")}` };
    default:
      return { ok: true };
  }
}

/** Starts the fake Web API on 127.0.0.1 at a free port. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure>();
  const histories = new Map<string, PostedMessage[]>();
  const hanging = new Set<string>();
  const locales = new Map<string, string | undefined>();
  const held: ServerResponse[] = [];
  let isDown = false;
  const historyOf = (conversation: string) => histories.get(dmOf(conversation)) ?? [];
  const server: Server = createServer(async (req, res) => {
    if (isDown) {
      calls.push({ method: "refused", path: req.url ?? "/", body: {} });
      req.socket.destroy();
      return;
    }
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const isResponseUrl = url.pathname.startsWith("/respond/");
    const method = isResponseUrl ? "response_url" : url.pathname.replace(/^\/api\//, "");
    let body: Record<string, unknown>;
    try {
      body = decodeArguments(req.headers["content-type"], raw);
    } catch {
      body = { unparsed: raw };
    }
    calls.push({
      method,
      path: url.pathname,
      body,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    const failure = failures.get(method);
    if (failure === "http_500") {
      res.writeHead(500, { "content-type": "text/plain" }).end("internal error");
      return;
    }
    const result =
      failure === "ok_false"
        ? { ok: false, error: "channel_not_found" }
        : plausibleResult(method, body, locales);
    if (method === "chat.postMessage" && result.ok) {
      const conversation = dmOf(String(body.channel));
      const message = {
        ts: String(result.ts),
        text: body.text,
        ...(body.metadata ? { metadata: body.metadata } : {}),
      };
      histories.set(conversation, [message as PostedMessage, ...historyOf(conversation)]);
    }
    if (method === "conversations.open") {
      Object.assign(result, { channel: { id: dmOf(String(body.users)) } });
    }
    if (method === "conversations.history") {
      const oldest = Number(body.oldest ?? 0);
      const limit = Number(body.limit ?? 100);
      const messages = historyOf(String(body.channel)).filter((m) => Number(m.ts) > oldest);
      Object.assign(result, { messages: messages.slice(0, limit), has_more: messages.length > limit });
    }
    if (hanging.delete(method)) {
      held.push(res);
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  return {
    apiUrl: `${origin}/api`,
    responseUrl: (name = "commands/T1/1234/abcd") => `${origin}/respond/${name}`,
    calls,
    callsTo,
    fail: (method, how) => failures.set(method, how),
    heal: () => failures.clear(),
    down: () => {
      isDown = true;
    },
    up: () => {
      isDown = false;
    },
    hang: (method) => hanging.add(method),
    release: () => {
      for (const res of held.splice(0)) res.socket?.destroy();
    },
    history: historyOf,
    setUserLocale: (user, locale) => void locales.set(user, locale),
    async waitFor(method, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (callsTo(method).length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} call(s) to ${method} within ${timeoutMs} ms; got ${calls.map((c) => c.method).join(", ") || "none"}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return callsTo(method);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------- the real server, wired to the fake

export interface SlackTestServer {
  /** The shared HTTP server (http://127.0.0.1:port). */
  url: string;
  fake: FakeSlackApi;
  assistant: Assistant;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  /** What the platforms were given (with the request services when the server takes requests). */
  deps: PlatformDeps;
  close(): Promise<void>;
}

export interface SlackTestServerOptions {
  knowledgePath?: string;
  /** The mounts to serve (default: the platforms the server really mounts for this config). */
  mounts?: (deps: PlatformDeps) => Mount[];
  /** Configuration added to the Slack settings (e.g. leave Slack out with SLACK_BOT_TOKEN: undefined). */
  env?: Record<string, string | undefined>;
  logLevel?: string;
  /** The request log the assistant and the platforms use (HR requests); none by default. */
  requests?: RequestServices;
  /** A fake Web API to use (and leave running on close), e.g. one shared across a restart. */
  fake?: FakeSlackApi;
}

/**
 * The shared server (createHttpApp + listen on 127.0.0.1:0) with the real assistant and the
 * real Bolt app, its Web API pointed at a fresh fake.
 */
export async function startSlackTestServer(options: SlackTestServerOptions = {}): Promise<SlackTestServer> {
  const fake = options.fake ?? (await startFakeSlackApi());
  // The server keeps state in DATA_DIR (seen events, HR messages): a fresh one unless given.
  const ownDir = options.env?.DATA_DIR ? undefined : mkdtempSync(path.join(tmpdir(), "slack-server-"));
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: options.logLevel ?? "info" },
    { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const config = parseConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: options.logLevel ?? "info",
    ...(ownDir ? { DATA_DIR: ownDir } : {}),
    ...options.env,
  });
  const assistant = createAssistant({
    logger,
    ...(options.knowledgePath ? { knowledgePath: options.knowledgePath } : {}),
    ...(options.requests ? { requests: options.requests } : {}),
  });
  const deps: PlatformDeps = {
    assistant,
    config,
    logger,
    ...(options.requests ? { requests: options.requests } : {}),
  };
  const server = await listen(
    createHttpApp((options.mounts ?? platformMounts)(deps), logger),
    0,
    "127.0.0.1",
  );
  return {
    url: server.url,
    fake,
    assistant,
    logs,
    deps,
    close: async () => {
      await server.close();
      if (!options.fake) await fake.close();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}
