import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import type { NotificationEvent } from "../../src/notify/events.ts";
import { eventFor } from "../../src/notify/events.ts";
import { createLanguageChoices, LANGUAGE_NAMESPACE } from "../../src/requests/language-choices.ts";
import { actorKey, type RequestRecord } from "../../src/requests/model.ts";
import {
  type AppStore,
  openPostgresAppStore,
  openStore,
  outboxRow,
  requestRow,
} from "../../src/requests/store.ts";
import { createWorkflow, type Workflow } from "../../src/requests/workflow.ts";
import type { OutboxTargets } from "../../src/storage/port.ts";
import { HR, HR_USERS, MANAGER, manualClock, OTHER, submission, tempDir } from "../requests/helpers.ts";
import { createTestDatabase } from "../support/postgres.ts";

/**
 * The store port's contract, run against both stores: the file store (DATA_DIR) and PostgreSQL
 * (a database of this file's own on the server the test setup started). Same calls, same clock,
 * same answers.
 */

const opened: AppStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** Each call opens a store on fresh storage; `again` opens a second store on the same storage. */
const STORES: Record<string, () => Promise<{ store: AppStore; again: () => Promise<AppStore> }>> = {
  file: async () => {
    const dataDir = tempDir();
    const open = async () => {
      const { store } = await openStore({ dataDir, logger: silentLogger });
      opened.push(store);
      return store;
    };
    return { store: await open(), again: open };
  },
  postgres: async () => {
    const url = await createTestDatabase();
    const open = async () => {
      const store = await openPostgresAppStore(url);
      opened.push(store);
      return store;
    };
    return { store: await open(), again: open };
  },
};

const ALL: OutboxTargets = {
  hrPlatforms: ["console", "slack"],
  requesterPlatforms: ["console", "slack", "teams"],
};
const LEASE = 10_000;

