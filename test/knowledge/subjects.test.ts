import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Knowledge, type Lang } from "../../src/knowledge/knowledge.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { parseSubjectId, subjectId, subjectNames } from "../../src/knowledge/names.ts";
import { squash, squashedSource } from "./source.ts";

const kb = loadKnowledgeBase();
const knowledge = new Knowledge(kb);

/** Questions written the way staff ask them, each with the one subject it is about. */
const SubjectQueries = z.array(
  z.strictObject({ lang: z.enum(["en", "zh"]), query: z.string().min(2), subject: z.string() }),
);
const queries = SubjectQueries.parse(
  JSON.parse(readFileSync(new URL("./subject-queries.json", import.meta.url), "utf8")),
);

function top(text: string, lang: Lang): string | undefined {
  const [best] = knowledge.subjectMentions(text, lang);
  return best ? subjectId(best.subject) : undefined;
}

const langOf = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? "zh" : "en");

describe("subject names", () => {
  const names = subjectNames(kb);

  it("names every kind of subject, each item at least once, in English and Chinese", () => {
    const named = new Set(names.map((n) => subjectId(n.subject)));
    const items = [
      ...kb.indicators.map((i) => `indicator:${i.id}`),
      ...kb.indicatorGroups.map((g) => `indicatorGroup:${g.id}`),
      ...kb.outcomes.map((o) => `outcome:${o.number}`),
      ...kb.focusAreas.map((f) => `focusArea:${f.id}`),
      ...kb.focusAreas.flatMap((f) => f.deliverables.map((d) => `deliverable:${d.id}`)),
      ...kb.lessons.map((l) => `lesson:${l.id}`),
      ...kb.risks.map((r) => `risk:${r.id}`),
      ...kb.assumptions.map((a) => `assumption:${a.id}`),
      ...kb.partnerships.map((p) => `partner:${p.id}`),
      ...kb.systems.map((s) => `system:${s.id}`),
      ...kb.unsetTopics.map((t) => `unsetTopic:${t.id}`),
      "decision:draft",
      "decision:adopted",
      "paper:GB.343/PFA/14",
    ];
    expect(items.filter((id) => !named.has(id))).toEqual([]);
    for (const lang of ["en", "zh"] as const) {
      const inLang = new Set(names.filter((n) => n.lang === lang).map((n) => subjectId(n.subject)));
      expect(
        items.filter((id) => !inLang.has(id)),
        lang,
      ).toEqual([]);
    }
    // Facts are named where staff ask for them; the few left are answered through another subject.
    const unnamedFacts = kb.facts.filter((f) => !named.has(`fact:${f.id}`)).map((f) => f.id);
    expect(unnamedFacts).toEqual(["fact-decision", "fact-iris"]);
  });

  it("resolves every name, in every language, to its own subject first", () => {
    const wrong: string[] = [];
    for (const name of names) {
      const found = top(name.text, name.lang === "zh" ? "zh" : "en");
      const own = subjectId(name.subject);
      if (found !== own) wrong.push(`${name.lang} "${name.text}" → ${found ?? "nothing"}, not ${own}`);
    }
    expect(wrong).toEqual([]);
  });

  it("spells subject ids one way and reads them back", () => {
    expect(subjectId({ kind: "indicator", id: "mobility" })).toBe("indicator:mobility");
    expect(subjectId({ kind: "focusArea", id: "focus-1.2" })).toBe("focusArea:focus-1.2");
    expect(parseSubjectId("outcome:2")).toEqual({ kind: "outcome", id: "2" });
    expect(parseSubjectId("paper:GB.343/PFA/14")).toEqual({ kind: "paper", id: "GB.343/PFA/14" });
    expect(parseSubjectId("chapter:9")).toBeUndefined();
    expect(parseSubjectId("indicator:")).toBeUndefined();
  });
});

describe("systems the paper names", () => {
  it("are subjects of their own, never an indicator by themselves", () => {
    for (const system of kb.systems) {
      for (const name of subjectNames(kb).filter((n) => n.subject.id === system.id)) {
        const kinds = knowledge.subjectMentions(name.text, langOf(name.text)).map((m) => m.subject.kind);
        expect(kinds, name.text).not.toContain("indicator");
      }
    }
    expect(top("ILO People baseline", "en")).toBe("system:system-ilo-people");
  });
});

