import { describe, expect, it } from "vitest";
import { extractAnswer, extractFieldValues } from "../../src/requests/parse.ts";
import { validateRequest } from "../../src/requests/validate.ts";
import { openWorld, sayAll } from "../support/requests.ts";

/** Every field a message states is read, in English and Chinese, and nothing is misfiled. */

const today = new Date("2026-11-23T09:00:00Z");
const en = { today, lang: "en" as const };
const zh = { today, lang: "zh" as const };

describe("fields a first message states", () => {
  it("names a nominee, keeping the capitals", () => {
    expect(
      extractFieldValues("recognition", "I want to nominate Maria Lopez for recognition", en),
    ).toMatchObject({
      nominees: "Maria Lopez",
    });
    expect(extractFieldValues("recognition", "我想提名王芳获得表彰", zh)).toMatchObject({ nominees: "王芳" });
    expect(
      extractFieldValues("recognition", "I want to nominate a colleague for recognition", en),
    ).not.toHaveProperty("nominees");
  });

  it("reads a move “from X to Y” as the current and the proposed duty station, never two dates", () => {
    expect(extractFieldValues("mobility", "我想申请地域流动，从日内瓦调到曼谷", zh)).toMatchObject({
      current: "日内瓦",
      proposed: "曼谷",
      kind: "geographical",
    });
    expect(
      extractFieldValues("mobility", "move from Geneva to Bangkok from 1 March 2027 for 18 months", en),
    ).toMatchObject({ current: "Geneva", proposed: "Bangkok", start: "2027-03-01", duration: 18 });
    expect(extractFieldValues("mobility", "a move from March to August", en)).not.toHaveProperty("current");
  });

  it("tells remote work from another location from telework at home", () => {
    expect(
      extractFieldValues("flexible-work", "can I telework from Spain for 2 months in summer?", en),
    ).toMatchObject({
      arrangement: "remote",
    });
    expect(extractFieldValues("flexible-work", "我想在西班牙远程办公两个月", zh)).toMatchObject({
      arrangement: "remote",
    });
    expect(extractFieldValues("flexible-work", "I want to work from home on Wednesdays", en)).toEqual({
      arrangement: "telework",
      days: "Wednesday",
    });
  });

  it("reads a part-time share and a span of days in one month", () => {
    expect(extractFieldValues("flexible-work", "part-time 80% from 1 March 2027", en)).toMatchObject({
      arrangement: "part-time",
      days: "80%",
      start: "2027-03-01",
    });
    expect(extractFieldValues("learning", "a course 3-14 May 2027", en)).toMatchObject({
      start: "2027-05-03",
      end: "2027-05-14",
    });
    expect(extractFieldValues("learning", "2027年5月3日至14日的课程", zh)).toMatchObject({
      start: "2027-05-03",
      end: "2027-05-14",
    });
  });
});

describe("one answer that states several fields", () => {
  it("takes the provider, the dates and the cost out of the activity", () => {
    const read = extractAnswer(
      "learning",
      "activity",
      "Data analysis with R, ITCILO Turin, 3-14 May 2027, cost 2500 USD",
      { forWhom: "self" },
      en,
    );
    expect(read).toEqual({
      value: "Data analysis with R",
      others: { provider: "ITCILO Turin", start: "2027-05-03", end: "2027-05-14", cost: 2500 },
    });
  });

  it("takes the grade out of the position and keeps its number", () => {
    expect(extractAnswer("early-recruitment", "position", "高级统计员，P4，职位编号 55123", {}, zh)).toEqual({
      value: "高级统计员，职位编号 55123",
      others: { grade: "P4" },
    });
  });

  it("keeps a reason whole: prose is not taken apart", () => {
    const text = "I care for my father on Mondays, from 1 March 2027";
    expect(extractAnswer("flexible-work", "reason", text, {}, en)).toEqual({ value: text, others: {} });
  });

  it("in the dialog: the activity answer fills provider, dates and cost, which are not asked again", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await bob.say("I want to request training");
    const said = await bob.say("Data analysis with R, ITCILO Turin, 3-14 May 2027, cost 2500 USD");
    expect(said.text).toContain("Which skills need does it answer");
    const done = await sayAll(bob, ["analysing survey data for the team", "submit"]);
    expect(done.reply.intent).toBe("request_submitted");
    const [record] = await world.all();
    expect(record?.fields).toMatchObject({
      forWhom: "self",
      activity: "Data analysis with R",
      provider: "ITCILO Turin",
      start: "2027-05-03",
      end: "2027-05-14",
      cost: 2500,
    });
  });
});

describe("for whom: learning and mobility name the staff member concerned", () => {
  it("defaults to the requester, and a named staff member is required when chosen", () => {
    const base = { activity: "R", provider: "ITCILO", start: "2027-05-03", end: "2027-05-14", cost: 0 };
    const values = { ...base, skillsNeed: "data analysis for the team" };
    expect(validateRequest("learning", { ...values, forWhom: "staff-member" }, en)).toMatchObject({
      ok: false,
      errors: { staffMember: "Staff member is required." },
    });
    expect(
      validateRequest("learning", { ...values, forWhom: "staff-member", staffMember: "Ana Silva" }, en),
    ).toMatchObject({
      ok: true,
    });
  });

  it("a new mobility form says it is for the requester, and that can be edited", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    const first = await bob.say("I want to request a mobility assignment");
    expect(first.text).toContain("• Request for: Me");
    const edit = await bob.say("edit request for");
    expect(edit.text).toContain("Is this request for you, or for a member of your staff?");
    const named = await sayAll(bob, ["a staff member", "Ana Silva"]);
    expect(named.text).toContain("What is the current position or duty station?");
  });
});
