import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages.ts";
import { HR_USER, openWorld } from "../support/requests.ts";

/**
 * Ask HR in French and Spanish, from the catalogue: the offers are in the reader's language and
 * are understood when sent back as typed ("Demander aux RH", "No útil", "mes questions").
 */

describe("Ask HR in French and Spanish", { timeout: 60_000 }, () => {
  it("offers “Demander aux RH” under a decline, proposes, files and lists the question in French", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob");
    await bob.say("réponds en français");
    const question = "Combien de jours de congé annuel me reste-t-il ?";
    const declined = await bob.say(question);
    expect(declined.reply.outcome).toBe("decline");
    expect(declined.reply.suggestions.map((s) => s.message)).toContain(t("fr", "ask.offer"));

    const proposed = await bob.say(t("fr", "ask.offer"));
    expect(proposed.reply).toMatchObject({ intent: "ask_hr", outcome: "confirm" });
    expect(proposed.text).toContain(t("fr", "ask.propose", { question }));

    // The Confirm button's word, as the proposal asks for it.
    const filed = await bob.say(t("fr", "confirm.confirm"));
    expect(filed.reply.outcome).toBe("done");
    const id = filed.reply.title ?? "";
    expect(id).toMatch(/^ASK-\d{4}-\d{4}$/);
    expect(filed.text).toContain(t("fr", "ask.filed", { id }));
    expect(filed.text).toContain(
      `${t("fr", "ask.statusLabel")}${t("fr", "plain.colon")}${t("fr", "ask.status.open")}`,
    );

    const mine = await bob.say(t("fr", "ask.myQuestions"));
    expect(mine.reply.intent).toBe("my_questions");
    expect(mine.text).toContain(t("fr", "ask.mine", { count: 1 }));

    const hr = world.person(HR_USER, "Hana");
    await hr.say("réponds en français");
    const answer = await hr.say(`répondre ${id} : il vous reste 12 jours`);
    expect(answer.reply).toMatchObject({ intent: "hr_answer", outcome: "confirm" });
    expect(answer.text).toContain(
      t("fr", "hrAnswer.proposeAnswer", { id, asker: "Bob", answer: "il vous reste 12 jours" }),
    );
    const sent = await hr.say("confirmer");
    expect(sent.text).toContain(t("fr", "hrAnswer.answered", { id }));
  });

  it("offers “Útil” / “No útil” under a Spanish answer and takes the rating back", async () => {
    const world = await openWorld();
    const ana = world.person("ana");
    const answered = await ana.say("¿Cuál es la meta de movilidad?");
    expect(answered.reply.suggestions.map((s) => s.message)).toEqual(
      expect.arrayContaining([t("es", "ask.helpful"), t("es", "ask.notHelpful")]),
    );
    const rated = await ana.say(t("es", "ask.notHelpful"));
    expect(rated.reply).toMatchObject({ intent: "feedback", outcome: "done" });
    expect(rated.text).toContain(t("es", "feedback.thanksNotHelpful"));
  });
});
