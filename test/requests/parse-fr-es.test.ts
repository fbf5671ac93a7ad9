import { describe, expect, it } from "vitest";
import { answerTo } from "../../src/bot/confirmation.ts";
import { editableFields, fieldNamed, readEdit } from "../../src/bot/form/edit.ts";
import { controlWord } from "../../src/bot/form/state.ts";
import { parseChoice } from "../../src/requests/parse/choice.ts";
import { parseMoney, parseMonths, parseNumber } from "../../src/requests/parse/numbers.ts";
import { parseRomanceNumber } from "../../src/requests/parse/numbers-romance.ts";
import { findFromTo, findNominees, findProvider, worksElsewhere } from "../../src/requests/parse/phrases.ts";
import { requestType } from "../../src/requests/types/index.ts";

/** The small words of a French or Spanish form, read as staff type them (accents optional). */

const spec = (type: Parameters<typeof requestType>[0], name: string) => {
  const field = requestType(type).fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
};

describe("choices by their French or Spanish label or a usual word", () => {
  it.each([
    ["flexible-work", "forWhom", "moi", "self"],
    ["flexible-work", "forWhom", "Yo", "self"],
    ["flexible-work", "forWhom", "para mí", "self"],
    ["flexible-work", "forWhom", "un membre de mon équipe", "staff-member"],
    ["flexible-work", "forWhom", "otra persona", "staff-member"],
    ["flexible-work", "arrangement", "télétravail", "telework"],
    ["flexible-work", "arrangement", "horaires flexibles", "flexible-hours"],
    ["flexible-work", "arrangement", "media jornada", "part-time"],
    ["flexible-work", "arrangement", "trabajo a distancia desde otro lugar", "remote"],
    ["mobility", "kind", "géographique", "geographical"],
    ["mobility", "kind", "les deux", "both"],
    ["mobility", "kind", "interinstitucional", "inter-agency"],
    ["early-recruitment", "reason", "départ à la retraite", "retirement"],
    ["early-recruitment", "reason", "jubilación", "retirement"],
    ["early-recruitment", "reason", "fin de contrato", "end-of-contract"],
    ["recognition", "category", "performance d'équipe", "team"],
    ["recognition", "category", "innovación", "innovation"],
  ] as const)("%s %s: “%s” is %s", (type, name, text, value) => {
    expect(parseChoice(spec(type, name), text)).toBe(value);
  });

  it("names no option for a word of another field", () => {
    expect(parseChoice(spec("mobility", "kind"), "Économiste principal, Bangkok")).toBeUndefined();
  });
});

describe("numbers, sums and durations in words", () => {
  it.each([
    ["dix-huit", 18],
    ["quatre-vingt-dix", 90],
    ["soixante et onze", 71],
    ["mille deux cents", 1200],
    ["deux mille cinq cents", 2500],
    ["dieciocho", 18],
    ["veintidós", 22],
    ["mil quinientos", 1500],
    ["dos mil", 2000],
    ["ciento veinte", 120],
    ["1 200", 1200],
  ])("“%s” is %d", (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });

  it("reads no number in words that are none", () => {
    expect(parseNumber("bastante caro")).toBeUndefined();
    expect(parseNumber("deux cafés")).toBeUndefined();
  });

  it("reads the currency of a sum, in US dollars or another", () => {
    expect(parseMoney("1 200 dollars")).toEqual({ amount: 1200, currency: "USD" });
    expect(parseMoney("mil quinientos dólares")).toEqual({ amount: 1500, currency: "USD" });
    expect(parseMoney("environ 900 dollars des États-Unis")).toEqual({ amount: 900, currency: "USD" });
    expect(parseMoney("300 euros")).toEqual({ amount: 300, currency: "EUR" });
    expect(parseMoney("1 500 francs suisses")).toEqual({ amount: 1500, currency: "CHF" });
  });

  it.each([
    ["dix-huit mois", 18],
    ["pendant 18 mois", 18],
    ["un an et demi", 18],
    ["deux ans", 24],
    ["18 meses", 18],
    ["dos años", 24],
    ["un año y medio", 18],
    ["medio año", 6],
  ])("“%s” lasts %d months", (text, n) => {
    expect(parseMonths(text)).toBe(n);
  });
});

