import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type IndicatorTarget, Knowledge, type Lang } from "../../src/knowledge/knowledge.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";

/** Queries written from the source, each with the section of the paper that answers it. */
const SearchQueries = z.array(
  z.strictObject({ lang: z.enum(["en", "zh"]), query: z.string().min(2), section: z.string() }),
);

/** Only the question of an eval case matters here: a query must not be one of them. */
const EvalCase = z.object({ question: z.string() });

const queries = SearchQueries.parse(
  JSON.parse(readFileSync(new URL("./search-queries.json", import.meta.url), "utf8")),
);
const knowledge = new Knowledge(loadKnowledgeBase());

function targetId(target: IndicatorTarget | undefined): string | undefined {
  if (!target) return undefined;
  return target.kind === "indicator" ? target.indicator.id : target.group.id;
}

function mentioned(text: string): string[] {
  return knowledge.indicatorMentions(text).map((m) => targetId(m.target) ?? "");
}

describe("passage search", () => {
  it("has at least 30 queries in each language, for sections that exist, none taken from the eval set", () => {
    const evalQuestions = ["dev.jsonl", "extra.jsonl"].flatMap((file) =>
      readFileSync(new URL(`../eval/${file}`, import.meta.url), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => EvalCase.parse(JSON.parse(line)).question.toLowerCase()),
    );
    for (const lang of ["en", "zh"] satisfies Lang[]) {
      expect(queries.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
    }
    expect(queries.filter((q) => !knowledge.section(q.section)).map((q) => q.section)).toEqual([]);
    const copied = queries.filter((q) => evalQuestions.some((e) => e.includes(q.query.toLowerCase())));
    expect(copied.map((q) => q.query)).toEqual([]);
  });

  it.each(queries)("[$lang] “$query” finds $section in the top 3", ({ lang, query, section }) => {
    const found = knowledge.searchPassages(query, lang, 3).map((r) => r.item.section);
    expect(found).toContain(section);
  });

  it("ranks passages best first and respects the limit", () => {
    const results = knowledge.searchPassages("flexible working arrangements", "en", 5);
    expect(results).toHaveLength(5);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(knowledge.searchPassages("flexible working arrangements", "en", 1)).toHaveLength(1);
  });

  it("finds nothing for words the paper does not use", () => {
    expect(knowledge.searchPassages("quantum chromodynamics", "en", 3)).toEqual([]);
    expect(knowledge.searchPassages("量子色动力学", "zh", 3)).toEqual([]);
  });
});

describe("indicator lookup", () => {
  it.each([
    ["Mobilty", "mobility"],
    ["ＭＯＢＩＬＩＴＹ", "mobility"],
    ["p5+ WOMEN", "gender_p5_plus"],
    ["流动", "mobility"],
    ["数字化", "digital_processes"],
    ["P1–P4", "gender_p1_p4"],
    ["Trainng", "training"],
    ["  Geographical   Representation ", "geo_underrepresented"],
    ["upward feedback", "group-upward-feedback"],
    ["性别平等", "group-gender"],
  ])("finds %j as %s", (query, id) => {
    expect(targetId(knowledge.findIndicator(query))).toBe(id);
  });

  it("finds nothing for a word that names no indicator, nor for a typo in a short alias", () => {
    expect(knowledge.findIndicator("canteen menu")).toBeUndefined();
    expect(knowledge.findIndicator("OHJ")).toBeUndefined();
  });
});

describe("indicator mentions", () => {
  it("names the most specific indicator, not the group it belongs to", () => {
    expect(mentioned("What is the target for women in senior positions by 2025?")).toEqual([
      "gender_p5_plus",
    ]);
    expect(mentioned("女性担任高级职位的目标是多少？")).toEqual(["gender_p5_plus"]);
  });

  it("names every indicator of a sentence, in both languages", () => {
    expect(mentioned("Compare the mobility and training milestones").sort()).toEqual([
      "mobility",
      "training",
    ]);
    expect(mentioned("流动性和培训的里程碑分别是多少").sort()).toEqual(["mobility", "training"]);
  });

  it("names a group when the sentence names only the group", () => {
    expect(mentioned("what about gender parity?")).toEqual(["group-gender"]);
    expect(mentioned("向上反馈的结果如何")).toEqual(["group-upward-feedback"]);
  });

  it("tolerates a typo, with less confidence", () => {
    const [mention, ...others] = knowledge.indicatorMentions("what's the mobilty target for 2025");
    expect(others).toEqual([]);
    expect(targetId(mention?.target)).toBe("mobility");
    expect(mention?.confidence).toBeLessThan(1);
  });

  it("names nothing in a sentence about something else", () => {
    expect(mentioned("Can you book a meeting room for tomorrow?")).toEqual([]);
    expect(mentioned("明天日内瓦会下雨吗")).toEqual([]);
  });
});

describe("citation", () => {
  it("cites a focus area with its outcome, its title and its paragraphs, in English", () => {
    const area = knowledge.focusArea("2.3");
    expect(area).toBeDefined();
    expect(knowledge.citation(area?.section ?? "", "en", area?.paragraphs)).toBe(
      "GB.343/PFA/14, Outcome 2: A respectful and empowering environment › " +
        "Focus area 2.3: A respectful and ethical workplace, paras 31–33",
    );
    expect(knowledge.citation("focus-1.1", "en", [9])).toBe(
      "GB.343/PFA/14, Outcome 1: A diverse workforce with the right skills for the future › " +
        "Focus area 1.1: Planning for future workforce needs, para. 9",
    );
  });

  it("cites a focus area with its outcome, its title and its paragraphs, in Chinese", () => {
    const area = knowledge.focusArea("2.3");
    expect(knowledge.citation(area?.section ?? "", "zh", area?.paragraphs)).toBe(
      "GB.343/PFA/14，成果目标 2：相互尊重和赋权型的环境 › 重点领域 2.3：相互尊重和符合道德操守的工作场所，第 31–33 段",
    );
    expect(knowledge.citation("focus-1.1", "zh", [9])).toBe(
      "GB.343/PFA/14，成果目标 1：具有面向未来的合适技能的多元化职员队伍 › 重点领域 1.1：规划未来的职员队伍需求，第 9 段",
    );
  });

  it("leaves the paragraphs out when none are known", () => {
    expect(knowledge.citation("appendix-outcome-1", "en")).toBe(
      "GB.343/PFA/14, Appendix: Selected key indicators › Outcome 1",
    );
  });
});
