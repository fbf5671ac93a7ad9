import { describe, expect, it } from "vitest";
import {
  extractFieldValues,
  formatDate,
  parseChoice,
  parseDate,
  parseDateRange,
  parseDays,
  parseMoney,
  parseMonths,
  parseNumber,
} from "../../src/requests/parse.ts";
import { requestType } from "../../src/requests/types/index.ts";

/** Wednesday 24 February 2027. */
const today = new Date("2027-02-24T00:00:00Z");
const on = (iso: string) => ({ today: new Date(`${iso}T00:00:00Z`) });

/** Inputs every parser must survive, answering "not understood" rather than throwing. */
const HOSTILE = [
  "",
  "   ",
  "🎉🎉",
  "x".repeat(20_000),
  "1 March ".repeat(3000),
  "\u0000\u200b",
  "null",
  "👍 ok",
];

describe("parseDate", () => {
  it.each([
    ["2027-03-01", "2027-03-01"],
    ["1 March 2027", "2027-03-01"],
    ["1st March 2027", "2027-03-01"],
    ["the 1st of March 2027", "2027-03-01"],
    ["March 1, 2027", "2027-03-01"],
    ["Mar. 1 2027", "2027-03-01"],
    ["1/3/2027", "2027-03-01"],
    ["01.03.2027", "2027-03-01"],
    ["1/3/27", "2027-03-01"],
    ["2027/3/1", "2027-03-01"],
    ["3月1日", "2027-03-01"],
    ["3月1号", "2027-03-01"],
    ["2027年3月1日", "2027-03-01"],
    ["二〇二七年三月一日", "2027-03-01"],
    ["１ March ２０２７", "2027-03-01"],
    ["下周一", "2027-03-01"],
    ["下星期一", "2027-03-01"],
    ["next Monday", "2027-03-01"],
    ["this Friday", "2027-02-26"],
    ["本周五", "2027-02-26"],
    ["coming Monday", "2027-03-01"],
    ["tomorrow", "2027-02-25"],
    ["明天", "2027-02-25"],
    ["the day after tomorrow", "2027-02-26"],
    ["后天", "2027-02-26"],
    ["today", "2027-02-24"],
    ["in two weeks", "2027-03-10"],
    ["in 3 days", "2027-02-27"],
    ["in a month", "2027-03-24"],
    ["两周后", "2027-03-10"],
    ["三天后", "2027-02-27"],
    ["next week", "2027-03-01"],
    ["next month", "2027-03-01"],
    ["下个月", "2027-03-01"],
    ["下个月15号", "2027-03-15"],
    ["Friday", "2027-02-26"],
    ["周一", "2027-03-01"],
    ["starting on 1 March", "2027-03-01"],
  ])("%s → %s", (text, iso) => {
    expect(parseDate(text, { today })).toBe(iso);
  });

  it("reads a date without a year as the next such date on or after today", () => {
    expect(parseDate("1 March", { today })).toBe("2027-03-01");
    expect(parseDate("24 February", { today })).toBe("2027-02-24");
    expect(parseDate("1 January", { today })).toBe("2028-01-01");
    expect(parseDate("2月23日", { today })).toBe("2028-02-23");
    expect(parseDate("29 February", { today })).toBe("2028-02-29");
  });

  it("reads numeric dates day first, as the ILO writes them", () => {
    expect(parseDate("3/1/2027", { today })).toBe("2027-01-03");
    expect(parseDate("12/11/2027", { today })).toBe("2027-11-12");
    expect(parseDate("13/12/2027", { today })).toBe("2027-12-13");
    expect(parseDate("12/13/2027", { today })).toBeUndefined();
  });

  it("counts 'next' weekdays in the following calendar week (weeks start on Monday)", () => {
    expect(parseDate("next Monday", on("2027-02-28"))).toBe("2027-03-01");
    expect(parseDate("下周一", on("2027-02-28"))).toBe("2027-03-01");
    expect(parseDate("next Monday", on("2027-03-01"))).toBe("2027-03-08");
    expect(parseDate("next Friday", on("2027-03-01"))).toBe("2027-03-12");
    expect(parseDate("coming Friday", on("2027-03-01"))).toBe("2027-03-05");
    expect(parseDate("下下周三", on("2027-03-01"))).toBe("2027-03-17");
  });

  it("crosses months and years", () => {
    expect(parseDate("in a month", on("2027-01-31"))).toBe("2027-02-28");
    expect(parseDate("tomorrow", on("2027-12-31"))).toBe("2028-01-01");
    expect(parseDate("next month", on("2027-12-15"))).toBe("2028-01-01");
  });

  it.each([
    "2027-02-30",
    "31 April",
    "31 April 2027",
    "30 February",
    "2027-13-01",
    "32/1/2027",
    "2月30日",
    "1 March or 2 March",
    "Mondays and Fridays",
    "every Tuesday",
    "每周三",
    "March 2027",
    "soon",
    "1200",
  ])("%j is not one date", (text) => {
    expect(parseDate(text, { today })).toBeUndefined();
  });

  it("survives hostile input", () => {
    for (const text of HOSTILE) expect(parseDate(text, { today })).toBeUndefined();
  });
});

