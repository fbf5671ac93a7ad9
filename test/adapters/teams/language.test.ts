import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { t } from "../../../src/i18n/messages.ts";
import type { RunningServer } from "../../../src/server/http.ts";
import {
  type CardNode,
  cardOf,
  type FakeConnector,
  messageActivity,
  postActivity,
  textOf,
} from "../../support/teams.ts";
import { startTeamsBed, type TeamsBed } from "../../support/teams-bed.ts";

/**
 * The language of Teams answers through the real CloudAdapter: `activity.locale` when the words
 * show no language, the user's own choice over it, and cards (forms too) in the negotiated one.
 */

let bed: TeamsBed;
let connector: FakeConnector;
let server: RunningServer;

beforeAll(async () => {
  bed = await startTeamsBed({ name: "teams-language" });
  ({ connector, server } = bed);
}, 60_000);

afterAll(async () => {
  await bed?.close();
});

beforeEach(() => connector.clear());

/** Sends one message in French Teams and returns the cards the bot posted. */
async function say(text: string, locale = "fr-FR"): Promise<CardNode[]> {
  const response = await postActivity(
    server.url,
    messageActivity({ serviceUrl: connector.url, text, locale }),
  );
  expect(response.status).toBe(200);
  const calls = await connector.waitForCalls(1);
  return calls.map((call) => cardOf(call.activity));
}

describe("the language of Teams answers", { timeout: 60_000 }, () => {
  it("answers a bare request id in activity.locale, then in the user's choice over it", async () => {
    const [french] = await say("FWA-2026-0001?");
    expect(textOf(french as CardNode)).toContain(t("fr", "refusal.not-found"));
    expect(french?.lang).toBe("fr-FR");

    connector.clear();
    const [chosen] = await say("answer in Spanish");
    expect(textOf(chosen as CardNode)).toContain(t("es", "language.chosen"));

    connector.clear();
    const [spanish] = await say("FWA-2026-0001?");
    expect(textOf(spanish as CardNode)).toContain(t("es", "refusal.not-found"));
    expect(spanish?.lang).toBe("es-ES");

    connector.clear();
    const [options] = await say("language");
    const titles = ((options?.actions ?? []) as { title: string }[]).map((a) => a.title);
    expect(titles).toEqual(["English", "中文", "Français", "Español"]);

    connector.clear();
    const [form] = await say("request flexible-work");
    expect(form?.lang).toBe("es-ES");
    expect(textOf(form as CardNode)).toContain("Modalidad de trabajo flexible");
    expect(String(form?.fallbackText)).toBe(
      t("es", "adapter.formFallback", { title: "Modalidad de trabajo flexible" }),
    );

    // The slash command's words, typed in Teams.
    connector.clear();
    const [typed] = await say("/hr language fr", "en-US");
    expect(textOf(typed as CardNode)).toContain(t("fr", "language.chosen"));
    connector.clear();
    const [again] = await say("FWA-2026-0001?", "en-US");
    expect(textOf(again as CardNode)).toContain(t("fr", "refusal.not-found"));
  });
});
