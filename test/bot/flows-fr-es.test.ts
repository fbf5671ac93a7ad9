import { describe, expect, it } from "vitest";
import { notificationRenderer } from "../../src/bot/notifications.ts";
import { toPlainText } from "../../src/bot/plain-text.ts";
import type { Locale } from "../../src/i18n/locale.ts";
import {
  expectInLanguage,
  expectNoLeak,
  SCRIPTS,
  type Script,
  say,
  WORDS,
  Y,
} from "../support/flows-fr-es.ts";
import { HR_USER, openWorld, type Person, type World } from "../support/requests.ts";

/**
 * Every request type end to end in French and in Spanish through the bot, as the console user
 * talks to it: the form answered in the language, the request filed, followed, decided by HR
 * (typed, proposed, confirmed), withdrawn or resubmitted; each reply, and each notification, in
 * the right language: the requester's in the language of their request, HR's in HR_LANGUAGE.
 */

/** What happens to each script's request once filed, in turn. */
const AFTER = ["approve", "reject", "ask-info", "withdraw"] as const;

/** HR_LANGUAGE for a script's world: the other language, so that the two are told apart. */
const hrLanguageFor = (lang: "fr" | "es"): Locale => (lang === "fr" ? "es" : "fr");

async function fill(world: World, manager: Person, script: Script): Promise<string> {
  let last = await manager.say(script.lines[0] ?? "");
  expect(last.reply.outcome, last.text).toBe("form");
  expectInLanguage(last.text, script.lang);
  for (const line of script.lines.slice(1)) {
    last = await manager.say(line);
    expectInLanguage(last.text, script.lang, `the answer to “${line}”: ${last.text}`);
  }
  expect(last.reply.intent, last.text).toBe("request_submitted");
  const id = last.reply.title ?? "";
  const record = await world.record(id);
  expect(record?.type).toBe(script.type);
  expect(record?.lang).toBe(script.lang);
  expect(record?.fields).toMatchObject(script.fields);
  return id;
}

/** Says a command, sees it proposed (nothing changed), confirms it with the language's word. */
async function proposeThenConfirm(person: Person, text: string, lang: "fr" | "es", confirm: string) {
  const proposed = await person.say(text);
  expect(proposed.reply.outcome, proposed.text).toBe("confirm");
  expectInLanguage(proposed.text, lang);
  const done = await person.say(confirm);
  expect(done.reply.outcome, done.text).toBe("done");
  expectInLanguage(done.text, lang);
  return done;
}

describe("request flows in French and Spanish, through the bot", () => {
  SCRIPTS.forEach((script, index) => {
    const after = AFTER[index % AFTER.length] ?? "approve";
    it(`${script.type} in ${script.lang}: filed, followed and ${after}`, async () => {
      const world = await openWorld();
      const words = WORDS[script.lang];
      const manager = world.person("bob", "Bob");
      const hr = world.person(HR_USER, "Hana");
      const id = await fill(world, manager, script);

      const status = await manager.say(say(words.status, id));
      expect(status.reply.intent).toBe("request_status");
      expect(status.text).toContain(id);
      expectInLanguage(status.text, script.lang);
      const mine = await manager.say(words.mine);
      expect(mine.reply.intent).toBe("my_requests");
      expect(mine.text).toContain(id);
      expectInLanguage(mine.text, script.lang);

      const pending = await hr.say(words.pending);
      expect(pending.reply.intent).toBe("hr_pending");
      expect(pending.text).toContain(id);
      expectInLanguage(pending.text, script.lang);

      if (after === "withdraw") {
        await proposeThenConfirm(manager, say(words.withdraw, id), script.lang, words.yes);
        expect((await world.record(id))?.status).toBe("withdrawn");
      } else if (after === "ask-info") {
        await proposeThenConfirm(hr, say(words.askInfo, id), script.lang, words.confirm);
        expect((await world.record(id))?.status).toBe("more-info-requested");
        await proposeThenConfirm(manager, say(words.resubmit, id), script.lang, words.yes);
        expect((await world.record(id))?.status).toBe("resubmitted");
        await proposeThenConfirm(hr, say(words.approve, id), script.lang, words.yes);
        expect((await world.record(id))?.status).toBe("approved");
      } else {
        const command = after === "approve" ? words.approve : words.reject;
        await proposeThenConfirm(hr, say(command, id), script.lang, words.confirm);
        expect((await world.record(id))?.status).toBe(after === "approve" ? "approved" : "rejected");
      }

      // Every message of the outbox: the requester's in the request's language, HR's in HR_LANGUAGE.
      const hrLang = hrLanguageFor(script.lang);
      const render = notificationRenderer(world.requests.store, hrLang);
      const { outbox } = await world.requests.log.snapshot();
      const kinds = new Set<string>();
      for (const { event } of outbox) {
        const reply = await render(event);
        if (!reply) throw new Error(`no notification for ${event.id}`);
        const forHr = event.audience === "hr";
        kinds.add(`${forHr ? "hr" : "requester"}:${event.kind}`);
        expectInLanguage(
          toPlainText(reply),
          forHr ? hrLang : script.lang,
          `${event.id}: ${toPlainText(reply)}`,
        );
        for (const button of reply.review?.actions ?? []) expectNoLeak(button.label);
      }
      expect(kinds).toContain("hr:request-submitted");
      if (after !== "withdraw") expect(kinds).toContain("requester:request-decided");
      if (after === "ask-info") expect(kinds).toContain("hr:request-resubmitted");
    });
  });
});

