import { describe, expect, it } from "vitest";
import type { RequestTypeId } from "../../src/requests/model.ts";
import {
  describeValues,
  missingFields,
  type ValidationOptions,
  validateAnswer,
  validateRequest,
} from "../../src/requests/validate.ts";

/** A Wednesday. */
const today = new Date("2027-02-24T00:00:00Z");
const en: ValidationOptions = { lang: "en", today };
const zh: ValidationOptions = { lang: "zh", today };

const VALID: Record<RequestTypeId, Record<string, unknown>> = {
  "flexible-work": {
    forWhom: "self",
    arrangement: "telework",
    days: "Mondays and Fridays",
    start: "2027-03-01",
    end: "2027-08-31",
  },
  "early-recruitment": {
    position: "Senior Economist, 12345",
    grade: "P4",
    departure: "2027-09-30",
    reason: "retirement",
    publication: "2027-03-15",
  },
  learning: {
    activity: "Data analysis for HR",
    provider: "International Training Centre of the ILO",
    start: "2027-05-03",
    end: "2027-05-07",
    cost: 1200,
    skillsNeed: "Workforce analytics for the HR dashboards",
  },
  mobility: {
    current: "Economist, Geneva",
    proposed: "Economist, Bangkok",
    kind: "geographical",
    start: "2027-06-01",
    duration: 24,
  },
  recognition: {
    nominees: "The payroll team",
    category: "team",
    reason: "Moved the whole payroll to the new system without a single late payment.",
  },
  "job-description": {
    position: "HR Assistant, 4567",
    grade: "G5",
    changes: "The post now runs the onboarding of all new staff in the department.",
  },
};

function errorsOf(typeId: RequestTypeId, values: Record<string, unknown>, options: ValidationOptions) {
  const result = validateRequest(typeId, values, options);
  if (result.ok) throw new Error(`expected ${typeId} to be refused`);
  return result.errors;
}

describe("validateRequest accepts complete requests", () => {
  it.each(Object.entries(VALID) as [RequestTypeId, Record<string, unknown>][])("%s", (typeId, values) => {
    const result = validateRequest(typeId, values, en);
    expect(result).toMatchObject({ ok: true });
  });

  it("stores values in their normal form: ISO dates, option values, listed days, numbers", () => {
    const result = validateRequest(
      "flexible-work",
      {
        forWhom: "for me",
        arrangement: "work from home",
        days: "Mon/Fri",
        start: "1 March 2027",
        end: "31/8/2027",
        reason: "  Caring for a parent.\r\nAfternoons only.  ",
        unrelated: "dropped",
      },
      en,
    );
    expect(result).toEqual({
      ok: true,
      values: {
        forWhom: "self",
        arrangement: "telework",
        days: "Monday, Friday",
        start: "2027-03-01",
        end: "2027-08-31",
        reason: "Caring for a parent.\nAfternoons only.",
      },
      notes: [],
    });
  });

  it("reads form strings as numbers and amounts", () => {
    const result = validateRequest("learning", { ...VALID.learning, cost: "USD 1,200" }, en);
    expect(result.ok && result.values.cost).toBe(1200);
    const zhCost = validateRequest("learning", { ...VALID.learning, cost: "1200美元" }, zh);
    expect(zhCost.ok && zhCost.values.cost).toBe(1200);
    const months = validateRequest("mobility", { ...VALID.mobility, duration: "两年" }, zh);
    expect(months.ok && months.values.duration).toBe(24);
  });

  it("keeps a pattern the user described in their own words", () => {
    const result = validateRequest(
      "flexible-work",
      { ...VALID["flexible-work"], days: "every other Friday" },
      en,
    );
    expect(result.ok && result.values.days).toBe("every other Friday");
  });

  it("drops a staff member's name when the request is for the requester", () => {
    const result = validateRequest("flexible-work", { ...VALID["flexible-work"], staffMember: "Alice" }, en);
    expect(result.ok && result.values.staffMember).toBeUndefined();
  });

  it("normalises grades written loosely", () => {
    for (const [typed, stored] of [
      ["p-4", "P4"],
      ["NOB", "NO-B"],
      ["no-c", "NO-C"],
      ["d1", "D1"],
    ]) {
      const result = validateRequest("job-description", { ...VALID["job-description"], grade: typed }, en);
      expect(result.ok && result.values.grade).toBe(stored);
    }
  });

  it("depends on the injected today, not on the clock", () => {
    const later = { lang: "en" as const, today: new Date("2027-03-02T00:00:00Z") };
    expect(validateRequest("flexible-work", VALID["flexible-work"], en).ok).toBe(true);
    expect(validateRequest("flexible-work", VALID["flexible-work"], later).ok).toBe(false);
  });
});

