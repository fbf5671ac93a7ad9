import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/feedback/cli.ts";
import { reportCsv, unansweredReport } from "../../src/feedback/report.ts";
import { FEEDBACK_FILE, FeedbackStore } from "../../src/feedback/store.ts";
import { silentLogger } from "../../src/log.ts";
import { HR_USER, openWorld } from "../support/requests.ts";

/** Ratings of answers, declined questions, their retention on an injected clock, and the unanswered report. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "feedback-"));
  dirs.push(dir);
  return dir;
}

describe("feedback store", () => {
  it("keeps the words only of not-helpful and declined questions, never of private ones, and removes them after retention", async () => {
    const dir = tempDir();
    let now = new Date("2026-01-10T12:00:00Z");
    const store = new FeedbackStore({
      dataDir: dir,
      logger: silentLogger,
      clock: () => now,
      retentionDays: 90,
    });
    const base = { intent: "indicator", subjects: ["indicator:mobility"], lang: "en" as const };
    await store.record({ ...base, kind: "helpful", question: "what is the mobility target?" });
    await store.record({ ...base, kind: "not-helpful", question: "what is the mobility target?" });
    await store.record({
      kind: "declined",
      intent: "person_specific",
      subjects: [],
      lang: "en",
      question: "what is my salary?",
      privateText: true,
    });
    const kept = await store.list();
    expect(kept.map((e) => [e.kind, e.question])).toEqual([
      ["helpful", undefined],
      ["not-helpful", "what is the mobility target?"],
      ["declined", undefined],
    ]);
    expect(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8")).not.toContain("salary");

    now = new Date("2026-04-10T12:00:00Z"); // 90 days later: still kept
    expect(await store.list()).toHaveLength(3);
    now = new Date("2026-04-11T12:00:01Z"); // past 90 days: gone from reads at once, and from the file on purge
    expect(await store.list()).toEqual([]);
    expect(await store.purge()).toBe(3);
    expect(JSON.parse(readFileSync(path.join(dir, FEEDBACK_FILE), "utf8")).entries).toEqual([]);
  });

  it("reads a different retention from its option", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const store = new FeedbackStore({
      dataDir: tempDir(),
      logger: silentLogger,
      clock: () => now,
      retentionDays: 7,
    });
    await store.record({
      kind: "declined",
      intent: "out_of_scope",
      subjects: [],
      lang: "en",
      question: "lunch?",
    });
    now = new Date("2026-01-09T00:00:00Z");
    expect(await store.purge()).toBe(1);
  });
});

describe("the unanswered report", () => {
  const at = "2026-11-05T10:00:00.000Z";
  const entry = (kind: "declined" | "not-helpful", question: string, lang: "en" | "zh", topic: string) => ({
    id: question,
    kind,
    intent: topic.startsWith("indicator") ? "indicator" : topic,
    subjects: topic.startsWith("indicator") ? [topic] : [],
    lang,
    at,
    question,
  });

  it("groups similar questions by language and topic, with counts, most asked first", () => {
    const report = unansweredReport(
      [
        entry("declined", "what is the canteen menu today", "en", "out_of_scope"),
        entry("declined", "what is the canteen menu", "en", "out_of_scope"),
        entry("declined", "canteen menu today?", "en", "out_of_scope"),
        entry("not-helpful", "what is the mobility target", "en", "indicator:mobility"),
        entry("declined", "食堂今天的菜单是什么", "zh", "out_of_scope"),
        entry("declined", "when is the staff party", "en", "out_of_scope"),
      ],
      new Date("2026-11-01T00:00:00Z"),
      new Date("2026-12-01T00:00:00Z"),
    );
    expect(report.total).toBe(6);
    expect(report.groups.map((g) => [g.lang, g.topic, g.count, g.declined, g.notHelpful])).toEqual([
      ["en", "out_of_scope", 3, 3, 0],
      ["en", "indicator:mobility", 1, 0, 1],
      ["en", "out_of_scope", 1, 1, 0],
      ["zh", "out_of_scope", 1, 1, 0],
    ]);
    expect(report.groups[0]?.variants).toEqual(["what is the canteen menu", "canteen menu today?"]);
    const csv = reportCsv(report);
    expect(csv.split("\r\n")[0]).toBe("language,topic,count,declined,not_helpful,example,variants");
    expect(csv).toContain(
      "en,out_of_scope,3,3,0,what is the canteen menu today,what is the canteen menu | canteen menu today?",
    );
  });

  it("neutralises a formula in a question for spreadsheets", () => {
    const report = unansweredReport(
      [entry("declined", '=HYPERLINK("x")', "en", "out_of_scope")],
      new Date(0),
      new Date("2027-01-01T00:00:00Z"),
    );
    expect(reportCsv(report)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe("feedback and the report in chat and from the command line", () => {
  it("rates an answer, counts a decline, and shows HR what went unanswered this month", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    const answer = await bob.say("what is the mobility target?");
    expect(answer.reply.suggestions.map((s) => s.message)).toEqual(
      expect.arrayContaining(["Helpful", "Not helpful"]),
    );
    expect((await bob.say("Not helpful")).text).toContain("I've noted that this answer did not help");
    // Rated once: a second rating has nothing to rate.
    expect((await bob.say("helpful")).text).toContain("There is no recent answer of mine to rate");
    await bob.say("what is on the canteen menu today?");
    await bob.say("how many days of leave do I have left?");

    const entries = await world.requests.feedback.list();
    expect(entries.map((e) => [e.kind, e.intent, e.question])).toEqual([
      ["not-helpful", "indicator", "what is the mobility target?"],
      ["declined", "out_of_scope", "what is on the canteen menu today?"],
      ["declined", "person_specific", undefined],
    ]);

    expect((await bob.say("unanswered questions this month")).text).toContain(
      "only HR can see what went unanswered",
    );
    const report = await world.person(HR_USER).say("unanswered questions this month");
    expect(report.text).toContain("Unanswered questions, 2026-11-01 – 2026-11-23");
    expect(report.text).toContain("3 declined or “not helpful” questions, in 3 groups");
    expect(report.text).toContain("what is on the canteen menu today?");
    expect(report.text).toContain("(personal-record question, words not kept)");

    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ["unanswered", "--csv", "--data-dir", world.dataDir],
      { write: (t: string) => out.push(t) },
      { write: (t: string) => err.push(t) },
      () => new Date("2026-11-23T09:00:00Z"),
    );
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const lines = out.join("").trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines).toContain("en,indicator:mobility,1,0,1,what is the mobility target?,");

    const bad = await main(
      ["unanswered", "--from", "yesterday", "--data-dir", world.dataDir],
      { write: () => 0 },
      {
        write: (t: string) => err.push(t),
      },
    );
    expect(bad).toBe(1);
    expect(err.join("")).toContain("--from: a date YYYY-MM-DD");
  });
});
