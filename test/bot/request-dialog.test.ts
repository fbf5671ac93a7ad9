import { describe, expect, it } from "vitest";
import {
  EARLY_RECRUITMENT_SCRIPT,
  FLEXIBLE_WORK,
  openWorld,
  type Person,
  type Said,
  sayAll,
  submitFlexibleWork,
  type World,
} from "../support/requests.ts";

/**
 * The request form as a conversation, end to end through Bot.handle over a real request log:
 * what the first message says is kept, only what is missing is asked, one question at a time;
 * then a summary to submit, edit or cancel. Validation messages come in the user's language.
 */

const QUESTIONS = {
  forWhom: "Is this request for you, or for a member of your staff?",
  staffMember: "Which staff member is it for?",
  arrangement: "Which arrangement:",
  days: "On which days, or in which pattern?",
  start: "From which date?",
  end: "Until which date?",
  reason: "Any reason or context you would like to add?",
  summary: "Please check your request:",
};

const QUESTIONS_ZH = {
  forWhom: "这项申请是为您本人，还是为您的某位职员？",
  arrangement: "哪种安排：",
  days: "在哪几天，或按什么模式？",
  start: "从哪一天开始？",
  end: "到哪一天结束？",
  reason: "需要补充理由或背景吗？",
  summary: "请核对您的申请：",
};

/** The questions a reply asks, by name: exactly one while a form is being filled in. */
function asked(said: Said, questions: Record<string, string>): string[] {
  return Object.entries(questions)
    .filter(([, question]) => said.text.includes(question))
    .map(([name]) => name);
}

async function pending(world: World, person: Person): Promise<unknown> {
  const state = await world.requests.dialogs.get(`console:console:${person.id}:${person.id}`);
  return state?.pending;
}

