import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../src/log.ts";
import type { NotificationEvent, Platform } from "../../src/notify/events.ts";
import { createConsoleNotifier, type Notifier } from "../../src/notify/notifier.ts";
import { createDispatcher, type DispatcherOptions, type Timers } from "../../src/notify/outbox.ts";
import { LogFile, type RequestLog } from "../../src/requests/log.ts";
import { actorKey } from "../../src/requests/model.ts";
import { createWorkflow, type Workflow } from "../../src/requests/workflow.ts";
import {
  HR,
  HR_USERS,
  MANAGER,
  manualClock,
  OTHER,
  openLog,
  submission,
  tempDir,
} from "../requests/helpers.ts";

/** A notifier for the tests: records what it delivered; fails the first `failures` times. */
function recordingNotifier(platform: Platform, failures = 0) {
  const delivered: NotificationEvent[] = [];
  let attempts = 0;
  const notifier: Notifier = {
    platform,
    async deliver(event) {
      attempts += 1;
      if (attempts <= failures) throw new Error(`${platform} is down`);
      delivered.push(event);
    },
  };
  return { notifier, delivered, attempts: () => attempts };
}

const RETRY = { baseMs: 1000, maxMs: 60_000 };

async function setup(dir = tempDir()) {
  const clock = manualClock();
  const log = await openLog(dir);
  const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger, clock: clock.now });
  const dispatcher = (options: Partial<DispatcherOptions> & Pick<DispatcherOptions, "notifiers">) =>
    createDispatcher({ log, logger: silentLogger, clock: clock.now, retry: RETRY, ...options });
  return { dir, clock, log, workflow, dispatcher };
}

async function submit(workflow: Workflow, overrides = {}) {
  const outcome = await workflow.submit(submission(overrides));
  if (!outcome.ok) throw new Error(`submit refused: ${outcome.reason}`);
  return outcome.request;
}

function outboxOf(log: RequestLog) {
  return LogFile.parse(JSON.parse(readFileSync(log.file, "utf8"))).outbox;
}

