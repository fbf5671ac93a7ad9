import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dispatcher } from "../../../src/notify/outbox.ts";
import type { RequestRecord } from "../../../src/requests/model.ts";
import type { FileRequestServices } from "../../../src/requests/services.ts";
import type { RunningServer } from "../../../src/server/http.ts";
import {
  expectInLanguage,
  expectNoLeak,
  SCRIPTS,
  type Script,
  say,
  WORDS,
} from "../../support/flows-fr-es.ts";
import {
  type CardNode,
  CHANNEL,
  type ConnectorCall,
  cardOf,
  channelMentionActivity,
  elementsOf,
  type FakeConnector,
  HR_USER,
  messageActivity,
  postActivity,
  textOf,
} from "../../support/teams.ts";
import { startTeamsBed, type TeamsBed } from "../../support/teams-bed.ts";

/**
 * Every request type in French and Spanish over Teams: the real botbuilder CloudAdapter with the
 * local connector fake. Managers file in their personal chat (with the platform's locale of their
 * language), HR (HR_LANGUAGE=es) gets the card in Spanish in its channel and decides with its
 * buttons or by a typed command, and the requester is told in the language of the request.
 */

const TODAY = new Date("2026-11-23T09:00:00.000Z");
const HR_CHAT = "a:hr-personal-chat";

let bed: TeamsBed;
let connector: FakeConnector;
let server: RunningServer;
let requests: FileRequestServices;
let dispatcher: Dispatcher;

beforeAll(async () => {
  bed = await startTeamsBed({ name: "teams-flows", today: TODAY, env: { HR_LANGUAGE: "es" } });
  ({ connector, server, requests, dispatcher } = bed);
  // HR's channel, registered once (its words are HR's setup, not a flow under test)
  await postActivity(
    server.url,
    channelMentionActivity({ serviceUrl: connector.url, question: "register HR channel", from: HR_USER }),
  );
});

afterAll(async () => {
  await bed?.close();
});

interface Person {
  from: { id: string; aadObjectId: string; name: string };
  conversationId: string;
  locale: string;
}

/** One activity, and the connector calls the turn made (the turn is over when Teams gets its 200). */
async function turn(activity: Record<string, unknown>): Promise<ConnectorCall[]> {
  const before = connector.calls.length;
  const response = await postActivity(server.url, activity);
  expect(response.status).toBe(200);
  const calls = connector.calls.slice(before);
  expect(calls.length).toBeGreaterThan(0);
  return calls;
}

function tell(person: Person, text: string): Promise<ConnectorCall[]> {
  return turn(
    messageActivity({
      serviceUrl: connector.url,
      text,
      from: person.from,
      conversationId: person.conversationId,
      locale: person.locale,
    }),
  );
}

/** What a card gives to read: its texts in the language, its buttons' and inputs' words without leaks. */
function expectCardIn(call: ConnectorCall, lang: "fr" | "es", what: string): CardNode {
  const card = cardOf(call.activity);
  expectInLanguage(textOf(card), lang, `${what}: ${textOf(card)}`);
  const actions = [...((card.actions as CardNode[] | undefined) ?? []), ...elementsOf(card, "Action.Submit")];
  for (const action of actions)
    expectNoLeak(String(action.title ?? ""), `${what}: button ${String(action.title)}`);
  for (const type of ["Input.Text", "Input.Date", "Input.ChoiceSet", "Input.Number"]) {
    for (const input of elementsOf(card, type)) {
      for (const key of ["label", "placeholder", "errorMessage"]) {
        if (typeof input[key] === "string") expectNoLeak(String(input[key]), `${what}: ${type} ${key}`);
      }
      for (const choice of (input.choices as CardNode[] | undefined) ?? [])
        expectNoLeak(String(choice.title));
    }
  }
  return card;
}

async function record(id: string): Promise<RequestRecord> {
  const found = await requests.workflow.get(id, { platform: "teams", userId: HR_USER.aadObjectId });
  if (!found.ok) throw new Error(`${id} not found`);
  return found.request;
}

const hr: Person = { from: HR_USER, conversationId: HR_CHAT, locale: "es-ES" };

