import { describe, expect, it } from "vitest";
import { Knowledge } from "../../src/knowledge/knowledge.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import type { Bilingual, Figure, Indicator } from "../../src/knowledge/schema.ts";
import { squash, squashedAppendix } from "./source.ts";

type Kind = Figure["kind"];

/** What a figure says: the fields the knowledge base records beside its text. */
interface Reading {
  kind: Kind;
  value?: number;
  min?: number;
  max?: number;
}

/** A figure as the appendix writes it, with the reading the knowledge base must give it. */
interface Stated extends Reading {
  text: string;
}

/**
 * A baseline as the appendix writes it. The gender rows share one status line for both grades
 * ("2021 年 9 月 30 日的状况：P1-P4：55% / P5 及以上：38%"); `rowLabel` is the grade, which the
 * knowledge base carries in the indicator itself rather than in the baseline text.
 */
interface StatedBaseline extends Stated {
  rowLabel?: string;
}

interface Row {
  outcome: 1 | 2 | 3;
  heading: string;
  /** What is measured; the job-description row measures two staff groups. */
  measure: string[];
  unit: Indicator["unit"];
  baseline: StatedBaseline[];
  milestone2023: Stated;
  target2025: Stated;
  verification: string[];
  footnote?: string;
}

const NEW: StatedBaseline = { text: "新指标", kind: "new-indicator" };
const STAFF_COMPOSITION = "向理事会报告的职员构成与结构";
const OHI_SURVEY = "组织健康指数调查";
const ILO_PEOPLE_PERFORMANCE = "劳工组织人才管理系统(ILO People)的绩效管理模块";
const PARITY: Stated = { text: "性别平等的均值在 3%以内(47-53%)", kind: "range", min: 47, max: 53 };
const GENDER_TBD: StatedBaseline = { text: "2021 年 12 月 31 日的状况(待定)", kind: "to-be-determined" };
const MOBILITY_FOOTNOTE = "*将单独编写报告介绍地域流动和岗位流动的情况，但将根据流动总数计算总体百分比。";