describe("validateRequest explains every problem in the user's language", () => {
  it("required fields", () => {
    expect(errorsOf("recognition", {}, en)).toEqual({
      nominees: "Nominee(s) is required.",
      category: "Category is required.",
      reason: "Reason is required.",
    });
    expect(errorsOf("recognition", {}, zh)).toEqual({
      nominees: "请填写被提名人。",
      category: "请填写类别。",
      reason: "请填写提名理由。",
    });
  });

  it("a staff member when the request is for one", () => {
    const values = { ...VALID["flexible-work"], forWhom: "staff-member" };
    expect(errorsOf("flexible-work", values, en)).toEqual({ staffMember: "Staff member is required." });
    expect(errorsOf("flexible-work", values, zh)).toEqual({ staffMember: "请填写职员姓名。" });
  });

  it("dates that do not exist", () => {
    const values = { ...VALID["flexible-work"], start: "2027-02-30", end: "31 April" };
    expect(errorsOf("flexible-work", values, en)).toEqual({
      start:
        "“2027-02-30” is not a valid date for the start date. Please write a date such as 1 March 2027 or 2027-03-01.",
      end: "“31 April” is not a valid date for the end date. Please write a date such as 1 March 2027 or 2027-03-01.",
    });
    expect(errorsOf("flexible-work", values, zh)).toEqual({
      start: "“2027-02-30”不是有效的开始日期。请写成 2027年3月1日 或 2027-03-01 这样的日期。",
      end: "“31 April”不是有效的结束日期。请写成 2027年3月1日 或 2027-03-01 这样的日期。",
    });
  });

  it("an end before the start", () => {
    const values = { ...VALID["flexible-work"], start: "2027-03-01", end: "2027-02-28" };
    expect(errorsOf("flexible-work", values, en)).toEqual({
      end: "End date must be after the start date (1 March 2027).",
    });
    expect(errorsOf("flexible-work", values, zh)).toEqual({
      end: "结束日期必须晚于开始日期(2027年3月1日)。",
    });
  });

  it("a one-day course may end on its first day; flexible work may not", () => {
    const sameDay = { start: "2027-05-03", end: "2027-05-03" };
    expect(validateRequest("learning", { ...VALID.learning, ...sameDay }, en).ok).toBe(true);
    expect(errorsOf("learning", { ...VALID.learning, start: "2027-05-03", end: "2027-05-02" }, en)).toEqual({
      end: "End date cannot be before the start date (3 May 2027).",
    });
    expect(errorsOf("flexible-work", { ...VALID["flexible-work"], ...sameDay }, zh)).toEqual({
      end: "结束日期必须晚于开始日期(2027年5月3日)。",
    });
  });

  it("a start in the past", () => {
    const values = { ...VALID.mobility, start: "2027-02-23" };
    expect(errorsOf("mobility", values, en)).toEqual({
      start:
        "Start date cannot be in the past (today is 24 February 2027). Please give today or a later date.",
    });
    expect(errorsOf("mobility", values, zh)).toEqual({
      start: "开始日期不能早于今天(2027年2月24日)，请填写今天或以后的日期。",
    });
    expect(validateRequest("mobility", { ...VALID.mobility, start: "2027-02-24" }, en).ok).toBe(true);
  });

  it("a date decades ahead", () => {
    expect(errorsOf("mobility", { ...VALID.mobility, start: "2207-06-01" }, en)).toEqual({
      start: "Start date is more than 10 years from now: please check the year.",
    });
    expect(errorsOf("mobility", { ...VALID.mobility, start: "2207-06-01" }, zh)).toEqual({
      start: "开始日期距今超过 10 年，请检查年份。",
    });
  });

  it("a vacancy published after the incumbent leaves", () => {
    const values = { ...VALID["early-recruitment"], publication: "2027-10-01" };
    expect(errorsOf("early-recruitment", values, en)).toEqual({
      publication:
        "Proposed publication date must be before the incumbent's departure date (30 September 2027).",
    });
    expect(errorsOf("early-recruitment", values, zh)).toEqual({
      publication: "拟发布空缺通知日期必须早于现任离职日期(2027年9月30日)。",
    });
  });

  it("answers that are far too long, giving the limit", () => {
    const huge = "a".repeat(20_000);
    expect(errorsOf("job-description", { ...VALID["job-description"], changes: huge }, en)).toEqual({
      changes: "What changed is too long (20000 characters): please keep it to 2000 characters or fewer.",
    });
    expect(errorsOf("job-description", { ...VALID["job-description"], position: huge }, zh)).toEqual({
      position: "职位太长(20000 个字符)，请控制在 200 个字符以内。",
    });
  });

  it("answers that are too short to act on", () => {
    const values = { ...VALID.recognition, reason: "Great work" };
    expect(errorsOf("recognition", values, en)).toEqual({
      reason: "Reason is too short: please write at least 20 characters.",
    });
    expect(errorsOf("recognition", values, zh)).toEqual({ reason: "提名理由太短，请至少写 20 个字符。" });
  });

  it("answers with no words at all", () => {
    const values = { ...VALID.recognition, nominees: "🎉🎉🎉" };
    expect(errorsOf("recognition", values, en)).toEqual({
      nominees: "Nominee(s) must be written in words or numbers.",
    });
    expect(errorsOf("recognition", values, zh)).toEqual({ nominees: "被提名人须用文字或数字填写。" });
  });

  it("numbers out of range", () => {
    expect(errorsOf("mobility", { ...VALID.mobility, duration: 61 }, en)).toEqual({
      duration: "Duration (months) must be between 1 and 60.",
    });
    expect(errorsOf("mobility", { ...VALID.mobility, duration: "0" }, zh)).toEqual({
      duration: "期限(月)须在 1 到 60 之间。",
    });
    expect(errorsOf("learning", { ...VALID.learning, cost: -5 }, en)).toEqual({
      cost: "Cost (USD) must be between 0 and 200,000.",
    });
  });

  it("numbers that are not numbers, or not whole", () => {
    expect(errorsOf("mobility", { ...VALID.mobility, duration: "a while" }, en)).toEqual({
      duration: "“a while” is not a number: please give the duration (months) as a number, for example 18.",
    });
    expect(errorsOf("mobility", { ...VALID.mobility, duration: "a while" }, zh)).toEqual({
      duration: "“a while”不是数字，请用数字填写期限(月)，例如 18。",
    });
    expect(errorsOf("mobility", { ...VALID.mobility, duration: 1.5 }, en)).toEqual({
      duration: "Duration (months) must be a whole number.",
    });
    expect(errorsOf("mobility", { ...VALID.mobility, duration: 1.5 }, zh)).toEqual({
      duration: "期限(月)须为整数。",
    });
  });

  it("a cost in another currency", () => {
    expect(errorsOf("learning", { ...VALID.learning, cost: "CHF 900" }, en)).toEqual({
      cost: "Cost (USD) is recorded in US dollars: please convert the amount in CHF and give it in USD.",
    });
    expect(errorsOf("learning", { ...VALID.learning, cost: "900欧元" }, zh)).toEqual({
      cost: "费用(美元)以美元记录：请将 EUR 金额换算成美元后填写。",
    });
  });

  it("a choice that is not an option", () => {
    expect(errorsOf("recognition", { ...VALID.recognition, category: "bravery" }, en)).toEqual({
      category:
        "“bravery” is not one of the options for the category. Please choose one of: Individual performance; Team performance; Innovation.",
    });
    expect(errorsOf("recognition", { ...VALID.recognition, category: "勇气" }, zh)).toEqual({
      category: "“勇气”不是类别的可选项。请从以下选项中选择：个人卓越表现、团队卓越表现、创新。",
    });
  });

  it("a grade that is not an ILO grade", () => {
    expect(errorsOf("early-recruitment", { ...VALID["early-recruitment"], grade: "P6" }, en)).toEqual({
      grade: "“P6” is not an ILO grade. Please give one of P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG or DDG.",
    });
    expect(errorsOf("early-recruitment", { ...VALID["early-recruitment"], grade: "G8" }, zh)).toEqual({
      grade: "“G8”不是劳工组织的职级。请填写 P1–P5、D1–D2、G1–G7、NO-A–NO-D、ADG 或 DDG 之一。",
    });
  });

  it("values of the wrong kind", () => {
    const errors = errorsOf(
      "learning",
      { ...VALID.learning, activity: { x: 1 }, start: 20270503, cost: true },
      en,
    );
    expect(errors).toEqual({
      activity: "Learning activity must be written in words or numbers.",
      start:
        "“20270503” is not a valid date for the start date. Please write a date such as 1 March 2027 or 2027-03-01.",
      cost: "“true” is not a number: please give the cost (USD) as a number, for example 1200.",
    });
  });

  it("repeats a huge wrong answer back only in part", () => {
    const errors = errorsOf("recognition", { ...VALID.recognition, category: "x".repeat(20_000) }, en);
    expect(errors.category?.length).toBeLessThan(200);
    expect(errors.category).toContain(`“${"x".repeat(40)}…”`);
  });

  it("reports every field's problem at once, with rules between the valid ones", () => {
    const errors = errorsOf(
      "flexible-work",
      { forWhom: "self", arrangement: "banana", days: "", start: "2027-03-01", end: "2027-01-01" },
      en,
    );
    expect(Object.keys(errors).sort()).toEqual(["arrangement", "days", "end"]);
  });
});

