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