describe("parseDateRange", () => {
  it.each([
    ["from 1 March to 31 August", { start: "2027-03-01", end: "2027-08-31" }],
    ["1 March - 31 August 2027", { start: "2027-03-01", end: "2027-08-31" }],
    ["1 March – 31 August 2027", { start: "2027-03-01", end: "2027-08-31" }],
    ["March 1 until August 31, 2027", { start: "2027-03-01", end: "2027-08-31" }],
    ["between 2027-03-01 and 2027-08-31", { start: "2027-03-01", end: "2027-08-31" }],
    ["3月1日至8月31日", { start: "2027-03-01", end: "2027-08-31" }],
    ["2027年3月1日到2027年8月31日", { start: "2027-03-01", end: "2027-08-31" }],
    ["从下周一到6月30日", { start: "2027-03-01", end: "2027-06-30" }],
    ["3月1日起至8月31日", { start: "2027-03-01", end: "2027-08-31" }],
    ["from tomorrow to 1 March", { start: "2027-02-25", end: "2027-03-01" }],
  ])("%s", (text, range) => {
    expect(parseDateRange(text, { today })).toEqual(range);
  });

  it("takes a year-less start from the end's year, or the year before", () => {
    expect(parseDateRange("1 December - 31 March 2029", { today })).toEqual({
      start: "2028-12-01",
      end: "2029-03-31",
    });
    expect(parseDateRange("from 1 November to 31 January", { today })).toEqual({
      start: "2027-11-01",
      end: "2028-01-31",
    });
  });

  it("returns a reversed range as written, for validation to refuse", () => {
    expect(parseDateRange("2027-08-31 to 2027-03-01", { today })).toEqual({
      start: "2027-08-31",
      end: "2027-03-01",
    });
  });

  it.each([
    "1 March",
    "1 March and then 31 April",
    "31 April to 1 May",
    "1 March, maybe 2 March, or 3 March",
    ...HOSTILE,
  ])("%j is no range", (text) => {
    expect(parseDateRange(text, { today })).toBeUndefined();
  });
});

describe("parseDays", () => {
  it.each([
    ["Mondays and Fridays", "Monday, Friday"],
    ["Mon/Fri", "Monday, Friday"],
    ["every Tuesday", "Tuesday"],
    ["on Fridays only", "Friday"],
    ["Friday, Monday", "Monday, Friday"],
    ["Mon-Thu", "Monday, Tuesday, Wednesday, Thursday"],
    ["Monday to Wednesday", "Monday, Tuesday, Wednesday"],
    ["weekdays", "Monday, Tuesday, Wednesday, Thursday, Friday"],
    ["周一和周五", "周一、周五"],
    ["每周三", "周三"],
    ["每周一、三、五", "周一、周三、周五"],
    ["星期二和星期四", "周二、周四"],
    ["周一至周四", "周一、周二、周三、周四"],
  ])("%s → %s", (text, pattern) => {
    expect(parseDays(text)).toBe(pattern);
  });

  it("writes the pattern in the language asked for", () => {
    expect(parseDays("Mondays and Fridays", "zh")).toBe("周一、周五");
    expect(parseDays("周一和周五", "en")).toBe("Monday, Friday");
  });

  it.each(["Mondays, mornings only", "every other Friday", "8:00-16:00", "March", "today"])(
    "%j is kept as written (no plain list of days)",
    (text) => {
      expect(parseDays(text)).toBeUndefined();
    },
  );

  it("survives hostile input", () => {
    for (const text of HOSTILE) expect(parseDays(text)).toBeUndefined();
  });
});