describe("the flexible-work form in English", () => {
  it("keeps what the first message says and asks only for what is missing, one question at a time", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");

    const first = await bob.say(FLEXIBLE_WORK.first);
    expect(first.reply.intent).toBe("request_form");
    expect(first.reply.title).toBe("Flexible working arrangement");
    expect(first.text).toContain("I have noted:");
    expect(first.text).toContain("• Arrangement: Telework on set days");
    expect(first.text).toContain("• Days or pattern: Monday, Friday");
    expect(first.text).toContain("• Start date: 1 March 2027");
    expect(first.text).toContain("• End date: 31 August 2027");
    expect(first.text).toContain("“cancel”");
    expect(asked(first, QUESTIONS)).toEqual(["forWhom"]);
    // A rich platform may show the whole form, pre-filled with what the message said.
    const values = Object.fromEntries((first.reply.form?.fields ?? []).map((f) => [f.name, f.value]));
    expect(values).toMatchObject({
      arrangement: "telework",
      days: "Monday, Friday",
      start: "2027-03-01",
      end: "2027-08-31",
    });
    expect(await pending(world, bob)).toBe("forWhom");

    const second = await bob.say("me");
    expect(asked(second, QUESTIONS)).toEqual(["reason"]);
    expect(second.text).toContain("Say “skip” to leave it out.");

    const summary = await bob.say("skip");
    expect(summary.reply.intent).toBe("request_form");
    expect(asked(summary, QUESTIONS)).toEqual(["summary"]);
    const facts = summary.reply.parts.find((p) => p.kind === "facts");
    expect(facts?.kind === "facts" && facts.facts.map((f) => `${f.label}: ${f.value}`)).toEqual([
      "Request for: Me",
      "Arrangement: Telework on set days",
      "Days or pattern: Monday, Friday",
      "Start date: 1 March 2027",
      "End date: 31 August 2027",
    ]);
    expect(summary.text).toContain(
      "Reply “submit” to send it, “edit <field>” to change something, or “cancel”.",
    );
    expect(await world.all()).toEqual([]);

    const done = await bob.say("submit");
    expect(done.reply.intent).toBe("request_submitted");
    expect(done.reply.title).toBe("FWA-2026-0001");
    expect(done.text).toContain("Submitted: FWA-2026-0001. HR has been notified");
    const record = await world.record("FWA-2026-0001");
    expect(record).toMatchObject({
      type: "flexible-work",
      status: "submitted",
      requester: { platform: "console", userId: "bob", name: "Bob Manager" },
      subject: "Flexible work: Telework on set days (Monday, Friday), 1 March 2027 – 31 August 2027",
      fields: {
        forWhom: "self",
        arrangement: "telework",
        days: "Monday, Friday",
        start: "2027-03-01",
        end: "2027-08-31",
      },
      createdAt: "2026-11-23T09:00:00.000Z",
    });
    expect(record?.fields).not.toHaveProperty("reason");
    expect(await pending(world, bob)).toBeUndefined();
  });

  it("asks every field in order when the first message says nothing about them", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    const steps: [string, string][] = [
      ["submit a flexible-work request", "forWhom"],
      ["me", "arrangement"],
      ["telework", "days"],
      ["Mondays and Fridays", "start"],
      ["1 March 2027", "end"],
      ["31 August 2027", "reason"],
      ["My commute takes three hours a day.", "summary"],
    ];
    for (const [text, question] of steps) {
      const said = await bob.say(text);
      expect(asked(said, QUESTIONS), `after “${text}”`).toEqual([question]);
    }
    const done = await bob.say("submit");
    expect(done.reply.intent).toBe("request_submitted");
    expect((await world.record("FWA-2026-0001"))?.fields).toEqual({
      forWhom: "self",
      arrangement: "telework",
      days: "Monday, Friday",
      start: "2027-03-01",
      end: "2027-08-31",
      reason: "My commute takes three hours a day.",
    });
  });

  it("asks for the staff member's name only when the request is for a member of staff", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await bob.say(FLEXIBLE_WORK.first);
    const who = await bob.say("a staff member");
    expect(asked(who, QUESTIONS)).toEqual(["staffMember"]);
    await sayAll(bob, ["Maria Lopez", "skip"]);
    const done = await bob.say("submit");
    expect(done.reply.intent).toBe("request_submitted");
    const record = await world.record("FWA-2026-0001");
    expect(record?.fields).toMatchObject({ forWhom: "staff-member", staffMember: "Maria Lopez" });
    expect(record?.subject).toContain("for Maria Lopez");
  });

  it("edits a field from the summary: “edit 2” asks for the arrangement again", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await sayAll(bob, [FLEXIBLE_WORK.first, "me", "skip"]);

    const which = await bob.say("edit");
    expect(which.text).toContain("Which field? Reply “edit <number>”:");
    expect(which.text).toContain("• 2. Arrangement");

    const edit = await bob.say("edit 2");
    expect(asked(edit, QUESTIONS)).toEqual(["arrangement"]);
    const summary = await bob.say("flexible hours");
    expect(asked(summary, QUESTIONS)).toEqual(["summary"]);
    expect(summary.text).toContain("• Arrangement: Flexible hours");
    expect(summary.text).toContain("• Days or pattern: Monday, Friday");

    const byName = await bob.say("edit start date");
    expect(asked(byName, QUESTIONS)).toEqual(["start"]);
    expect((await bob.say("1 April 2027")).text).toContain("• Start date: 1 April 2027");

    await bob.say("submit");
    expect((await world.record("FWA-2026-0001"))?.fields).toMatchObject({
      arrangement: "flexible-hours",
      start: "2027-04-01",
    });
  });

  it("cancels at any point and submits nothing: at the first question, mid-way and at the summary", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    const paths = [
      ["submit a flexible-work request"],
      ["submit a flexible-work request", "me", "telework"],
      [FLEXIBLE_WORK.first, "me", "skip"],
    ];
    for (const lines of paths) {
      await sayAll(bob, lines);
      const cancelled = await bob.say("cancel");
      expect(cancelled.reply.intent).toBe("request_cancelled");
      expect(cancelled.text).toBe("Cancelled. Nothing was submitted.");
      expect(await pending(world, bob)).toBeUndefined();
    }
    // The form is gone: "submit" now means nothing to it, and no request exists.
    expect((await bob.say("submit")).reply.intent).not.toBe("request_submitted");
    expect(await world.all()).toEqual([]);
    expect((await bob.say("my requests")).text).toContain("You have not submitted any requests yet.");
  });

  it("two flexible-work requests filled in one after the other are two requests", async () => {
    // The clock stands still in tests (as it may between two quick submissions): the second
    // form must not be mistaken for a retry of the first.
    const world = await openWorld();
    const bob = world.person("bob");
    const first = await submitFlexibleWork(bob);
    await bob.say(
      "submit a flexible-work request for flexible hours on Tuesdays from 1 April to 30 June 2027",
    );
    const second = await sayAll(bob, ["me", "skip", "submit"]);
    expect(second.reply.title).not.toBe(first);
    expect(second.reply.title).toBe("FWA-2026-0002");
    expect(await world.all()).toHaveLength(2);
    expect((await world.record("FWA-2026-0002"))?.fields).toMatchObject({ arrangement: "flexible-hours" });
  });
});

