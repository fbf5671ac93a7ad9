import { describe, expect, it } from "vitest";
import { notificationRenderer } from "../../src/bot/notifications.ts";
import type { NotificationKind } from "../../src/notify/events.ts";
import {
  EARLY_RECRUITMENT_SCRIPT,
  HR_USER,
  openWorld,
  type Person,
  requestIds,
  sayAll,
  sayConfirmed,
  submitFlexibleWork,
  type World,
} from "../support/requests.ts";

/**
 * The request workflow through chat, end to end: requesters follow and withdraw their requests;
 * HR reviewers list, decide, export and count them; whole-form submissions and decision buttons
 * arrive as Incoming.form and Incoming.decision. Everything over a real request log.
 */

const NOT_FOUND =
  "I can't find that request, or it isn't yours to see. Check the id (e.g. FWA-2026-0007), or say “my requests” to list yours.";
const NOT_FOUND_ZH =
  "找不到这个申请编号，或者您无权查看。请检查编号(例如 FWA-2026-0007)，或回复“我的申请”查看您的申请。";
const ONLY_HR = "Sorry, only HR reviewers can do that.";
const ONLY_HR_ZH = "抱歉，只有人力资源审核人员可以这样做。";
const COMMENT_NEEDED = "A comment is needed to reject or ask for information";

interface Cast {
  world: World;
  bob: Person;
  carol: Person;
  hr: Person;
}

/** A manager (bob), another member of staff (carol) and an HR reviewer (hr1). */
async function cast(): Promise<Cast> {
  const world = await openWorld();
  return {
    world,
    bob: world.person("bob", "Bob Manager"),
    carol: world.person("carol", "Carol Staff"),
    hr: world.person(HR_USER, "Hana HR"),
  };
}

async function outboxKinds(world: World): Promise<[NotificationKind, string, string][]> {
  const { outbox } = await world.requests.log.snapshot();
  return outbox.map(({ event }) => [
    event.kind,
    event.requestId,
    event.audience === "hr"
      ? "hr"
      : `${event.audience.requester.platform}:${event.audience.requester.userId}`,
  ]);
}

