import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INTENTS } from "../../intents/index.ts";
import type { Example } from "../../src/nlu/classifier.ts";
import { FeatureSpace } from "../../src/nlu/features.ts";
import { DEFAULT_LOGISTIC, LogisticClassifier, stratifiedFolds } from "../../src/nlu/logistic.ts";

const TOY: Example[] = [
  { intent: "vacancy", text: "show me the open vacancies" },
  { intent: "vacancy", text: "which vacancy can I apply for" },
  { intent: "vacancy", text: "list current vacancies" },
  { intent: "vacancy", text: "are there vacancies in Geneva" },
  { intent: "salary", text: "what is my salary" },
  { intent: "salary", text: "when is the salary paid" },
  { intent: "salary", text: "salary scale for P3" },
  { intent: "salary", text: "how is my salary calculated" },
  { intent: "leave", text: "how many days of annual leave do I have" },
  { intent: "leave", text: "request annual leave" },
  { intent: "leave", text: "book leave next week" },
  { intent: "leave", text: "sick leave rules" },
  { intent: "vacancy", text: "有哪些空缺职位" },
  { intent: "vacancy", text: "查看空缺" },
  { intent: "salary", text: "我的工资是多少" },
  { intent: "salary", text: "工资什么时候发" },
  { intent: "leave", text: "我想请年假" },
  { intent: "leave", text: "病假规定" },
];

const sum = (xs: readonly { score: number }[]): number => xs.reduce((a, x) => a + x.score, 0);

function projectExamples(): Example[] {
  return INTENTS.flatMap((intent) =>
    Object.values(intent.examples).flatMap((list) =>
      (list ?? []).map((text) => ({ intent: intent.id, text })),
    ),
  );
}

describe("LogisticClassifier", () => {
  const toy = new LogisticClassifier(TOY);

  it("gives probabilities over every intent that sum to 1, highest first", () => {
    for (const text of ["salary", "vacancies please", "年假", "something else entirely"]) {
      const c = toy.classify(text);
      expect(c.ranking).toHaveLength(3);
      expect(sum(c.ranking)).toBeCloseTo(1, 12);
      expect(c.score).toBe(c.ranking[0]?.score);
      expect(c.intent).toBe(c.ranking[0]?.intent);
      const scores = c.ranking.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(toy.size).toBe(TOY.length);
  });

  it("is stable: one example more moves almost no reading of the project's evaluation questions", () => {
    const examples = projectExamples();
    const before = new LogisticClassifier(examples);
    const after = new LogisticClassifier([...examples, { intent: "greeting", text: "hiya team" }]);
    const questions = ["dev.jsonl", "fresh-strategy-fr-es.jsonl", "fresh-commands-2.jsonl"].flatMap((f) =>
      fs
        .readFileSync(path.join(import.meta.dirname, "../eval", f), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) =>
          String(
            (JSON.parse(line) as { question?: string; text?: string }).question ?? JSON.parse(line).text,
          ),
        ),
    );
    const moved = questions.filter((q) => before.classify(q).intent !== after.classify(q).intent);
    // The last iterate of SGD moved 16 in 100 of these; the tail-averaged model about 4 in 100.
    expect(moved.length / questions.length).toBeLessThan(0.06);
  });

  it("is deterministic: the same examples give the same model and outputs, bit for bit", () => {
    const again = new LogisticClassifier(TOY);
    expect(again.temperature).toBe(toy.temperature);
    for (const text of ["my salary", "空缺", "leave", ""])
      expect(again.classify(text)).toEqual(toy.classify(text));
  });

  it("learns a separable toy task perfectly", () => {
    for (const e of TOY) expect(toy.classify(e.text).intent).toBe(e.intent);
  });

  it("meets unseen word forms and typos through character n-grams", () => {
    expect(toy.classify("vacncies").intent).toBe("vacancy");
    expect(toy.classify("salaries").intent).toBe("salary");
    expect(toy.classify("anual leeve").intent).toBe("leave");
  });

  it("has no preference for an empty or punctuation-only message", () => {
    for (const text of ["", "   ", "?!...", "—"]) {
      const c = toy.classify(text);
      expect(c.score).toBeCloseTo(1 / 3, 12);
      expect(sum(c.ranking)).toBeCloseTo(1, 12);
    }
  });

  it("understands Chinese and English", () => {
    expect(toy.classify("工资").intent).toBe("salary");
    expect(toy.classify("年假还有几天").intent).toBe("leave");
    expect(toy.classify("空缺职位").intent).toBe("vacancy");
    expect(toy.classify("when do we get paid salary").intent).toBe("salary");
  });

  it("copes with a 10,000-character message", () => {
    for (const text of [
      "salary ".repeat(1500).slice(0, 10_000),
      "工资年假".repeat(2500),
      "x".repeat(10_000),
    ]) {
      const started = performance.now();
      const c = toy.classify(text);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(Number.isFinite(c.score)).toBe(true);
      expect(sum(c.ranking)).toBeCloseTo(1, 9);
    }
  });

  it("takes a fixed temperature when given one", () => {
    const hot = new LogisticClassifier(TOY, { temperature: 5 });
    expect(hot.temperature).toBe(5);
    expect(hot.classify("salary").score).toBeLessThan(
      new LogisticClassifier(TOY, { temperature: 1 }).classify("salary").score,
    );
  });

  it("is calibrated on held-out project examples: mean confidence within 0.1 of accuracy", () => {
    const examples = projectExamples();
    const fold = stratifiedFolds(examples, 5);
    // the temperature fitted on the training part only: the default was fitted on all examples
    const model = new LogisticClassifier(
      examples.filter((_, i) => fold[i] !== 0),
      { temperature: "cv" },
    );
    const held = examples.filter((_, i) => fold[i] === 0);
    const results = held.map((e) => model.classify(e.text));
    const accuracy = results.filter((c, i) => c.intent === held[i]?.intent).length / held.length;
    const confidence = results.reduce((a, c) => a + c.score, 0) / held.length;
    expect(accuracy).toBeGreaterThan(0.5);
    expect(Math.abs(confidence - accuracy)).toBeLessThan(0.1);
  });

  it("has a default temperature close to the one cross-validation fits on the project's examples", () => {
    // When the intents' examples change much, re-measure (scripts/classifier-eval.ts) and update it.
    const fitted = new LogisticClassifier(projectExamples(), { temperature: "cv" }).temperature;
    expect(Math.abs(Math.log(fitted / (DEFAULT_LOGISTIC.temperature as number)))).toBeLessThan(
      Math.log(1.25),
    );
  });
});

describe("FeatureSpace", () => {
  it("makes unit vectors over known features, shorter when much of the text is unknown", () => {
    const space = new FeatureSpace(["annual leave", "salary scale"]);
    const norm = (text: string): number => Math.hypot(...space.vector(text).values);
    expect(norm("annual leave")).toBeCloseTo(1, 12);
    expect(norm("annual leave zzzzzzzz qqqqqqq")).toBeLessThan(0.9);
    expect(space.vector("").indices).toHaveLength(0);
  });
});
