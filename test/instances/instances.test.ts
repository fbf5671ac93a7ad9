import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FormMeta, formModal } from "../../src/adapters/slack/modals.ts";
import { createAssistant } from "../../src/app.ts";
import {
  daysFromNow,
  HR_CHANNEL,
  type Instance,
  startInstance,
  stopInstance,
  within,
} from "../support/instances.ts";
import { createTestDatabase } from "../support/postgres.ts";
import {
  eventCallback,
  type FakeSlackApi,
  imMessage,
  nextEventId,
  type OpenedView,
  sendToSlackEndpoint,
  startFakeSlackApi,
  viewSubmission,
} from "../support/slack.ts";

/**
 * Two real `serve` instances behind one load balancer, on one PostgreSQL database and one fake
 * Slack Web API: nothing lost, nothing twice, whichever instance Slack reaches. Each scenario runs
 * again on two file stores (each instance its own DATA_DIR) as its negative control, where the
 * same steps are shown to fail: answered twice, ids repeated, a form forgotten, a delivery lost.
 */

const LEASE_MS = 2_000;
const SUBMISSIONS = 200;
const YEAR = new Date().getUTCFullYear();

let view: OpenedView;
beforeAll(() => {
  const { bot } = createAssistant();
  const form = bot.formFor("flexible-work", "en", "view");
  if (!form) throw new Error("no flexible-work form");
  view = formModal(form, FormMeta.parse({ type: form.type, lang: "en", channel: "U0ALICE" })) as OpenedView;
}, 60_000);

const VALUES = () => ({
  "field:forWhom": "self",
  "field:arrangement": "telework",
  "field:days": "Mondays and Fridays",
  "field:start": daysFromNow(30),
  "field:end": daysFromNow(120),
});