describe("the flexible-work form in Chinese", () => {
  it("“我想申请弹性工作” starts a Chinese form that asks one question at a time, then submits on “提交”", async () => {
    const world = await openWorld();
    const li = world.person("li", "李明");
    const steps: [string, string][] = [
      ["我想申请弹性工作", "forWhom"],
      ["本人", "arrangement"],
      ["远程办公", "days"],
      ["每周一和周五", "start"],
      ["2027年3月1日", "end"],
      ["2027年8月31日", "reason"],
      ["跳过", "summary"],
    ];
    for (const [text, question] of steps) {
      const said = await li.say(text);
      expect(said.reply.lang, `after “${text}”`).toBe("zh");
      expect(asked(said, QUESTIONS_ZH), `after “${text}”`).toEqual([question]);
    }
    const summary = await li.say("随便说点什么");
    expect(summary.text).toContain("• 工作安排：在固定日期远程办公");
    expect(summary.text).toContain("• 开始日期：2027年3月1日");
    expect(summary.text).toContain("回复“提交”发送，“修改 <栏目>”更改某一项，或“取消”。");

    const done = await li.say("提交");
    expect(done.reply.intent).toBe("request_submitted");
    expect(done.text).toContain("已提交：FWA-2026-0001。已通知人力资源部门审核");
    const record = await world.record("FWA-2026-0001");
    expect(record).toMatchObject({
      status: "submitted",
      subject: expect.stringContaining("灵活工作安排：在固定日期远程办公"),
      fields: { forWhom: "self", arrangement: "telework", start: "2027-03-01", end: "2027-08-31" },
    });
    expect(String(record?.fields.days)).toMatch(/周一.*周五/);
  });

  it("keeps what a short first message says (arrangement and days)", async () => {
    const world = await openWorld();
    const li = world.person("li");
    const first = await li.say("我想申请弹性工作，每周一和周五远程办公");
    expect(first.reply.intent).toBe("request_form");
    expect(first.text).toContain("我已记下：");
    expect(first.text).toContain("• 工作安排：在固定日期远程办公");
    expect(first.text).toContain("• 适用日子或模式：周一、周五");
    expect(asked(first, QUESTIONS_ZH)).toEqual(["forWhom"]);
  });

  it("keeps the dates of a first message that states them (“从2027年3月1日到2027年8月31日”)", async () => {
    // The years are the request's dates, not a question about another strategy period.
    const world = await openWorld();
    const li = world.person("li");
    const first = await li.say("我想申请弹性工作，从2027年3月1日到2027年8月31日每周一和周五居家办公");
    expect(first.reply.intent).toBe("request_form");
    expect(first.text).toContain("• 工作安排：在固定日期远程办公");
    expect(first.text).toContain("• 适用日子或模式：周一、周五");
    expect(first.text).toContain("• 开始日期：2027年3月1日");
    expect(first.text).toContain("• 结束日期：2027年8月31日");
    expect(asked(first, QUESTIONS_ZH)).toEqual(["forWhom"]);
  });

  it("cancels on “取消” at any point and submits nothing", async () => {
    const world = await openWorld();
    const li = world.person("li");
    for (const lines of [["我想申请弹性工作"], ["我想申请弹性工作", "本人", "远程办公", "每周一和周五"]]) {
      await sayAll(li, lines);
      const cancelled = await li.say("取消");
      expect(cancelled.reply.intent).toBe("request_cancelled");
      expect(cancelled.text).toBe("已取消，没有提交任何内容。");
    }
    expect(await world.all()).toEqual([]);
  });

  it("edits a field from the summary with “修改 2” and “修改 开始日期”", async () => {
    const world = await openWorld();
    const li = world.person("li");
    await sayAll(li, [
      "我想申请弹性工作",
      "本人",
      "远程办公",
      "每周一和周五",
      "2027年3月1日",
      "2027年8月31日",
      "跳过",
    ]);
    const edit = await li.say("修改 2");
    expect(edit.reply.intent).toBe("request_form");
    expect(asked(edit, QUESTIONS_ZH)).toEqual(["arrangement"]);
    expect((await li.say("弹性工作时间")).text).toContain("• 工作安排：弹性工作时间");
    const byName = await li.say("修改 开始日期");
    expect(asked(byName, QUESTIONS_ZH)).toEqual(["start"]);
    expect((await li.say("2027年4月1日")).text).toContain("• 开始日期：2027年4月1日");
    await li.say("提交");
    expect((await world.record("FWA-2026-0001"))?.fields).toMatchObject({
      arrangement: "flexible-hours",
      start: "2027-04-01",
    });
  });
});