/** The appendix "《2022-2025 年人力资源战略》的若干关键指标", row by row, in the source's words. */
const APPENDIX: Record<string, Row> = {
  workforce_planning_selection: {
    outcome: 1,
    heading: "有效的职员队伍规划",
    measure: ["预期空缺职位中在现任离职前完成遴选过程的比例"],
    unit: "share",
    baseline: [NEW],
    milestone2023: { text: "30%", kind: "share", value: 30 },
    target2025: { text: "50%", kind: "share", value: 50 },
    verification: [
      "人力资源开发司的职员队伍规划数据",
      "劳工组织人才管理系统(ILO People)的招聘模块",
      "劳工组织综合资源信息系统(IRIS)的职员数据",
    ],
  },
  job_descriptions: {
    outcome: 1,
    heading: "适合目的的职务说明",
    measure: [
      "全球范围内分配了最新通用职务说明的专业职员所占百分比",
      "总部一般事务职员中分配了最新通用职务说明的人员所占百分比",
    ],
    unit: "share",
    baseline: [NEW],
    milestone2023: { text: "50%(包括专业职员和一般事务职员)", kind: "share", value: 50 },
    target2025: { text: "70%(包括专业职员和一般事务职员)", kind: "share", value: 70 },
    verification: ["人力资源开发司的组织设计数据", "劳工组织综合资源信息系统(IRIS)的职位数据"],
  },
  gender_p1_p4: {
    outcome: 1,
    heading: "专业职位和高级职位中的性别平等",
    measure: ["担任劳工组织专业职位(P1-P4，经常预算职员)的女性比例"],
    unit: "share",
    baseline: [
      { text: "2021 年 9 月 30 日的状况：P1-P4：55%", rowLabel: "P1-P4", kind: "share", value: 55 },
      GENDER_TBD,
    ],
    milestone2023: PARITY,
    target2025: PARITY,
    verification: [STAFF_COMPOSITION],
  },
  gender_p5_plus: {
    outcome: 1,
    heading: "专业职位和高级职位中的性别平等",
    measure: ["担任劳工组织高级职位(P5 及以上，经常预算职员)的女性比例"],
    unit: "share",
    baseline: [
      { text: "2021 年 9 月 30 日的状况：P5 及以上：38%", rowLabel: "P5 及以上", kind: "share", value: 38 },
      GENDER_TBD,
    ],
    milestone2023: { text: "40%", kind: "share", value: 40 },
    target2025: { text: "42%", kind: "share", value: 42 },
    verification: [STAFF_COMPOSITION],
  },
  geo_underrepresented: {
    outcome: 1,
    heading: "改善全劳工局的地域代表性",
    measure: ["劳工组织新聘的经常预算职员中来自代表性不足国家的百分比"],
    unit: "share",
    baseline: [{ text: "2021 年 9 月 1 日的状况(2018-2021 年期间)：18%", kind: "share", value: 18 }],
    milestone2023: { text: "23%", kind: "share", value: 23 },
    target2025: { text: "28%", kind: "share", value: 28 },
    verification: [STAFF_COMPOSITION],
  },
  training: {
    outcome: 1,
    heading: "培训与发展活动满足不断变化的职员队伍的需求",
    measure: ["表明其接受了有关有效开展工作所需的培训与发展活动职员的比例"],
    unit: "increase",
    baseline: [{ text: "2021 年结果：46%", kind: "share", value: 46 }],
    milestone2023: { text: "增长 12%", kind: "increase", value: 12 },
    target2025: { text: "增长 25%", kind: "increase", value: 25 },
    verification: [OHI_SURVEY],
  },
  mobility: {
    outcome: 1,
    heading: "增加岗位和地域流动",
    measure: ["2022-2023 年和 2024-2025 年期间轮换岗位或工作地点达一年以上的经常预算岗位职员的人数"],
    unit: "share",
    baseline: [
      {
        text: "截至 2021 年 8 月 31 日的 2020-2021 年状况：13%的职员在两年期内进行了岗位或地域上的流动。",
        kind: "share",
        value: 13,
      },
    ],
    milestone2023: { text: "15%*", kind: "share", value: 15 },
    target2025: { text: "进一步增长 5%*", kind: "further-increase", value: 5 },
    verification: ["劳工组织综合资源信息系统(IRIS)的职员数据"],
    footnote: MOBILITY_FOOTNOTE,
  },
  performance_consequences: {
    outcome: 2,
    heading: "注重结果的绩效管理",
    measure: ["表明劳工组织在绩效和后果之间有明确联系的职员的百分比"],
    unit: "increase",
    baseline: [{ text: "2021 年结果：46%", kind: "share", value: 46 }],
    milestone2023: { text: "增长 10%", kind: "increase", value: 10 },
    target2025: { text: "增长 20%", kind: "increase", value: 20 },
    verification: [OHI_SURVEY],
  },
  upward_feedback_wellbeing: {
    outcome: 2,
    heading: "健康的工作实践/适应新的工作方式",
    measure: [
      "在回复《绩效管理框架》内“向上反馈”调查问卷的职员中，表明其管理人员促进了安全的工作环境、健康的工作与生活平衡及个人福祉的职员的百分比",
    ],
    unit: "increase",
    baseline: [{ text: "2020 年“向上反馈”结果：85%", kind: "share", value: 85 }],
    milestone2023: { text: "增加 5%", kind: "increase", value: 5 },
    target2025: { text: "进一步增加 5%", kind: "further-increase", value: 5 },
    verification: [ILO_PEOPLE_PERFORMANCE],
  },
  upward_feedback_respect: {
    outcome: 2,
    heading: "劳工组织内部相互尊重的工作环境",
    measure: [
      "在回复《绩效管理框架》内“向上反馈”调查问卷的职员中，表明其管理人员意识到需要防止工作场所的暴力和骚扰，并适当地回应关切，并在必要时向同事提供支持的职员的百分比",
    ],
    unit: "increase",
    baseline: [{ text: "2020 年“向上反馈”结果：81%", kind: "share", value: 81 }],
    milestone2023: { text: "增加 5%", kind: "increase", value: 5 },
    target2025: { text: "进一步增加 5%", kind: "further-increase", value: 5 },
    verification: [ILO_PEOPLE_PERFORMANCE],
  },
  digital_processes: {
    outcome: 3,
    heading: "在全劳工局增加对人力资源数字化服务和工具的使用",
    measure: ["关键人力资源流程数字化的百分比"],
    unit: "share",
    baseline: [{ text: "2021 年当前的数字化流程清单：42%", kind: "share", value: 42 }],
    milestone2023: { text: "65%", kind: "share", value: 65 },
    target2025: { text: "75%", kind: "share", value: 75 },
    verification: ["人力资源开发司关键流程清单"],
  },
};

/** The parts of a statement, order aside: "55%(2021 年 9 月 30 日的状况)" and "2021 年 9 月 30 日的状况：55%" agree. */
function fragments(text: string, without?: string): string[] {
  return squash(text)
    .split(/[：:()（），,；;]/)
    .map((part) => part.replace(/。$/, ""))
    .filter((part) => part !== "" && part !== (without && squash(without)))
    .sort();
}

