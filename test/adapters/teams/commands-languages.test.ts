import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { platformCommand } from "../../../src/bot/platform-commands.ts";
import type { RunningServer } from "../../../src/server/http.ts";
import {
  type CardNode,
  CHANNEL,
  type ConnectorCall,
  cardOf,
  channelMentionActivity,
  type FakeConnector,
  HR_USER,
  messageActivity,
  postActivity,
  textOf,
} from "../../support/teams.ts";
import { startTeamsBed, type TeamsBed } from "../../support/teams-bed.ts";

/**
 * Teams' own commands — the HR channel, a request's form as a card — typed in English, Chinese,
 * French and Spanish, over the real CloudAdapter and the local connector fake; and ordinary
 * sentences holding their words, which are answered as any message is.
 */

let bed: TeamsBed;
let connector: FakeConnector;
let server: RunningServer;

beforeAll(async () => {
  bed = await startTeamsBed({ name: "teams-commands", today: new Date("2026-11-23T09:00:00.000Z") });
  ({ connector, server } = bed);
});

afterAll(async () => {
  await bed?.close();
});

beforeEach(() => connector.clear());

/** Posts one activity and returns every connector call of its turn (over when Teams gets its 200). */
async function turn(activity: Record<string, unknown>): Promise<ConnectorCall[]> {
  const response = await postActivity(server.url, activity);
  expect(response.status).toBe(200);
  return connector.calls.slice();
}

async function hrChannel(): Promise<unknown> {
  const { ConversationReferenceStore } = await import("../../../src/adapters/teams/conversation-store.ts");
  const { serviceUrlPolicy } = await import("../../../src/adapters/teams/service-url.ts");
  const { silentLogger } = await import("../../../src/log.ts");
  const path = await import("node:path");
  const store = new ConversationReferenceStore(
    path.join(bed.dataDir, "teams-conversations.json"),
    silentLogger,
    {
      isTrusted: serviceUrlPolicy([connector.url]),
    },
  );
  return store.hrConversation();
}

const ask = (text: string, locale: string, from = HR_USER) =>
  turn(channelMentionActivity({ serviceUrl: connector.url, question: text, from, locale }));

describe("Teams: registering the HR channel in four languages", () => {
  it("refuses a reviewer who is not HR, in the words' language", async () => {
    const [call] = await ask("registrar este canal como canal de RR. HH.", "es-ES", {
      id: "29:not-hr",
      aadObjectId: "aad-not-hr",
      name: "Not HR",
    });
    expect(textOf(cardOf(call?.activity ?? {}))).toContain("solo los revisores de RR. HH.");
    expect(await hrChannel()).toBeUndefined();
  });

  it("does not take a sentence holding the words for the command", async () => {
    const calls = await ask("faut-il enregistrer ce canal comme canal RH avant lundi ?", "fr-FR");
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.map((c) => textOf(cardOf(c.activity))).join(" ")).not.toContain("C'est fait");
    expect(await hrChannel()).toBeUndefined();
  });

  for (const [text, locale, done] of [
    ["enregistrer ce canal comme canal RH", "fr-FR", "C'est fait : les notifications des demandes RH"],
    ["Registrar este canal como canal de RR. HH.", "es-ES", "Hecho: las notificaciones de solicitudes"],
    ["把这个频道设为HR频道", "zh-CN", "人事申请通知将发布在此频道"],
    ["register this channel as the HR channel", "en-US", "HR request notifications will be posted"],
  ] as const) {
    it(`registers the channel for “${text}”`, async () => {
      const calls = await ask(text, locale);
      expect(calls).toHaveLength(1);
      expect(textOf(cardOf(calls[0]?.activity ?? {}))).toContain(done);
      expect(await hrChannel()).toMatchObject({ conversation: { id: CHANNEL, conversationType: "channel" } });
    });
  }
});

/** The one form card a command sends: its type and its language. */
function formCard(calls: readonly ConnectorCall[]): CardNode {
  expect(calls).toHaveLength(1);
  const card = cardOf(calls[0]?.activity ?? {});
  expect(card.actions).toBeDefined();
  return card;
}

const say = (text: string, locale: string) =>
  turn(messageActivity({ serviceUrl: connector.url, text, locale }));

describe("Teams: a request's form card opened in four languages", () => {
  for (const [text, locale, type, lang] of [
    ["demander du télétravail", "en-US", "flexible-work", "fr"],
    ["demander une formation", "en-US", "learning", "fr"],
    ["solicitar teletrabajo", "en-US", "flexible-work", "es"],
    ["solicitar una movilidad", "en-US", "mobility", "es"],
    ["request flexible work", "en-US", "flexible-work", "en"],
    ["申请弹性工作", "en-US", "flexible-work", "zh"],
  ] as const) {
    it(`opens the ${type} card in ${lang} for “${text}”`, async () => {
      const card = formCard(await say(text, locale));
      const [submit] = card.actions as { data?: { type?: string } }[];
      expect(submit?.data?.type).toBe(type);
      expect(String(card.lang)).toMatch(new RegExp(`^${lang}`));
    });
  }

  it("answers a sentence holding the words as any message: a reply first, not the card alone", async () => {
    const calls = await say("est-ce que je peux demander du télétravail pendant le ramadan ?", "fr-FR");
    expect(calls.length).toBeGreaterThan(0);
    expect(cardOf(calls[0]?.activity ?? {}).actions ?? []).not.toContainEqual(
      expect.objectContaining({ data: expect.objectContaining({ action: "submit-form" }) }),
    );
  });

  it("reads the commands as whole messages only", () => {
    expect(platformCommand("solicitar teletrabajo")).toEqual({
      kind: "open-form",
      typeText: "teletrabajo",
      languageText: "solicitar teletrabajo",
    });
    expect(platformCommand("demander du télétravail le lundi et le vendredi")).toBeUndefined();
    expect(platformCommand("I'd like to request flexible work from May")).toBeUndefined();
    expect(platformCommand("il faut enregistrer ce canal comme canal RH ?")).toBeUndefined();
    expect(platformCommand("register HR channel")).toEqual({ kind: "register-hr-channel" });
  });
});