describe("parseNumber and parseMoney", () => {
  it.each([
    ["1200", 1200],
    ["1,200", 1200],
    ["1 200", 1200],
    ["1\u202f200", 1200],
    ["1'200", 1200],
    ["1,200.50", 1200.5],
    ["12,5", 12.5],
    ["2k", 2000],
    ["about 300", 300],
    ["twelve", 12],
    ["两千", 2000],
    ["一千二百", 1200],
    ["三千五", 3500],
    ["一百零五", 105],
    ["十八", 18],
    ["1.2万", 12000],
    ["-5", -5],
  ])("number %s → %d", (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });

  it.each(["1,2,3", "12 apples", "a", "constructor", "1.2.3"])("%j is not a number", (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it.each([
    ["1,200", { amount: 1200, currency: "USD" }],
    ["USD 1 200", { amount: 1200, currency: "USD" }],
    ["US$1,200", { amount: 1200, currency: "USD" }],
    ["$ 1200", { amount: 1200, currency: "USD" }],
    ["1200 dollars", { amount: 1200, currency: "USD" }],
    ["1200美元", { amount: 1200, currency: "USD" }],
    ["两千美元", { amount: 2000, currency: "USD" }],
    ["CHF 900", { amount: 900, currency: "CHF" }],
    ["900 euros", { amount: 900, currency: "EUR" }],
    ["900欧元", { amount: 900, currency: "EUR" }],
  ])("money %s", (text, money) => {
    expect(parseMoney(text)).toEqual(money);
  });

  it.each(["USD", "CHF 900 USD", "free"])("%j is no sum of money", (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it("survives hostile input", () => {
    for (const text of HOSTILE) {
      expect(parseNumber(text)).toBeUndefined();
      expect(parseMoney(text)).toBeUndefined();
      expect(parseMonths(text)).toBeUndefined();
    }
  });

  it.each([
    ["18", 18],
    ["18 months", 18],
    ["for 6 months", 6],
    ["6个月", 6],
    ["1 year", 12],
    ["a year", 12],
    ["two years", 24],
    ["两年", 24],
    ["半年", 6],
    ["一年半", 18],
    ["a year and a half", 18],
  ])("months %s → %d", (text, n) => {
    expect(parseMonths(text)).toBe(n);
  });

  it("does not take a month's name for a duration", () => {
    expect(parseMonths("6月")).toBeUndefined();
  });
});

describe("parseChoice", () => {
  const arrangement = requestType("flexible-work").fields.find((f) => f.name === "arrangement");
  const kind = requestType("mobility").fields.find((f) => f.name === "kind");
  const grade = requestType("job-description").fields.find((f) => f.name === "grade");
  if (!arrangement || !kind || !grade) throw new Error("fields missing");

  it.each([
    ["telework", "telework"],
    ["Telework on set days", "telework"],
    ["远程办公", "telework"],
    ["在固定日期远程办公", "telework"],
    ["work from home", "telework"],
    ["telwork", "telework"],
    ["teleworkk", "telework"],
    ["compressed", "compressed"],
    ["Compresed schedule", "compressed"],
    ["压缩工作周", "compressed"],
    ["part time", "part-time"],
    ["part-time", "part-time"],
    ["PART TIME", "part-time"],
    ["flexible hours", "flexible-hours"],
    ["弹性工作时间", "flexible-hours"],
    ["remote work from another location", "remote"],
    ["在其他地点远程办公", "remote"],
    ["I'd like telework please", "telework"],
    ["2", "flexible-hours"],
  ])("arrangement %s → %s", (text, value) => {
    expect(parseChoice(arrangement, text)).toBe(value);
  });

  it("prefers the option named most fully", () => {
    expect(parseChoice(kind, "functional and geographical")).toBe("both");
    expect(parseChoice(kind, "functional")).toBe("functional");
    expect(parseChoice(kind, "geo")).toBe("geographical");
    expect(parseChoice(kind, "机构间流动")).toBe("inter-agency");
  });

  it("matches grades exactly, never by a near miss", () => {
    expect(parseChoice(grade, "P4")).toBe("P4");
    expect(parseChoice(grade, "p-4")).toBe("P4");
    expect(parseChoice(grade, "NOB")).toBe("NO-B");
    expect(parseChoice(grade, "P6")).toBeUndefined();
    expect(parseChoice(grade, "G8")).toBeUndefined();
    expect(parseChoice(grade, "1")).toBeUndefined();
  });

  it.each(["banana", "9", "telework or part time"])("%j names no option", (text) => {
    expect(parseChoice(arrangement, text)).toBeUndefined();
  });

  it("survives hostile input", () => {
    for (const text of HOSTILE) expect(parseChoice(arrangement, text)).toBeUndefined();
  });
});

describe("extractFieldValues", () => {
  it("reads what an English first message states", () => {
    expect(
      extractFieldValues(
        "flexible-work",
        "submit a flexible-work request for telework on Mondays and Fridays from 1 March to 31 August 2027",
        { today, lang: "en" },
      ),
    ).toEqual({ arrangement: "telework", days: "Monday, Friday", start: "2027-03-01", end: "2027-08-31" });
  });

  it("reads what a Chinese first message states", () => {
    expect(
      extractFieldValues("flexible-work", "我想申请弹性工作，每周一和周五远程办公，从下周一到6月30日", {
        today,
        lang: "zh",
      }),
    ).toEqual({ arrangement: "telework", days: "周一、周五", start: "2027-03-01", end: "2027-06-30" });
  });

  it("finds who the request is for", () => {
    expect(
      extractFieldValues("flexible-work", "I'd like a compressed schedule for myself", { today }),
    ).toEqual({
      forWhom: "self",
      arrangement: "compressed",
    });
    expect(extractFieldValues("flexible-work", "为我的同事申请非全时工作", { today })).toEqual({
      forWhom: "staff-member",
      arrangement: "part-time",
    });
  });

  it("tells a start from an end when only one is stated", () => {
    expect(extractFieldValues("flexible-work", "telework on Fridays until 30 June", { today })).toEqual({
      arrangement: "telework",
      days: "Friday",
      end: "2027-06-30",
    });
    expect(extractFieldValues("flexible-work", "每周五远程办公，3月1日起", { today })).toEqual({
      arrangement: "telework",
      days: "周五",
      start: "2027-03-01",
    });
  });

  it("tells the departure from the publication by their words", () => {
    expect(
      extractFieldValues(
        "early-recruitment",
        "Early recruitment for our P4 economist: the incumbent retires on 30 June 2027, please publish on 1 April",
        { today },
      ),
    ).toEqual({ grade: "P4", departure: "2027-06-30", reason: "retirement", publication: "2027-04-01" });
    expect(
      extractFieldValues(
        "early-recruitment",
        "申请提前招聘，G5职位，现任将于2027年9月30日退休，希望5月1日发布空缺通知",
        {
          today,
        },
      ),
    ).toEqual({ grade: "G5", departure: "2027-09-30", reason: "retirement", publication: "2027-05-01" });
  });

  it("reads a learning request with its cost, never a year as an amount", () => {
    expect(
      extractFieldValues(
        "learning",
        "I want to request a course from 3 May to 7 May 2027, it costs USD 1,200",
        {
          today,
        },
      ),
    ).toEqual({ start: "2027-05-03", end: "2027-05-07", cost: 1200 });
    expect(
      extractFieldValues("learning", "申请参加2027年5月3日至5月7日的课程，费用1200美元", { today }),
    ).toEqual({
      start: "2027-05-03",
      end: "2027-05-07",
      cost: 1200,
    });
  });

  it("reads a mobility request's kind, start and duration", () => {
    expect(
      extractFieldValues("mobility", "提交流动申请，地域流动，2027年5月1日起，为期18个月", { today }),
    ).toEqual({
      kind: "geographical",
      start: "2027-05-01",
      duration: 18,
    });
    expect(
      extractFieldValues("mobility", "request an inter-agency move for two years starting next month", {
        today,
      }),
    ).toEqual({ kind: "inter-agency", start: "2027-03-01", duration: 24 });
  });

  it("reads a recognition category and a job description's grade", () => {
    expect(
      extractFieldValues("recognition", "I want to recognise my team for their innovation", { today }),
    ).toEqual({});
    expect(extractFieldValues("recognition", "nominate a colleague for team performance", { today })).toEqual(
      {
        category: "team",
      },
    );
    expect(
      extractFieldValues("job-description", "the job description of the NO-B post is out of date", { today }),
    ).toEqual({ grade: "NO-B" });
  });

  it("returns nothing from a message that states nothing", () => {
    expect(extractFieldValues("flexible-work", "submit a flexible-work request", { today })).toEqual({});
    expect(extractFieldValues("mobility", "我想申请流动", { today })).toEqual({});
    for (const text of HOSTILE.filter((t) => !t.includes("March"))) {
      expect(extractFieldValues("learning", text, { today })).toEqual({});
    }
    expect(extractFieldValues("learning", "1 March ".repeat(3000), { today })).toMatchObject({
      start: "2027-03-01",
    });
  });
});

describe("formatDate", () => {
  it("shows a date in words in each language", () => {
    expect(formatDate("2027-03-01", "en")).toBe("1 March 2027");
    expect(formatDate("2027-03-01", "zh")).toBe("2027年3月1日");
  });
});