describe("the outbox", () => {
  it("is written with the change it announces, in the same file", async () => {
    const { log, workflow } = await setup();
    const request = await submit(workflow);
    const file = LogFile.parse(JSON.parse(readFileSync(log.file, "utf8")));
    expect(file.requests.map((r) => r.id)).toEqual([request.id]);
    expect(file.outbox).toEqual([
      {
        event: {
          id: `${request.id}#1`,
          kind: "request-submitted",
          requestId: request.id,
          audience: "hr",
          createdAt: request.createdAt,
        },
        deliveries: {},
      },
    ]);
  });

  it("delivers each event once: a second run sends nothing", async () => {
    const { workflow, dispatcher, log } = await setup();
    const hr = recordingNotifier("console");
    const request = await submit(workflow);
    const run = dispatcher({ notifiers: [hr.notifier] });
    expect(await run.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(await run.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(hr.delivered.map((e) => [e.kind, e.requestId])).toEqual([["request-submitted", request.id]]);
    expect(outboxOf(log)[0]?.deliveries).toEqual({
      console: { attempts: 1, deliveredAt: "2026-03-02T09:00:00.000Z" },
    });
  });

  it("retries a failing notifier with exponential back-off, persisted, then delivers once", async () => {
    const { workflow, dispatcher, clock, log } = await setup();
    const flaky = recordingNotifier("console", 2);
    await submit(workflow);
    const run = dispatcher({ notifiers: [flaky.notifier] });

    expect(await run.runOnce()).toEqual({
      delivered: 0,
      failed: 1,
      nextAttemptAt: new Date("2026-03-02T09:00:01.000Z"),
    });
    expect(outboxOf(log)[0]?.deliveries.console).toEqual({
      attempts: 1,
      nextAttemptAt: "2026-03-02T09:00:01.000Z",
      lastError: "Error: console is down",
    });
    // Not due yet: nothing is attempted.
    clock.advance(999);
    expect(await run.runOnce()).toMatchObject({ delivered: 0, failed: 0 });
    expect(flaky.attempts()).toBe(1);

    clock.advance(1);
    expect(await run.runOnce()).toMatchObject({
      failed: 1,
      nextAttemptAt: new Date("2026-03-02T09:00:03.000Z"),
    });
    expect(outboxOf(log)[0]?.deliveries.console?.attempts).toBe(2);

    clock.advance(2000);
    expect(await run.runOnce()).toEqual({ delivered: 1, failed: 0 });
    clock.advance(3_600_000);
    expect(await run.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(flaky.attempts()).toBe(3);
    expect(flaky.delivered).toHaveLength(1);
    expect(outboxOf(log)[0]?.deliveries.console).toEqual({
      attempts: 3,
      deliveredAt: "2026-03-02T09:00:03.000Z",
    });
  });

  it("caps the back-off", async () => {
    const { workflow, dispatcher, clock, log } = await setup();
    const down = recordingNotifier("console", 100);
    await submit(workflow);
    const run = dispatcher({ notifiers: [down.notifier], retry: { baseMs: 1000, maxMs: 5000 } });
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await run.runOnce();
      const next = new Date(outboxOf(log)[0]?.deliveries.console?.nextAttemptAt ?? 0).getTime();
      delays.push(next - clock.now().getTime());
      clock.advance(next - clock.now().getTime());
    }
    expect(delays).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it("survives a restart: a new log and dispatcher over the same file deliver what was pending", async () => {
    const first = await setup();
    const down = recordingNotifier("console", 1);
    const request = await submit(first.workflow);
    await first.dispatcher({ notifiers: [down.notifier] }).runOnce();
    await first.log.close();

    const second = await setup(first.dir);
    second.clock.set("2026-03-02T10:00:00.000Z");
    const up = recordingNotifier("console");
    expect(await second.dispatcher({ notifiers: [up.notifier] }).runOnce()).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(up.delivered.map((e) => e.requestId)).toEqual([request.id]);
    expect(outboxOf(second.log)[0]?.deliveries.console).toMatchObject({ attempts: 2 });
  });

  it("sends HR events to every HR notifier and requester events to the requester's platform", async () => {
    const { workflow, dispatcher } = await setup();
    const console = recordingNotifier("console");
    const slack = recordingNotifier("slack");
    const teams = recordingNotifier("teams");
    const bobs = await submit(workflow);
    const olgas = await submit(workflow, { requester: OTHER });
    await workflow.decide(bobs.id, HR, "approve");
    await workflow.decide(olgas.id, HR, "reject", "Budget");
    const run = dispatcher({ notifiers: [console.notifier, slack.notifier, teams.notifier] });
    // Each decision also closes the request's HR message on every HR platform.
    expect(await run.runOnce()).toEqual({ delivered: 14, failed: 0 });
    const seen = (n: ReturnType<typeof recordingNotifier>) =>
      n.delivered.map((e) => `${e.kind} ${e.requestId}`);
    const submitted = [`request-submitted ${bobs.id}`, `request-submitted ${olgas.id}`];
    const closed = [`review-closed ${bobs.id}`, `review-closed ${olgas.id}`];
    expect(seen(console)).toEqual([...submitted, `request-decided ${bobs.id}`, ...closed]);
    expect(seen(slack)).toEqual([...submitted, closed[0], `request-decided ${olgas.id}`, closed[1]]);
    expect(seen(teams)).toEqual([...submitted, ...closed]);
  });

  it("sends HR events only to the configured HR platforms, when given", async () => {
    const { workflow, dispatcher } = await setup();
    const console = recordingNotifier("console");
    const slack = recordingNotifier("slack");
    await submit(workflow);
    await dispatcher({ notifiers: [console.notifier, slack.notifier], hrPlatforms: ["slack"] }).runOnce();
    expect(console.delivered).toEqual([]);
    expect(slack.delivered).toHaveLength(1);
  });

  it("retries only the platform that failed", async () => {
    const { workflow, dispatcher, clock } = await setup();
    const console = recordingNotifier("console");
    const slack = recordingNotifier("slack", 1);
    await submit(workflow);
    const run = dispatcher({ notifiers: [console.notifier, slack.notifier] });
    expect(await run.runOnce()).toMatchObject({ delivered: 1, failed: 1 });
    clock.advance(1000);
    expect(await run.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(console.delivered).toHaveLength(1);
    expect(slack.delivered).toHaveLength(1);
  });

  it("keeps an event for a platform without a notifier until one is there", async () => {
    const { workflow, dispatcher } = await setup();
    const request = await submit(workflow, { requester: { platform: "teams", userId: "aad-1" } });
    await workflow.decide(request.id, HR, "approve");
    const consoleOnly = recordingNotifier("console");
    await dispatcher({ notifiers: [consoleOnly.notifier] }).runOnce();
    expect(consoleOnly.delivered.map((e) => e.kind)).toEqual(["request-submitted", "review-closed"]);
    const teams = recordingNotifier("teams");
    await dispatcher({ notifiers: [teams.notifier], hrPlatforms: [] }).runOnce();
    expect(teams.delivered.map((e) => [e.kind, e.audience])).toEqual([
      ["request-decided", { requester: { platform: "teams", userId: "aad-1" } }],
    ]);
  });

  it("handles only the events a dispatcher accepts (one console session per user)", async () => {
    const { workflow, dispatcher } = await setup();
    const request = await submit(workflow);
    await workflow.decide(request.id, HR, "approve");
    const bobsSession = recordingNotifier("console");
    const bobs = { hr: false, requesterKey: actorKey(MANAGER) };
    await dispatcher({ notifiers: [bobsSession.notifier], audience: bobs }).runOnce();
    expect(bobsSession.delivered.map((e) => e.kind)).toEqual(["request-decided"]);
    const hrSession = recordingNotifier("console");
    await dispatcher({ notifiers: [hrSession.notifier], audience: { hr: true } }).runOnce();
    expect(hrSession.delivered.map((e) => e.kind)).toEqual(["request-submitted", "review-closed"]);
  });

  it("never lets two dispatchers send the same event", async () => {
    const { workflow, dispatcher, dir } = await setup();
    for (let i = 0; i < 10; i++) await submit(workflow);
    const other = await setup(dir);
    const a = recordingNotifier("console");
    const b = recordingNotifier("console");
    await Promise.all([
      dispatcher({ notifiers: [a.notifier] }).runOnce(),
      other.dispatcher({ notifiers: [b.notifier] }).runOnce(),
    ]);
    const ids = [...a.delivered, ...b.delivered].map((e) => e.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });

  it("removes delivered events after the retention period", async () => {
    const { workflow, dispatcher, clock, log } = await setup();
    const hr = recordingNotifier("console");
    await submit(workflow);
    const run = dispatcher({ notifiers: [hr.notifier], keepDeliveredMs: 86_400_000 });
    await run.runOnce();
    clock.advance(86_400_001);
    await submit(workflow);
    await run.runOnce();
    expect(outboxOf(log).map((e) => e.event.id)).toEqual(["FWA-2026-0002#1"]);
  });
});

/** Timers run by hand: the test decides when the dispatcher's loop wakes up. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    setTimeout(callback, ms) {
      next += 1;
      pending.set(next, { callback, ms });
      return next;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    delays: () => [...pending.values()].map((t) => t.ms),
    /** Runs the timers due now, and waits until the run they start has scheduled the next one. */
    async fire(): Promise<void> {
      const due = [...pending.values()];
      pending.clear();
      for (const timer of due) timer.callback();
      await vi.waitFor(() => expect(pending.size).toBeGreaterThan(0), { timeout: 5000 });
    },
  };
}

describe("the dispatcher loop", () => {
  it("delivers in the background and waits out the back-off on the injected timers", async () => {
    const { workflow, dispatcher, clock } = await setup();
    const flaky = recordingNotifier("console", 1);
    const manual = manualTimers();
    const loop = dispatcher({ notifiers: [flaky.notifier], timers: manual.timers, pollMs: 30_000 });
    await submit(workflow);
    loop.start();
    expect(manual.delays()).toEqual([0]);
    await manual.fire();
    expect(flaky.attempts()).toBe(1);
    // The retry is due in 1 s, sooner than the next poll.
    expect(manual.delays()).toEqual([1000]);
    clock.advance(1000);
    await manual.fire();
    expect(flaky.delivered).toHaveLength(1);
    expect(manual.delays()).toEqual([30_000]);
    await loop.stop();
    expect(manual.delays()).toEqual([]);
  });

  it("runs at once when kicked", async () => {
    const { workflow, dispatcher } = await setup();
    const hr = recordingNotifier("console");
    const manual = manualTimers();
    const loop = dispatcher({ notifiers: [hr.notifier], timers: manual.timers, pollMs: 30_000 });
    loop.start();
    await manual.fire();
    expect(manual.delays()).toEqual([30_000]);
    await submit(workflow);
    loop.kick();
    expect(manual.delays()).toEqual([0]);
    await manual.fire();
    expect(hr.delivered).toHaveLength(1);
    await loop.stop();
  });
});

describe("the console notifier", () => {
  it("writes one line per event to its stream", async () => {
    const lines: string[] = [];
    const notifier = createConsoleNotifier({ write: (text: string) => lines.push(text) });
    expect(notifier.platform).toBe("console");
    await notifier.deliver({
      id: "FWA-2026-0001#1",
      kind: "request-submitted",
      requestId: "FWA-2026-0001",
      audience: "hr",
      createdAt: "2026-03-02T09:00:00.000Z",
    });
    await notifier.deliver({
      id: "FWA-2026-0001#2",
      kind: "request-decided",
      requestId: "FWA-2026-0001",
      audience: { requester: MANAGER },
      createdAt: "2026-03-02T09:00:00.000Z",
    });
    expect(lines).toEqual([
      "[notification for HR] request FWA-2026-0001 was submitted and awaits HR review\n",
      "[notification for console:bob] request FWA-2026-0001 has a decision\n",
    ]);
  });

  it("renews its lease while it delivers, so a slow delivery is not taken over and sent twice", async () => {
    const { workflow, dispatcher, clock } = await setup();
    await submit(workflow);
    let release: () => void = () => undefined;
    const slow: Notifier = {
      platform: "console",
      deliver: () => new Promise<void>((resolve) => (release = resolve)),
    };
    const a = dispatcher({ notifiers: [slow], leaseMs: 90 });
    const running = a.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock.advance(200);
    // The renewal (every lease/3) moves the claim on from the clock's new time.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const other = recordingNotifier("console");
    expect(await dispatcher({ notifiers: [other.notifier], leaseMs: 90 }).runOnce()).toMatchObject({
      delivered: 0,
    });
    release();
    expect(await running).toMatchObject({ delivered: 1 });
    expect(other.delivered).toEqual([]);
  });

  it("tells the notifier when an earlier attempt may have reached the platform", async () => {
    const { workflow, dispatcher, clock } = await setup();
    await submit(workflow);
    const seen: boolean[] = [];
    let fail = true;
    const notifier: Notifier = {
      platform: "console",
      async deliver(_event, attempt) {
        seen.push(attempt?.uncertain ?? false);
        if (fail) throw new Error("timeout");
      },
    };
    await dispatcher({ notifiers: [notifier] }).runOnce();
    fail = false;
    clock.advance(RETRY.maxMs);
    await dispatcher({ notifiers: [notifier] }).runOnce();
    expect(seen).toEqual([false, true]);
  });
});
