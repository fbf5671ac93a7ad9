import { describe, expect, it } from "vitest";
import { Incoming } from "../../src/bot/messages.ts";
import { toPlainText } from "../../src/bot/plain-text.ts";
import { startForm } from "../../src/bot/request-dialog.ts";
import type { RequestTypeId } from "../../src/requests/model.ts";
import { openWorld, type Person, sayAll, type World } from "../support/requests.ts";

/**
 * The review "forms that listen": every date of a message checked together, nothing dropped
 * unsaid, control words never taken as values, and edit/change at every step, in en and zh.
 */

/** Opens a form of `type` from `text` for `person`, as the submit intent does once routed. */
async function open(
  world: World,
  person: Person,
  type: RequestTypeId,
  text: string,
  lang: "en" | "zh" = "en",
) {
  const message = Incoming.parse({
    platform: "console",
    user: { id: person.id },
    conversation: { id: `console:${person.id}` },
    text,
  });
  return toPlainText(await startForm(world.requests, message, type, text, lang, lang));
}

async function state(world: World, person: Person) {
  const stored = await world.requests.dialogs.get(`console:console:${person.id}:${person.id}`);
  return stored as { pending: string; values: Record<string, unknown>; skipped: string[] } | undefined;
}

describe("dates of a first message are checked together", () => {
  it("reports a past start and an end before it, keeps neither, and asks for them again", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    const text = await open(
      world,
      bob,
      "flexible-work",
      "flexible work request: part-time 80% from 1 October 2026 to 1 September 2026",
    );
    expect(text).toContain("• Arrangement: Part-time");
    expect(text).toContain("• Days or pattern: 80%");
    expect(text).toContain("I could not keep these, so I will ask for them again:");
    expect(text).toContain("Start date (1 October 2026): Start date cannot be in the past");
    expect(text).toContain("End date (1 September 2026)");
    expect(text).not.toContain("• End date: 1 September 2026");
    expect((await state(world, bob))?.values).not.toHaveProperty("end");

    await bob.say("me");
    const start = await bob.say("1 March 2027");
    expect(start.text).toContain("Until which date?");
    const end = await bob.say("31 August 2027");
    expect(end.text).toContain("Any reason or context");
  });

  it("the same in Chinese", async () => {
    const world = await openWorld();
    const li = world.person("li");
    const text = await open(
      world,
      li,
      "flexible-work",
      "申请弹性工作：非全时 80%，从2026年10月1日到2026年9月1日",
      "zh",
    );
    expect(text).toContain("以下内容未能记下，我会再次询问：");
    expect(text).toContain("开始日期(2026年10月1日)：开始日期不能早于今天");
    expect(text).toContain("结束日期(2026年9月1日)");
    expect((await state(world, li))?.values).toMatchObject({ arrangement: "part-time" });
    expect((await state(world, li))?.values).not.toHaveProperty("start");
  });

  it("a start after an end stated ahead of its turn clears the end and asks for it again", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "flexible-work", "telework on Mondays until 1 March 2027");
    expect((await state(world, bob))?.values).toMatchObject({ end: "2027-03-01" });
    await bob.say("me");
    const said = await bob.say("1 April 2027");
    expect(said.text).toContain("End date must be after the start date (1 April 2027).");
    expect(said.text).toContain("I have cleared the end date: please give it again.");
    expect(said.text).toContain("Until which date?");
    expect((await state(world, bob))?.values).toMatchObject({ start: "2027-04-01" });
    expect((await state(world, bob))?.values).not.toHaveProperty("end");
  });

  it("an end before the start just given is refused with the way to change the start instead", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "flexible-work", "telework on Mondays");
    const said = await sayAll(bob, ["me", "1 March 2027", "28 February 2027"]);
    expect(said.text).toContain("To change the start date instead, say “edit start date”.");
    const edited = await bob.say("edit start date");
    expect(edited.text).toContain("From which date?");
  });
});

