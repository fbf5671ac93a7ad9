import { describe, expect, it } from "vitest";
import {
  detectFacets,
  detectFocusArea,
  detectOutcome,
  yearsOutsideStrategy,
} from "../../src/nlu/entities.ts";
import { detectLanguage, shownLanguage } from "../../src/nlu/language.ts";

describe("language detection", () => {
  it.each([
    ["what is the mobility target?", "en"],
    ["流动性的目标是多少", "zh"],
    ["P5+女性目标", "zh"],
    ["Quel est l'objectif de mobilité ?", "fr"],
    ["¿Cuál es la meta de movilidad?", "es"],
    ["P5+", "en"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ["oui", "fr"],
    ["Confirmer", "fr"],
    ["confirmar", "es"],
    ["sí", "es"],
    ["mes questions", "fr"],
    ["mis solicitudes", "es"],
    ["mobilite milestone fin 2023", "fr"],
    ["target mobilite 2025", "fr"],
    ["horas de teletrabajo por mes", "es"],
    ["meta a fin de 2025", "es"],
    ["what is the mobilite target", "en"],
  ])("short message %s shows %s", (text, lang) => {
    expect(shownLanguage(text)).toBe(lang);
  });

  it.each(["ok", "FWA-2026-0001", "status FWA-2026-0001", "non", "no", "target 2025"])(
    "%s shows no language: the remembered choice decides",
    (text) => {
      expect(shownLanguage(text)).toBeUndefined();
    },
  );

  it("uses the platform locale only when the text itself says nothing", () => {
    expect(detectLanguage("👍", "zh-CN")).toBe("zh");
    expect(detectLanguage("mobility", "zh-CN")).toBe("en");
  });
});

describe("entities", () => {
  it("finds the asked facets, not the strategy's own period", () => {
    expect(detectFacets("What is the 2025 target?")).toContain("target");
    expect(detectFacets("HR Strategy 2022-2025 overview")).not.toContain("target");
    expect(detectFacets("基准和里程碑")).toEqual(expect.arrayContaining(["baseline", "milestone"]));
    expect(detectFacets("成果目标 1")).not.toContain("target");
    expect(detectFacets("which outcome does it belong to")).toContain("outcome");
  });

  it("reads outcome and focus-area numbers in both languages", () => {
    expect(detectOutcome("tell me about Outcome 2")).toBe(2);
    expect(detectOutcome("成果目标三")).toBe(3);
    expect(detectOutcome("focus area 2.2")).toBeUndefined();
    expect(detectFocusArea("focus area 2.2")).toBe("2.2");
    expect(detectFocusArea("重点领域3.1的交付成果")).toBe("3.1");
    expect(detectFocusArea("GB.343/PFA/14")).toBeUndefined();
    expect(detectFocusArea("version 12.3")).toBeUndefined();
  });

  it("notices periods after the strategy", () => {
    expect(yearsOutsideStrategy("target for 2030")).toEqual([2030]);
    expect(yearsOutsideStrategy("HR strategy 2026-2029")).toEqual([2026, 2029]);
    expect(yearsOutsideStrategy("2023 milestone and 2025 target")).toEqual([]);
  });
});