describe("validation in the dialog: a message in the user's language, then the same question again", () => {
  /** Opens a form and answers up to the start date. */
  async function atStartDate(world: World, zh = false): Promise<Person> {
    const person = world.person(zh ? "li" : "bob");
    await sayAll(
      person,
      zh
        ? ["我想申请弹性工作", "本人", "远程办公", "每周一和周五"]
        : ["submit a flexible-work request", "me", "telework", "Mondays and Fridays"],
    );
    return person;
  }

  it("a date that does not exist", async () => {
    const world = await openWorld();
    const bob = await atStartDate(world);
    const said = await bob.say("2027-02-30");
    expect(said.reply.intent).toBe("request_form");
    expect(said.text).toContain(
      "“2027-02-30” is not a valid date for the start date. Please write a date such as 1 March 2027 or 2027-03-01.",
    );
    expect(asked(said, QUESTIONS)).toEqual(["start"]);
    expect(await pending(world, bob)).toBe("start");

    const li = await atStartDate(world, true);
    const zh = await li.say("2027年2月30日");
    expect(zh.text).toContain(
      "“2027年2月30日”不是有效的开始日期。请写成 2027年3月1日 或 2027-03-01 这样的日期。",
    );
    expect(asked(zh, QUESTIONS_ZH)).toEqual(["start"]);
  });

  it("keeps the form's language when the answer has no words of either language (“2027-02-30”)", async () => {
    // A bare date has no language: the form keeps the one it was started in.
    const world = await openWorld();
    const li = await atStartDate(world, true);
    const said = await li.say("2027-02-30");
    expect(said.text).toContain("“2027-02-30”不是有效的开始日期。");
    expect(asked(said, QUESTIONS_ZH)).toEqual(["start"]);
  });

  it("an end date before the start date", async () => {
    const world = await openWorld();
    const bob = await atStartDate(world);
    await bob.say("1 March 2027");
    const said = await bob.say("28 February 2027");
    expect(said.text).toContain("End date must be after the start date (1 March 2027).");
    expect(asked(said, QUESTIONS)).toEqual(["end"]);

    const li = await atStartDate(world, true);
    await li.say("2027年3月1日");
    const zh = await li.say("2027年2月1日");
    expect(zh.text).toContain("结束日期必须晚于开始日期(2027年3月1日)。");
    expect(asked(zh, QUESTIONS_ZH)).toEqual(["end"]);
  });

  it("a start date in the past", async () => {
    const world = await openWorld();
    const bob = await atStartDate(world);
    const said = await bob.say("1 November 2026");
    expect(said.text).toContain(
      "Start date cannot be in the past (today is 23 November 2026). Please give today or a later date.",
    );
    expect(asked(said, QUESTIONS)).toEqual(["start"]);

    const li = await atStartDate(world, true);
    const zh = await li.say("2026年11月1日");
    expect(zh.text).toContain("开始日期不能早于今天(2026年11月23日)，请填写今天或以后的日期。");
    expect(asked(zh, QUESTIONS_ZH)).toEqual(["start"]);
  });

  it("an unknown choice", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await sayAll(bob, ["submit a flexible-work request", "me"]);
    const said = await bob.say("banana split");
    expect(said.text).toContain(
      "“banana split” is not one of the options for the arrangement. Please choose one of: Telework on set days; Flexible hours; Compressed schedule; Part-time; Remote work from another location.",
    );
    expect(asked(said, QUESTIONS)).toEqual(["arrangement"]);
    expect((await bob.say("2")).text).toContain(QUESTIONS.days);

    const li = world.person("li");
    await li.say("我想申请弹性工作");
    const zh = await li.say("香蕉");
    expect(zh.text).toContain("“香蕉”不是申请对象的可选项。请从以下选项中选择：本人、指定的职员。");
    expect(asked(zh, QUESTIONS_ZH)).toEqual(["forWhom"]);
  });

  it("a 5,000-character answer to a one-line field", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await sayAll(bob, ["submit a flexible-work request", "me", "telework"]);
    const said = await bob.say("Monday ".repeat(715).slice(0, 5000));
    expect(said.text).toMatch(
      /Days or pattern is too long \(\d+ characters\): please keep it to 200 characters/,
    );
    expect(asked(said, QUESTIONS)).toEqual(["days"]);
    expect(said.text.length).toBeLessThan(1500);

    const li = world.person("li");
    await sayAll(li, ["我想申请弹性工作", "本人", "远程办公"]);
    const zh = await li.say("周".repeat(5000));
    expect(zh.text).toMatch(/适用日子或模式太长\(\d+ 个字符\)，请控制在 200 个字符以内。/);
    expect(asked(zh, QUESTIONS_ZH)).toEqual(["days"]);
  });

  it("a 5,000-character reason is refused, not cut to 2,000 characters and accepted", async () => {
    // The dialog checks the whole answer against the field's own limit, not a text cut for understanding.
    const world = await openWorld();
    const bob = world.person("bob");
    await sayAll(bob, [FLEXIBLE_WORK.first, "me"]);
    const said = await bob.say(`${"because ".repeat(624)}because.`);
    expect(said.text).toContain(
      "Reason is too long (5000 characters): please keep it to 2000 characters or fewer.",
    );
    expect(asked(said, QUESTIONS)).toEqual(["reason"]);
    expect(await pending(world, bob)).toBe("reason");
  });
});