describe("topics the strategy mentions without a figure", () => {
  it("cites each mention with its exact Chinese words, found in the source at that paragraph", () => {
    const wrong: string[] = [];
    for (const topic of kb.unsetTopics) {
      for (const m of topic.mentions) {
        const evidence = squash(m.evidence);
        if (!squashedSource.includes(evidence))
          wrong.push(`${topic.id}: "${m.evidence}" is not in the source`);
        const passages = kb.passages.filter(
          (p) => p.section === m.section && m.paragraphs.some((n) => p.paragraphs.includes(n)),
        );
        if (!passages.some((p) => squash(p.text.zh).includes(evidence))) {
          wrong.push(`${topic.id}: "${m.evidence}" is not in §${m.section} para. ${m.paragraphs.join(", ")}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("sets no figure for any of them: no unset topic shares a name with an indicator", () => {
    for (const topic of kb.unsetTopics) {
      expect(top(topic.name.en, "en"), topic.id).toBe(`unsetTopic:${topic.id}`);
      expect(top(topic.name.zh, "zh"), topic.id).toBe(`unsetTopic:${topic.id}`);
    }
  });

  it("says so when the paper does not mention a topic at all (salaries)", () => {
    const salaries = kb.unsetTopics.find((t) => t.id === "salaries");
    expect(salaries?.mentioned).toBe(false);
    expect(salaries?.note?.en).toMatch(/does not mention salaries/);
    expect(salaries?.seeAlso).toContain("partner:partner-icsc");
    const disability = kb.unsetTopics.find((t) => t.id === "disability");
    expect(disability?.mentions.map((m) => m.section)).toContain("focus-1.2");
  });
});

describe("subjectMentions", () => {
  it("finds the subject of staff questions (top-1 ≥ 95%, en and zh)", () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const lang of ["en", "zh"] as const) {
      expect(queries.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(25);
    }
    const unknown = queries.filter((q) => !parseSubjectId(q.subject)).map((q) => q.subject);
    expect(unknown).toEqual([]);
    const misses = queries
      .map((q) => ({ ...q, found: top(q.query, q.lang) }))
      .filter((q) => q.found !== q.subject)
      .map((q) => `${q.lang} "${q.query}" → ${q.found ?? "nothing"}, not ${q.subject}`);
    expect(misses.length / queries.length, misses.join("\n")).toBeLessThanOrEqual(0.05);
  });

  it("lets the longest name win and drops the weaker overlapping ones", () => {
    const found = knowledge.subjectMentions("P5+ women target", "en").map((m) => subjectId(m.subject));
    expect(found).toEqual(["indicator:gender_p5_plus"]);
    const both = knowledge.subjectMentions("mobility and training milestones", "en");
    expect(both.map((m) => subjectId(m.subject)).sort()).toEqual([
      "indicator:mobility",
      "indicator:training",
    ]);
  });

  it("points its spans at the words that matched, in the original text", () => {
    const text = "What is the JD milestone and the 退休人数?";
    for (const m of knowledge.subjectMentions(text, "en")) {
      expect(m.span, m.alias).toBeDefined();
      const [start, end] = m.span ?? [0, 0];
      expect(text.slice(start, end), subjectId(m.subject)).toMatch(/^(JD|退休人数)$/);
    }
  });

  it("rates exact names 1, other forms and typos lower, a subject reached by relation lower still", () => {
    const [exact] = knowledge.subjectMentions("mobility", "en");
    const [typo] = knowledge.subjectMentions("mobilty", "en");
    expect(exact?.confidence).toBe(1);
    expect(typo?.confidence).toBeLessThan(1);
    expect(typo?.confidence).toBeGreaterThan(0.5);
    const [area, indicator] = knowledge.subjectMentions("which focus area deals with harassment?", "en");
    expect(area?.subject).toEqual({ kind: "focusArea", id: "focus-2.3" });
    expect(area?.confidence).toBeLessThan(indicator?.confidence ?? 0);
  });

  it("matches abbreviations as whole words, and lower-case only when that is no ordinary word", () => {
    expect(top("JD milestone", "en")).toBe("indicator:job_descriptions");
    expect(top("jd milestone", "en")).toBe("indicator:job_descriptions");
    expect(top("the iris of the eye", "en")).toBeUndefined();
    expect(top("JDX milestone", "en")).toBeUndefined();
    expect(top("approve FWA-2026-0001", "en")).toBeUndefined();
  });

  it("leaves the indicator matcher as it was", () => {
    const ids = knowledge
      .indicatorMentions("P5+ women and mobility")
      .map((m) => (m.target.kind === "indicator" ? m.target.indicator.id : m.target.group.id));
    expect(ids).toEqual(["gender_p5_plus", "mobility"]);
  });
});
