import { describe, expect, it } from "vitest";
import { Knowledge } from "../../src/knowledge/knowledge.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { OtherOrganisation } from "../../src/knowledge/schema.ts";

const knowledge = new Knowledge(loadKnowledgeBase());
const named = (text: string) => knowledge.organisationsNamed(text).map((o) => o.id);

/** Other organisations, named as French and Spanish staff name them: the paper sets nothing for them. */
describe("other organisations in French and Spanish", () => {
  it.each([
    ["le HCR vise combien de femmes P5+ ?", "unhcr"],
    ["y el ACNUR, qué meta tiene", "unhcr"],
    ["et au PNUD la cible de mobilité", "undp"],
    ["la OMS tiene meta de paridad?", "who"],
    ["objectif de l'OCDE", "oecd"],
    ["l'OIM fixe quel objectif", "iom"],
    ["metas de RRHH de la OPS", "paho"],
    ["à l'Organisation mondiale de la sante", "who"],
    ["en el Programa Mundial de Alimentos", "wfp"],
    ["chez ONU Femmes", "un-women"],
    ["WHO的目标", "who"],
  ])("%s names %s", (text, id) => {
    expect(named(text)).toContain(id);
  });

  it.each([
    "la oms", // an abbreviation in lower case is an ordinary word in some message
    "les HCRs", // part of a longer word
    "quel est l'objectif de l'OIT pour la mobilité", // the ILO itself
    "les hommes et les femmes", // "oms", "pam" inside words
    "pampa et ocde",
  ])("%s names no other organisation", (text) => {
    expect(named(text)).toEqual([]);
  });

  it("the schema keeps French and Spanish names, optional for old files", () => {
    const parsed = OtherOrganisation.parse({
      id: "x",
      name: { en: "X", zh: "X" },
      names: { en: ["x org"], zh: ["某组织"] },
    });
    expect(parsed.names.fr).toEqual([]);
    expect(parsed.names.es).toEqual([]);
    expect(() => OtherOrganisation.parse({ ...parsed, names: { ...parsed.names, fr: ["y"] } })).toThrow();
  });
});
