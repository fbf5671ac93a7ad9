import { describe, expect, it } from "vitest";
import { ask } from "../support/assistant.ts";

/**
 * Which subject a figure is asked of when a question names more than an indicator: a key
 * deliverable, a topic named by a typo or another word, a fact named in passing. The figure of an
 * indicator the question only brushes against is never given as the answer.
 */
describe("a figure asked of a key deliverable", () => {
  it.each([
    ["what's the 2025 goal for digitising the personnel files?", "75%"],
    ["how many personal files should be digitized by 2023", "65%"],
    ["个人档案数字化到2025年的目标", "75%"],
  ])("is answered 'no figure', with the deliverable and the indicator offered: %s", async (q, figure) => {
    const { reply, text } = await ask(q);
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toEqual(["focusArea:focus-3.1"]);
    expect(text).not.toContain(figure);
  });

  it("but the indicator that measures what the deliverable names answers its own figure", async () => {
    const { reply, text } = await ask("what is the 2023 milestone for digitalization of HR processes?");
    expect(reply.intent).toBe("indicator");
    expect(text).toContain("65%");
  });

  it("and a deliverable named beside an indicator does not take its question", async () => {
    const { text } = await ask(
      "Apart from the learning policy, what rise in the training indicator is planned by 2025?",
    );
    expect(text).toContain("25%");
  });
});

describe("a topic named in other words", () => {
  it("a described indicator yields to a topic named by a typo or a synonym", async () => {
    const { reply, text } = await ask("员工流失率的2025年目标是多少，我要做仪表板");
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toEqual(["unsetTopic:turnover"]);
    expect(text).not.toMatch(/\d+\s*%/);
  });

  it.each([
    ["what's the budget to implement the HR strategy?", "en"],
    ["实施这个战略的预算有多少", "zh"],
    ["combien d'argent est prévu pour mettre en œuvre la stratégie ?", "fr"],
  ])("the strategy's budget is a figure the paper does not give: %s", async (q, lang) => {
    const { reply } = await ask(q);
    expect(reply.intent).toBe("no_target");
    expect(reply.lang).toBe(lang);
    expect(reply.subjects).toEqual(["unsetTopic:strategy-budget"]);
  });

  it("how a named indicator is measured is the indicator's, even beside a topic's name", async () => {
    const { reply, text } = await ask(
      "¿cómo se mide el indicador de formación? ¿con la encuesta al personal?",
    );
    expect(reply.intent).toBe("indicator");
    expect(text).toContain("Salud Organizacional");
  });
});

describe("lists and what a question names in passing", () => {
  it.each([
    ["could you list all the lessons from the previous HR strategy for me", "eight"],
    ["上一期战略总结了几条经验？", "8"],
  ])("the lessons asked for as a list or a count come whole, with their count: %s", async (q, count) => {
    const { text } = await ask(q);
    expect(text).toContain(count);
    expect(text).toMatch(/Respect|尊重/);
    expect(text).toMatch(/Employee experience|雇员体验/);
  });

  it("a focus area whose opening announces a list shows that list", async () => {
    const { text } = await ask("what is focus area 3.1 about?");
    expect(text).toContain("Automate");
  });

  it("the total number of key deliverables is a count, not the list of focus areas", async () => {
    const { reply, text } = await ask("total number of key deliverables across the strategy?");
    expect(reply.intent).toBe("count");
    expect(text).toContain("15");
  });

  it("a fact named beside a topic the paper mentions is answered", async () => {
    const { text } = await ask("战略和计划和预算的哪个成果挂钩？");
    expect(text).toContain("保障性成果目标 C");
  });

  it.each(["pourquoi la stratégie parle-t-elle du HLCM ?", "why does the strategy mention the HLCM?"])(
    "a partner asked about in a why-question gets the partnerships answer: %s",
    async (q) => {
      const { reply } = await ask(q);
      expect(reply.subjects?.some((s) => s.startsWith("partner"))).toBe(true);
    },
  );

  it("a count across 'the three outcomes' names none of them", async () => {
    const { reply, text } = await ask("how many focus areas are there in the three outcomes altogether?");
    expect(reply.intent).toBe("count");
    expect(text).toContain("8");
  });

  it("a count of assumptions is read through a typo", async () => {
    const { reply, text } = await ask("combien d'hypothses la stratégie retient-elle ?");
    expect(reply.intent).toBe("count");
    expect(text).toContain("3");
  });

  it("a share asked within a lesson named in another language is that lesson, not the count", async () => {
    const { reply, text } = await ask(
      "dans l'enseignement One ILO, quelle part du personnel travaille sur la coopération au développement ?",
    );
    expect(reply.intent).not.toBe("count");
    expect(text).toContain("50%");
  });
});

