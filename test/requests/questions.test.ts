import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import type { Timers } from "../../src/notify/outbox.ts";
import { REQUEST_LOG_FILE } from "../../src/requests/log.ts";
import { createHousekeeping } from "../../src/requests/questions/reminders.ts";
import { workingDaysBetween } from "../../src/requests/questions/working-days.ts";
import { openRequestServices, type RequestServices } from "../../src/requests/services.ts";

/** The question desk over a real request log: persistence, ids, validation, and the housekeeping timer. */

const dirs: string[] = [];
const opened: RequestServices[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.questionsLog.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const BOB = { platform: "console" as const, userId: "bob" };
const HR = { platform: "console" as const, userId: "hr" };

async function open(dir: string, now: () => Date) {
  const services = await openRequestServices({
    dataDir: dir,
    hrUsers: ["console:hr"],
    logger: silentLogger,
    clock: now,
  });
  opened.push(services);
  return services;
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "questions-"));
  dirs.push(dir);
  return dir;
}

describe("the question desk", () => {
  it("reads a request log written before questions existed, and keeps questions across a restart", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, REQUEST_LOG_FILE),
      JSON.stringify({ version: 1, requests: [], outbox: [], dialogs: {}, sequences: { "FWA-2026": 3 } }),
    );
    let now = new Date("2026-12-30T10:00:00Z");
    const first = await open(dir, () => now);
    const asked = await first.questions.ask({
      asker: BOB,
      question: "Who is my HR partner?",
      lang: "en",
      idempotencyKey: "a",
    });
    expect(asked.ok && asked.question.id).toBe("ASK-2026-0001");
    await first.log.close();

    now = new Date("2027-01-04T10:00:00Z");
    const second = await open(dir, () => now);
    const next = await second.questions.ask({
      asker: BOB,
      question: "And my grade?",
      lang: "en",
      idempotencyKey: "b",
    });
    expect(next.ok && next.question.id).toBe("ASK-2027-0001");
    expect((await second.questions.listMine(BOB)).map((q) => q.id)).toEqual([
      "ASK-2027-0001",
      "ASK-2026-0001",
    ]);
    const file = JSON.parse(readFileSync(path.join(dir, REQUEST_LOG_FILE), "utf8"));
    expect(file.sequences).toEqual({ "FWA-2026": 3, "ASK-2026": 1, "ASK-2027": 1 });
    expect(file.questions).toHaveLength(2);
  });

  it("refuses what it cannot file, with the reason, and writes nothing", async () => {
    const services = await open(tempDir(), () => new Date("2026-03-02T09:00:00Z"));
    const ask = (question: string, note?: string) =>
      services.questions.ask({
        asker: BOB,
        question,
        note,
        lang: "en",
        idempotencyKey: question.slice(0, 50) || "empty",
      });
    expect(await ask("   ")).toEqual({ ok: false, reason: "empty-question" });
    expect(await ask("x".repeat(2001))).toMatchObject({
      reason: "too-long",
      what: "question",
      length: 2001,
      limit: 2000,
    });
    expect(await ask("fine", "n".repeat(1001))).toMatchObject({ reason: "too-long", what: "note" });
    expect(await services.questions.answer("ASK-2026-0001", HR, "yes")).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await services.questions.listOpen(BOB)).toEqual({ ok: false, reason: "forbidden" });
    expect((await services.log.snapshot()).questions).toBeUndefined();
  });

  it("counts working days Monday to Friday", () => {
    const friday = new Date("2026-11-27T10:00:00Z");
    expect(workingDaysBetween(friday, new Date("2026-11-29T23:00:00Z"))).toBe(0);
    expect(workingDaysBetween(friday, new Date("2026-11-30T10:00:00Z"))).toBe(1);
    expect(workingDaysBetween(friday, new Date("2026-12-04T10:00:00Z"))).toBe(5);
  });
});

describe("housekeeping on timers", () => {
  it("reminds HR of overdue questions, removes old feedback, tells the dispatcher, and stops cleanly", async () => {
    let now = new Date("2026-11-23T09:00:00Z");
    const services = await open(tempDir(), () => now);
    await services.questions.ask({
      asker: BOB,
      question: "Who is my HR partner?",
      lang: "en",
      idempotencyKey: "a",
    });
    await services.feedback.record({
      kind: "declined",
      intent: "out_of_scope",
      subjects: [],
      lang: "en",
      question: "lunch?",
    });
    now = new Date("2027-03-01T09:00:00Z");

    const scheduled: { callback: () => void; ms: number }[] = [];
    const timers: Timers = {
      setTimeout: (callback, ms) => scheduled.push({ callback, ms }),
      clearTimeout: () => undefined,
    };
    let kicked = 0;
    const housekeeping = createHousekeeping({
      questions: services.questions,
      feedback: services.feedback,
      reminderWorkingDays: 2,
      logger: silentLogger,
      onReminded: () => {
        kicked += 1;
      },
      timers,
      intervalMs: 60_000,
    });
    housekeeping.start();
    expect(scheduled.map((s) => s.ms)).toEqual([0]);
    scheduled[0]?.callback();
    await housekeeping.stop();
    expect(kicked).toBe(1);
    expect((await services.log.snapshot()).outbox.map((e) => e.event.kind)).toEqual([
      "question-asked",
      "question-reminder",
    ]);
    expect(await services.feedback.list()).toEqual([]);
    expect(await housekeeping.runOnce()).toEqual({ reminded: [], purged: 0 });
  });
});