describe.each([
  { store: "postgres", shared: true },
  { store: "files", shared: false },
])("two instances on $store", ({ shared }) => {
  let fake: FakeSlackApi;
  let a: Instance;
  let b: Instance;
  let databaseUrl: string | undefined;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    databaseUrl = shared ? await createTestDatabase() : undefined;
    const options = {
      fakeApiUrl: fake.apiUrl,
      env: { OUTBOX_LEASE_MS: String(LEASE_MS) },
      ...(databaseUrl ? { databaseUrl } : {}),
    };
    [a, b] = await Promise.all([startInstance(options), startInstance(options)]);
  }, 90_000);

  afterAll(async () => {
    fake?.release();
    await Promise.all([a, b].filter(Boolean).map(stopInstance));
    await fake?.close();
  });

  const postsTo = (channel: string) =>
    fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);
  const idsIn = (channel: string) =>
    postsTo(channel).map((c) => /FWA-\d{4}-\d{4}/.exec(String(c.body.text))?.[0] ?? "");

  it("answers an event once when it and its retry reach different instances", async () => {
    const channel = "D0RETRY";
    const body = eventCallback(imMessage({ channel, text: "what is the mobility target?" }), nextEventId());
    const [first, retry] = await Promise.all([
      sendToSlackEndpoint(a.url, body),
      sendToSlackEndpoint(b.url, body, { retryNum: 1 }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(await within(() => postsTo(channel).length >= 1, 15_000)).toBe(true);
    // Long enough for a second answer to arrive, if there is one.
    await within(() => postsTo(channel).length >= 2, 3_000);
    expect(postsTo(channel)).toHaveLength(shared ? 1 : 2);
  }, 30_000);

  it("continues a form begun on one instance on the other", async () => {
    const channel = "D0FORM";
    const say = (to: Instance, text: string) =>
      sendToSlackEndpoint(to.url, eventCallback(imMessage({ channel, user: "U0FORM", text }), nextEventId()));
    await say(a, "I want to request a flexible working arrangement");
    expect(await within(() => postsTo(channel).length >= 1, 15_000)).toBe(true);
    await say(b, "myself");
    expect(await within(() => postsTo(channel).length >= 2, 15_000)).toBe(true);
    const second = JSON.stringify(postsTo(channel)[1]?.body);
    if (shared) expect(second).toContain("Which arrangement");
    else expect(second).not.toContain("Which arrangement");
  }, 40_000);

  it("follows up a question asked on one instance on the other (the conversation's memory)", async () => {
    const channel = "D0FOLLOW";
    const say = (to: Instance, text: string) =>
      sendToSlackEndpoint(
        to.url,
        eventCallback(imMessage({ channel, user: "U0FOLLOW", text }), nextEventId()),
      );
    await say(a, "what is the mobility target?");
    expect(await within(() => postsTo(channel).length >= 1, 15_000)).toBe(true);
    await say(b, "and the baseline?");
    expect(await within(() => postsTo(channel).length >= 2, 15_000)).toBe(true);
    const second = JSON.stringify(postsTo(channel)[1]?.body);
    if (shared) expect(second).toContain("13% of staff moved");
    else expect(second).not.toContain("13% of staff moved");
  }, 40_000);

  it(`gives ${SUBMISSIONS} concurrent modal submissions over both instances distinct, gapless ids, each posted to HR once`, async () => {
    const acks = await Promise.all(
      Array.from({ length: SUBMISSIONS }, (_, i) =>
        sendToSlackEndpoint(
          i % 2 ? a.url : b.url,
          viewSubmission({ view, values: VALUES(), viewId: `V0MULTI${i}`, user: `U0SUB${i}` }),
        ).then(async (r) => ({ status: r.status, body: await r.text() })),
      ),
    );
    expect(acks.filter((ack) => ack.status === 200 && ack.body === "")).toHaveLength(SUBMISSIONS);
    expect(await within(() => idsIn(HR_CHANNEL).length >= SUBMISSIONS, 60_000, 100)).toBe(true);
    await within(() => idsIn(HR_CHANNEL).length > SUBMISSIONS, 1_500, 100);
    // Every requester's confirmation is out too, before the next test holds a post back.
    const confirmations = () =>
      fake.callsTo("chat.postMessage").filter((c) => String(c.body.channel).startsWith("U0SUB"));
    expect(await within(() => confirmations().length >= SUBMISSIONS, 60_000, 100)).toBe(true);
    const ids = idsIn(HR_CHANNEL);
    const distinct = new Set(ids);
    if (shared) {
      expect(ids).toHaveLength(SUBMISSIONS);
      expect([...distinct].sort()).toEqual(
        Array.from({ length: SUBMISSIONS }, (_, i) => `FWA-${YEAR}-${String(i + 1).padStart(4, "0")}`),
      );
    } else {
      // Each instance numbers its own: the same id reaches HR for two different requests.
      expect(distinct.size).toBeLessThan(ids.length);
      expect(ids.filter((id) => id === `FWA-${YEAR}-0001`)).toHaveLength(2);
    }
  }, 120_000);

  it("delivers, once, what an instance had claimed when it was killed while delivering", async () => {
    const before = postsTo(HR_CHANNEL).length;
    fake.hang("chat.postMessage");
    const ack = await sendToSlackEndpoint(
      a.url,
      viewSubmission({ view, values: VALUES(), viewId: "V0KILLED", user: "U0KILLED" }),
    );
    expect(ack.status).toBe(200);
    // The HR post reached Slack; the instance that sent it never hears back.
    expect(await within(() => postsTo(HR_CHANNEL).length > before, 15_000)).toBe(true);
    const [id = ""] = String(postsTo(HR_CHANNEL).at(-1)?.body.text).match(/FWA-\d{4}-\d{4}/) ?? [];
    expect(await within(() => a.proxy.postsInFlight() + b.proxy.postsInFlight() === 1, 5_000)).toBe(true);
    const dying = a.proxy.postsInFlight() === 1 ? a : b;
    const historyLookups = fake.callsTo("conversations.history").length;
    dying.process.kill("SIGKILL");
    await dying.exited;

    // The requester's confirmation was claimed with the HR post and never sent: the survivor sends it.
    const confirmations = () => postsTo("U0KILLED").filter((c) => String(c.body.text).includes(id));
    const confirmed = await within(() => confirmations().length >= 1, 4 * LEASE_MS + 4_000);
    await within(() => confirmations().length >= 2, 1_000);
    const hrPosts = postsTo(HR_CHANNEL).filter((c) => String(c.body.text).includes(id));
    if (shared) {
      expect(confirmed).toBe(true);
      expect(confirmations()).toHaveLength(1);
      // The survivor looked for the dead instance's post in the channel and did not post it again.
      expect(fake.callsTo("conversations.history").length).toBeGreaterThan(historyLookups);
      expect(hrPosts).toHaveLength(1);
      const settled = await deliveries(databaseUrl ?? "", id);
      expect(settled).toEqual([
        { event_id: `${id}#1`, attempts: 1, delivered: true },
        { event_id: `${id}#1:confirmed`, attempts: 1, delivered: true },
      ]);
    } else {
      // Only the dead instance knew of the request: its confirmation is never sent.
      expect(confirmed).toBe(false);
      expect(hrPosts).toHaveLength(1);
    }
  }, 60_000);
});

/** The deliveries of a request's events as the database has them. */
async function deliveries(url: string, id: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      `SELECT event_id, attempts, delivered_at IS NOT NULL AS delivered FROM store_deliveries
       WHERE event_id LIKE $1 ORDER BY event_id`,
      [`${id}#%`],
    );
    return result.rows;
  } finally {
    await client.end();
  }
}
