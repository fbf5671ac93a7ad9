import { describe, expect, it } from "vitest";
import { ask } from "../support/assistant.ts";

/**
 * The question frame's constraints: another organisation, a topic the strategy sets no figure
 * for, and a figure asked of two subjects at once — declined or asked about, never answered with
 * an ILO indicator's figure.
 */
describe("the question frame", () => {
  it.each([
    ["What's the WHO HR strategy target for women in senior posts?", ["42%", "40%"]],
    ["UNICEF staff mobility target", ["15%", "13%"]],
    ["联合国开发计划署的人力资源数字化目标是多少", ["75%", "65%"]],
  ])("another organisation's target is declined without a figure: %s", async (question, figures) => {
    const { reply, text } = await ask(question);
    expect(reply.intent).toBe("out_of_scope");
    expect(reply.outcome).toBe("decline");
    for (const figure of figures) expect(text).not.toContain(figure);
  });

  it.each([
    ["what is the disability target?", "unsetTopic:disability"],
    ["青年职员比例的目标是多少", "unsetTopic:youth"],
  ])("a topic the strategy sets no figure for says so and cites where it is mentioned: %s", async (q, id) => {
    const { reply } = await ask(q);
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toEqual([id]);
    expect(reply.citations.length).toBeGreaterThan(0);
  });

  it("a figure asked of an unset topic and an indicator at once offers the indicator instead of stating it", async () => {
    const { reply, text } = await ask(
      "By what percentage will HR's digital transformation cut the ILO's carbon footprint by 2025?",
    );
    expect(reply.outcome).toBe("clarify");
    expect(text).not.toContain("75%");
    expect(reply.suggestions.length).toBe(1);
  });

  it("abbreviations the knowledge base knows find their indicator", async () => {
    expect((await ask("JD target 2025?")).text).toContain("70%");
    expect((await ask("L&D indicator target 2025?")).reply.subjects).toEqual(["indicator:training"]);
  });
});

describe("the frame over the classifier's vote", () => {
  it("a figure asked of what the strategy sets for a topic it mentions is a 'no target', not off topic", async () => {
    const { reply, text } = await ask("战略规定工资涨多少？");
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toContain("unsetTopic:salaries");
    expect(text).toContain("没有设定");
    // asked without the strategy, still declined, with no figure
    const personal = await ask("P4职员工资多少");
    expect(personal.reply.outcome).toBe("decline");
    expect(personal.text).not.toMatch(/\d+\s*%/);
  });

  it("a quantity asked of a figure the paper states is the paper's, even in a command's words", async () => {
    const { reply, text } = await ask("新人才管理系统上线以来收到多少份申请");
    expect(reply.subjects).toContain("fact:fact-applications-220000");
    expect(text).toContain("220,000");
    // HR's statistics of the request log are still asked in those words
    expect((await ask("今年FWA的批准率是多少？")).reply.intent).toBe("hr_stats");
  });

  it("a partner asked about in other words than 'what is' is the partnerships answer", async () => {
    const { reply, text } = await ask("ICSC - how does the strategy deal with it");
    expect(reply.intent).toBe("partnerships");
    expect(text).toContain("International Civil Service Commission");
  });
});

describe("topics the paper never mentions", () => {
  it("are declined when named alone, whatever the classifier leans to", async () => {
    for (const q of [
      "explain Swiss tax rules for international civil servants",
      "how are pensions calculated",
    ]) {
      const { reply } = await ask(q);
      expect(["out_of_scope", "person_specific"]).toContain(reply.intent);
      expect(reply.outcome).toBe("decline");
    }
  });

  it("are not named by a longer word the stemmer folds onto them: 'international' is no 'intern'", async () => {
    const { reply } = await ask("what is the International Civil Service Commission?");
    expect(reply.subjects ?? []).not.toContain("unsetTopic:internships");
    expect(reply.intent).toBe("partnerships");
  });
});

describe("time to hire, which the paper wants shorter without a figure", () => {
  it.each([
    ["target time-to-hire in days?", "sets no target or figure for Time to hire"],
    ["招聘周期的目标是几天", "没有设定目标或数值"],
    ["¿cuál es el plazo de contratación objetivo?", "no fija ninguna meta"],
  ])("%s: says so, with where the paper speaks of faster recruitment", async (question, said) => {
    const { reply, text } = await ask(question);
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toContain("unsetTopic:time-to-hire");
    expect(text).toContain(said);
    expect(reply.citations.join(" ")).toMatch(/3\.1/);
  });

  it("reads 'the range we're aiming for' as a target asked", async () => {
    const { text } = await ask("P1-P4 women range we're aiming for (RB)?");
    expect(text).toContain("47–53%");
  });
});

describe("figure words of a topic", () => {
  it("a quota asked of a topic the strategy sets no figure for is a 'no target'", async () => {
    const { reply } = await ask("cuota de contratación de personas con discapacidad en la estrategia?");
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toContain("unsetTopic:disability");
  });

  it("absenteeism, which the paper never mentions, is said to have no figure, and a leave balance is personal", async () => {
    const { reply, text } = await ask("réduction de l'absentéisme visée ?");
    expect(reply.subjects).toContain("unsetTopic:absenteeism");
    expect(text).toContain("ne mentionne ni l'absentéisme");
    expect((await ask("how many sick days do I have left")).reply.intent).toBe("person_specific");
  });
});

describe("a partner named in French or Spanish", () => {
  it.each([
    ["Quel est le rôle de la Commission de la fonction publique internationale ?", "CFPI"],
    ["rol de la CAPI en la estrategia", "CAPI"],
  ])("%s: that partner alone, not the whole list", async (question, acronym) => {
    const { reply, text } = await ask(question);
    expect(reply.intent).toBe("partnerships");
    expect(text).toContain(acronym);
    expect(text).not.toMatch(/Turin|Turín/);
  });
});