describe("phrases in a French or Spanish sentence", () => {
  it("finds the people nominated", () => {
    expect(findNominees("je voudrais proposer Marie Dupont pour une reconnaissance")).toBe("Marie Dupont");
    expect(findNominees("je propose ma collègue Marie Dupont et Paul Martin")).toBe(
      "Marie Dupont et Paul Martin",
    );
    expect(findNominees("quisiera nominar a Luis Pérez para un reconocimiento")).toBe("Luis Pérez");
    expect(findNominees("propongo a mi colega Ana García")).toBe("Ana García");
  });

  it("finds a move from one place to another, never two dates", () => {
    expect(findFromTo("une mobilité de Genève à Bangkok pour 18 mois")).toEqual({
      from: "Genève",
      to: "Bangkok",
    });
    expect(findFromTo("movilidad de Ginebra a Bangkok durante dos años")).toEqual({
      from: "Ginebra",
      to: "Bangkok",
    });
    expect(findFromTo("du 1er mars au 31 août")).toBeUndefined();
    expect(findFromTo("del 1 de marzo al 31 de agosto")).toBeUndefined();
  });

  it("finds the provider and work from elsewhere", () => {
    expect(findProvider("un cours au Centre de Turin")).toBe("Centre de Turin");
    expect(findProvider("la Universidad de Ginebra")).toBe("la Universidad de Ginebra");
    expect(worksElsewhere("télétravail depuis l'Espagne")).toBe(true);
    expect(worksElsewhere("teletrabajo desde España")).toBe(true);
    expect(worksElsewhere("télétravail depuis la maison")).toBe(false);
    expect(worksElsewhere("teletrabajo desde casa")).toBe(false);
  });
});

describe("the form's and the confirmation's words", () => {
  it.each([
    ["annuler", false, "cancel"],
    ["Cancelar", false, "cancel"],
    ["passer", false, "skip"],
    ["omitir", false, "skip"],
    ["aucun", false, "skip"],
    ["soumettre", false, "submit"],
    ["enviar", false, "submit"],
    ["oui", true, "submit"],
    ["sí", true, "submit"],
    ["confirmer", true, "submit"],
    ["confirmar", true, "submit"],
    ["oui", false, undefined],
  ] as const)("“%s” (at the summary: %s) is %s", (text, atSummary, control) => {
    expect(controlWord(text, atSummary)).toBe(control);
  });

  it.each([
    ["oui", "yes"],
    ["Oui.", "yes"],
    ["d'accord", "yes"],
    ["confirmer", "yes"],
    ["sí", "yes"],
    ["Si", "yes"],
    ["¡Confirmar!", "yes"],
    ["vale", "yes"],
    ["non", "no"],
    ["annuler", "no"],
    ["no", "no"],
    ["cancelar", "no"],
    ["oui mais pas FWA-2026-0001", "other"],
  ] as const)("“%s” answers a proposal with %s", (text, answer) => {
    expect(answerTo(text)).toBe(answer);
  });

  it("reads edit commands and names fields by their French or Spanish label", () => {
    const fields = editableFields("flexible-work", { forWhom: "self" });
    const fr = readEdit("changer la date de début en 1er avril 2027");
    expect(fr).toEqual({ wanted: "date de début", value: "1er avril 2027" });
    expect(fieldNamed(fields, fr?.wanted ?? "")?.name).toBe("start");
    const es = readEdit("cambiar la fecha de fin a 30 de junio de 2027");
    expect(es).toEqual({ wanted: "fecha de fin", value: "30 de junio de 2027" });
    expect(fieldNamed(fields, es?.wanted ?? "")?.name).toBe("end");
    expect(fieldNamed(fields, readEdit("modifier la modalité")?.wanted ?? "")?.name).toBe("arrangement");
    expect(fieldNamed(fields, "motivo")?.name).toBe("reason");
  });
});

describe("the provider of a course, after the preposition that names it", () => {
  it.each([
    ["formation en ligne sur Excel à l'université de Genève", "université de Genève"],
    ["curso en inglés con la Universidad de Ginebra", "Universidad de Ginebra"],
    ["cours au Centre de Turin", "Centre de Turin"],
  ])("%s → %s", (text, provider) => {
    expect(findProvider(text)).toBe(provider);
  });
});

describe("French and Spanish numbers in words", () => {
  it.each([
    ["vingt et un", 21],
    ["quatre-vingt-dix-sept", 97],
    ["soixante-dix", 70],
    ["mille deux cents", 1200],
    ["dix-neuf cents", 1900],
    ["mil quinientos", 1500],
    ["treinta y dos", 32],
  ])("%s is %d", (text, n) => {
    expect(parseRomanceNumber(text)).toBe(n);
  });

  it.each(["un deux", "dos tres", "mil mil", "vingt vingt"])(
    "%s is no number, so it is asked again",
    (text) => {
      expect(parseRomanceNumber(text)).toBeUndefined();
    },
  );
});