describe("bad input in French and Spanish, answered in the language", () => {
  it("French: an impossible date, an end before the start, an empty and a huge answer, “annuler”", async () => {
    const world = await openWorld();
    const manager = world.person("bob", "Bob");
    const form = await manager.say("je voudrais demander du télétravail les lundis");
    expect(form.reply.outcome).toBe("form");
    await manager.say("moi");
    const wrong = await manager.say(`du 31 février ${Y}`);
    expect(wrong.text).toContain("31 février");
    expect(wrong.text).toContain("n'est pas une date valable");
    expectInLanguage(wrong.text, "fr");
    await manager.say(`le 1er mars ${Y}`);
    const before = await manager.say(`le 1er février ${Y}`);
    expect(before.text).toContain("postérieure");
    expectInLanguage(before.text, "fr");
    const huge = await manager.say("x".repeat(3000));
    expect(huge.reply.notice).toBeDefined();
    expectInLanguage(`${huge.reply.notice} ${huge.text}`, "fr");
    const empty = await manager.say("   ");
    expectInLanguage(empty.text, "fr");
    // the form is still open, at the same question
    const edited = await manager.say("modifier la date de début");
    expect(edited.reply.outcome).toBe("form");
    expectInLanguage(edited.text, "fr");
    const cancelled = await manager.say("annuler");
    expect(cancelled.reply.intent).toBe("request_cancelled");
    expectInLanguage(cancelled.text, "fr");
    expect(await world.all()).toEqual([]);
  });

  it("Spanish: an impossible date, an end before the start, a word that is no number, “cancelar”", async () => {
    const world = await openWorld();
    const manager = world.person("ana", "Ana");
    await manager.say("quisiera solicitar un curso de análisis de datos");
    await manager.say("Curso de análisis de datos");
    await manager.say("Coursera");
    const wrong = await manager.say(`el 31 de febrero de ${Y}`);
    expect(wrong.text).toContain("no es una fecha válida");
    expectInLanguage(wrong.text, "es");
    await manager.say(`el 3 de marzo de ${Y}`);
    const before = await manager.say(`el 1 de enero de ${Y}`);
    expect(before.text).toContain("no puede ser anterior");
    expectInLanguage(before.text, "es");
    await manager.say(`el 14 de marzo de ${Y}`);
    const notNumber = await manager.say("bastante caro");
    expect(notNumber.text).toContain("no es un número");
    expectInLanguage(notNumber.text, "es");
    const euros = await manager.say("300 euros");
    expectInLanguage(euros.text, "es");
    const changed = await manager.say(`cambiar la fecha de inicio a 4 de marzo de ${Y}`);
    expectInLanguage(changed.text, "es");
    const cancelled = await manager.say("cancelar");
    expect(cancelled.reply.intent).toBe("request_cancelled");
    expectInLanguage(cancelled.text, "es");
    expect(await world.all()).toEqual([]);
  });

  it("“non” and “no” at a proposal leave the request as it was", async () => {
    const world = await openWorld();
    const manager = world.person("bob", "Bob");
    const id = await fill(world, manager, SCRIPTS[0] as Script);
    const proposed = await manager.say(say(WORDS.fr.withdraw, id));
    expect(proposed.reply.outcome).toBe("confirm");
    const no = await manager.say("non");
    expect(no.reply.intent).toBe("confirmation_cancelled");
    expectInLanguage(no.text, "fr");
    const hr = world.person(HR_USER, "Hana");
    await hr.say(say(WORDS.es.reject, id));
    const nope = await hr.say("no");
    expect(nope.reply.intent).toBe("confirmation_cancelled");
    expectInLanguage(nope.text, "es");
    expect((await world.record(id))?.status).toBe("submitted");
  });
});
