import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LogFile, type RequestLog } from "../../src/requests/log.ts";
import type { Actor, RequestRecord } from "../../src/requests/model.ts";
import { createWorkflow, type Workflow } from "../../src/requests/workflow.ts";
import {
  HR,
  HR_USERS,
  MANAGER,
  manualClock,
  memoryLogger,
  OTHER,
  openLog,
  submission,
  tempDir,
} from "./helpers.ts";

interface Setup {
  log: RequestLog;
  workflow: Workflow;
  clock: ReturnType<typeof manualClock>;
  logged: ReturnType<typeof memoryLogger>["lines"];
}

async function setup(): Promise<Setup> {
  const log = await openLog(tempDir());
  const clock = manualClock();
  const { logger, lines } = memoryLogger();
  return {
    log,
    clock,
    logged: lines,
    workflow: createWorkflow({ log, hrUsers: HR_USERS, logger, clock: clock.now }),
  };
}

async function submitted(workflow: Workflow, overrides = {}): Promise<RequestRecord> {
  const outcome = await workflow.submit(submission(overrides));
  if (!outcome.ok) throw new Error(`submit refused: ${outcome.reason}`);
  return outcome.request;
}

function stored(log: RequestLog) {
  return LogFile.parse(JSON.parse(readFileSync(log.file, "utf8")));
}

const NOT_FOUND = { ok: false, reason: "not-found" };
const FORBIDDEN = { ok: false, reason: "forbidden" };

describe("submit", () => {
  it("stores the request with a readable id, its requester, fields, status, times and history", async () => {
    const { workflow, log } = await setup();
    const outcome = await workflow.submit(submission({ idempotencyKey: "slack-evt-1" }));
    expect(outcome).toEqual({
      ok: true,
      duplicate: false,
      request: {
        id: "FWA-2026-0001",
        type: "flexible-work",
        requester: MANAGER,
        subject: "Compressed week for Q2",
        fields: { pattern: "4x9", startDate: "2026-04-01" },
        status: "submitted",
        createdAt: "2026-03-02T09:00:00.000Z",
        updatedAt: "2026-03-02T09:00:00.000Z",
        idempotencyKey: "slack-evt-1",
        history: [{ at: "2026-03-02T09:00:00.000Z", by: MANAGER, action: "submit", status: "submitted" }],
      },
    });
    const file = stored(log);
    expect(file.requests).toEqual([outcome.ok && outcome.request]);
    expect(file.outbox.map((e) => e.event)).toEqual([
      {
        id: "FWA-2026-0001#1",
        kind: "request-submitted",
        requestId: "FWA-2026-0001",
        audience: "hr",
        createdAt: "2026-03-02T09:00:00.000Z",
      },
    ]);
  });

  it("returns the same request for the same idempotency key: one record, one notification", async () => {
    const { workflow, log } = await setup();
    const first = await workflow.submit(submission({ idempotencyKey: "evt-42" }));
    const again = await workflow.submit(submission({ idempotencyKey: "evt-42", subject: "Delivered twice" }));
    expect(again).toEqual({ ...first, duplicate: true });
    expect(stored(log).requests).toHaveLength(1);
    expect(stored(log).outbox).toHaveLength(1);
  });

  it("keeps idempotency keys apart per requester", async () => {
    const { workflow, log } = await setup();
    await workflow.submit(submission({ idempotencyKey: "same" }));
    const other = await workflow.submit(submission({ idempotencyKey: "same", requester: OTHER }));
    expect(other.ok && other.duplicate).toBe(false);
    expect(stored(log).requests.map((r) => r.id)).toEqual(["FWA-2026-0001", "FWA-2026-0002"]);
  });

  it("refuses invalid input with the reasons, and writes nothing", async () => {
    const { workflow, log } = await setup();
    const before = readFileSync(log.file, "utf8");
    const blank = await workflow.submit(submission({ subject: "   " }));
    expect(blank).toMatchObject({
      ok: false,
      reason: "invalid-input",
      issues: [expect.stringContaining("subject")],
    });
    const badType = await workflow.submit(submission({ type: "holiday" as never }));
    expect(badType).toMatchObject({ ok: false, reason: "invalid-input" });
    const badActor = await workflow.submit(submission({ requester: { platform: "console", userId: "" } }));
    expect(badActor).toMatchObject({ ok: false, reason: "invalid-input" });
    const badKey = await workflow.submit(submission({ idempotencyKey: "" }));
    expect(badKey).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(readFileSync(log.file, "utf8")).toBe(before);
  });
});