describe("a quantity in words a request declares", () => {
  it("a percentage asked of new recruits is a question about the strategy, not a form", async () => {
    const { reply } = await ask("what % of new recruits should come from under-rep countries by 2025?");
    expect(reply.intent).toBe("indicator");
    expect(reply.subjects).toEqual(["indicator:geo_underrepresented"]);
  });

  it.each([
    ["how many hours of training per staff member is the L&D target?", "hours"],
    ["what budget in USD goes to L&D under the strategy?", "money"],
  ])("an amount in another unit asked of a percentage indicator is said to be none: %s", async (q, unit) => {
    const { reply, text } = await ask(q);
    expect(reply.intent).toBe("indicator");
    expect(text).toContain(unit);
    expect(text).not.toContain("25%");
  });
});

describe("which subject a question asks about, when it names more than one", () => {
  it("a target asked of a fact the paper states is no target, and the nearest indicator is offered", async () => {
    const { reply, text } = await ask(
      "how many staff should get unconscious bias training by 2025 — target?",
    );
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toEqual(["fact:fact-unconscious-bias"]);
    expect(text).not.toContain("25%");
  });

  it("an item named in a sentence that asks nothing is not what the figure is asked of", async () => {
    const { text } = await ask(
      "HRD tells us digitalisation is a priority. What is the end-2023 milestone for digitalised key HR processes?",
    );
    expect(text).toContain("65%");
  });

  it("a topic named in a clause of its own that asks nothing leaves the figure to the indicator", async () => {
    const { reply, text } = await ask(
      "2025 target for the share of HR processes digitalised, it's for our RBM dashboard",
    );
    expect(reply.intent).toBe("indicator");
    expect(text).toContain("75%");
  });

  it("a result of a baseline year is the baseline", async () => {
    const { text } = await ask("upward feedback on wellbeing: what was the 2020 result?");
    expect(text).toContain("85%");
    expect(text).not.toContain("81%");
  });

  it("which outcome something named belongs to is read from what is named, not from a passage", async () => {
    const { reply, text } = await ask("绩效问责这一块归哪个成果目标？");
    expect(reply.subjects).toEqual(["outcome:2"]);
    expect(text).toContain("成果目标 2");
  });

  it("'what lessons…?' lists them all", async () => {
    const { text } = await ask("which lessons did the office draw from its 2018–2021 HR strategy, in short?");
    expect(text).toContain("eight lessons");
  });

  it("what the Governing Body is asked to do is the draft decision", async () => {
    const { text } = await ask("what is the GB being asked to do with this paper?");
    expect(text).toContain("paragraph 49");
  });
});

describe("French and Spanish ways of asking", () => {
  it.each([
    ["planif des effectifs : la cible 2025 ?", "50%"],
    ["¿mujeres y personas con discapacidad en la contratación, ámbito?", "1.2"],
  ])("%s", async (q, expected) => {
    expect((await ask(q)).text).toContain(expected);
  });

  it("how a partner 'intervient' in the strategy is the partnerships answer", async () => {
    const { reply } = await ask("la CFPI, elle intervient comment dans la stratégie ?");
    expect(reply.intent).toBe("partnerships");
  });
});
