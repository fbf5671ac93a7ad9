import { describe, expect, it } from "vitest";
import { detectFacets } from "../../src/nlu/entities.ts";
import { ask } from "../support/assistant.ts";

/**
 * French and Spanish questions that say an item of the paper in their own words: English names
 * do not catch French words, a typo yields to a name said as written, partners are asked about
 * by their French and Spanish names, and a figure asked of turnover is declined.
 */
describe("French and Spanish words that are no English name", () => {
  it("'pays' is a country, not pay: the under-represented countries indicator answers", async () => {
    const { reply, text } = await ask("recrues de pays peu representes : jalon 2023 ?");
    expect(reply.subjects).toEqual(["indicator:geo_underrepresented"]);
    expect(text).toContain("23%");
  });

  it("'en interne' is not an intern: the share of vacancies serving staff fill", async () => {
    const { reply, text } = await ask(
      "en general quelle proportion des postes vacants P est pourvue en interne",
    );
    expect(reply.subjects).not.toContain("unsetTopic:internships");
    expect(text).toContain("50%");
  });
});

describe("turnover, which the paper sets no figure for", () => {
  it.each(["quel taux de rotation vise la strategie ?", "tasa de rotación objetivo para 2025"])(
    "%s is declined, with what the paper says",
    async (question) => {
      const { reply, text } = await ask(question);
      expect(reply.intent).toBe("no_target");
      expect(reply.subjects).toEqual(["unsetTopic:turnover"]);
      for (const figure of ["13%", "15%"]) expect(text).not.toContain(figure);
    },
  );

  it("'rotación del personal' is no typo of the mobility indicator's 'rotation'", async () => {
    const { reply, text } = await ask("cual es la meta de rotacion del personal?");
    expect(reply.subjects).not.toContain("indicator:mobility");
    for (const figure of ["13%", "15%"]) expect(text).not.toContain(figure);
  });
});

describe("partners and facts asked in French and Spanish", () => {
  it.each([
    ["que fait la CFPI dans la strategie RH ?", "régime commun"],
    ["la red de RRHH de la JJE que hace", "JJE"],
    ["¿para qué sirve la Comisión de Administración Pública Internacional?", "régimen común"],
  ])("%s answers with the partners", async (question, words) => {
    const { reply, text } = await ask(question);
    expect(reply.intent).toBe("partnerships");
    expect(text).toContain(words);
  });

  it("a fact named in words the paper does not use is still answered, unless the question is off-topic", async () => {
    const fr = await ask("qui a rédigé le document ?");
    expect(fr.reply.subjects).toContain("fact:fact-author-unit");
    expect(fr.text).toContain("HRD");
    const off = await ask("what does Swiss pension law say about the retirement age");
    expect(off.reply.intent).toBe("out_of_scope");
    expect(off.text).not.toContain("65");
  });

  it("'solicitudes de empleo' are the job applications, not request statistics", async () => {
    const { reply, text } = await ask(
      "cuantas solicitudes de empleo se recibieron con el nuevo sistema de talento",
    );
    expect(reply.intent).not.toBe("hr_stats");
    expect(text).toContain("220");
  });
});

describe("the question frame", () => {
  it("'parite hommes femmes' names the gender indicators, no part of the staff", async () => {
    const { text } = await ask("d'ou viennent les donnees pour mesurer la parite hommes femmes chez les P");
    expect(text).toContain("Composition");
    expect(text).not.toContain("ventilé");
  });

  it("a figure asked of the carbon footprint is declined as such, not as off-topic", async () => {
    const { reply } = await ask("meta de reduccion de la huella de carbono");
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toEqual(["unsetTopic:environment"]);
  });

  it.each([
    ["quel axe pour la lutte contre le racisme ?", "focusArea:focus-2.3"],
    [
      "quel domaine couvre la diversite geographique et l'egalite hommes-femmes dans le recrutement",
      "focusArea:focus-1.2",
    ],
  ])("%s names the focus area asked for", async (question, subject) => {
    const { reply } = await ask(question);
    expect(reply.intent).toBe("focus_area");
    expect(reply.subjects).toEqual([subject]);
  });

  it.each(["niveau de reference ?", "valeur initiale", "cifra inicial", "nivel de referencia"])(
    "%s asks the baseline",
    (text) => {
      expect(detectFacets(text)).toContain("baseline");
    },
  );
});
