import { describe, expect, it } from "vitest";
import { Knowledge } from "../../src/knowledge/knowledge.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import type { Bilingual, Indicator, Passage } from "../../src/knowledge/schema.ts";
import { between, footnoteMarkerCount, squash, squashedAppendix, squashedSource } from "./source.ts";

const kb = loadKnowledgeBase();
const knowledge = new Knowledge(kb);

const HAN = /\p{Script=Han}/u;

function inSource(text: string): boolean {
  return squashedSource.includes(squash(text));
}

/** Lines of a text that the source does not contain (each line on its own: items join lines). */
function unquoted(text: string): string[] {
  return text.split("\n").filter((line) => !inSource(line));
}

function targetId(alias: string): string | undefined {
  const target = knowledge.findIndicator(alias);
  if (!target) return undefined;
  return target.kind === "indicator" ? target.indicator.id : target.group.id;
}

/** Every { en, zh } pair of strings anywhere in a value, with its path. */
function bilinguals(value: unknown, path: string): [string, Bilingual][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => bilinguals(item, `${path}.${i}`));
  if (typeof value !== "object" || value === null) return [];
  const entries = Object.entries(value);
  const keys = entries.map(([k]) => k).sort();
  // A text: English and Chinese, with its French and Spanish translations (checked in translations.test.ts).
  if (
    (keys.join() === "en,zh" || keys.join() === "en,es,fr,zh") &&
    entries.every(([, v]) => typeof v === "string")
  ) {
    return [[path, value as Bilingual]];
  }
  return entries.flatMap(([k, v]) => bilinguals(v, path ? `${path}.${k}` : k));
}