describe("requester intents", () => {
  it("“my requests” lists one's own requests only, newest first", async () => {
    const { bob, carol } = await cast();
    expect((await bob.say("my requests")).text).toContain("You have not submitted any requests yet.");
    const fwa = await submitFlexibleWork(bob);
    const erv = (await sayAll(bob, EARLY_RECRUITMENT_SCRIPT)).reply.title;
    const carols = await submitFlexibleWork(carol);
    expect([fwa, erv, carols]).toEqual(["FWA-2026-0001", "ERV-2026-0001", "FWA-2026-0002"]);

    const mine = await bob.say("my requests");
    expect(mine.reply.intent).toBe("my_requests");
    expect(mine.text).toContain("Your requests (2):");
    const list = mine.reply.parts.find((p) => p.kind === "list");
    expect(list?.kind === "list" && requestIds(list.items.join("\n"))).toEqual([
      "ERV-2026-0001",
      "FWA-2026-0001",
    ]);
    expect(mine.text).toContain(
      "FWA-2026-0001 · Flexible working arrangement · Flexible work: Telework on set days (Monday, Friday), 1 March 2027 – 31 August 2027 · submitted, awaiting HR review",
    );
    expect(mine.text).not.toContain("FWA-2026-0002");

    const zh = await bob.say("我的申请");
    expect(zh.reply.lang).toBe("zh");
    expect(zh.text).toContain("您的申请(2)：");
    expect(zh.text).toContain("FWA-2026-0001 · 灵活工作安排");
    expect(zh.text).toContain("已提交，等待人力资源审核");
  });

  it("“status of <id>” shows the request and its history, in English and Chinese", async () => {
    const { bob } = await cast();
    const id = await submitFlexibleWork(bob);
    const status = await bob.say(`status of ${id}`);
    expect(status.reply.intent).toBe("request_status");
    expect(status.reply.title).toBe(id);
    expect(status.text).toContain("• Status: submitted, awaiting HR review");
    expect(status.text).toContain("• Arrangement: Telework on set days");
    expect(status.text).toContain("History:");
    expect(status.text).toContain("• 23 November 2026 · Bob Manager · submitted, awaiting HR review");
    expect(status.reply.suggestions.map((s) => s.message)).toContain(`withdraw ${id}`);
    // A requester gets no decision buttons.
    expect(status.reply.review).toBeUndefined();

    const zh = await bob.say(`${id} 的状态`);
    expect(zh.text).toContain("• 状态：已提交，等待人力资源审核");
    expect(zh.text).toContain("历史：");
    expect(zh.text).toContain("2026年11月23日 · Bob Manager · 已提交，等待人力资源审核");
  });

  it("“withdraw <id>” proposes, “yes” withdraws the request, which stays in the log as withdrawn", async () => {
    const { world, bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    const withdrawn = await sayConfirmed(bob, `withdraw ${id}`);
    expect(withdrawn.reply.intent).toBe("request_withdraw");
    expect(withdrawn.text).toBe(`${id} is now withdrawn. It stays on record.`);

    const record = await world.record(id);
    expect(record?.status).toBe("withdrawn");
    expect(record?.history.map((h) => [h.action, h.status, h.by.userId])).toEqual([
      ["submit", "submitted", "bob"],
      ["withdraw", "withdrawn", "bob"],
    ]);
    expect((await bob.say("my requests")).text).toContain(`${id} · Flexible working arrangement`);
    expect((await bob.say("my requests")).text).toContain("· withdrawn");
    expect((await bob.say(`status of ${id}`)).text).toContain("• Status: withdrawn");
    expect((await hr.say("pending requests")).text).toContain("No requests are waiting for review.");
    expect(await outboxKinds(world)).toContainEqual(["request-withdrawn", id, "hr"]);

    // Withdrawn once is enough.
    const again = await sayConfirmed(bob, `withdraw ${id}`);
    expect(again.text).toContain("That request is closed (withdrawn), so it can't be changed");
    expect((await world.record(id))?.history).toHaveLength(2);
  });

  it("“撤回 <id>” withdraws in Chinese", async () => {
    const { world, bob } = await cast();
    const id = await submitFlexibleWork(bob);
    const withdrawn = await sayConfirmed(bob, `撤回 ${id}`);
    expect(withdrawn.reply.lang).toBe("zh");
    expect(withdrawn.text).toContain("已撤回");
    expect(withdrawn.text).toContain("它仍保留在记录中。");
    expect((await world.record(id))?.status).toBe("withdrawn");
  });

  it("“撤回 <id>” says “已撤回” once, not “已已撤回”", async () => {
    const { bob } = await cast();
    const id = await submitFlexibleWork(bob);
    expect((await sayConfirmed(bob, `撤回 ${id}`)).text).toBe(`${id} 已撤回。它仍保留在记录中。`);
  });

  it("someone else's id gets exactly the answer of an unknown id, and changes nothing", async () => {
    const { world, bob, carol } = await cast();
    const id = await submitFlexibleWork(bob);
    const unknown = "FWA-2026-0099";
    for (const [ask, intent] of [
      ["status of", "request_status"],
      ["withdraw", "request_withdraw"],
    ] as const) {
      const others = await carol.say(`${ask} ${id}`);
      const missing = await carol.say(`${ask} ${unknown}`);
      expect(others.reply.intent).toBe(intent);
      expect(others.text).toContain(NOT_FOUND);
      expect(others.text).toBe(missing.text);
      expect(others.text).not.toContain("Telework");
    }
    const resubmit = await sayConfirmed(carol, `resubmit ${id}: here you are`);
    expect(resubmit.text).toContain(NOT_FOUND);

    const zhOthers = await carol.say(`${id} 的状态`);
    const zhMissing = await carol.say(`${unknown} 的状态`);
    expect(zhOthers.text).toContain(NOT_FOUND_ZH);
    expect(zhOthers.text).toBe(zhMissing.text);

    expect((await world.record(id))?.status).toBe("submitted");
    expect((await world.record(id))?.history).toHaveLength(1);
  });
});

describe("HR intents", () => {
  it("“pending requests” lists what awaits a decision, oldest first, with how to decide", async () => {
    const { bob, carol, hr } = await cast();
    const first = await submitFlexibleWork(bob);
    const second = await submitFlexibleWork(carol);
    const pending = await hr.say("pending requests");
    expect(pending.reply.intent).toBe("hr_pending");
    expect(pending.text).toContain("Waiting for review (2), oldest first:");
    expect(requestIds(pending.text).slice(0, 2)).toEqual([first, second]);
    expect(pending.text).toContain(
      "Reply “approve <id>”, “reject <id> <comment>” or “ask for information <id> <comment>”.",
    );

    const zh = await hr.say("待审核的申请");
    expect(zh.text).toContain("待审核的申请(2)，最早的在前：");
    expect(zh.text).toContain(first);
  });

  it("HR sees any request's status with decision buttons", async () => {
    const { bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    const status = await hr.say(`status of ${id}`);
    expect(status.text).toContain("• Requester: Bob Manager");
    expect(status.reply.review?.requestId).toBe(id);
    expect(status.reply.review?.actions.map((a) => [a.decision, a.needsComment])).toEqual([
      ["approve", false],
      ["reject", true],
      ["request-info", true],
    ]);
  });

  it("“approve <id>” approves and notifies the requester", async () => {
    const { world, bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    const approved = await sayConfirmed(hr, `approve ${id}`);
    expect(approved.reply.intent).toBe("hr_decide");
    expect(approved.text).toContain(`${id}: approved. The requester has been notified.`);
    const record = await world.record(id);
    expect(record?.status).toBe("approved");
    expect(record?.history.at(-1)).toMatchObject({
      action: "approve",
      status: "approved",
      by: { platform: "console", userId: HR_USER },
    });
    expect(await outboxKinds(world)).toEqual([
      ["request-submitted", id, "hr"],
      ["request-decided", id, "console:bob"],
      // HR's message about it is closed wherever it is shown.
      ["review-closed", id, "hr"],
    ]);
    expect((await bob.say(`status of ${id}`)).text).toContain("• Status: approved");
    expect((await hr.say("pending requests")).text).toContain("No requests are waiting for review.");

    // A decision is taken once.
    expect((await sayConfirmed(hr, `reject ${id} too late`)).text).toContain(
      "That request is closed (approved), so it can't be changed",
    );
  });

  it("“批准 <id>” approves in Chinese", async () => {
    const { world, bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    const approved = await sayConfirmed(hr, `批准 ${id}`);
    expect(approved.text).toContain(`${id}：已批准。已通知申请人。`);
    expect((await world.record(id))?.status).toBe("approved");
  });

  it("“reject <id>” without a comment asks for one; with a comment it rejects", async () => {
    const { world, bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    const bare = await sayConfirmed(hr, `reject ${id}`);
    expect(bare.reply.intent).toBe("hr_decide");
    expect(bare.text).toContain(COMMENT_NEEDED);
    expect(bare.text).toContain("“reject FWA-2026-0007 the dates clash with the team rota”");
    expect((await world.record(id))?.status).toBe("submitted");

    const zh = await sayConfirmed(hr, `拒绝 ${id}`);
    expect(zh.text).toContain("拒绝或要求补充信息时需要附上说明");
    expect((await world.record(id))?.status).toBe("submitted");

    const rejected = await sayConfirmed(hr, `reject ${id} the dates clash with the team rota`);
    expect(rejected.text).toContain(`${id}: rejected. The requester has been notified.`);
    const record = await world.record(id);
    expect(record?.status).toBe("rejected");
    expect(record?.history.at(-1)).toMatchObject({
      action: "reject",
      comment: "the dates clash with the team rota",
    });
    const status = await bob.say(`status of ${id}`);
    expect(status.text).toContain("• Status: rejected");
    expect(status.text).toContain("rejected: “the dates clash with the team rota”");
  });

  it("ask for information → the requester resubmits → HR approves", async () => {
    const { world, bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    const bare = await sayConfirmed(hr, `ask for information ${id}`);
    expect(bare.text).toContain(COMMENT_NEEDED);

    const asked = await sayConfirmed(hr, `ask for information ${id} which team rota applies?`);
    expect(asked.text).toContain(`${id}: more information requested. The requester has been notified.`);
    expect((await world.record(id))?.status).toBe("more-info-requested");
    const status = await bob.say(`status of ${id}`);
    expect(status.text).toContain("• Status: more information requested");
    expect(status.text).toContain("“which team rota applies?”");
    // Nothing to decide while HR waits for the requester.
    expect((await hr.say("pending requests")).text).toContain("No requests are waiting for review.");

    const resubmitted = await sayConfirmed(bob, `resubmit ${id}: the rota of the Geneva unit`);
    expect(resubmitted.reply.intent).toBe("request_resubmit");
    expect(resubmitted.text).toBe(`${id} was resubmitted; HR has been notified.`);
    expect((await world.record(id))?.status).toBe("resubmitted");
    const pending = await hr.say("pending requests");
    expect(pending.text).toContain(id);
    expect(pending.text).toContain("resubmitted, awaiting HR review");

    expect((await sayConfirmed(hr, `approve ${id}`)).text).toContain(
      `${id}: approved. The requester has been notified.`,
    );
    const record = await world.record(id);
    expect(record?.status).toBe("approved");
    expect(record?.history.map((h) => [h.action, h.status, h.by.userId, h.comment])).toEqual([
      ["submit", "submitted", "bob", undefined],
      ["request-info", "more-info-requested", HR_USER, "which team rota applies?"],
      ["resubmit", "resubmitted", "bob", "the rota of the Geneva unit"],
      ["approve", "approved", HR_USER, undefined],
    ]);
    expect((await outboxKinds(world)).map(([kind]) => kind)).toEqual([
      "request-submitted",
      "request-decided",
      "review-closed",
      "request-resubmitted",
      "request-decided",
      "review-closed",
    ]);
  });

  it("the same round in Chinese: 要求补充信息 → 重新提交 → 批准", async () => {
    const { world, bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    expect((await sayConfirmed(hr, `要求补充信息 ${id} 具体是哪几天`)).text).toContain(
      `${id}：需要补充信息。已通知申请人。`,
    );
    expect((await sayConfirmed(bob, `重新提交 ${id}：只申请周一和周五`)).text).toBe(
      `${id} 已重新提交，人力资源部门会收到通知。`,
    );
    expect((await sayConfirmed(hr, `批准 ${id}`)).text).toContain(`${id}：已批准。已通知申请人。`);
    expect((await world.record(id))?.history.map((h) => h.comment)).toEqual([
      undefined,
      "具体是哪几天",
      "只申请周一和周五",
      undefined,
    ]);
  });

  it("a user who is not HR is refused politely: approve, pending, export, statistics", async () => {
    const { world, bob, carol } = await cast();
    const id = await submitFlexibleWork(bob);
    // The requester deciding on their own request.
    const own = await sayConfirmed(bob, `approve ${id}`);
    expect(own.reply.intent).toBe("hr_decide");
    expect(own.text).toContain(ONLY_HR);
    for (const [text, intent] of [
      ["pending requests", "hr_pending"],
      ["export requests as CSV", "hr_export"],
      ["request statistics", "hr_stats"],
    ] as const) {
      const said = await carol.say(text);
      expect(said.reply.intent, text).toBe(intent);
      expect(said.text, text).toContain(ONLY_HR);
      expect(said.text, text).not.toContain(id);
    }
    for (const text of ["待审核的申请", "导出申请 CSV", "申请统计"]) {
      expect((await carol.say(text)).text, text).toContain(ONLY_HR_ZH);
    }
    // Someone else's request: refused, nothing changes.
    const others = await sayConfirmed(carol, `approve ${id}`);
    expect(others.reply.intent).toBe("hr_decide");
    expect(others.text).not.toContain("approved.");
    const record = await world.record(id);
    expect(record?.status).toBe("submitted");
    expect(record?.history).toHaveLength(1);
    expect(await outboxKinds(world)).toEqual([["request-submitted", id, "hr"]]);
  });

  it("a user who is not HR trying to approve someone else's request is told that only HR can", async () => {
    // Deciding is for HR whatever the id: the refusal says so and reveals nothing about the request.
    const { bob, carol } = await cast();
    const id = await submitFlexibleWork(bob);
    expect((await sayConfirmed(carol, `approve ${id}`)).text).toContain(ONLY_HR);
    const button = await carol.send({ decision: { requestId: id, decision: "approve" } });
    expect(button.text).toContain(ONLY_HR);
  });

  it("“export requests as CSV” gives the header and a row per request", async () => {
    const { bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    await sayConfirmed(hr, `approve ${id}`);
    const exported = await hr.say("export requests as CSV");
    expect(exported.reply.intent).toBe("hr_export");
    const csv = exported.reply.parts.find((p) => p.kind === "paragraph" && p.text.startsWith("id,"));
    const lines = csv?.kind === "paragraph" ? csv.text.split(/\r?\n/) : [];
    expect(lines[0]).toBe(
      "id,type,status,subject,requesterPlatform,requesterId,requesterName,createdAt,updatedAt,lastAction,lastActionBy,lastComment,field:arrangement,field:days,field:end,field:forWhom,field:start",
    );
    expect(lines[1]).toBe(
      `${id},flexible-work,approved,"Flexible work: Telework on set days (Monday, Friday), 1 March 2027 – 31 August 2027",console,bob,Bob Manager,2026-11-23T09:00:00.000Z,2026-11-23T09:00:00.000Z,approve,console:${HR_USER},,telework,"Monday, Friday",2027-08-31,self,2027-03-01`,
    );
    expect(lines).toHaveLength(2);
    expect(exported.text).toContain("npm run --silent requests -- export --csv --output requests.csv");

    const zh = await hr.say("导出申请 CSV");
    expect(zh.text).toContain("共 1 条申请(CSV)：");
    expect(zh.text).toContain(`${id},flexible-work,approved`);
  });

  it("“request statistics” counts the requests by type and status", async () => {
    const { bob, carol, hr } = await cast();
    const fwa = await submitFlexibleWork(bob);
    await submitFlexibleWork(carol);
    await sayAll(bob, EARLY_RECRUITMENT_SCRIPT);
    await sayConfirmed(hr, `approve ${fwa}`);
    const stats = await hr.say("request statistics");
    expect(stats.reply.intent).toBe("hr_stats");
    expect(stats.text).toContain("Requests: 3");
    expect(stats.text).toContain("• Flexible working arrangement: 2");
    expect(stats.text).toContain("• Early recruitment: 1");
    expect(stats.text).toContain("• submitted, awaiting HR review: 2");
    expect(stats.text).toContain("• approved: 1");
    expect(stats.text).toContain(
      "Early-recruitment requests with selection finished before the incumbent left: nothing to compare yet",
    );

    const zh = await hr.say("申请统计");
    expect(zh.text).toContain("申请总数：3");
    expect(zh.text).toContain("• 灵活工作安排：2");
    expect(zh.text).toContain("• 已批准：1");
  });

  it("HR records the selection date of an approved early-recruitment request", async () => {
    const { world, bob, hr } = await cast();
    const id = (await sayAll(bob, EARLY_RECRUITMENT_SCRIPT)).reply.title ?? "";
    expect(id).toBe("ERV-2026-0001");
    // Only once approved, and only by HR.
    // The refusal says what to do (deliberate change of the review).
    expect((await sayConfirmed(hr, `selection for ${id} finished on 2026-11-23`)).text).toContain(
      "approve it first, then record the date its selection finished",
    );
    await sayConfirmed(hr, `approve ${id}`);
    expect((await sayConfirmed(bob, `selection for ${id} finished on 2026-11-23`)).text).toContain(ONLY_HR);

    const recorded = await sayConfirmed(hr, `selection for ${id} finished on 2026-11-23`);
    expect(recorded.reply.intent).toBe("hr_record_selection");
    expect(recorded.text).toBe(`Recorded for ${id}: selection finished on 23 November 2026.`);
    const record = await world.record(id);
    expect(record?.fields).toMatchObject({ departure: "2027-06-30", selectionDate: "2026-11-23" });
    expect(record?.history.at(-1)).toMatchObject({ action: "record-selection", status: "approved" });
  });

  it("the statistics show the share of early recruitments selected before the departure", async () => {
    // The share compares HR's selection date with the form's departure date.
    const { bob, hr } = await cast();
    const id = (await sayAll(bob, EARLY_RECRUITMENT_SCRIPT)).reply.title ?? "";
    await sayConfirmed(hr, `approve ${id}`);
    await sayConfirmed(hr, `selection for ${id} finished on 2026-11-23`);
    const stats = await hr.say("request statistics");
    expect(stats.text).toContain(
      "Early-recruitment requests with selection finished before the incumbent left: 100% (1/1)",
    );
    expect((await hr.say("申请统计")).text).toContain("提前招聘申请中在现任离职前完成遴选的比例：100% (1/1)");
  });
});

describe("whole-form submissions (Incoming.form)", () => {
  const VALID = {
    forWhom: "self",
    arrangement: "telework",
    days: "Mondays and Fridays",
    start: "2027-03-01",
    end: "2027-08-31",
    reason: "",
  };

  it("answers errors per field, then submits the corrected form; the same submissionId twice is one request", async () => {
    const { world, bob } = await cast();
    const wrong = await bob.send({
      form: {
        type: "flexible-work",
        submissionId: "view-1",
        values: { ...VALID, arrangement: "banana", days: "", start: "2027-02-30" },
      },
    });
    expect(wrong.reply.intent).toBe("request_form_errors");
    expect(wrong.reply.form?.errors).toEqual({
      arrangement: expect.stringContaining("“banana” is not one of the options for the arrangement."),
      days: "Days or pattern is required.",
      start: expect.stringContaining("“2027-02-30” is not a valid date for the start date."),
    });
    // The form comes back as it was filled in, to correct.
    expect(wrong.reply.form?.submissionId).toBe("view-1");
    expect(wrong.reply.form?.fields.find((f) => f.name === "arrangement")?.value).toBe("banana");
    expect(await world.all()).toEqual([]);

    const order = await bob.send({
      form: { type: "flexible-work", submissionId: "view-1", values: { ...VALID, end: "2027-02-01" } },
    });
    expect(order.reply.form?.errors).toEqual({
      end: "End date must be after the start date (1 March 2027).",
    });
    const past = await bob.send({
      form: { type: "flexible-work", submissionId: "view-1", values: { ...VALID, start: "2026-11-01" } },
    });
    expect(past.reply.form?.errors.start).toContain(
      "Start date cannot be in the past (today is 23 November 2026).",
    );

    const valid = await bob.send({ form: { type: "flexible-work", submissionId: "view-1", values: VALID } });
    expect(valid.reply.intent).toBe("request_submitted");
    expect(valid.reply.title).toBe("FWA-2026-0001");
    const again = await bob.send({ form: { type: "flexible-work", submissionId: "view-1", values: VALID } });
    expect(again.reply.intent).toBe("request_submitted");
    expect(again.reply.title).toBe("FWA-2026-0001");

    const all = await world.all();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: "FWA-2026-0001",
      status: "submitted",
      idempotencyKey: "view-1",
      fields: { forWhom: "self", arrangement: "telework", days: "Monday, Friday", start: "2027-03-01" },
    });
    expect(all[0]?.fields).not.toHaveProperty("reason");
    expect(await outboxKinds(world)).toEqual([["request-submitted", "FWA-2026-0001", "hr"]]);
  });

  it("gives the errors in Chinese to a Chinese user", async () => {
    const { world, bob } = await cast();
    const wrong = await bob.send({
      locale: "zh-CN",
      form: {
        type: "flexible-work",
        submissionId: "card-7",
        values: { ...VALID, arrangement: "banana", days: "", end: "2027-02-01" },
      },
    });
    expect(wrong.reply.intent).toBe("request_form_errors");
    expect(wrong.reply.lang).toBe("zh");
    expect(wrong.reply.form?.errors).toEqual({
      arrangement: expect.stringContaining("“banana”不是工作安排的可选项。"),
      days: "请填写适用日子或模式。",
      end: "结束日期必须晚于开始日期(2027年3月1日)。",
    });
    expect(wrong.text).toContain("请更正以下内容：");
    expect(await world.all()).toEqual([]);
  });

  it("a form of an unknown type is explained, not stored", async () => {
    const { world, bob } = await cast();
    const said = await bob.send({
      form: { type: "pay-rise", submissionId: "v", values: { amount: "1000" } },
    });
    expect(said.text).toContain("That request type is not known.");
    expect(await world.all()).toEqual([]);
  });
});

describe("decision buttons (Incoming.decision)", () => {
  it("from a user who is not HR: refused, and nothing changes", async () => {
    const { world, bob, carol } = await cast();
    const id = await submitFlexibleWork(bob);
    const before = await world.requests.log.snapshot();
    for (const person of [bob, carol]) {
      for (const decision of ["approve", "reject", "request-info"] as const) {
        const said = await person.send({ decision: { requestId: id, decision, comment: "looks fine" } });
        expect(said.reply.intent).toBe("hr_decide");
        expect(said.text).not.toMatch(/approved|rejected|more information requested/);
      }
    }
    const own = await bob.send({ decision: { requestId: id, decision: "approve" } });
    expect(own.text).toContain(ONLY_HR);
    const after = await world.requests.log.snapshot();
    expect(after.requests).toEqual(before.requests);
    expect(after.outbox).toEqual(before.outbox);
  });

  it("from HR: approve, or reject and request-info with a comment (refused without one)", async () => {
    const { world, bob, carol, hr } = await cast();
    const first = await submitFlexibleWork(bob);
    const second = await submitFlexibleWork(carol);

    const noComment = await hr.send({ decision: { requestId: first, decision: "reject" } });
    expect(noComment.text).toContain(COMMENT_NEEDED);
    const blank = await hr.send({ decision: { requestId: first, decision: "request-info", comment: "  " } });
    expect(blank.text).toContain(COMMENT_NEEDED);
    expect((await world.record(first))?.status).toBe("submitted");

    const info = await hr.send({
      decision: { requestId: first, decision: "request-info", comment: "Which rota?" },
    });
    expect(info.text).toContain(`${first}: more information requested. The requester has been notified.`);
    const approve = await hr.send({ decision: { requestId: second, decision: "approve" } });
    expect(approve.text).toContain(`${second}: approved. The requester has been notified.`);
    expect((await world.record(first))?.history.at(-1)?.comment).toBe("Which rota?");
    expect((await world.record(second))?.status).toBe("approved");

    const unknown = await hr.send({ decision: { requestId: "FWA-2026-0099", decision: "approve" } });
    expect(unknown.text).toContain(NOT_FOUND);
  });

  it("says in the reply which decision the request carries, so platforms can show it on the HR message", async () => {
    const { bob, hr } = await cast();
    const id = await submitFlexibleWork(bob);
    const approved = await hr.send({ decision: { requestId: id, decision: "approve", comment: "fine" } });
    expect(approved.reply.decided).toMatchObject({
      requestId: id,
      recordedNow: true,
      status: "approved",
      by: { platform: "console", userId: "hr1" },
      comment: "fine",
    });
    // A second press on the same request (another reviewer, a stale button) is refused, and the
    // reply still tells what was decided before.
    const late = await hr.send({ decision: { requestId: id, decision: "reject", comment: "too late" } });
    expect(late.reply.decided).toMatchObject({
      requestId: id,
      recordedNow: false,
      status: "approved",
      comment: "fine",
    });
    const refused = await bob.send({ decision: { requestId: id, decision: "approve" } });
    expect(refused.reply.decided).toBeUndefined();
  });
});

describe("notifications in the requester's language", () => {
  it("tells a requester who wrote in Chinese in Chinese, and HR in the HR channel's language", async () => {
    const { world, hr } = await cast();
    const li = world.person("li", "李明");
    await li.say("我想申请弹性工作，从2027年3月1日到2027年8月31日每周一和周五居家办公");
    const { reply } = await sayAll(li, ["本人", "跳过", "提交"]);
    const id = reply.title ?? "";
    expect(id).toMatch(/^FWA-/);
    expect((await world.record(id))?.lang).toBe("zh");
    await sayConfirmed(hr, `approve ${id}`);

    const render = notificationRenderer(world.requests.log, "en");
    const outbox = (await world.requests.log.snapshot()).outbox.map((entry) => entry.event);
    const toLi = outbox.find((e) => e.kind === "request-decided" && e.audience !== "hr");
    const toHr = outbox.find((e) => e.kind === "request-submitted" && e.audience === "hr");
    if (!toLi || !toHr) throw new Error("notifications were not queued");
    expect((await render(toLi))?.title).toBe(`您的申请 ${id}：已批准(Hana HR)`);
    expect((await render(toHr))?.title).toMatch(/^New request FWA-/);
  });
});