describe("notes that do not block", () => {
  it("a mobility of twelve months or less will not count toward the indicator", () => {
    const short = validateRequest("mobility", { ...VALID.mobility, duration: 12 }, en);
    expect(short).toMatchObject({ ok: true });
    expect(short.ok && short.notes).toEqual([
      "Please note: a move of 12 months will not count toward the strategy's mobility indicator, which counts moves of more than one year. You can still submit it.",
    ]);
    const shortZh = validateRequest("mobility", { ...VALID.mobility, duration: 6 }, zh);
    expect(shortZh.ok && shortZh.notes).toEqual([
      "请注意：为期 6 个月的流动不会计入战略的流动性指标，该指标只统计一年以上的流动。您仍可提交此申请。",
    ]);
    const long = validateRequest("mobility", { ...VALID.mobility, duration: 13 }, en);
    expect(long.ok && long.notes).toEqual([]);
  });
});

describe("validateAnswer checks one answer with what is known", () => {
  it("accepts and normalises a typed answer", () => {
    expect(validateAnswer("flexible-work", "start", "next Monday", {}, en)).toEqual({
      ok: true,
      value: "2027-03-01",
      notes: [],
    });
    expect(validateAnswer("flexible-work", "arrangement", "压缩工作周", {}, zh)).toEqual({
      ok: true,
      value: "compressed",
      notes: [],
    });
  });

  it("refuses an end before the known start, and ignores fields not yet answered", () => {
    expect(validateAnswer("flexible-work", "end", "31 August 2027", { start: "2027-09-01" }, en)).toEqual({
      ok: false,
      error: "End date must be after the start date (1 September 2027).",
      conflicts: ["start"],
    });
    expect(validateAnswer("flexible-work", "end", "31 August 2027", {}, en)).toMatchObject({
      ok: true,
      value: "2027-08-31",
    });
  });

  it("says what is wrong with a bad answer", () => {
    expect(validateAnswer("mobility", "duration", "forever", {}, zh)).toEqual({
      ok: false,
      error: "“forever”不是数字，请用数字填写期限(月)，例如 18。",
    });
    expect(validateAnswer("mobility", "duration", "", {}, en)).toEqual({
      ok: false,
      error: "Duration (months) is required.",
    });
  });

  it("lets an optional field go unanswered", () => {
    expect(validateAnswer("flexible-work", "reason", "  ", {}, en)).toEqual({ ok: true, notes: [] });
  });

  it("gives the mobility note with the duration answer", () => {
    const result = validateAnswer("mobility", "duration", "6 months", {}, en);
    expect(result).toMatchObject({ ok: true, value: 6 });
    expect(result.ok && result.notes[0]).toContain("will not count toward the strategy's mobility indicator");
  });

  it("refuses an unknown field loudly: that is a programming error", () => {
    expect(() => validateAnswer("mobility", "colour", "red", {}, en)).toThrow(/no field "colour"/);
  });
});