describe.each(Object.keys(STORES))("the %s store", (kind) => {
  async function setup() {
    const { store, again } = await (STORES[kind] as (typeof STORES)["file"])();
    const clock = manualClock("2026-03-02T09:00:00.000Z");
    const workflow = (s: AppStore = store): Workflow =>
      createWorkflow({ store: s, hrUsers: HR_USERS, logger: silentLogger, clock: clock.now });
    return { store, again, clock, workflow: workflow(), workflowOn: workflow };
  }

  async function submit(workflow: Workflow, overrides = {}): Promise<RequestRecord> {
    const outcome = await workflow.submit(submission(overrides));
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
    return outcome.request;
  }

  describe("the request log", () => {
    it("hands out gapless ids per type and year, also to concurrent submissions from two openings", async () => {
      const { again, workflow, workflowOn } = await setup();
      const other = workflowOn(await again());
      const outcomes = await Promise.all(
        Array.from({ length: 40 }, (_, i) => submit(i % 2 ? workflow : other)),
      );
      const ids = outcomes.map((r) => r.id).sort();
      expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => `FWA-2026-${String(i + 1).padStart(4, "0")}`));
      expect((await submit(workflow, { type: "learning" })).id).toBe("LRN-2026-0001");
    });

    it("keeps nothing of a transaction that says not to write, or throws", async () => {
      const { store, workflow } = await setup();
      const first = await submit(workflow);
      const result = await store.requests.transact(async (tx) => {
        expect(await tx.nextSequence("FWA-2026")).toBe(2);
        await tx.put(requestRow({ ...first, id: "FWA-2026-0002", idempotencyKey: "x" }), [
          { seq: 1, at: first.createdAt, entry: first.history[0] as RequestRecord["history"][number] },
        ]);
        return { result: "refused", write: false };
      });
      expect(result).toBe("refused");
      await expect(
        store.requests.transact(async (tx) => {
          await tx.nextSequence("FWA-2026");
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await store.requests.count()).toBe(1);
      expect((await submit(workflow)).id).toBe("FWA-2026-0002");
    });

    it("returns the first request for a repeated idempotency key, also when both arrive at once", async () => {
      const { again, workflow, workflowOn } = await setup();
      const other = workflowOn(await again());
      const input = submission();
      const [a, b] = await Promise.all([workflow.submit(input), other.submit(input)]);
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) return;
      expect(a.request.id).toBe(b.request.id);
      expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
      // Another requester's same key is another request.
      const theirs = await workflow.submit({ ...input, requester: OTHER });
      expect(theirs.ok && theirs.request.id).toBe("FWA-2026-0002");
    });

    it("lists mine, open and all in the order they were made, and gets one by id", async () => {
      const { store, workflow } = await setup();
      const one = await submit(workflow);
      const two = await submit(workflow, { requester: OTHER });
      const three = await submit(workflow);
      await workflow.decide(one.id, HR, "approve");
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      expect(ids(await store.requests.list())).toEqual([one.id, two.id, three.id]);
      expect(ids(await store.requests.list({ requesterKey: actorKey(MANAGER) }))).toEqual([one.id, three.id]);
      expect(ids(await store.requests.list({ statuses: ["submitted"] }))).toEqual([two.id, three.id]);
      expect((await store.requests.get(one.id))?.record.status).toBe("approved");
      expect((await store.requests.get(one.id))?.record.history).toHaveLength(2);
      expect(await store.requests.get("FWA-2026-0999")).toBeUndefined();
      const mine = await workflow.listMine(MANAGER);
      expect(mine.map((r) => r.id)).toEqual([three.id, one.id]);
    });

    it("continues a sequence after the highest id already stored when the sequence itself is missing", async () => {
      const { store, workflow } = await setup();
      const first = await submit(workflow);
      await store.requests.transact(async (tx) => {
        // An imported request whose sequence was not imported.
        const imported = { ...first, id: "FWA-2025-0041", idempotencyKey: "imported" };
        await tx.put(requestRow(imported), [
          { seq: 1, at: first.createdAt, entry: first.history[0] as never },
        ]);
        return { result: undefined, write: true };
      });
      const next = await store.requests.transact(async (tx) => ({
        result: await tx.nextSequence("FWA-2025"),
        write: true,
      }));
      expect(next).toBe(42);
    });

    it("survives a reopening", async () => {
      const { again, workflow } = await setup();
      const request = await submit(workflow);
      const reopened = await again();
      expect((await reopened.requests.get(request.id))?.record).toEqual(request);
    });
  });

  describe("the outbox", () => {
    const claim = (store: AppStore, now: Date, token: string, targets = ALL) =>
      store.outbox.claim({ ...targets, now, leaseMs: LEASE, token });
    const settle = (
      store: AppStore,
      outcomes: Parameters<AppStore["outbox"]["settle"]>[0],
      now: Date,
      token: string,
    ) =>
      store.outbox.settle(outcomes, {
        ...ALL,
        now,
        token,
        backoffMs: (n) => 1000 * 2 ** (n - 1),
        keepDeliveredMs: 86_400_000,
      });

    it("claims an event once: a second claimer, in another opening, gets nothing while the lease holds", async () => {
      const { store, again, workflow, clock } = await setup();
      await submit(workflow);
      const other = await again();
      const [a, b] = await Promise.all([claim(store, clock.now(), "a"), claim(other, clock.now(), "b")]);
      const claimed = [...a, ...b];
      expect(claimed.map((c) => [c.id, c.platforms, c.uncertain])).toEqual([
        ["FWA-2026-0001#1", ["console", "slack"], []],
      ]);
      clock.advance(LEASE - 1);
      expect(await claim(other, clock.now(), "b")).toEqual([]);
    });

    it("lets another dispatcher take over a claim whose lease ran out, marked uncertain; the late settle is dropped", async () => {
      const { store, workflow, clock } = await setup();
      await submit(workflow);
      const [first] = await claim(store, clock.now(), "dead");
      expect(first).toBeDefined();
      clock.advance(LEASE + 1);
      const [again] = await claim(store, clock.now(), "alive");
      expect(again?.uncertain).toEqual(["console", "slack"]);
      const late = await settle(
        store,
        [{ eventId: "FWA-2026-0001#1", platform: "console" }],
        clock.now(),
        "dead",
      );
      expect(late).toEqual([]);
      const done = await settle(
        store,
        [
          { eventId: "FWA-2026-0001#1", platform: "console" },
          { eventId: "FWA-2026-0001#1", platform: "slack" },
        ],
        clock.now(),
        "alive",
      );
      expect(done.map((d) => d.attempts)).toEqual([1, 1]);
      clock.advance(LEASE * 10);
      expect(await claim(store, clock.now(), "later")).toEqual([]);
      const [entry] = await store.outbox.entries();
      expect(entry?.deliveries.console?.deliveredAt).toBeDefined();
    });

    it("renews a lease while delivering, so it is not taken over", async () => {
      const { store, workflow, clock } = await setup();
      await submit(workflow);
      await claim(store, clock.now(), "slow");
      clock.advance(LEASE - 100);
      await store.outbox.renew(["FWA-2026-0001#1"], { now: clock.now(), leaseMs: LEASE, token: "slow" });
      clock.advance(LEASE - 100);
      expect(await claim(store, clock.now(), "other")).toEqual([]);
    });

    it("retries a failure after its back-off, and says when", async () => {
      const { store, workflow, clock } = await setup();
      await submit(workflow);
      await claim(store, clock.now(), "t", { hrPlatforms: ["console"], requesterPlatforms: [] });
      const start = clock.now().getTime();
      const [failed] = await settle(
        store,
        [{ eventId: "FWA-2026-0001#1", platform: "console", error: "down" }],
        clock.now(),
        "t",
      );
      expect(failed?.attempts).toBe(1);
      expect((await store.outbox.nextRetry(ALL))?.getTime()).toBe(start + 1000);
      clock.advance(999);
      expect(
        await claim(store, clock.now(), "t", { hrPlatforms: ["console"], requesterPlatforms: [] }),
      ).toEqual([]);
      clock.advance(1);
      const [retried] = await claim(store, clock.now(), "t", {
        hrPlatforms: ["console"],
        requesterPlatforms: [],
      });
      expect(retried?.uncertain).toEqual(["console"]);
      const entries = await store.outbox.entries();
      expect(entries[0]?.deliveries.console).toMatchObject({ attempts: 1, lastError: "down" });
    });

    it("gives each dispatcher only its targets: HR's platforms, or one requester's events", async () => {
      const { store, workflow, clock } = await setup();
      const request = await submit(workflow);
      await workflow.decide(request.id, HR, "approve");
      const bob = await claim(store, clock.now(), "bob", {
        hrPlatforms: [],
        requesterPlatforms: ["console"],
        requesterKey: actorKey(MANAGER),
      });
      expect(bob.map((c) => c.event.kind)).toEqual(["request-decided"]);
      const someoneElse = await claim(store, clock.now(), "x", {
        hrPlatforms: [],
        requesterPlatforms: ["console"],
        requesterKey: "console:nobody",
      });
      expect(someoneElse).toEqual([]);
      const hr = await claim(store, clock.now(), "hr", { hrPlatforms: ["slack"], requesterPlatforms: [] });
      expect(hr.map((c) => [c.event.kind, c.platforms])).toEqual([
        ["request-submitted", ["slack"]],
        ["review-closed", ["slack"]],
      ]);
    });

    it("removes delivered events after they are kept long enough", async () => {
      const { store, workflow, clock } = await setup();
      await submit(workflow);
      const [claimed] = await claim(store, clock.now(), "t");
      const outcomes = (claimed?.platforms ?? []).map((platform) => ({
        eventId: claimed?.id ?? "",
        platform,
      }));
      await store.outbox.settle(outcomes, {
        ...ALL,
        now: clock.now(),
        token: "t",
        backoffMs: () => 0,
        keepDeliveredMs: 1000,
      });
      expect(await store.outbox.entries()).toHaveLength(1);
      clock.advance(2000);
      await store.outbox.settle([], {
        ...ALL,
        now: clock.now(),
        token: "t",
        backoffMs: () => 0,
        keepDeliveredMs: 1000,
      });
      expect(await store.outbox.entries()).toHaveLength(0);
    });

    it("queues an event once, whatever repeats it", async () => {
      const { store, workflow } = await setup();
      const request = await submit(workflow);
      await store.requests.transact(async (tx) => {
        await tx.enqueue(outboxRow(eventFor(request, "request-submitted")));
        return { result: undefined, write: true };
      });
      const ids = (await store.outbox.entries()).map((e) => (e.event as NotificationEvent).id);
      expect(ids).toEqual(["FWA-2026-0001#1"]);
    });
  });

  describe("the key-value space", () => {
    const now = () => new Date("2026-03-02T09:00:00.000Z");

    it("sets, gets, lists and deletes values in namespaces", async () => {
      const { store } = await setup();
      await store.kv.set("test-space", "b", { n: 2 }, { now: now() });
      await store.kv.set("test-space", "a", [1, "x"], { now: now() });
      await store.kv.set("other-space", "a", "elsewhere", { now: now() });
      expect(await store.kv.get("test-space", "b", now())).toEqual({ n: 2 });
      expect(await store.kv.entries("test-space", now())).toEqual([
        ["a", [1, "x"]],
        ["b", { n: 2 }],
      ]);
      await store.kv.delete("test-space", "a");
      expect(await store.kv.get("test-space", "a", now())).toBeUndefined();
      expect(await store.kv.get("other-space", "a", now())).toBe("elsewhere");
    });

    it("forgets a value when its time to live is over, by the caller's clock", async () => {
      const { store, clock } = await setup();
      await store.kv.set("test-space", "k", "v", { now: clock.now(), ttlMs: 1000 });
      clock.advance(999);
      expect(await store.kv.get("test-space", "k", clock.now())).toBe("v");
      clock.advance(1);
      expect(await store.kv.get("test-space", "k", clock.now())).toBeUndefined();
      expect(await store.kv.entries("test-space", clock.now())).toEqual([]);
    });

    it("sets if absent for exactly one of many concurrent callers, and again once expired", async () => {
      const { store, again, clock } = await setup();
      const other = await again();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? store : other).kv.setIfAbsent(
            "slack-event",
            "Ev1",
            { by: i },
            { now: clock.now(), ttlMs: 5000 },
          ),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(
        await store.kv.setIfAbsent("slack-event", "Ev1", "late", { now: clock.now(), ttlMs: 5000 }),
      ).toBe(false);
      clock.advance(5000);
      expect(
        await store.kv.setIfAbsent("slack-event", "Ev1", "late", { now: clock.now(), ttlMs: 5000 }),
      ).toBe(true);
      expect(await other.kv.get("slack-event", "Ev1", clock.now())).toBe("late");
    });

    it("keeps open forms (the dialog space) across openings", async () => {
      const { store, again } = await setup();
      await store.kv.set(
        "dialog",
        "console:bob:console:bob",
        { step: 2, fields: { a: "b" } },
        { now: now() },
      );
      const reopened = await again();
      expect(await reopened.kv.get("dialog", "console:bob:console:bob", now())).toEqual({
        step: 2,
        fields: { a: "b" },
      });
    });

    it("keeps a user's language choice across openings, without expiry, one per platform and user", async () => {
      const { store, again, clock } = await setup();
      const choices = createLanguageChoices(store, clock.now);
      await choices.set("slack", "U0PEDRO", "fr");
      await choices.set("teams", "U0PEDRO", "es");
      await choices.set("slack", "U0PEDRO", "zh");
      // A year later, in another opening (another instance, or after a restart): still there.
      clock.advance(366 * 24 * 60 * 60 * 1000);
      const reopened = createLanguageChoices(await again(), clock.now);
      expect(await reopened.get("slack", "U0PEDRO")).toBe("zh");
      expect(await reopened.get("teams", "U0PEDRO")).toBe("es");
      expect(await reopened.get("console", "U0PEDRO")).toBeUndefined();
      // What is stored is checked when read: an unknown language is no choice.
      await store.kv.set(
        LANGUAGE_NAMESPACE,
        "slack:U0ANA",
        { locale: "de", chosenAt: "x" },
        { now: clock.now() },
      );
      expect(await reopened.get("slack", "U0ANA")).toBeUndefined();
    });

    it("refuses a namespace or key it cannot keep", async () => {
      const { store } = await setup();
      if (kind === "file") {
        await expect(store.kv.set("../escape", "k", 1, { now: now() })).rejects.toThrow();
        await expect(store.kv.set("space", "__proto__", 1, { now: now() })).rejects.toThrow();
      } else {
        // Any text is a key in PostgreSQL; it stays data.
        await store.kv.set("space", "__proto__'; DROP TABLE store_kv; --", 1, { now: now() });
        expect(await store.kv.get("space", "__proto__'; DROP TABLE store_kv; --", now())).toBe(1);
      }
    });
  });
});
