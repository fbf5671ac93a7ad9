import { describe, expect, it } from "vitest";
import { Knowledge } from "../../src/knowledge/knowledge.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { yearsWithoutFigures } from "../../src/nlu/entities.ts";
import { detectPopulations, onlyPopulationWords, unmeasuredPopulations } from "../../src/nlu/population.ts";

describe("parts of the staff a question names", () => {
  it("reads them in four languages, a named value in place of a breakdown asked as such", () => {
    expect(detectPopulations("target in Africa")).toEqual([{ dimension: "region", value: "named" }]);
    expect(detectPopulations("GS staff only")).toEqual([{ dimension: "grade", value: "general-service" }]);
    expect(detectPopulations("按地区的目标")).toEqual([{ dimension: "region", value: "any" }]);
    expect(detectPopulations("35岁以下职员")).toEqual([{ dimension: "age", value: "named" }]);
    expect(detectPopulations("femmes au siège")).toEqual([
      { dimension: "sex", value: "women" },
      { dimension: "location", value: "headquarters" },
    ]);
    expect(detectPopulations("mujeres por región")).toEqual([
      { dimension: "sex", value: "women" },
      { dimension: "region", value: "any" },
    ]);
    // a boss is not a grade, and "women" does not hide "men"
    expect(detectPopulations("my director asked about women")).toEqual([
      { dimension: "sex", value: "women" },
    ]);
  });

  it("tells a name made of population words from one that names a subject", () => {
    expect(onlyPopulationWords("women")).toBe(true);
    expect(onlyPopulationWords("女性")).toBe(true);
    expect(onlyPopulationWords("senior positions")).toBe(true);
    expect(onlyPopulationWords("gender parity")).toBe(false);
    expect(onlyPopulationWords("training")).toBe(false);
  });

  it("checks them against whom each indicator of the knowledge base counts", () => {
    const knowledge = new Knowledge(loadKnowledgeBase());
    const p5 = knowledge.indicator("gender_p5_plus");
    const training = knowledge.indicator("training");
    if (!p5 || !training) throw new Error("indicators missing");
    const women = { dimension: "sex", value: "women" } as const;
    const africa = { dimension: "region", value: "named" } as const;
    expect(unmeasuredPopulations([women], [p5])).toEqual([]);
    expect(unmeasuredPopulations([women, africa], [p5])).toEqual([africa]);
    expect(unmeasuredPopulations([women], [training])).toEqual([women]);
    // "gender" asked of the gender indicators is what they measure
    expect(unmeasuredPopulations([{ dimension: "sex", value: "any" }], [p5])).toEqual([]);
  });
});

describe("years the paper sets no figure for", () => {
  it("are 2022 and 2024 named alone, not spans", () => {
    expect(yearsWithoutFigures("mobility target for 2024")).toEqual([2024]);
    expect(yearsWithoutFigures("2022年的里程碑")).toEqual([2022]);
    expect(yearsWithoutFigures("the HR Strategy 2022-2025 target")).toEqual([]);
    expect(yearsWithoutFigures("moves over 2024–2025")).toEqual([]);
    expect(yearsWithoutFigures("the 2023 milestone")).toEqual([]);
  });
});