describe("missingFields", () => {
  it("lists what is still to ask, in form order, skipping what does not apply", () => {
    const names = missingFields("flexible-work", {}).map((f) => f.name);
    expect(names).toEqual(["forWhom", "arrangement", "days", "start", "end", "reason"]);
    const after = missingFields("flexible-work", {
      forWhom: "staff-member",
      arrangement: "telework",
      days: "",
    });
    expect(after.map((f) => [f.name, f.required])).toEqual([
      ["staffMember", true],
      ["days", true],
      ["start", true],
      ["end", true],
      ["reason", false],
    ]);
  });
});

describe("describeValues", () => {
  it("shows values as people read them", () => {
    const values = {
      kind: "both",
      start: "2027-06-01",
      duration: 24,
      current: "Geneva",
      proposed: "Bangkok",
    };
    expect(describeValues("mobility", values, "en")).toEqual([
      { name: "current", label: "Current position or duty station", value: "Geneva" },
      { name: "proposed", label: "Proposed position or duty station", value: "Bangkok" },
      { name: "kind", label: "Kind of move", value: "Functional and geographical" },
      { name: "start", label: "Start date", value: "1 June 2027" },
      { name: "duration", label: "Duration (months)", value: "24 months" },
    ]);
    expect(describeValues("learning", { cost: 1200 }, "zh")).toEqual([
      { name: "cost", label: "费用(美元)", value: "1,200 美元" },
    ]);
  });
});
