import { describe, expect, it } from "vitest";
import { HR_USER, openWorld, sayConfirmed, submitFlexibleWork } from "../support/requests.ts";

/**
 * Requests named in words: the user's own request is found; several are asked about with
 * numbered choices (buttons on Slack and Teams), and a number picks one.
 */
describe("requests named in words", () => {
  it("finds the user's only request of that kind", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    const status = await bob.say("what's happening with my telework request?");
    expect(status.reply.intent).toBe("request_status");
    expect(status.reply.subjects).toEqual([id]);
  });

  it("asks which when there are several, and “2” picks the second", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const first = await submitFlexibleWork(bob);
    const second = await submitFlexibleWork(bob);
    const which = await bob.say("where is my flexible work request?");
    expect(which.reply.outcome).toBe("clarify");
    expect(which.text).toContain("Which one do you mean?");
    expect(which.text).toMatch(/1\. status of FWA-2026-000\d\n2\. status of FWA-2026-000\d/);
    const picked = await bob.say("2");
    expect(picked.reply.intent).toBe("request_status");
    expect([first, second]).toContain(picked.reply.subjects?.[0]);
    // The choices are forgotten after one answer: "1" now is just "1".
    expect((await bob.say("1")).reply.intent).not.toBe("request_status");
  });

  it("withdraws the user's own request named in words, after confirmation", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    const done = await sayConfirmed(bob, "withdraw my flexible work request");
    expect(done.text).toBe(`${id} is now withdrawn. It stays on record.`);
  });

  it("says so when the user has no request of that kind, and HR's own words find nothing of others", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    await submitFlexibleWork(bob);
    const none = await bob.say("what's the status of my mobility request?");
    expect(none.text).toContain("I can't find a request of yours of that kind");
    const hr = world.person(HR_USER, "Hana HR");
    expect((await hr.say("what's the status of my telework request?")).text).toContain(
      "I can't find a request of yours of that kind",
    );
  });
});

describe("a request named by its number", () => {
  it("“#2” is the user's own request numbered 2, for status and withdrawal; another's number finds nothing", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    await submitFlexibleWork(bob);
    const second = await submitFlexibleWork(bob);
    expect(second).toMatch(/-0002$/);
    const status = await bob.say("como va la #2");
    expect(status.reply.intent).toBe("request_status");
    expect(status.reply.subjects).toEqual([second]);
    const done = await sayConfirmed(bob, "cancel #2");
    expect(done.text).toBe(`${second} is now withdrawn. It stays on record.`);
    const carol = world.person("carol", "Carol Staff");
    expect((await carol.say("status of #2")).text).toContain("I can't find a request of yours of that kind");
  });

  it("a typed homophone of 申请 still names the user's request", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    const status = await bob.say("我的弹性工作申情批了吗");
    expect(status.reply.intent).toBe("request_status");
    expect(status.reply.subjects).toEqual([id]);
  });
});

describe("a decision with no request named", () => {
  it("asks HR which of the waiting requests, never guesses, and a choice still needs confirming", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    const hr = world.person(HR_USER, "Hana HR");
    const which = await hr.say("approve");
    expect(which.reply.outcome).toBe("clarify");
    expect(which.text).toContain("Which request? These are waiting for a decision:");
    expect(which.reply.suggestions.map((s) => s.message)).toEqual([`approve ${id}`]);
    const proposed = await hr.say("1");
    expect(proposed.reply.outcome).toBe("confirm");
    expect((await world.record(id))?.status).toBe("submitted");
    await hr.say("yes");
    expect((await world.record(id))?.status).toBe("approved");
  });
});

describe("a confirmation acts on what was proposed", () => {
  it("the request resolved at the proposal, even if the words would now mean another", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const first = await submitFlexibleWork(bob);
    const proposed = await bob.say("withdraw my flexible work request");
    expect(proposed.reply.subjects).toEqual([first]);
    // Meanwhile HR approves it and bob submits another: "my flexible work request" would now be the new one.
    const approved = await world.requests.workflow.decide(
      first,
      { platform: "console", userId: HR_USER },
      "approve",
    );
    expect(approved.ok).toBe(true);
    // The second comes from a modal (a whole form), which leaves the pending proposal alone.
    const [fields] = (await world.all()).map((r) => r.fields);
    const submitted = await world.requests.workflow.submit({
      type: "flexible-work",
      requester: { platform: "console", userId: "bob", name: "Bob Manager" },
      subject: "Telework",
      fields: fields ?? {},
      idempotencyKey: "modal-2",
    });
    expect(submitted.ok).toBe(true);
    const second = submitted.ok ? submitted.request.id : "";
    const done = await bob.say("yes");
    expect(done.text).toContain("That request is closed (approved)");
    expect((await world.record(second))?.status).toBe("submitted");
  });
});
