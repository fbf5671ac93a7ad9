import { describe, expect, it } from "vitest";
import { answerTo } from "../../src/bot/confirmation.ts";
import { moodOf } from "../../src/nlu/mood.ts";
import { HR_USER, openWorld, submitFlexibleWork, type World } from "../support/requests.ts";

/**
 * No side effect from understanding alone: a question about a request answers its status, a
 * typed command is proposed and done only when the same user confirms it.
 */

async function unchanged(world: World, id: string): Promise<void> {
  const record = await world.record(id);
  expect(record?.status).toBe("submitted");
  expect(record?.history).toHaveLength(1);
}

describe("questions never decide", () => {
  const QUESTIONS = [
    "has {id} been approved yet?",
    "was {id} rejected?",
    "don't approve {id} yet",
    "is {id} approved",
    "did anyone approve {id}?",
    "{id} approved?",
    "has {id} been withdrawn",
    "{id} 批准了吗？",
    "{id} 被拒绝了吗",
    "先别批准 {id}",
    "不要撤回 {id}",
    "{id} 是否已经通过",
  ];

  it.each(QUESTIONS)("HR asking “%s” gets the status and nothing changes", async (question) => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("bob", "Bob Manager"));
    const hr = world.person(HR_USER, "Hana HR");
    const said = await hr.say(question.replace("{id}", id));
    expect(said.reply.intent).toBe("request_status");
    await unchanged(world, id);
    // Nothing is waiting to be confirmed either: a "yes" now does nothing.
    await hr.say("yes");
    await unchanged(world, id);
  });

  it("reads the mood of commands, questions and negations", () => {
    expect(moodOf("approve FWA-2026-0001")).toBe("imperative");
    expect(moodOf("ask for information FWA-2026-0001 which rota applies?")).toBe("imperative");
    expect(moodOf("could you approve FWA-2026-0001?")).toBe("imperative");
    expect(moodOf("请批准 FWA-2026-0001")).toBe("imperative");
    expect(moodOf("has FWA-2026-0001 been approved yet?")).toBe("question");
    expect(moodOf("don't approve FWA-2026-0001 yet")).toBe("negated");
    expect(moodOf("特别批准 FWA-2026-0001")).not.toBe("negated");
  });
});

describe("a typed command is proposed, then confirmed", () => {
  it("says exactly what will happen, changes nothing, and acts on “confirm”", async () => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("bob", "Bob Manager"));
    const hr = world.person(HR_USER, "Hana HR");
    const proposed = await hr.say(`approve ${id}`);
    expect(proposed.reply.intent).toBe("hr_decide");
    expect(proposed.text).toContain(`Approve ${id} (Flexible working arrangement, Bob Manager)?`);
    expect(proposed.reply.suggestions.map((s) => s.message)).toEqual(["Confirm", "Cancel"]);
    await unchanged(world, id);
    const { outbox } = await world.requests.log.snapshot();
    expect(outbox.map((e) => e.event.kind)).toEqual(["request-submitted"]);

    const done = await hr.say("Confirm");
    expect(done.text).toContain(`${id}: approved. The requester has been notified.`);
    expect((await world.record(id))?.status).toBe("approved");
    // Confirmed once: a second "yes" does nothing more.
    await hr.say("yes");
    expect((await world.record(id))?.history).toHaveLength(2);
  });

  it("“cancel” drops it; another message leaves it undone and says so", async () => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("bob", "Bob Manager"));
    const hr = world.person(HR_USER, "Hana HR");
    await hr.say(`reject ${id} the dates clash`);
    expect((await hr.say("cancel")).text).toBe("Cancelled: nothing was changed.");
    await unchanged(world, id);

    await hr.say(`批准 ${id}`);
    const other = await hr.say("what is the mobility target?");
    expect(other.reply.intent).toBe("indicator");
    expect(other.reply.notice).toContain("I left the earlier command unconfirmed");
    await hr.say("yes");
    await unchanged(world, id);
  });

  it("only the person who proposed it can confirm it", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    await world.person(HR_USER, "Hana HR").say(`approve ${id}`);
    await bob.say("confirm");
    await world.person("hr2").say("confirm");
    await unchanged(world, id);
  });

  it("a proposal that cannot happen is refused at once, with nothing to confirm", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    expect((await bob.say(`approve ${id}`)).text).toContain("only HR reviewers can do that");
    const hr = world.person(HR_USER, "Hana HR");
    expect((await hr.say(`reject ${id}`)).text).toContain("A comment is needed");
    expect((await hr.say("withdraw FWA-2026-0999")).text).toContain("I can't find that request");
    await hr.say("yes");
    await unchanged(world, id);
  });

  it("withdrawal is confirmed too, and stays on record", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    const proposed = await bob.say(`withdraw ${id}`);
    expect(proposed.text).toContain(`Withdraw your request ${id} (Flexible working arrangement)?`);
    await unchanged(world, id);
    expect((await bob.say("yes")).text).toBe(`${id} is now withdrawn. It stays on record.`);
  });

  it("a confirmation expires after ten minutes", async () => {
    let now = new Date("2026-11-23T09:00:00.000Z");
    const world = await openWorld({ clock: () => now });
    const id = await submitFlexibleWork(world.person("bob", "Bob Manager"));
    const hr = world.person(HR_USER, "Hana HR");
    await hr.say(`approve ${id}`);
    now = new Date(now.getTime() + 11 * 60_000);
    expect((await hr.say("confirm")).text).toContain("That confirmation has expired");
    await unchanged(world, id);
  });

  it("counts only a plain yes or no as the answer", () => {
    for (const yes of ["yes", "Yes.", "confirm", "OK", "确认", "好的", "please confirm"])
      expect(answerTo(yes)).toBe("yes");
    for (const no of ["no", "Cancel", "取消", "算了"]) expect(answerTo(no)).toBe("no");
    for (const other of ["yes but only Mondays", "no idea", "what?", ""])
      expect(answerTo(other)).toBe("other");
  });
});

describe("a bare yes with nothing proposed", () => {
  it("says nothing is waiting for confirmation, in the user's language", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    expect((await bob.say("yes")).text).toContain("Nothing is waiting for your confirmation.");
    expect((await bob.say("确认")).text).toContain("目前没有需要您确认的事项");
  });
});
