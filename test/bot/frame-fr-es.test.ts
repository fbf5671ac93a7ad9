import { describe, expect, it } from "vitest";
import { askedUnit, asksFigureOfTopic, asksForQuantity } from "../../src/nlu/entities.ts";
import { asksAboutOwnRecord } from "../../src/nlu/personal.ts";
import { ask } from "../support/assistant.ts";

/**
 * The question frame in French and Spanish, as staff type it (no accents, fragments): figures
 * asked of topics the strategy sets none for, other organisations, counts, "which focus area",
 * and strategy questions that are no HR command.
 */
describe("French and Spanish figure words", () => {
  it.each([
    "combien de jeunes recrutés d'ici 2025",
    "quel pourcentage de teletravail",
    "cuantos dias de teletrabajo",
    "qué porcentaje de mujeres",
    "economies attendues en %",
    "primes par an",
    "premios por año",
  ])("%s asks for a quantity", (text) => {
    expect(asksForQuantity(text)).toBe(true);
  });

  it.each(["quelle est la politique de télétravail", "que dice la estrategia sobre el teletrabajo"])(
    "%s asks for none",
    (text) => {
      expect(asksForQuantity(text)).toBe(false);
      expect(asksFigureOfTopic(text)).toBe(false);
    },
  );

  it.each([
    "augmentation des salaires prevue",
    "reduction de l'empreinte carbone",
    "un KPI sur le racisme",
    "cuanto van a subir los sueldos",
    "se busca alcanzar",
  ])("%s asks a figure of a topic", (text) => {
    expect(asksFigureOfTopic(text)).toBe(true);
  });

  it("reads the units asked in French and Spanish, and percentages", () => {
    expect(askedUnit("délai en jours")?.test("30 jours")).toBe(true);
    expect(askedUnit("tiempo en días")?.test("30 días")).toBe(true);
    expect(askedUnit("économies en %")?.test("50%")).toBe(true);
    expect(askedUnit("économies en %")?.test("2021")).toBe(false);
  });

  it.each([
    "combien de jours de congé il me reste",
    "mon contrat sera-t-il renouvelé",
    "mi sueldo neto",
    "¿me toca licencia?",
  ])("%s is about the asker's own record", (text) => {
    expect(asksAboutOwnRecord(text)).toBe(true);
  });

  it.each(["cuantos jovenes profesionales se quieren contratar", "les salaires dans la stratégie"])(
    "%s is not",
    (text) => {
      expect(asksAboutOwnRecord(text)).toBe(false);
    },
  );
});

const NO_FIGURE_FR = /ne fixe aucun|aucun chiffre|ne fixe ni/;
const NO_FIGURE_ES = /no fija ning|ninguna cifra/;

describe("French and Spanish questions the strategy sets no figure for", () => {
  it.each([
    ["augmentation des salaires prevue de combien ?", "unsetTopic:salaries"],
    ["la strat fixe quelle réduction de l'empreinte carbone", "unsetTopic:environment"],
    ["cuanto van a subir los sueldos segun la estrategia", "unsetTopic:salaries"],
    ["hay KPI sobre racismo?", "unsetTopic:racism"],
    ["cuantos jovenes profesionales se quieren contratar, hay meta?", "unsetTopic:youth"],
  ])("%s: no_target, never a figure", async (question, subject) => {
    const { reply } = await ask(question);
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toEqual([subject]);
  });

  it("a count of complaints is not the respect indicator's figures", async () => {
    const fr = await ask("cible de réduction des plaintes pour harcèlement");
    expect(fr.reply.intent).toBe("no_target");
    expect(fr.text).toMatch(NO_FIGURE_FR);
    expect(fr.text).not.toContain("81%");
    const es = await ask("meta de reducción de denuncias de acoso");
    expect(es.text).toMatch(NO_FIGURE_ES);
    expect(es.text).not.toContain("81%");
  });

  it("a target asked of something with no indicator says there is none and quotes no appendix row", async () => {
    const { reply, text } = await ask("cible d'utilisation de l'outil GROWTH par les managers ?");
    expect(reply.intent).toBe("search");
    expect(text).toMatch(NO_FIGURE_FR);
    for (const figure of ["70%", "75%", "50%"]) expect(text).not.toContain(figure);
  });

  it("a fact named by a longer name is not the indicator inside it", async () => {
    const { text } = await ask("budget de formation par personne prévu ?");
    expect(text).toMatch(NO_FIGURE_FR);
    for (const figure of ["46%", "12%", "25%"]) expect(text).not.toContain(figure);
  });

  it("the indicator said again outside that longer name is still the indicator", async () => {
    const { reply, text } = await ask(
      "our training budget got cut, and HR points to the training KPI: what is its 2025 target?",
    );
    expect(reply.subjects).toContain("indicator:training");
    expect(text).toContain("25%");
  });
});

describe("French and Spanish counts, focus areas and paper subjects", () => {
  it.each([
    ["combien de domaines d'action dans la strat ?", "count:focusAreas", "8"],
    ["cuántos productos clave hay en total?", "count:deliverables", "15"],
    ["cuantos indicadores clave tiene la estrategia", "count:indicators", "11"],
  ])("%s counts", async (question, subject, n) => {
    const { reply, text } = await ask(question);
    expect(reply.subjects).toEqual([subject]);
    expect(text).toContain(n);
  });

  it.each([
    ["campaña ILO Respect, en que área?", "focusArea:focus-2.3"],
    ["el teletrabajo en que area de enfoque esta", "focusArea:focus-2.2"],
    ["digitalizar los expedientes personales es entregable de que area", "focusArea:focus-3.1"],
    ["l'analytique RH c'est quel domaine ?", "focusArea:focus-3.2"],
  ])("%s names the focus area asked for", async (question, subject) => {
    const { reply } = await ask(question);
    expect(reply.intent).toBe("focus_area");
    expect(reply.subjects).toEqual([subject]);
  });

  it.each(["proyecto de decision", "projet de décision", "en qué párrafo está el proyecto de decisión"])(
    "%s asks the paper, not the HR queue",
    async (question) => {
      const { reply } = await ask(question);
      expect(reply.intent).not.toBe("hr_pending");
    },
  );

  it.each([
    ["le HCR vise combien de femmes P5+ en 2025 ?", ["42%", "40%"]],
    ["et au PNUD la cible de mobilité c'est quoi", ["15%", "13%"]],
    ["y el ACNUR que meta de movilidad tiene", ["15%", "13%"]],
  ])("%s: another organisation, no ILO figure", async (question, figures) => {
    const { reply, text } = await ask(question);
    expect(reply.intent).toBe("out_of_scope");
    for (const figure of figures) expect(text).not.toContain(figure);
  });
});