describe("an open form survives a restart", () => {
  it("continues with a new RequestServices and a new assistant over the same data directory", async () => {
    const world = await openWorld();
    await world.person("bob").say(FLEXIBLE_WORK.first);
    await world.person("bob").say("me");
    await world.close();

    const restarted = await world.reopen();
    const bob = restarted.person("bob");
    const summary = await bob.say("skip");
    expect(asked(summary, QUESTIONS)).toEqual(["summary"]);
    expect(summary.text).toContain("• Request for: Me");
    expect(summary.text).toContain("• Start date: 1 March 2027");
    const done = await bob.say("submit");
    expect(done.reply.title).toBe("FWA-2026-0001");
    expect((await restarted.record("FWA-2026-0001"))?.status).toBe("submitted");
  });

  it("in Chinese too, from the middle of the questions", async () => {
    const world = await openWorld();
    await sayAll(world.person("li"), ["我想申请弹性工作", "本人", "远程办公"]);
    await world.close();
    const li = (await world.reopen()).person("li");
    const next = await li.say("每周一和周五");
    expect(asked(next, QUESTIONS_ZH)).toEqual(["start"]);
  });
});

describe("a strategy question in the middle of a form", () => {
  it("is answered with the mobility figures, reminds the pending question and keeps the form", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await bob.say(FLEXIBLE_WORK.first);

    const answer = await bob.say("what is the mobility target?");
    expect(answer.reply.intent).toBe("indicator");
    expect(answer.text).toContain("Target for the end of 2025: A further increase of 5%*.");
    expect(answer.text).toContain("Milestone (end of 2023): 15%*");
    expect(answer.text).toContain("(We're still filling in your flexible working arrangement request.)");
    expect(answer.text).toContain(QUESTIONS.forWhom);
    expect(await pending(world, bob)).toBe("forWhom");

    const next = await bob.say("me");
    expect(asked(next, QUESTIONS)).toEqual(["reason"]);
    await bob.say("skip");

    // At the summary too: answered, and "submit" still submits the form.
    const again = await bob.say("What is the mobility target?");
    expect(again.reply.intent).toBe("indicator");
    expect(again.text).toContain("A further increase of 5%*");
    expect(again.text).toContain(QUESTIONS.summary);
    expect((await bob.say("submit")).reply.intent).toBe("request_submitted");
  });

  it("in Chinese: “流动性的目标是多少？” is answered and the form goes on", async () => {
    const world = await openWorld();
    const li = world.person("li");
    await li.say("我想申请弹性工作");
    const answer = await li.say("流动性的目标是多少？");
    expect(answer.reply.intent).toBe("indicator");
    expect(answer.text).toContain("到 2025 年底的目标：进一步增长 5%*。");
    expect(answer.text).toContain("(我们还在填写“灵活工作安排”申请。)");
    expect(answer.text).toContain(QUESTIONS_ZH.forWhom);
    const next = await li.say("本人");
    expect(asked(next, QUESTIONS_ZH)).toEqual(["arrangement"]);
  });
});

