import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/i18n/text.ts";
import { Bm25Index } from "../../src/knowledge/search.ts";

describe("French and Spanish tokens", () => {
  it("meet across inflections and missing accents", () => {
    expect(tokenize("la mobilité des femmes", { lang: "fr" })).toEqual(
      tokenize("mobilite femmes", { lang: "fr" }),
    );
    expect(tokenize("contrataciones", { lang: "es" })).toEqual(tokenize("contratacion", { lang: "es" }));
    expect(tokenize("diversités", { lang: "fr" })).toEqual(tokenize("diversite", { lang: "fr" }));
  });

  it("drop French elisions and function words", () => {
    expect(tokenize("l'indicateur de la cible", { lang: "fr" })).toEqual(
      tokenize("indicateurs cibles", { lang: "fr" }),
    );
  });

  it("leave English stemming as it was without a language", () => {
    expect(tokenize("vacancies planning")).toEqual(["vacancy", "plan"]);
  });

  it("let a French index find a French passage by another form of its words", () => {
    const docs = [
      "Renforcer la mobilité fonctionnelle et géographique",
      "Prévenir le harcèlement au travail",
    ];
    const index = new Bm25Index(docs, (d) => d, "fr");
    expect(index.search("quelles mobilites ?")[0]?.item).toBe(docs[0]);
    expect(index.search("harcelement")[0]?.item).toBe(docs[1]);
  });
});