/** What a figure says, read from its Chinese wording alone. */
function readFigure(zh: string): Reading {
  const text = squash(zh);
  if (text === "新指标") return { kind: "new-indicator" };
  if (text.includes("待定")) return { kind: "to-be-determined" };
  const range = /均值在(\d+)%以内\((\d+)-(\d+)%\)/.exec(text);
  if (range) return { kind: "range", min: Number(range[2]), max: Number(range[3]) };
  const increase = /^(进一步)?(?:增长|增加)(\d+)%\*?$/.exec(text);
  if (increase) return { kind: increase[1] ? "further-increase" : "increase", value: Number(increase[2]) };
  const shares = [...text.matchAll(/(\d+)%/g)];
  if (shares.length === 1) return { kind: "share", value: Number(shares[0]?.[1]) };
  throw new Error(`cannot read the figure "${zh}"`);
}

function reading(figure: Reading): Reading {
  const { kind, value, min, max } = figure;
  return {
    kind,
    ...(value === undefined ? {} : { value }),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
}

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

/** The numbers a text states, in order of size; English month names count as their numbers. */
function numbers(text: string): number[] {
  const withMonths = text.replace(new RegExp(`\\b(${MONTHS.join("|")})\\b`, "g"), (month) =>
    String(MONTHS.indexOf(month) + 1),
  );
  return (withMonths.normalize("NFKC").match(/\d+(?:\.\d+)?/g) ?? []).map(Number).sort((a, b) => a - b);
}

function figuresOf(indicator: Indicator): Figure[] {
  return [...indicator.baseline, indicator.milestone2023, indicator.target2025];
}

function textsOf(indicator: Indicator): [string, Bilingual][] {
  return [
    ["heading", indicator.heading],
    ["measure", indicator.measure],
    ...indicator.baseline.flatMap((b, i): [string, Bilingual][] => [
      [`baseline.${i}`, b.text],
      ...(b.asOf ? [[`baseline.${i}.asOf`, b.asOf] as [string, Bilingual]] : []),
    ]),
    ["milestone2023", indicator.milestone2023.text],
    ["target2025", indicator.target2025.text],
    ...indicator.verification.map((v, i): [string, Bilingual] => [`verification.${i}`, v]),
    ...indicator.footnotes.map((f, i): [string, Bilingual] => [`footnotes.${i}`, f]),
    ...indicator.notes.map((n, i): [string, Bilingual] => [`notes.${i}`, n]),
  ];
}

const kb = loadKnowledgeBase();
const knowledge = new Knowledge(kb);
const ids = Object.keys(APPENDIX);

function indicatorById(id: string): Indicator {
  const found = knowledge.indicator(id);
  if (!found) throw new Error(`no indicator "${id}" in the knowledge base`);
  return found;
}

function row(id: string): Row {
  const found = APPENDIX[id];
  if (!found) throw new Error(`no appendix row for "${id}"`);
  return found;
}

describe("the appendix table", () => {
  it("is quoted in this test as the source writes it", () => {
    const missing: string[] = [];
    const quote = (where: string, text: string) => {
      if (!squashedAppendix.includes(squash(text))) missing.push(`${where}: "${text}"`);
    };
    for (const [id, r] of Object.entries(APPENDIX)) {
      quote(`${id}.heading`, r.heading);
      for (const [i, m] of r.measure.entries()) quote(`${id}.measure.${i}`, m);
      r.baseline.forEach((b, i) => {
        // A shared status line is not contiguous for its second grade: quote it part by part.
        if (b.rowLabel) for (const part of fragments(b.text)) quote(`${id}.baseline.${i}`, part);
        else quote(`${id}.baseline.${i}`, b.text);
      });
      quote(`${id}.milestone2023`, r.milestone2023.text);
      quote(`${id}.target2025`, r.target2025.text);
      for (const [i, v] of r.verification.entries()) quote(`${id}.verification.${i}`, v);
      if (r.footnote) quote(`${id}.footnote`, r.footnote);
    }
    expect(missing).toEqual([]);
  });

  it("is stated by the knowledge base in the source's words: baseline, milestone, target, verification", () => {
    expect(kb.indicators.map((i) => i.id)).toEqual(ids);
    const wrong: string[] = [];
    const differ = (where: string, kbText: string, sourceText: string) => {
      if (squash(kbText) !== squash(sourceText))
        wrong.push(`${where}: KB "${kbText}" ≠ source "${sourceText}"`);
    };
    for (const indicator of kb.indicators) {
      const r = row(indicator.id);
      const id = indicator.id;
      if (!squash(indicator.heading.zh).startsWith(squash(r.heading))) {
        wrong.push(`${id}.heading: KB "${indicator.heading.zh}" does not start with "${r.heading}"`);
      }
      differ(`${id}.measure`, indicator.measure.zh, r.measure.join("；"));
      if (indicator.baseline.length !== r.baseline.length) {
        wrong.push(
          `${id}.baseline: KB has ${indicator.baseline.length} figures, source ${r.baseline.length}`,
        );
      }
      r.baseline.forEach((stated, i) => {
        const figure = indicator.baseline[i];
        if (!figure) return;
        const kbParts = fragments(figure.text.zh);
        const sourceParts = fragments(stated.text, stated.rowLabel);
        if (kbParts.join("|") !== sourceParts.join("|")) {
          wrong.push(`${id}.baseline.${i}: KB "${figure.text.zh}" ≠ source "${stated.text}"`);
        }
        for (const part of figure.asOf ? fragments(figure.asOf.zh) : []) {
          if (!squash(stated.text).includes(part)) {
            wrong.push(`${id}.baseline.${i}.asOf: "${part}" is not in "${stated.text}"`);
          }
        }
      });
      differ(`${id}.milestone2023`, indicator.milestone2023.text.zh, r.milestone2023.text);
      differ(`${id}.target2025`, indicator.target2025.text.zh, r.target2025.text);
      differ(
        `${id}.verification`,
        indicator.verification.map((v) => v.zh).join("；"),
        r.verification.join("；"),
      );
      differ(`${id}.footnotes`, indicator.footnotes.map((f) => f.zh).join("；"), r.footnote ?? "");
    }
    expect(wrong).toEqual([]);
  });

  it("reads the same numbers from each figure's text as the knowledge base records (kind, value, min, max)", () => {
    for (const indicator of kb.indicators) {
      const r = row(indicator.id);
      const stated = [...r.baseline, r.milestone2023, r.target2025];
      const recorded = figuresOf(indicator);
      expect(recorded.length, indicator.id).toBe(stated.length);
      stated.forEach((s, i) => {
        const figure = recorded[i];
        const where = `${indicator.id} figure ${i}: "${s.text}"`;
        const expected = reading(s);
        expect(readFigure(s.text), `${where} (as quoted)`).toEqual(expected);
        expect(figure && readFigure(figure.text.zh), `${where} (its text in the KB)`).toEqual(expected);
        expect(figure && reading(figure), `${where} (its fields in the KB)`).toEqual(expected);
      });
      expect(indicator.unit, indicator.id).toBe(r.unit);
      expect(indicator.unit === "increase", indicator.id).toBe(indicator.milestone2023.kind === "increase");
    }
  });

  it("sets the parity range at 3 points either side of 50%", () => {
    for (const id of ["gender_p1_p4", "gender_p5_plus"]) {
      for (const figure of figuresOf(indicatorById(id))) {
        if (figure.kind !== "range") continue;
        const tolerance = Number(/(\d+)%以内/.exec(squash(figure.text.zh))?.[1]);
        expect([figure.min, figure.max]).toEqual([50 - tolerance, 50 + tolerance]);
      }
    }
  });

  it("puts seven indicators under outcome 1, three under outcome 2 and one under outcome 3", () => {
    for (const indicator of kb.indicators) {
      expect(indicator.outcome, indicator.id).toBe(row(indicator.id).outcome);
      expect(indicator.section, indicator.id).toBe(`appendix-outcome-${indicator.outcome}`);
    }
    expect([1, 2, 3].map((n) => knowledge.indicatorsOf(n).length)).toEqual([7, 3, 1]);
  });

  it("keeps the mobility footnote, and the asterisk only on the mobility milestone and target", () => {
    const mobility = indicatorById("mobility");
    expect(mobility.footnotes).toHaveLength(1);
    expect(squash(mobility.footnotes[0]?.zh ?? "")).toBe(squash(MOBILITY_FOOTNOTE));
    expect(mobility.footnotes[0]?.en).toMatch(/^\*.*reported on separately.*total number of moves/);
    const starred = kb.indicators.flatMap((i) =>
      figuresOf(i)
        .filter((f) => f.text.zh.includes("*") || f.text.en.includes("*"))
        .map((f) => `${i.id}: ${f.text.zh}`),
    );
    expect(starred).toEqual(["mobility: 15%*", "mobility: 进一步增长 5%*"]);
    expect(kb.indicators.filter((i) => i.footnotes.length > 0).map((i) => i.id)).toEqual(["mobility"]);
  });

  it("gives the English texts the same figures, dates and acronyms as the Chinese", () => {
    const wrong: string[] = [];
    for (const indicator of kb.indicators) {
      for (const [where, text] of textsOf(indicator)) {
        const at = `${indicator.id}.${where}`;
        if (numbers(text.en).join(",") !== numbers(text.zh).join(",")) {
          wrong.push(
            `${at}: numbers ${numbers(text.en)} in "${text.en}" ≠ ${numbers(text.zh)} in "${text.zh}"`,
          );
        }
        if (text.en.split("*").length !== text.zh.split("*").length) wrong.push(`${at}: asterisks differ`);
        const english = text.en.normalize("NFKC").replace(/[\u2010-\u2015]/g, "-");
        for (const latin of text.zh.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) {
          if (!english.includes(latin)) wrong.push(`${at}: "${latin}" is missing from "${text.en}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