describe("seeing requests", () => {
  it("shows a requester their own request and HR every request", async () => {
    const { workflow } = await setup();
    const request = await submitted(workflow);
    expect(await workflow.get(request.id, MANAGER)).toEqual({ ok: true, request });
    expect(await workflow.get(request.id, HR)).toEqual({ ok: true, request });
    expect(await workflow.get(` ${request.id.toLowerCase()} `, MANAGER)).toEqual({ ok: true, request });
  });

  it("answers someone else's request exactly like an unknown one", async () => {
    const { workflow, logged } = await setup();
    const request = await submitted(workflow);
    const someoneElses = await workflow.get(request.id, OTHER);
    const unknown = await workflow.get("FWA-2026-0999", OTHER);
    expect(someoneElses).toEqual(NOT_FOUND);
    expect(unknown).toEqual(someoneElses);
    // Same platform, same user id elsewhere: a different person.
    expect(await workflow.get(request.id, { platform: "slack", userId: "bob" })).toEqual(NOT_FOUND);
    expect(logged().filter((l) => l.reason === "not-found")).toHaveLength(3);
    await workflow.get("please show me my request about the garden", OTHER);
    expect(logged().at(-1)).toMatchObject({ op: "get", reason: "not-found", actor: "slack:U0OTHER" });
    expect(JSON.stringify(logged().at(-1))).not.toContain("garden");
  });

  it("lists a requester's own requests, newest first, withdrawn ones included", async () => {
    const { workflow, clock } = await setup();
    const first = await submitted(workflow);
    clock.advance(1000);
    const second = await submitted(workflow, { type: "learning" });
    await submitted(workflow, { requester: OTHER });
    await workflow.withdraw(first.id, MANAGER);
    const mine = await workflow.listMine(MANAGER);
    expect(mine.map((r) => [r.id, r.status])).toEqual([
      [second.id, "submitted"],
      [first.id, "withdrawn"],
    ]);
    expect(await workflow.listMine(HR)).toEqual([]);
  });

  it("lists requests awaiting a decision to HR only, oldest first", async () => {
    const { workflow } = await setup();
    const a = await submitted(workflow);
    const b = await submitted(workflow, { requester: OTHER, type: "mobility" });
    const c = await submitted(workflow, { type: "recognition" });
    const d = await submitted(workflow, { type: "learning" });
    await workflow.decide(b.id, HR, "request-info", "Which duty station?");
    await workflow.decide(c.id, HR, "approve");
    await workflow.decide(d.id, HR, "request-info", "Cost?");
    await workflow.resubmit(d.id, MANAGER, { cost: 1200 });
    const pending = await workflow.listPending(HR);
    expect(pending.ok && pending.requests.map((r) => [r.id, r.status])).toEqual([
      [a.id, "submitted"],
      [d.id, "resubmitted"],
    ]);
    expect(await workflow.listPending(MANAGER)).toEqual(FORBIDDEN);
  });
});