describe("Teams: every request type in French and Spanish", () => {
  SCRIPTS.forEach((script: Script, index) => {
    const person: Person = {
      from: { id: `29:flow-${index}`, aadObjectId: `aad-flow-${index}`, name: `Manager ${index}` },
      conversationId: `a:flow-chat-${index}`,
      locale: script.lang === "fr" ? "fr-FR" : "es-ES",
    };
    const byButton = index % 2 === 1;
    it(`${script.type} in ${script.lang}: filed in chat, decided by HR ${byButton ? "with its card" : "typed"}, requester told`, async () => {
      let last: ConnectorCall[] = [];
      for (const line of script.lines) {
        last = await tell(person, line);
        for (const call of last) expectCardIn(call, script.lang, `the answer to “${line}”`);
      }
      const id =
        /[A-Z]{3}-\d{4}-\d{4}/.exec(last.map((c) => textOf(cardOf(c.activity))).join(" "))?.[0] ?? "";
      expect(await record(id)).toMatchObject({ type: script.type, lang: script.lang, fields: script.fields });

      const words = WORDS[script.lang];
      const [status] = await tell(person, say(words.status, id));
      if (!status) throw new Error("no status");
      expect(textOf(cardOf(status.activity))).toContain(id);
      expectCardIn(status, script.lang, "status");

      // HR's card in its channel, in HR_LANGUAGE (Spanish)
      const before = connector.calls.length;
      await dispatcher.runOnce();
      const hrCard = connector.calls
        .slice(before)
        .find((c) => c.conversationId === CHANNEL && textOf(cardOf(c.activity)).includes(id));
      if (!hrCard) throw new Error(`${id} was not posted to HR's channel`);
      expectCardIn(hrCard, "es", "HR's card");

      if (byButton) {
        const calls = await turn(
          messageActivity({
            serviceUrl: connector.url,
            conversationType: "channel",
            conversationId: `${CHANNEL};messageid=${hrCard.id}`,
            replyToId: hrCard.id,
            from: HR_USER,
            // HR's own Teams client in English: the card it decides on stays in HR_LANGUAGE
            locale: "en-US",
            value: { action: "decide", requestId: id, decision: "approve", comment: "" },
          }),
        );
        for (const call of calls) expectCardIn(call, "es", "HR's card, decided");
        expect((await record(id)).status).toBe("approved");
      } else {
        const [proposed] = await tell(hr, say(words.reject, id));
        if (!proposed) throw new Error("no proposal");
        expectCardIn(proposed, script.lang, "HR's proposal");
        expect((await record(id)).status).toBe("submitted");
        const [done] = await tell(hr, words.confirm);
        if (!done) throw new Error("no decision");
        expectCardIn(done, script.lang, "HR's decision");
        expect((await record(id)).status).toBe("rejected");
      }

      // the requester is told in the request's language, in their own chat
      const sent = connector.calls.length;
      await dispatcher.runOnce();
      const told = connector.calls.slice(sent).find((c) => c.conversationId === person.conversationId);
      if (!told) throw new Error("the requester was not told");
      expectCardIn(told, script.lang, "the requester's notification");
      const closed = connector.calls.slice(sent).find((c) => c.conversationId === CHANNEL);
      if (closed) expectCardIn(closed, "es", "HR's card, closed");
    });
  });

  it("shows the form card in French, with its errors in French, and the withdrawal proposed then confirmed", async () => {
    const person: Person = {
      from: { id: "29:card-fr", aadObjectId: "aad-card-fr", name: "Claire" },
      conversationId: "a:card-fr",
      locale: "fr-FR",
    };
    const calls = await tell(person, "je voudrais demander du télétravail");
    const form = calls
      .map((c) => cardOf(c.activity))
      .find((card) => elementsOf(card, "Input.Date").length > 0);
    if (!form) throw new Error("no form card");
    const formCall = calls.find((c) => cardOf(c.activity) === form) ?? calls[0];
    if (formCall) expectCardIn(formCall, "fr", "the form card");
    const submit = (form.actions as CardNode[])[0]?.data as Record<string, unknown>;
    const [errors] = await turn(
      messageActivity({
        serviceUrl: connector.url,
        from: person.from,
        conversationId: person.conversationId,
        locale: person.locale,
        replyToId: formCall?.id ?? "",
        value: {
          ...submit,
          "field.forWhom": "self",
          "field.arrangement": "telework",
          "field.days": "les lundis",
          "field.start": "2026-01-05",
          "field.end": "2025-12-01",
        },
      }),
    );
    if (!errors) throw new Error("no answer to the card");
    const card = expectCardIn(errors, "fr", "the card with its errors");
    const attention = elementsOf(card, "TextBlock").filter((t) => t.color === "Attention");
    expect(attention.length).toBeGreaterThan(0);
    for (const error of attention) expectInLanguage(String(error.text), "fr", `error: ${String(error.text)}`);

    const [cancelled] = await tell(person, "annuler");
    if (cancelled) expectCardIn(cancelled, "fr", "the cancellation");
    const filed = await (async () => {
      let last: ConnectorCall[] = [];
      for (const line of (SCRIPTS[0] as Script).lines) last = await tell(person, line);
      return /[A-Z]{3}-\d{4}-\d{4}/.exec(last.map((c) => textOf(cardOf(c.activity))).join(" "))?.[0] ?? "";
    })();
    const [proposed] = await tell(person, say(WORDS.fr.withdraw, filed));
    if (!proposed) throw new Error("no proposal");
    expectCardIn(proposed, "fr", "the withdrawal's proposal");
    expect((await record(filed)).status).toBe("submitted");
    const [done] = await tell(person, "oui");
    if (!done) throw new Error("no withdrawal");
    expectCardIn(done, "fr", "the withdrawal");
    expect((await record(filed)).status).toBe("withdrawn");
  });
});