interface TypeCase {
  type: string;
  prefix: string;
  lines: string[];
  subject: string;
  fields: Record<string, string | number>;
}

const SIX_TYPES: TypeCase[] = [
  {
    type: "flexible-work",
    prefix: "FWA",
    lines: [FLEXIBLE_WORK.first, ...FLEXIBLE_WORK.answers],
    subject: "Flexible work: Telework on set days (Monday, Friday), 1 March 2027 – 31 August 2027",
    fields: { forWhom: "self", arrangement: "telework", days: "Monday, Friday", start: "2027-03-01" },
  },
  {
    type: "early-recruitment",
    prefix: "ERV",
    lines: EARLY_RECRUITMENT_SCRIPT,
    subject: "Early recruitment: Senior Economist, 12345 (P4), incumbent leaves 30 June 2027",
    fields: {
      position: "Senior Economist, 12345",
      grade: "P4",
      departure: "2027-06-30",
      reason: "retirement",
      publication: "2027-02-01",
    },
  },
  {
    type: "learning",
    prefix: "LRN",
    lines: [
      "submit a learning request",
      "Leadership programme",
      "Turin Centre",
      "1 March 2027",
      "5 March 2027",
      "USD 1,200",
      "leading a team through a reorganisation",
      "submit",
    ],
    subject: "Learning: Leadership programme (Turin Centre), 1 March 2027 – 5 March 2027, USD 1,200",
    fields: {
      activity: "Leadership programme",
      provider: "Turin Centre",
      start: "2027-03-01",
      end: "2027-03-05",
      cost: 1200,
      skillsNeed: "leading a team through a reorganisation",
    },
  },
  {
    type: "mobility",
    prefix: "MOB",
    lines: [
      "submit a mobility request",
      "Programme Officer, Geneva",
      "Programme Officer, Bangkok",
      "geographical",
      "1 April 2027",
      "24 months",
      "submit",
    ],
    subject:
      "Mobility (Geographical): Programme Officer, Geneva → Programme Officer, Bangkok, from 1 April 2027 for 24 months",
    fields: {
      current: "Programme Officer, Geneva",
      proposed: "Programme Officer, Bangkok",
      kind: "geographical",
      start: "2027-04-01",
      duration: 24,
    },
  },
  {
    type: "recognition",
    prefix: "REC",
    lines: [
      "submit a recognition request",
      "the payroll team",
      "team",
      "They migrated the payroll system without a single missed payment.",
      "submit",
    ],
    subject: "Recognition (Team performance): the payroll team",
    fields: {
      nominees: "the payroll team",
      category: "team",
      reason: "They migrated the payroll system without a single missed payment.",
    },
  },
  {
    type: "job-description",
    prefix: "JDR",
    lines: [
      "submit a job description review request",
      "HR Assistant, 67890",
      "G5",
      "The post now manages the onboarding of all new staff.",
      "submit",
    ],
    subject: "Job description review: HR Assistant, 67890 (G5)",
    fields: {
      position: "HR Assistant, 67890",
      grade: "G5",
      changes: "The post now manages the onboarding of all new staff.",
    },
  },
];

describe("every request type can be submitted through the dialog", () => {
  it.each(SIX_TYPES)("$type → $prefix-2026-0001", async ({ type, prefix, lines, subject, fields }) => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const done = await sayAll(bob, lines);
    const id = `${prefix}-2026-0001`;
    expect(done.reply.intent, done.text).toBe("request_submitted");
    expect(done.reply.title).toBe(id);
    const record = await world.record(id);
    expect(record).toMatchObject({ id, type, subject, status: "submitted", fields });
    expect(record?.history).toEqual([
      {
        at: "2026-11-23T09:00:00.000Z",
        by: { platform: "console", userId: "bob", name: "Bob Manager" },
        action: "submit",
        status: "submitted",
      },
    ]);
    // HR is told, through the outbox written with the request.
    const outbox = (await world.requests.log.snapshot()).outbox;
    expect(outbox.map((e) => [e.event.kind, e.event.requestId, e.event.audience])).toEqual([
      ["request-submitted", id, "hr"],
    ]);
  });

  it("all six in one log, one after the other, each with its own id", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    for (const { lines } of SIX_TYPES) await sayAll(bob, lines);
    expect((await world.all()).map((r) => r.id)).toEqual(SIX_TYPES.map((t) => `${t.prefix}-2026-0001`));
  });
});