describe("decide", () => {
  it("approves, with an optional comment, in the history and with a notification to the requester", async () => {
    const { workflow, clock, log } = await setup();
    const request = await submitted(workflow);
    clock.advance(60_000);
    const outcome = await workflow.decide(request.id, HR, "approve");
    expect(outcome.ok && outcome.request).toMatchObject({
      status: "approved",
      updatedAt: "2026-03-02T09:01:00.000Z",
      history: [
        { action: "submit", status: "submitted" },
        { at: "2026-03-02T09:01:00.000Z", by: HR, action: "approve", status: "approved" },
      ],
    });
    expect(outcome.ok && outcome.request.history[1]).not.toHaveProperty("comment");
    // Then the event that closes HR's message about it.
    expect(stored(log).outbox.at(-1)?.event).toMatchObject({
      id: `${request.id}#2:closed`,
      kind: "review-closed",
    });
    expect(stored(log).outbox.at(-2)?.event).toEqual({
      id: `${request.id}#2`,
      kind: "request-decided",
      requestId: request.id,
      audience: { requester: MANAGER },
      createdAt: "2026-03-02T09:01:00.000Z",
    });
  });

  it("rejects and asks for information only with a comment", async () => {
    const { workflow } = await setup();
    const request = await submitted(workflow);
    expect(await workflow.decide(request.id, HR, "reject")).toEqual({
      ok: false,
      reason: "comment-required",
    });
    expect(await workflow.decide(request.id, HR, "reject", "  ")).toEqual({
      ok: false,
      reason: "comment-required",
    });
    expect(await workflow.decide(request.id, HR, "request-info")).toEqual({
      ok: false,
      reason: "comment-required",
    });
    const rejected = await workflow.decide(
      request.id,
      HR,
      "reject",
      " Not compatible with the team's schedule ",
    );
    expect(rejected.ok && rejected.request.history.at(-1)).toMatchObject({
      action: "reject",
      status: "rejected",
      comment: "Not compatible with the team's schedule",
    });
  });

  it("is for HR: anyone else is refused whatever the id, so nothing is revealed about it", async () => {
    const { workflow, log } = await setup();
    const request = await submitted(workflow);
    const before = readFileSync(log.file, "utf8");
    expect(await workflow.decide(request.id, MANAGER, "approve")).toEqual(FORBIDDEN);
    expect(await workflow.decide(request.id, OTHER, "approve")).toEqual(FORBIDDEN);
    expect(await workflow.decide("FWA-2026-0999", OTHER, "approve")).toEqual(FORBIDDEN);
    expect(await workflow.decide("FWA-2026-0999", HR, "approve")).toEqual(NOT_FOUND);
    expect(await workflow.decide(request.id, HR, "maybe" as never)).toMatchObject({
      reason: "invalid-input",
    });
    expect(readFileSync(log.file, "utf8")).toBe(before);
  });

  it("refuses deciding a request that is not awaiting a decision, saying its status", async () => {
    const { workflow } = await setup();
    const request = await submitted(workflow);
    await workflow.decide(request.id, HR, "approve");
    expect(await workflow.decide(request.id, HR, "reject", "changed my mind")).toEqual({
      ok: false,
      reason: "invalid-transition",
      status: "approved",
    });
    const asked = await submitted(workflow);
    await workflow.decide(asked.id, HR, "request-info", "Which days?");
    expect(await workflow.decide(asked.id, HR, "approve")).toMatchObject({ status: "more-info-requested" });
  });

  it("logs decisions and refusals with ids and actions, without names, subjects or comments", async () => {
    const { workflow, logged } = await setup();
    const request = await submitted(workflow);
    await workflow.decide(request.id, HR, "reject", "Confidential reason");
    await workflow.decide(request.id, MANAGER, "approve");
    const lines = logged();
    expect(lines).toContainEqual(
      expect.objectContaining({
        op: "reject",
        requestId: request.id,
        actor: "console:alice",
        status: "rejected",
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        op: "approve",
        requestId: request.id,
        actor: "console:bob",
        reason: "forbidden",
      }),
    );
    const text = JSON.stringify(lines);
    for (const secret of ["Confidential reason", "Compressed week", "Bob Manager", "Alice HR", "4x9"]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("resubmit", () => {
  it("lets the requester answer a request for information with updated fields and a comment", async () => {
    const { workflow, log } = await setup();
    const request = await submitted(workflow);
    await workflow.decide(request.id, HR, "request-info", "Which start date?");
    const outcome = await workflow.resubmit(request.id, MANAGER, { startDate: "2026-05-01" }, "Moved to May");
    expect(outcome.ok && outcome.request).toMatchObject({
      status: "resubmitted",
      fields: { pattern: "4x9", startDate: "2026-05-01" },
      history: [
        { action: "submit" },
        { action: "request-info", comment: "Which start date?" },
        { action: "resubmit", by: MANAGER, status: "resubmitted", comment: "Moved to May" },
      ],
    });
    expect(stored(log).outbox.at(-1)?.event).toMatchObject({ kind: "request-resubmitted", audience: "hr" });
    const approved = await workflow.decide(request.id, HR, "approve", "Thanks");
    expect(approved.ok && approved.request.status).toBe("approved");
  });

  it("accepts a comment alone, but not nothing", async () => {
    const { workflow } = await setup();
    const request = await submitted(workflow);
    await workflow.decide(request.id, HR, "request-info", "Why?");
    expect(await workflow.resubmit(request.id, MANAGER)).toEqual({ ok: false, reason: "comment-required" });
    expect(await workflow.resubmit(request.id, MANAGER, {})).toEqual({
      ok: false,
      reason: "comment-required",
    });
    const outcome = await workflow.resubmit(request.id, MANAGER, undefined, "Childcare");
    expect(outcome.ok && outcome.request.fields).toEqual(request.fields);
  });

  it("is for the requester, and only after a request for information", async () => {
    const { workflow } = await setup();
    const request = await submitted(workflow);
    expect(await workflow.resubmit(request.id, MANAGER, undefined, "early")).toEqual({
      ok: false,
      reason: "invalid-transition",
      status: "submitted",
    });
    await workflow.decide(request.id, HR, "request-info", "Why?");
    expect(await workflow.resubmit(request.id, HR, undefined, "as HR")).toEqual(FORBIDDEN);
    expect(await workflow.resubmit(request.id, OTHER, undefined, "not mine")).toEqual(NOT_FOUND);
  });

  it("refuses fields that cannot be stored", async () => {
    const { workflow } = await setup();
    const request = await submitted(workflow);
    await workflow.decide(request.id, HR, "request-info", "Why?");
    const outcome = await workflow.resubmit(request.id, MANAGER, { note: { nested: true } as never });
    expect(outcome).toMatchObject({ ok: false, reason: "invalid-input" });
  });
});

describe("withdraw", () => {
  it("lets the requester withdraw an open request; it stays in the log", async () => {
    const { workflow, log } = await setup();
    const request = await submitted(workflow);
    const outcome = await workflow.withdraw(request.id, MANAGER, "No longer needed");
    expect(outcome.ok && outcome.request.history.at(-1)).toMatchObject({
      action: "withdraw",
      status: "withdrawn",
      comment: "No longer needed",
    });
    expect(stored(log).requests.map((r) => [r.id, r.status])).toEqual([[request.id, "withdrawn"]]);
    expect(stored(log).outbox.at(-2)?.event).toMatchObject({ kind: "request-withdrawn", audience: "hr" });
    expect(stored(log).outbox.at(-1)?.event).toMatchObject({ kind: "review-closed", audience: "hr" });
    expect(await workflow.withdraw(request.id, MANAGER)).toEqual({
      ok: false,
      reason: "invalid-transition",
      status: "withdrawn",
    });
  });

  it("works while more information is requested, not after a decision", async () => {
    const { workflow } = await setup();
    const asked = await submitted(workflow);
    await workflow.decide(asked.id, HR, "request-info", "Why?");
    expect((await workflow.withdraw(asked.id, MANAGER)).ok).toBe(true);
    const approved = await submitted(workflow);
    await workflow.decide(approved.id, HR, "approve");
    expect(await workflow.withdraw(approved.id, MANAGER)).toMatchObject({ reason: "invalid-transition" });
  });

  it("is for the requester only", async () => {
    const { workflow } = await setup();
    const request = await submitted(workflow);
    expect(await workflow.withdraw(request.id, HR)).toEqual(FORBIDDEN);
    expect(await workflow.withdraw(request.id, OTHER)).toEqual(NOT_FOUND);
  });
});

describe("recordSelection", () => {
  async function approvedRecruitment(workflow: Workflow): Promise<RequestRecord> {
    const request = await submitted(workflow, {
      type: "early-recruitment",
      subject: "P4 economist, early recruitment",
      fields: { position: "ECON-P4-123", departure: "2026-09-30" },
    });
    await workflow.decide(request.id, HR, "approve");
    return request;
  }

  it("records the selection date of an approved early-recruitment request", async () => {
    const { workflow, clock } = await setup();
    const request = await approvedRecruitment(workflow);
    clock.advance(86_400_000);
    // Refusals name the problem, never a field name (deliberate change of the review).
    expect(await workflow.recordSelection(request.id, HR, "2026-08-15")).toEqual({
      ok: false,
      reason: "invalid-selection",
      selection: { problem: "in-future", today: "2026-03-03" },
    });
    const outcome = await workflow.recordSelection(request.id, HR, "2026-03-02");
    expect(outcome.ok && outcome.request).toMatchObject({
      status: "approved",
      fields: { position: "ECON-P4-123", departure: "2026-09-30", selectionDate: "2026-03-02" },
      updatedAt: "2026-03-03T09:00:00.000Z",
    });
    expect(outcome.ok && outcome.request.history.at(-1)).toEqual({
      at: "2026-03-03T09:00:00.000Z",
      by: HR,
      action: "record-selection",
      status: "approved",
      comment: "2026-03-02",
    });
  });

  it("refuses a date before the submission, and replaces a recorded one only when told to, keeping both in history", async () => {
    const { workflow, clock } = await setup();
    const request = await approvedRecruitment(workflow);
    clock.advance(10 * 86_400_000);
    expect(await workflow.recordSelection(request.id, HR, "2020-01-01")).toEqual({
      ok: false,
      reason: "invalid-selection",
      selection: { problem: "before-submission", submitted: request.createdAt.slice(0, 10) },
    });
    await workflow.recordSelection(request.id, HR, "2026-03-05");
    expect(await workflow.recordSelection(request.id, HR, "2026-03-08")).toEqual({
      ok: false,
      reason: "invalid-selection",
      selection: { problem: "already-recorded", recorded: "2026-03-05" },
    });
    const replaced = await workflow.recordSelection(request.id, HR, "2026-03-08", { replace: true });
    expect(replaced.ok && replaced.request.fields.selectionDate).toBe("2026-03-08");
    expect(replaced.ok && replaced.request.history.map((h) => h.comment)).toEqual([
      undefined,
      undefined,
      "2026-03-05",
      "2026-03-05 → 2026-03-08",
    ]);
  });

  it("refuses a bad date, another type, an open request and anyone but HR", async () => {
    const { workflow } = await setup();
    const request = await approvedRecruitment(workflow);
    expect(await workflow.recordSelection(request.id, HR, "2026-02-30")).toEqual({
      ok: false,
      reason: "invalid-selection",
      selection: { problem: "not-a-date" },
    });
    const flexible = await submitted(workflow);
    await workflow.decide(flexible.id, HR, "approve");
    expect(await workflow.recordSelection(flexible.id, HR, "2026-08-15")).toMatchObject({
      reason: "invalid-selection",
      selection: { problem: "not-early-recruitment" },
    });
    const open = await submitted(workflow, { type: "early-recruitment" });
    expect(await workflow.recordSelection(open.id, HR, "2026-08-15")).toEqual({
      ok: false,
      reason: "invalid-selection",
      selection: { problem: "not-approved", status: "submitted" },
    });
    expect(await workflow.recordSelection(request.id, MANAGER, "2026-08-15")).toEqual(FORBIDDEN);
    expect(await workflow.recordSelection(request.id, OTHER, "2026-08-15")).toEqual(NOT_FOUND);
  });
});

describe("export", () => {
  it("gives HR the filtered requests as CSV", async () => {
    const { workflow } = await setup();
    await submitted(workflow);
    await submitted(workflow, { type: "learning" });
    const outcome = await workflow.export(HR, { type: "learning" });
    expect(outcome.ok && outcome.count).toBe(1);
    expect(outcome.ok && outcome.csv.split("\r\n")[1]).toMatch(/^LRN-2026-0001,learning,submitted,/);
  });

  it("is for HR only, and refuses a bad filter", async () => {
    const { workflow } = await setup();
    const other: Actor = { platform: "teams", userId: "someone" };
    expect(await workflow.export(MANAGER)).toEqual(FORBIDDEN);
    expect(await workflow.export(other)).toEqual(FORBIDDEN);
    expect(await workflow.export(HR, { from: "yesterday" })).toMatchObject({
      ok: false,
      reason: "invalid-input",
    });
  });

  it("recognises HR on any configured platform", async () => {
    const { workflow } = await setup();
    expect(workflow.isHr({ platform: "teams", userId: "00000000-0000-0000-0000-0000000000aa" })).toBe(true);
    expect(workflow.isHr({ platform: "slack", userId: "alice" })).toBe(false);
  });
});
