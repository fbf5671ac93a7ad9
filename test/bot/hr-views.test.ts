import { describe, expect, it } from "vitest";
import { daysWaiting, decisionByLabel, reviewLine } from "../../src/requests/views.ts";
import { HR_USER, openWorld, sayAll } from "../support/requests.ts";

/** HR's lists: requester, submission date and days waiting, all in the reader's language. */

describe("HR's pending list", () => {
  it("shows requester, date and age, in the reader's language whatever the requester's", async () => {
    const world = await openWorld();
    const li = world.person("li", "Li Wei");
    await li.say("我想申请弹性工作");
    await sayAll(li, ["本人", "远程办公", "周一和周五", "2027年3月1日", "2027年8月31日", "跳过", "提交"]);
    const hr = world.person(HR_USER, "Hana HR");
    const en = await hr.say("pending requests");
    expect(en.text).toContain(
      "FWA-2026-0001 · Flexible working arrangement · Flexible work: Telework on set days (周一、周五), 1 March 2027 – 31 August 2027 · from Li Wei · submitted 23 November 2026 · since today · submitted, awaiting HR review",
    );
    expect(en.text).not.toContain("灵活工作安排");
    const zh = await hr.say("待审核的申请");
    expect(zh.text).toContain("FWA-2026-0001 · 灵活工作安排 · 灵活工作安排：在固定日期远程办公(周一、周五)");
    expect(zh.text).toContain("申请人：Li Wei · 2026年11月23日提交 · 今天提交");
  });

  it("counts the days since the request last reached HR", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob");
    await bob.say("I want to request telework on Mondays from 1 March 2027 to 31 August 2027");
    await sayAll(bob, ["me", "skip", "submit"]);
    const [record] = await world.all();
    if (!record) throw new Error("no request");
    expect(daysWaiting(record, new Date("2026-11-30T18:00:00Z"))).toBe(7);
    expect(reviewLine(record, "en", new Date("2026-11-24T08:00:00Z"))).toContain("· 1 day waiting ·");
    expect(reviewLine(record, "zh", new Date("2026-11-26T08:00:00Z"))).toContain("· 已等待 3 天 ·");
  });

  it("labels who decided by the decision", () => {
    expect(decisionByLabel("request-info", "en")).toBe("Information requested by");
    expect(decisionByLabel("approve", "zh")).toBe("批准人");
  });
});
