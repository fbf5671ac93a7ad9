import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FormMeta, formModal } from "../../src/adapters/slack/modals.ts";
import { createSlackNotifier } from "../../src/adapters/slack/notifier.ts";
import { silentLogger } from "../../src/log.ts";
import { createDispatcher, type Dispatcher, type DispatcherOptions } from "../../src/notify/outbox.ts";
import type { RequestRecord } from "../../src/requests/model.ts";
import { type FileRequestServices, openRequestServices } from "../../src/requests/services.ts";
import {
  type FakeSlackApi,
  type OpenedView,
  type RecordedCall,
  type SlackTestServer,
  sendToSlackEndpoint,
  startSlackTestServer,
  viewSubmission,
} from "./slack.ts";

/**
 * HR requests over Slack end to end: the real server and Bolt app, a real request log in a
 * temporary DATA_DIR, the real dispatcher delivering through the Slack notifier, a fake Web API.
 */

export const ALICE = "U0ALICE";
export const HR = "U0HR";
export const HR_CHANNEL = "C0HRCHANNEL";
/** The requests' clock: form dates are checked against it. */
export const TODAY = new Date("2026-03-02T09:00:00Z");
export const VALID = {
  "field:forWhom": "self",
  "field:arrangement": "telework",
  "field:days": "Mondays and Fridays",
  "field:start": "2026-04-01",
  "field:end": "2026-09-30",
};

export interface SlackRequests {
  dir: string;
  requests: FileRequestServices;
  slack: SlackTestServer;
  fake: FakeSlackApi;
  /** The modal of a flexible-work request, as the app opens it. */
  view: OpenedView;
  /** A dispatcher over the same log and notifier (not started); options override the defaults. */
  dispatcher(options?: Partial<DispatcherOptions>): Dispatcher;
  /** Submits the modal as Slack does; resolves with the ack's status and body. */
  submit(viewId: string, values?: Record<string, string>): Promise<{ status: number; body: string }>;
  post(body: Parameters<typeof sendToSlackEndpoint>[1], retryNum?: number): Promise<Response>;
  /** Posts to `channel` whose text mentions `text`. */
  postsTo(channel: string, text?: string): RecordedCall[];
  all(): Promise<RequestRecord[]>;
  close(): Promise<void>;
}

export async function openSlackRequests(): Promise<SlackRequests> {
  const dir = mkdtempSync(path.join(tmpdir(), "slack-delivery-"));
  const requests = await openRequestServices({
    dataDir: dir,
    hrUsers: [`slack:${HR}`, "teams:HR-TEAMS"],
    logger: silentLogger,
    clock: () => TODAY,
  });
  const slack = await startSlackTestServer({
    requests,
    env: { SLACK_HR_CHANNEL: HR_CHANNEL, DATA_DIR: dir },
    logLevel: "warn",
  });
  const form = slack.assistant.bot.formFor("flexible-work", "en", "view");
  if (!form) throw new Error("no flexible-work form");
  const view = formModal(form, FormMeta.parse({ type: form.type, lang: "en", channel: ALICE })) as OpenedView;
  const notifier = createSlackNotifier({ ...slack.deps, requests });
  const started: Dispatcher[] = [];
  const post = (body: Parameters<typeof sendToSlackEndpoint>[1], retryNum?: number) =>
    sendToSlackEndpoint(slack.url, body, retryNum === undefined ? {} : { retryNum });
  return {
    dir,
    requests,
    slack,
    fake: slack.fake,
    view,
    dispatcher(options = {}) {
      const dispatcher = createDispatcher({
        log: requests.log,
        notifiers: [notifier],
        logger: silentLogger,
        retry: { baseMs: 20, maxMs: 200 },
        pollMs: 20,
        ...options,
      });
      started.push(dispatcher);
      return dispatcher;
    },
    async submit(viewId, values = VALID) {
      const response = await post(viewSubmission({ view, values, viewId }));
      return { status: response.status, body: await response.text() };
    },
    post,
    postsTo: (channel, text) =>
      slack.fake
        .callsTo("chat.postMessage")
        .filter(
          (c) => c.body.channel === channel && (text === undefined || String(c.body.text).includes(text)),
        ),
    all: async () => (await requests.log.snapshot()).requests,
    async close() {
      for (const dispatcher of started) await dispatcher.stop();
      await slack.close();
      await requests.log.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds (work after Slack's ack, deliveries), or fails after `timeoutMs`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
  everyMs = 20,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many times each string occurs. */
export function counts(values: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return map;
}

/** Fills the log with `count` earlier requests (last year's, decided), in one write. */
export async function seedRequests(requests: FileRequestServices, count: number): Promise<void> {
  const at = "2025-06-02T09:00:00.000Z";
  const requester = { platform: "slack" as const, userId: "U0SEEDED", name: "seeded" };
  await requests.log.change((draft) => {
    for (let i = 1; i <= count; i += 1) {
      draft.requests.push({
        id: `FWA-2025-${String(i).padStart(4, "0")}`,
        type: "flexible-work",
        requester,
        subject: "Telework on Mondays and Fridays",
        fields: {
          forWhom: "self",
          arrangement: "telework",
          days: "Mondays and Fridays",
          start: "2025-07-01",
        },
        status: "approved",
        createdAt: at,
        updatedAt: at,
        idempotencyKey: `seed-${i}`,
        lang: "en",
        history: [
          { at, by: requester, action: "submit", status: "submitted" },
          { at, by: { platform: "slack", userId: HR }, action: "approve", status: "approved" },
        ],
      });
    }
    draft.sequences = { ...draft.sequences, "FWA-2025": count };
    return { result: undefined, write: true };
  });
}