describe("edit and change work at every step", () => {
  it("“edit end date” at another field's question asks for the end date, in English", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "flexible-work", "telework on Mondays from 1 March 2027 to 1 May 2027");
    expect((await state(world, bob))?.pending).toBe("forWhom");
    const said = await bob.say("edit end date");
    expect(said.text).toContain("Until which date?");
    expect((await state(world, bob))?.values).not.toHaveProperty("end");
    await bob.say("31 August 2027");
    expect((await state(world, bob))?.values).toMatchObject({ end: "2027-08-31" });
    expect((await state(world, bob))?.pending).toBe("forWhom");
  });

  it("“change the start date to …” sets it at once and goes on with the question asked", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "flexible-work", "telework on Mondays from 1 March 2027 to 1 May 2027");
    const said = await bob.say("change the start date to 2 March 2027");
    expect((await state(world, bob))?.values).toMatchObject({ start: "2027-03-02", end: "2027-05-01" });
    expect(said.text).toContain("Is this request for you");
  });

  it("修改 and 把…改为… work in Chinese at any question", async () => {
    const world = await openWorld();
    const li = world.person("li");
    await open(world, li, "flexible-work", "从2027年3月1日到2027年5月1日居家办公，每周一", "zh");
    const asked = await li.say("修改结束日期");
    expect(asked.text).toContain("到哪一天结束？");
    await li.say("2027年6月30日");
    expect((await state(world, li))?.values).toMatchObject({ end: "2027-06-30" });
    await li.say("把开始日期改为2027年4月1日");
    expect((await state(world, li))?.values).toMatchObject({ start: "2027-04-01", end: "2027-06-30" });
  });

  it("a phrase that names no field is an answer, not a command (“change of duty station”)", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "mobility", "I want to request a mobility assignment");
    await sayAll(bob, ["Geneva", "Bangkok"]);
    await bob.say("change of duty station");
    expect((await state(world, bob))?.values).toMatchObject({ kind: "geographical" });
  });
});

describe("control words are never values", () => {
  it("“submit” at the optional reason is no reason: the summary is shown, nothing stored", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "flexible-work", "telework on Mondays from 1 March 2027 to 1 May 2027");
    const said = await sayAll(bob, ["me", "submit"]);
    expect(said.text).toContain("Nothing has been sent yet.");
    expect(said.text).toContain("Please check your request:");
    expect(said.text).not.toContain("Reason");
    const done = await bob.say("submit");
    expect(done.reply.intent).toBe("request_submitted");
    const [record] = await world.all();
    expect(record?.fields).not.toHaveProperty("reason");
  });

  it("“submit” with required fields missing says which, and asks the same question", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "flexible-work", "telework on Mondays");
    const said = await bob.say("submit");
    expect(said.text).toContain("Nothing has been sent yet: still missing: the request for, the start date");
    expect(said.text).toContain("Is this request for you");
    const zh = world.person("li");
    await open(world, zh, "flexible-work", "申请居家办公", "zh");
    expect((await zh.say("提交")).text).toContain("尚未提交：还缺少");
  });

  it("“skip” at a required question is refused, not stored", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "recognition", "I want to nominate a colleague for recognition");
    const said = await bob.say("skip");
    expect(said.text).toContain("Nominee(s) is needed for this request, so it cannot be skipped.");
    expect((await state(world, bob))?.values).not.toHaveProperty("nominees");
  });

  it("a text that is not a value says so to the bot (notAValue), with a reminder to append", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await open(world, bob, "flexible-work", "telework on Mondays");
    await bob.say("me");
    const { continueForm, FormState } = await import("../../src/bot/request-dialog.ts");
    const message = Incoming.parse({
      platform: "console",
      user: { id: "bob" },
      conversation: { id: "console:bob" },
    });
    const form = FormState.parse(await world.requests.dialogs.get("console:console:bob:bob"));
    const step = await continueForm(world.requests, message, form, "my requests", "en", "en", false);
    expect(step.kind).toBe("reply");
    if (step.kind !== "reply") return;
    expect(step.notAValue?.field).toBe("start");
    expect(toPlainText({ ...step.reply, parts: step.notAValue?.reminder ?? [] })).toContain(
      "From which date?",
    );
    expect((await state(world, bob))?.pending).toBe("start");
  });
});
