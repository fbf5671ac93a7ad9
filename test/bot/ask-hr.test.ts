import { describe, expect, it } from "vitest";
import { INTENTS } from "../../intents/index.ts";
import { Router } from "../../src/bot/routing.ts";
import { HR_USER, openWorld } from "../support/requests.ts";

/**
 * Ask HR through the bot over a real request log: a declined question handed to HR, HR's answer
 * (typed and confirmed, or by button), what the asker and others see, the bad input, and the
 * reminder of an unanswered question after working days, on an injected clock.
 */

const NEW_INTENTS = [
  "ask_hr",
  "my_questions",
  "question_status",
  "hr_answer",
  "hr_close_question",
  "feedback",
  "unanswered_report",
];

describe("Ask HR: routing", () => {
  it("routes every example of the new intents to its intent, in all four languages", async () => {
    const world = await openWorld();
    const router = new Router(INTENTS);
    const misses: string[] = [];
    for (const intent of INTENTS.filter((i) => NEW_INTENTS.includes(i.id))) {
      for (const lang of ["en", "zh", "fr", "es"] as const) {
        const examples = intent.examples[lang] ?? [];
        expect(examples.length, `${intent.id} ${lang}`).toBeGreaterThanOrEqual(40);
        for (const text of examples) {
          const got = router.route(world.assistant.bot.nlu.understand(text));
          if (got !== intent.id) misses.push(`${intent.id} ← ${text} (got ${got})`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it("keeps the look-alikes where they were", async () => {
    const world = await openWorld();
    const router = new Router(INTENTS);
    const route = (text: string) => router.route(world.assistant.bot.nlu.understand(text));
    expect(route("my requests")).toBe("my_requests");
    expect(route("status of FWA-2026-0001")).toBe("request_status");
    expect(route("approve FWA-2026-0001")).toBe("hr_decide");
    expect(route("how many days of leave do I have left?")).toBe("person_specific");
    expect(route("what is the mobility target?")).toBe("indicator");
    expect(route("what can you do?")).toBe("help");
    expect(route("my question is about the mobility target")).not.toBe("my_questions");
    expect(route("mes demandes")).toBe("my_requests");
    expect(route("estado de FWA-2026-0001")).toBe("request_status");
    expect(route("quelle question le Conseil doit-il trancher ?")).not.toBe("ask_hr");
    expect(route("quelles lacunes la stratégie veut-elle combler ?")).not.toBe("unanswered_report");
    expect(route("mi pregunta es sobre la meta de movilidad")).not.toBe("my_questions");
    expect(route("comment les RH ont-ils répondu à la pandémie ?")).not.toBe("my_questions");
    expect(route("este mes")).not.toBe("unanswered_report");
  });
});

describe("Ask HR: a declined question reaches HR, HR answers, the asker sees it", () => {
  it("offers Ask HR under a decline, files it once confirmed, and keeps it from others", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob");
    const declined = await bob.say("how many days of leave do I have left?");
    expect(declined.reply.outcome).toBe("decline");
    expect(declined.reply.suggestions.map((s) => s.message)).toContain("Ask HR");

    const proposed = await bob.say("Ask HR");
    expect(proposed.reply.outcome).toBe("confirm");
    expect(proposed.text).toContain("Send your question to HR? “how many days of leave do I have left?”");
    expect((await world.requests.log.snapshot()).questions ?? []).toEqual([]);

    const filed = await bob.say("confirm");
    expect(filed.reply.outcome).toBe("done");
    expect(filed.reply.subjects).toEqual(["ASK-2026-0001"]);
    const [question] = (await world.requests.log.snapshot()).questions ?? [];
    expect(question).toMatchObject({
      id: "ASK-2026-0001",
      status: "open",
      question: "how many days of leave do I have left?",
      asker: { platform: "console", userId: "bob", name: "Bob" },
      lang: "en",
      history: [{ action: "ask", status: "open" }],
    });
    const outbox = (await world.requests.log.snapshot()).outbox.map((e) => [e.event.kind, e.event.audience]);
    expect(outbox).toEqual([["question-asked", "hr"]]);

    // Asking it again is the same question, not a second one.
    await bob.say("how many days of leave do I have left?");
    await bob.say("ask HR");
    const again = await bob.say("yes");
    expect(again.text).toContain("You have already sent this question to HR: ASK-2026-0001");
    expect((await world.requests.log.snapshot()).questions).toHaveLength(1);

    const carol = world.person("carol");
    expect((await carol.say("status of ASK-2026-0001")).text).toContain("I can't find that HR question");
    expect((await carol.say("my questions")).text).toContain("You have not sent any questions to HR");
    expect((await bob.say("my questions")).text).toContain("ASK-2026-0001 — waiting for HR");

    // Only HR answers: a typed answer by anyone else, and a button press by anyone else, are refused.
    expect((await carol.say("answer ASK-2026-0001: you have 30 days")).text).toContain("only HR can answer");
    const pressed = await carol.send({
      decision: { requestId: "ASK-2026-0001", decision: "answer", comment: "30 days" },
    });
    expect(pressed.text).toContain("only HR can answer");
    expect(
      (await world.requests.questions.get("ASK-2026-0001", { platform: "console", userId: HR_USER })).ok,
    ).toBe(true);

    const hr = world.person(HR_USER, "Hana");
    const proposal = await hr.say("answer ASK-2026-0001: you have 12 days of annual leave left");
    expect(proposal.reply.outcome).toBe("confirm");
    expect(proposal.text).toContain(
      "Send this answer to Bob for ASK-2026-0001? “you have 12 days of annual leave left”",
    );
    const answered = await hr.say("confirm");
    expect(answered.reply.outcome).toBe("done");
    expect(answered.reply.decided).toMatchObject({
      requestId: "ASK-2026-0001",
      recordedNow: true,
      status: "answered",
    });

    const data = await world.requests.log.snapshot();
    expect(data.questions?.[0]).toMatchObject({
      status: "answered",
      answer: "you have 12 days of annual leave left",
    });
    expect(data.outbox.map((e) => e.event.kind)).toEqual([
      "question-asked",
      "question-answered",
      "review-closed",
    ]);
    expect(data.outbox[1]?.event.audience).toEqual({
      requester: { platform: "console", userId: "bob", name: "Bob" },
    });

    const status = await bob.say("status of ASK-2026-0001");
    expect(status.text).toContain("Answer: you have 12 days of annual leave left");
    expect(status.text).toContain("Status: answered");
  });

  it("takes HR's Answer and Close buttons at once, and says clearly what cannot be done", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    const asked = await world.requests.questions.ask({
      asker: { platform: "console", userId: "bob" },
      question: "Can I carry leave over into March?",
      lang: "en",
      idempotencyKey: "k1",
    });
    expect(asked.ok).toBe(true);
    const hr = world.person(HR_USER);

    const empty = await hr.send({
      decision: { requestId: "ASK-2026-0001", decision: "answer", comment: "  " },
    });
    expect(empty.text).toContain("The answer is empty");
    const unknown = await hr.say("answer ASK-2026-0099: yes");
    expect(unknown.text).toContain("I can't find that HR question");

    const closed = await hr.send({ decision: { requestId: "ASK-2026-0001", decision: "close" } });
    expect(closed.reply.decided).toMatchObject({ status: "closed", recordedNow: true });
    const late = await hr.send({
      decision: { requestId: "ASK-2026-0001", decision: "answer", comment: "Yes" },
    });
    expect(late.text).toContain("ASK-2026-0001 is already closed, so it cannot be answered or closed again");
    expect(late.reply.decided).toMatchObject({ status: "closed", recordedNow: false });
    expect((await hr.say("answer ASK-2026-0001: yes")).text).toContain("already closed");
    expect((await bob.say("status of ASK-2026-0001")).text).toContain("Status: closed");
  });

  it("refuses an empty note and a 10,000-character question with a clear message", async () => {
    const world = await openWorld();
    const bob = world.person("bob");
    await bob.say("how many days of leave do I have left?");
    expect((await bob.say("ask HR note:")).text).toContain("The note is empty");
    const long = await bob.say(`ask HR: ${"why?".repeat(2500)}`);
    expect(long.text).toContain("HR questions take at most 2,000");
    expect(long.text).toContain("10,000 characters");
    expect(long.reply.outcome).toBe("error");
    // Typed as a question first, then handed on: refused the same way, never cut.
    await bob.say("x".repeat(10_000));
    const handed = await bob.say("ask HR");
    expect(handed.text).toContain("That question is 10,000 characters long");
    await bob.say("how many days of leave do I have left?");

    const withNote = await bob.say("ask HR note: I need this before my mission");
    expect(withNote.text).toContain("Note: I need this before my mission");
    await bob.say("yes");
    const [question] = (await world.requests.log.snapshot()).questions ?? [];
    expect(question).toMatchObject({
      question: "how many days of leave do I have left?",
      note: "I need this before my mission",
    });
    expect((await world.person("dan").say("ask HR")).text).toContain("What would you like to ask HR?");
  });

  it("answers in Chinese for a question asked in Chinese", async () => {
    const world = await openWorld();
    const li = world.person("li");
    const declined = await li.say("我的年假还剩几天？");
    expect(declined.reply.suggestions.map((s) => s.message)).toContain("询问人力资源部门");
    await li.say("询问人力资源部门");
    const filed = await li.say("确认");
    expect(filed.text).toContain("已作为 ASK-2026-0001 发给人力资源部门");
    expect((await world.requests.log.snapshot()).questions?.[0]?.lang).toBe("zh");
  });
});

describe("Ask HR: the offer lasts an hour", () => {
  it("forgets the declined question after an hour, and says what to write instead", async () => {
    let now = new Date("2026-11-23T09:00:00Z");
    const world = await openWorld({ clock: () => now });
    const bob = world.person("bob");
    await bob.say("how many days of leave do I have left?");
    now = new Date("2026-11-23T10:00:01Z");
    expect((await bob.say("ask HR")).text).toContain("What would you like to ask HR?");
    const dialogs = (await world.requests.log.snapshot()).dialogs;
    expect(Object.keys(dialogs).filter((k) => k.startsWith("unanswered:"))).toEqual([]);
  });
});

describe("Ask HR: reminders after working days", () => {
  it("tells HR again after the configured working days, not counting the weekend, once per period", async () => {
    let now = new Date("2026-11-27T10:00:00Z"); // a Friday
    const world = await openWorld({ clock: () => now });
    await world.requests.questions.ask({
      asker: { platform: "console", userId: "bob" },
      question: "Who is my HR partner?",
      lang: "en",
      idempotencyKey: "k",
    });
    now = new Date("2026-11-30T11:00:00Z"); // Monday: one working day
    expect(await world.requests.questions.remindOverdue(2)).toEqual([]);
    now = new Date("2026-12-01T11:00:00Z"); // Tuesday: two
    expect(await world.requests.questions.remindOverdue(2)).toEqual(["ASK-2026-0001"]);
    expect(await world.requests.questions.remindOverdue(2)).toEqual([]);
    const kinds = (await world.requests.log.snapshot()).outbox.map((e) => e.event.kind);
    expect(kinds).toEqual(["question-asked", "question-reminder"]);
    now = new Date("2026-12-03T11:00:00Z"); // two more working days
    expect(await world.requests.questions.remindOverdue(2)).toEqual(["ASK-2026-0001"]);
    await world.requests.questions.answer("ASK-2026-0001", { platform: "console", userId: HR_USER }, "Maria");
    now = new Date("2026-12-10T11:00:00Z");
    expect(await world.requests.questions.remindOverdue(2)).toEqual([]);
  });
});