describe("the knowledge base covers the whole paper", () => {
  it("reads the source with its four footnote call-outs taken out of the sentences", () => {
    expect(footnoteMarkerCount).toBe(4);
  });

  it("has the three outcomes, titled and stated as in the paper", () => {
    expect(kb.outcomes.map((o) => o.number)).toEqual([1, 2, 3]);
    const keyOutcomes = between(squashedSource, "关键成果目标：", "成果目标1：")
      .split(/[1-3]\.(?=\D)/)
      .filter(Boolean);
    expect(keyOutcomes).toHaveLength(3);
    for (const outcome of kb.outcomes) {
      expect(inSource(`成果目标 ${outcome.number}：${outcome.title.zh}`), outcome.id).toBe(true);
      expect(keyOutcomes[outcome.number - 1], outcome.id).toContain(squash(outcome.statement.zh));
      expect(unquoted(outcome.summary.zh), outcome.id).toEqual([]);
    }
  });

  it("has the eight focus areas under their outcomes, titled as in the paper", () => {
    expect(kb.focusAreas.map((f) => f.number)).toEqual("1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2".split(" "));
    for (const area of kb.focusAreas) {
      expect(area.outcome, area.id).toBe(Number(area.number[0]));
      expect(inSource(`${area.number}. 重点领域：${area.title.zh}`), area.id).toBe(true);
      expect(knowledge.section(area.section)?.parent, area.id).toBe(`outcome-${area.outcome}`);
      expect(unquoted(area.summary.zh), area.id).toEqual([]);
    }
  });

  it("has every deliverable the paper lists under “主要交付成果”, in its words", () => {
    // Each focus area ends with its deliverables, which run to the next heading.
    const lists = squashedSource.split("主要交付成果：").slice(1);
    expect(lists).toHaveLength(kb.focusAreas.length);
    const bullets = lists.map((list) =>
      (list.split(/\d\.\d\.重点领域|成果目标\d：|内部和外部合作伙伴关系/)[0] ?? "")
        .split("•")
        .filter(Boolean),
    );
    expect(bullets.flat()).toHaveLength(15);
    kb.focusAreas.forEach((area, i) => {
      expect(
        area.deliverables.map((d) => squash(d.text.zh)),
        area.id,
      ).toEqual(bullets[i]);
    });
  });

  it("has the eight lessons learned, titled and worded as in the paper", () => {
    const lessons = between(squashedSource, "吸取的经验教训", "2022-2025年重要优先事项和预期成果")
      .split("•")
      .filter(Boolean)
      .map((bullet) => {
        const [title, text] = bullet.split("——");
        return { title, text };
      });
    expect(lessons).toHaveLength(8);
    expect(kb.lessons.map((l) => ({ title: squash(l.title.zh), text: squash(l.text.zh) }))).toEqual(lessons);
  });

  it("has the three assumptions and every residual risk the paper names", () => {
    expect(kb.assumptions.map((a) => a.text.zh.slice(0, 3))).toEqual(["第一，", "第二，", "第三，"]);
    for (const assumption of kb.assumptions) expect(unquoted(assumption.text.zh), assumption.id).toEqual([]);

    // The risks of paragraphs 45, 47 and 48, in the paper's words.
    const risks = [
      "组织资源配置发生重大变化",
      "可能会出现一种新的、更危险的变体或一次新疫情",
      "联合国共同制度内的风险",
      "与信息相关的风险",
      "新的工作方式对留住人才、职员敬业度及职员健康和福祉的影响",
      "可能的资源和能力不足问题",
    ];
    expect(kb.risks).toHaveLength(risks.length);
    for (const risk of risks) {
      expect(inSource(risk), risk).toBe(true);
      expect(
        kb.risks.filter((r) => squash(r.text.zh).includes(squash(risk))),
        risk,
      ).toHaveLength(1);
    }
    const dataRisk = kb.risks.find((r) => r.text.zh.includes("与信息相关的风险"));
    expect(dataRisk?.mitigation?.zh).toContain("有效利用人力资源数据分析");
    expect(unquoted(kb.riskRegister.text.zh)).toEqual([]);
    expect(kb.riskRegister.text.zh).toContain("风险登记册");
  });

  it("has the paper's own facts: symbol, session, author, related documents, implications, decision", () => {
    const { paper, decision } = kb;
    expect(paper.symbol).toBe("GB.343/PFA/14");
    expect(paper.session.en).toMatch(/343rd Session.*November 2021/);
    expect(squash(paper.session.zh)).toContain("第343届会议，2021年11月");
    expect(paper.authorUnit.en).toContain("(HRD)");
    expect(inSource(`作者单位：${paper.authorUnit.zh}`)).toBe(true);
    expect(paper.relatedDocuments).toEqual([
      "GB.341/PFA/16",
      "GB.340/PFA/12",
      "GB.337/PFA/11",
      "GB.331/PFA/13",
      "GB.328/PFA/1",
    ]);
    expect(
      inSource(`相关文件：理事会文件 ${paper.relatedDocuments.slice(0, 4).join("、")} 和 GB.328/PFA/1。`),
    ).toBe(true);
    const { policy, legal, financial, followUp } = paper.implications;
    for (const [label, none] of [
      ["政策影响", policy],
      ["法律影响", legal],
      ["财政影响", financial],
      ["需采取的后续行动", followUp],
      ["相关战略目标", paper.relatedStrategicObjective],
    ] as const) {
      expect({ en: none.en, zh: none.zh }, label).toEqual({ en: "None.", zh: "无。" });
      expect(inSource(`${label}：无。`), label).toBe(true);
    }
    expect(paper.relatedOutcome.en).toMatch(/^Enabling outcome C: Efficient support services/);
    expect(inSource(`主要相关成果目标：${paper.relatedOutcome.zh}`)).toBe(true);

    expect(decision.draft.paragraph).toBe(49);
    expect(inSource("(见决定草案：第 49 段)")).toBe(true);
    expect(inSource(`决定草案${decision.draft.text.zh}`)).toBe(true);
    expect(decision.adopted.date).toBe("2021-11-11");
    expect(decision.adopted.text.en).toContain("persons with disabilities");
    expect(decision.adopted.text.zh).toContain("残疾人");
  });

  it("has the figures the paper states in its text: 77 retirements, 220,000 applications, the 50% shares, age 65", () => {
    const factSaying = (zh: string) => {
      expect(inSource(zh), zh).toBe(true);
      const found = kb.facts.filter((f) => squash(f.text.zh).includes(squash(zh)));
      expect(found, zh).toHaveLength(1);
      return found[0];
    };
    const retirements = factSaying("2018-2021 年期间仅有 77 人退休");
    expect(retirements?.value).toBe("77");
    expect(retirements?.text.en).toMatch(/only 77 retirements/);

    const applications = factSaying("劳工局收到了 22 万份职位申请");
    expect(applications?.value).toBe("220,000");
    expect(applications?.text.en).toContain("220,000 job applications");

    const developmentCooperation = factSaying("从事发展合作项目的同事目前占劳工组织职员队伍总数的 50%");
    expect(developmentCooperation?.value).toBe("50%");
    expect(developmentCooperation?.text.en).toMatch(/development cooperation.*(50 per cent|50%)/);

    const servingStaff = factSaying("现有职员填补经常预算中专业及以上职位空缺的大约 50%");
    expect(servingStaff?.value).toBe("50%");
    expect(servingStaff?.text.en).toMatch(/about 50( per cent|%)/);

    const separationAge = factSaying("2018 年，法定离职年龄被设定为 65 岁");
    expect(separationAge?.value).toBe("65");
    expect(separationAge?.text.en).toMatch(/2018.*statutory separation age was set at 65/);
  });

  it("writes every text in both languages: Chinese in zh, none in en", () => {
    const pairs = bilinguals(kb, "");
    expect(pairs.length).toBeGreaterThan(400);
    const wrong: string[] = [];
    for (const [path, { en, zh }] of pairs) {
      if (en.trim() === "" || zh.trim() === "") wrong.push(`${path}: empty`);
      if (HAN.test(en)) wrong.push(`${path}.en has Chinese: "${en}"`);
      // A bare figure ("30%", "15%*") has no words to translate: it is the same in both languages.
      const bareFigure = !/\p{L}/u.test(zh) && en === zh;
      if (!HAN.test(zh) && !bareFigure) wrong.push(`${path}.zh has no Chinese: "${zh}"`);
    }
    expect(wrong).toEqual([]);
  });

  it("gives every item an id of its own", () => {
    const ids = [
      ...kb.facts,
      ...kb.lessons,
      ...kb.outcomes,
      ...kb.focusAreas,
      ...kb.focusAreas.flatMap((f) => f.deliverables),
      ...kb.indicators,
      ...kb.indicatorGroups,
      ...kb.partnerships,
      ...kb.assumptions,
      ...kb.risks,
      ...kb.passages,
    ].map((item) => item.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const sectionIds = kb.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
  });

  it("resolves every alias, in every language, to its own indicator and every group alias to its group", () => {
    const wrong: string[] = [];
    const owners: [string, Indicator["aliases"]][] = [
      ...kb.indicators.map((i): [string, Indicator["aliases"]] => [i.id, i.aliases]),
      ...kb.indicatorGroups.map((g): [string, Indicator["aliases"]] => [g.id, g.aliases]),
    ];
    for (const [owner, aliases] of owners) {
      for (const [lang, list] of Object.entries(aliases)) {
        for (const alias of list) {
          const found = targetId(alias);
          if (found !== owner) wrong.push(`${lang} "${alias}" → ${found ?? "nothing"}, not ${owner}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("covers every paragraph from 1 to 49 with a passage, numbered in the paper's order", () => {
    const covered = new Set(kb.passages.flatMap((p) => p.paragraphs));
    const paragraphs = Array.from({ length: 49 }, (_, i) => i + 1);
    expect(paragraphs.filter((n) => !covered.has(n))).toEqual([]);

    const placed = kb.passages
      .filter((p) => p.paragraphs.length > 0)
      .map((p) => ({
        id: p.id,
        paragraph: Math.min(...p.paragraphs),
        at: squashedSource.indexOf(squash(p.text.zh.split("\n")[0] ?? "")),
      }));
    const outOfOrder = placed.flatMap((a) =>
      placed
        .filter((b) => a.paragraph < b.paragraph && a.at >= b.at)
        .map((b) => `${a.id} (para ${a.paragraph}) comes after ${b.id} (para ${b.paragraph})`),
    );
    expect(outOfOrder).toEqual([]);
  });

  it("quotes the paper in every passage", () => {
    const rows = kb.passages.filter((p) => p.section.startsWith("appendix-"));
    const quotes = kb.passages.filter((p) => !rows.includes(p));
    const wrong = quotes.flatMap((p) => unquoted(p.text.zh).map((line) => `${p.id}: "${line}"`));
    expect(wrong).toEqual([]);
    expect(rows).toHaveLength(kb.indicators.length);
  });

  // The appendix passages restate each table row with labels the table lays out as columns
  // ("里程碑(到 2023 年底)：30%"), so they are checked value by value: each value is in the
  // appendix of the source and is the value the row's indicator records.
  it("restates each appendix row with the values of the table and of its indicator", () => {
    const rows = kb.passages.filter((p) => p.section.startsWith("appendix-"));
    const wrong: string[] = [];
    for (const passage of rows) {
      const row = readRow(passage);
      const indicator = kb.indicators.find(
        (i) => squash(i.measure.zh) === squash((row.values.get("指标") ?? "").replace(/^\([ab]\)/, "")),
      );
      if (!indicator) {
        wrong.push(`${passage.id}: no indicator measures "${row.values.get("指标")}"`);
        continue;
      }
      if (passage.section !== indicator.section) wrong.push(`${passage.id}: section ${passage.section}`);
      for (const line of [row.heading, ...row.footnotes]) {
        if (!squashedAppendix.includes(squash(line))) wrong.push(`${passage.id}: "${line}"`);
      }
      for (const [label, value] of row.values) {
        for (const part of value.split(/[：；]/)) {
          if (!squashedAppendix.includes(squash(part))) wrong.push(`${passage.id}.${label}: "${part}"`);
        }
      }
      const same = (label: string, recorded: string) => {
        if (squash(row.values.get(label) ?? "") !== squash(recorded)) {
          wrong.push(`${passage.id}.${label}: "${row.values.get(label)}" ≠ ${indicator.id} "${recorded}"`);
        }
      };
      same("里程碑(到 2023 年底)", indicator.milestone2023.text.zh);
      same("目标(到 2025 年底)", indicator.target2025.text.zh);
      same("验证手段/数据来源", indicator.verification.map((v) => v.zh).join("；"));
      const baseline = squash(row.values.get("基准") ?? "");
      for (const figure of indicator.baseline) {
        for (const part of squash(figure.text.zh).split(/[：()，]/)) {
          if (part && !baseline.includes(part.replace(/。$/, ""))) {
            wrong.push(`${passage.id}.基准: "${part}" of ${indicator.id} is missing`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

interface AppendixRow {
  heading: string;
  /** "里程碑(到 2023 年底)" → "30%", and so on for each labelled line. */
  values: Map<string, string>;
  footnotes: string[];
}

/** An appendix passage: its heading (first line), its labelled lines, and its footnotes (lines starting "*"). */
function readRow(passage: Passage): AppendixRow {
  const [heading = "", ...lines] = passage.text.zh.split("\n");
  const values = new Map<string, string>();
  const footnotes: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf("：");
    if (line.startsWith("*") || colon < 0) footnotes.push(line);
    else values.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return { heading, values, footnotes };
}
