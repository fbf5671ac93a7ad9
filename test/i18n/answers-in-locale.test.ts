import { describe, expect, it } from "vitest";
import { notificationReply } from "../../src/bot/notifications.ts";
import { toPlainText } from "../../src/bot/plain-text.ts";
import { ask, assistant } from "../support/assistant.ts";
import { openWorld, submitFlexibleWork } from "../support/requests.ts";

describe("answers in the asker's language", () => {
  it("answers a French indicator question in French, from the knowledge base's French text, with no note", async () => {
    const { reply, text } = await ask("Quel est l'objectif de mobilité pour 2025 ?");
    expect(reply.intent).toBe("indicator");
    const lead = reply.parts[0];
    expect(lead?.kind === "paragraph" && lead.text).toMatch(
      /^Objectif pour fin 2025 : Nouvelle augmentation de 5%\*/,
    );
    // the card's labels are French too: the milestone a further increase builds on, the indicator
    expect(text).toContain("Étape (fin 2023)");
    expect(text).toContain("Indicateur");
    expect(reply.notice ?? "").not.toMatch(/anglais/);
  });

  it("answers in Spanish, and in English and Chinese as before, all without the note", async () => {
    const es = await ask("¿Cuál es la meta para las mujeres en puestos P5 y superiores?");
    expect(es.text).toContain("Meta para fines de 2025: 42%");
    expect(es.reply.notice ?? "").not.toMatch(/inglés/);
    const en = await ask("what is the mobility target?");
    expect(en.reply.notice).toBeUndefined();
    const zh = await ask("流动性的目标是多少？");
    expect(zh.reply.notice).toBeUndefined();
    expect(zh.text).toContain("到 2025 年底的目标");
  });

  it("answers a message with no words in the platform's locale", async () => {
    const { reply } = await ask("", undefined, { locale: "es-ES" });
    expect(toPlainText(reply)).toContain("No encontré ninguna pregunta");
  });

  it("shows a request form in French and in Spanish, labels and button included", () => {
    const { bot } = assistant();
    const fr = bot.formFor("flexible-work", "fr", "s1");
    expect(fr?.title).toBe("Modalité de travail flexible");
    expect(fr?.submitLabel).toBe("Soumettre");
    expect(fr?.fields.map((f) => f.label)).toContain("Date de début");
    const es = bot.formFor("flexible-work", "es", "s2");
    expect(es?.fields.find((f) => f.name === "arrangement")?.choices?.[0]?.label).toBe(
      "Teletrabajo en días fijos",
    );
  });

  it("words notifications in the reader's language, figures and ids untouched", async () => {
    const world = await openWorld();
    const id = await submitFlexibleWork(world.person("maria", "Maria Lopez"));
    const record = await world.record(id);
    if (!record) throw new Error("not recorded");
    const event = {
      id: "e1",
      kind: "request-submitted" as const,
      requestId: id,
      audience: "hr" as const,
      createdAt: record.createdAt,
    };
    const fr = notificationReply(event, record, "fr");
    expect(fr.title).toBe(`Nouvelle demande ${id} (Modalité de travail flexible) en attente d'examen`);
    expect(fr.review?.actions.map((a) => a.label)).toEqual([
      "Approuver",
      "Rejeter",
      "Demander des informations",
    ]);
    const es = notificationReply(event, record, "es");
    expect(toPlainText(es)).toContain("1 de marzo de 2027");
    expect(toPlainText(es)).toContain(id);
  });
});
