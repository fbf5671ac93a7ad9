import { describe, expect, it } from "vitest";
import { ask } from "../support/assistant.ts";

/** What the appendix does not give is said, and what it gives offered as choices: never a figure as theirs. */
const FIGURE = /\d+(?:\.\d+)?\s*%/;

describe("a year the paper sets no figure for", () => {
  it("offers the end-2023 milestone and the end-2025 target as choices, stating neither", async () => {
    const { reply, text } = await ask("mobility target for 2024");
    expect(reply.outcome).toBe("clarify");
    expect(text).toContain(
      "end of 2023 (milestone) and the end of 2025 (target) only; it gives none for 2024",
    );
    expect(text).not.toMatch(FIGURE);
    expect(reply.suggestions.map((s) => s.label)).toEqual([
      "Increased functional and geographical mobility: milestone for the end of 2023",
      "Increased functional and geographical mobility: target for the end of 2025",
    ]);
    // a choice, asked, is answered with its figure
    const chosen = await ask(reply.suggestions[1]?.message ?? "");
    expect(chosen.text).toContain("A further increase of 5%*");
  });

  it("asks which indicator when none is named, in Chinese too", async () => {
    const { reply, text } = await ask("2022年的里程碑");
    expect(reply.outcome).toBe("clarify");
    expect(text).toContain("没有 2022 年的数值");
    expect(text).not.toMatch(FIGURE);
  });

  it("answers the milestone asked beside another year", async () => {
    const { text } = await ask("what is the 2023 milestone for digitalisation, and for 2022?");
    expect(text).toContain("65%");
  });
});

describe("a part of the staff the indicator does not count", () => {
  it("says what it measures and offers it overall", async () => {
    const { reply, text } = await ask("women P5+ target in Africa");
    expect(reply.outcome).toBe("clarify");
    expect(text).toContain("is not broken down by region");
    expect(text).toContain("P5 and above, regular budget staff");
    expect(text).not.toMatch(FIGURE);
    expect(reply.citations[0]).toContain("Appendix");
    const overall = await ask(reply.suggestions[0]?.message ?? "");
    expect(overall.text).toContain("42%");
  });

  it("reads “women” as a qualifier of another indicator, in Chinese too", async () => {
    const training = await ask("training target for women");
    expect(training.text).toContain("is not broken down by sex");
    expect(training.text).not.toMatch(FIGURE);
    const zh = await ask("按地区的流动性目标");
    expect(zh.text).toContain("没有按地区细分");
    expect(zh.text).not.toMatch(FIGURE);
  });

  it("answers the parts it does count", async () => {
    expect((await ask("target for women in senior positions")).text).toContain("42%");
    expect((await ask("gender parity target for P1-P4 regular budget staff")).text).toContain("53%");
    expect((await ask("总部一般事务职员职务说明的目标")).text).toContain("70%");
  });
});

describe("a figure asked of nothing", () => {
  it("asks which indicator", async () => {
    const { reply, text } = await ask("the target?");
    expect(reply.outcome).toBe("clarify");
    expect(text).toContain("Which indicator do you mean?");
    expect(text).not.toMatch(FIGURE);
  });

  it("asks which of the close readings when the question names none by name", async () => {
    const { reply, text } = await ask("feedback baseline");
    expect(reply.outcome).toBe("clarify");
    expect(text).toContain("Did you mean one of these key indicators?");
    expect(text).not.toMatch(FIGURE);
    // both upward-feedback indicators, in whichever order their scores put them
    expect([...(reply.subjects ?? [])].sort()).toEqual([
      "indicator:upward_feedback_respect",
      "indicator:upward_feedback_wellbeing",
    ]);
    const single = await ask("performance target");
    expect(single.reply.suggestions[0]?.label).toBe(
      "Results-focused performance management: target for the end of 2025",
    );
    expect((await ask(single.reply.suggestions[0]?.message ?? "")).text).toContain("Increase of 20%");
  });
});

describe("a number asked of a part of the staff that no passage found names", () => {
  it.each([
    "what percentage of staff should be aged under 30 by 2025?",
    "战略对40岁以上职员的比例有什么要求？多少",
    "¿qué porcentaje del personal menor de 35 años busca la estrategia?",
  ])("%s: the figures found are of others, none is stated", async (question) => {
    const { text } = await ask(question);
    expect(text).not.toMatch(FIGURE);
  });

  it("says the strategy gives no such figure when the search finds only others' figures", async () => {
    const { reply, text } = await ask("战略对40岁以上职员的比例有什么要求？多少");
    expect(reply.intent).toBe("search");
    expect(text).toMatch(/战略没有为此(给出|设定)具体数字/);
  });

  it("a fact that names the part asked is still quoted with its figure", async () => {
    const { text } = await ask("what share of the workforce works on development cooperation projects?");
    expect(text).toContain("50%");
  });
});

describe("an amount of money asked of an indicator, whose figures are all percentages", () => {
  it.each([
    [
      "quel budget en dollars pour l'indicateur de formation ?",
      "La stratégie ne fixe pour lui aucun chiffre en argent",
    ],
    ["how much budget is there for the training indicator?", "The strategy sets no figure in money"],
    ["培训指标的预算是多少美元？", "战略没有设定它以金额"],
  ])("%s: says so and states no percentage", async (question, said) => {
    const { reply, text } = await ask(question);
    expect(reply.outcome).toBe("clarify");
    expect(reply.subjects).toContain("indicator:training");
    expect(text).toContain(said);
    expect(text).not.toMatch(FIGURE);
  });

  it("reads 'regular budget' as whose figure, not as money: the milestone is stated", async () => {
    const { text } = await ask("mobility milestone for regular budget staff");
    expect(text).toContain("15%");
    expect((await ask("femmes P1-P4 budget ordinaire : cible ?")).text).toContain("47–53%");
  });

  it("a budget mentioned beside an indicator's milestone asked is not an amount asked", async () => {
    const { text } = await ask("our training budget was cut; what is the training milestone for 2023?");
    expect(text).toContain("Increase of 12%");
  });
});

describe("D1 and D2, counted inside 'P5 and above'", () => {
  it("are a part of that figure the paper does not give", async () => {
    const { reply, text } = await ask("what's the target for women at D1/D2 specifically?");
    expect(reply.outcome).toBe("clarify");
    expect(text).toContain("is not broken down by grade");
    expect(text).not.toMatch(FIGURE);
  });
});

describe("the search, when the strategy gives no such figure", () => {
  it("quotes no row of the appendix, and says so plainly when nothing else is left", async () => {
    const { reply, text } = await ask("female directors D1 milestone");
    expect(reply.intent).toBe("search");
    expect(text).not.toMatch(FIGURE);
    expect(text).toContain("You can ask for an indicator overall, or for all indicators.");
    expect(text).not.toContain("Here is what it says");
  });
});
