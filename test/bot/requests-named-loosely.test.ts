import { describe, expect, it } from "vitest";
import { openWorld, submitFlexibleWork } from "../support/requests.ts";

/**
 * Requests as staff and HR name them in a hurry: by type and number without the year ("fwa 1",
 * "send back JDR 6"), by a decision on them ("why did my award get rejected"), by one type with
 * a status word; and the queue in words of what is left to do.
 */
describe("a request named by its type and number, without the year", () => {
  it("is the user's own request of that number", async () => {
    const world = await openWorld();
    const staff = world.person("staff-1");
    const id = await submitFlexibleWork(staff);
    const { reply, text } = await staff.say("status fwa 1");
    expect(reply.intent).toBe("request_status");
    expect(reply.subjects).toContain(id);
    expect(text).toContain(id);
  });

  it("is, for HR, the request of that number, on which a decision is proposed and not taken", async () => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("staff-1"));
    const { reply } = await world.person("hr1").say("send back fwa 1 - need the team's rota");
    expect(reply.intent).toBe("hr_decide");
    expect(reply.outcome).toBe("confirm");
    expect(reply.subjects).toContain(id);
    expect((await world.record(id))?.status).toBe("submitted");
  });

  it("is, with its one type named and '#', the request of that type", async () => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("staff-1"));
    const { reply } = await world.person("hr1").say("reject the telework request #1, the team rota is full");
    expect(reply.intent).toBe("hr_decide");
    expect(reply.outcome).toBe("confirm");
    expect(reply.subjects).toContain(id);
    expect((await world.record(id))?.status).toBe("submitted");
  });

  it("is, by '#' alone, the one request of that number, on which HR's words propose a decision", async () => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("staff-1"));
    const hr = world.person("hr1");
    const info = await hr.say("for #1 can you ask the manager for the team rota before we decide");
    expect(info.reply.intent).toBe("hr_decide");
    expect(info.reply.subjects).toContain(id);
    const approve = await world.person("hr1").say("FWA 1 没问题，给过了吧");
    expect(approve.reply.intent).toBe("hr_decide");
    expect(approve.reply.outcome).toBe("confirm");
    expect((await world.record(id))?.status).toBe("submitted");
  });

  it("is, when several years have that number, the one still open", async () => {
    let now = new Date("2026-11-23T09:00:00.000Z");
    const world = await openWorld({ clock: () => now });
    const staff = world.person("staff-1");
    const last = await submitFlexibleWork(staff);
    await world.requests.workflow.decide(last, { platform: "console", userId: "hr1" }, "approve");
    now = new Date("2027-01-11T09:00:00.000Z");
    const open = await submitFlexibleWork(staff);
    expect(open).not.toBe(last);
    const { reply } = await world.person("hr1").say("approve fwa 1");
    expect(reply.outcome).toBe("confirm");
    expect(reply.subjects).toContain(open);
    expect(reply.subjects).not.toContain(last);
    expect((await world.record(open))?.status).toBe("submitted");
  });

  it("is never another person's request", async () => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("staff-1"));
    const { reply, text } = await world.person("staff-2").say("status fwa 1");
    expect(reply.subjects ?? []).not.toContain(id);
    expect(text).not.toContain(id);
    // what anyone is told who has no such request: nothing tells the two cases apart
    const empty = await openWorld();
    expect(text).toBe((await empty.person("staff-2").say("status fwa 1")).text);
  });
});

describe("a request named in words", () => {
  it("by a decision on it is the user's own, asked after", async () => {
    const world = await openWorld();
    const staff = world.person("staff-1");
    const id = await submitFlexibleWork(staff);
    for (const q of ["why did my telework arrangement get rejected??", "弹性工作为什么被拒了？"]) {
      const { reply } = await staff.say(q);
      expect(reply.intent, q).toBe("request_status");
      expect(reply.subjects, q).toContain(id);
    }
  });

  it("of one type, with a status word, is that request rather than the list", async () => {
    const world = await openWorld();
    const staff = world.person("staff-1");
    const id = await submitFlexibleWork(staff);
    const { reply } = await staff.say("我的弹性工作申请现在什么进度");
    expect(reply.intent).toBe("request_status");
    expect(reply.subjects).toContain(id);
    expect((await staff.say("我的申请进度")).reply.intent).toBe("my_requests");
  });

  it("as 'that request', to be withdrawn, is the user's own, proposed and not done", async () => {
    const world = await openWorld();
    const staff = world.person("staff-1");
    const id = await submitFlexibleWork(staff);
    const { reply } = await staff.say("算了，弹性工作那个申请撤回吧");
    expect(reply.intent).toBe("request_withdraw");
    expect(reply.outcome).toBe("confirm");
    await staff.say("cancel");
    const named = await staff.say("居家办公的申请不要了，取消掉");
    expect(named.reply.intent).toBe("request_withdraw");
    expect((await world.record(id))?.status).toBe("submitted");
  });

  it("left undone, to HR, is the queue", async () => {
    const world = await openWorld();
    for (const q of ["还有几个没处理的弹性工作申请", "which requests are still unprocessed?"]) {
      expect((await world.person("hr1").say(q)).reply.intent, q).toBe("hr_pending");
    }
  });

  it("a course the office is asked to pay for opens the learning form, changing nothing", async () => {
    const world = await openWorld();
    const { reply } = await world
      .person("staff-1")
      .say("I found a data visualisation course online, can the office pay for it?");
    expect(reply.form?.type).toBe("learning");
    expect(await world.all()).toEqual([]);
  });
});

describe("asking HR and how requests go", () => {
  it.each([
    "can you send a question to HR: does the learning budget carry over to next year?",
    "给人力资源部留个言：今年的培训预算还剩多少",
  ])("a message left for HR is a question for HR, not the strategy: %s", async (q) => {
    const world = await openWorld();
    const { reply } = await world.person("staff-1").say(q);
    expect(reply.intent).toBe("ask_hr");
    expect(reply.outcome).toBe("confirm");
  });

  it("help says where a request goes", async () => {
    const world = await openWorld();
    const { text } = await world.person("staff-1").say("help");
    expect(text).toContain("the HR team is told when you submit it");
  });
});
