import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAssistant } from "../../src/app.ts";
import type { Example } from "../../src/nlu/classifier.ts";
import { LogisticClassifier } from "../../src/nlu/logistic.ts";
import { cachedClassifier, cacheFile, modelKey } from "../../src/nlu/model-cache.ts";

const EXAMPLES: Example[] = [
  { intent: "vacancy", text: "show me the open vacancies" },
  { intent: "vacancy", text: "which vacancy can I apply for" },
  { intent: "vacancy", text: "有哪些空缺职位" },
  { intent: "salary", text: "what is my salary" },
  { intent: "salary", text: "salary scale for P3" },
  { intent: "salary", text: "我的工资是多少" },
  { intent: "leave", text: "request annual leave" },
  { intent: "leave", text: "sick leave rules" },
  { intent: "leave", text: "我想请年假" },
];
const PROBES = ["open vacancies in Bangkok", "my salary", "年假", "congé annuel", "", "???"];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "model-cache-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (): string => cacheFile(dir, modelKey(EXAMPLES));
const rankings = (c: LogisticClassifier) => PROBES.map((t) => c.classify(t).ranking);

describe("the classifier's model cache", () => {
  it("trains and writes a model the first time, then reads back one that classifies bit for bit alike", () => {
    const first = cachedClassifier(EXAMPLES, dir);
    expect(first.report).toMatchObject({ outcome: "trained", reason: "missing", written: true });
    expect(fs.existsSync(file())).toBe(true);
    const second = cachedClassifier(EXAMPLES, dir);
    expect(second.report.outcome).toBe("loaded");
    expect(rankings(second.classifier)).toEqual(rankings(new LogisticClassifier(EXAMPLES)));
    expect(second.classifier.size).toBe(EXAMPLES.length);
    expect(second.classifier.temperature).toBe(first.classifier.temperature);
  });

  it("never answers with a model of other examples: a changed example trains anew, and only the newest three are kept", () => {
    let age = 100;
    const train = (examples: Example[]) => {
      const result = cachedClassifier(examples, dir);
      const when = new Date(Date.now() - age-- * 1000);
      fs.utimesSync(cacheFile(dir, modelKey(examples)), when, when);
      return result;
    };
    train(EXAMPLES);
    const changed = [...EXAMPLES, { intent: "leave", text: "book leave next week" }];
    const { classifier, report } = train(changed);
    expect(report).toMatchObject({ outcome: "trained", reason: "missing", written: true });
    expect(rankings(classifier)).toEqual(rankings(new LogisticClassifier(changed)));
    // the first is still there for whoever uses it
    expect(cachedClassifier(EXAMPLES, dir).report.outcome).toBe("loaded");
    const sets = [1, 2, 3].map((n) => [...EXAMPLES, { intent: "salary", text: `salary question ${n}` }]);
    for (const set of sets) train(set);
    expect(fs.readdirSync(dir).sort()).toEqual(
      sets.map((set) => path.basename(cacheFile(dir, modelKey(set)))).sort(),
    );
  });

  it("retrains over a truncated file (a crash mid-write), a flipped byte or garbage, and rewrites it", () => {
    cachedClassifier(EXAMPLES, dir);
    const good = fs.readFileSync(file());
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 0xff;
    for (const bad of [
      good.subarray(0, good.length - 100),
      flipped,
      Buffer.from("not a model"),
      Buffer.alloc(0),
    ]) {
      fs.writeFileSync(file(), bad);
      const { classifier, report } = cachedClassifier(EXAMPLES, dir);
      expect(report).toMatchObject({ outcome: "trained", reason: "corrupt", written: true });
      expect(rankings(classifier)).toEqual(rankings(new LogisticClassifier(EXAMPLES)));
      expect(fs.readFileSync(file()).equals(good)).toBe(true);
    }
  });

  it("treats a model whose probe disagrees with today's tokenizer as stale", () => {
    cachedClassifier(EXAMPLES, dir);
    const good = fs.readFileSync(file());
    const text = good.toString("latin1");
    const at = text.indexOf('"probe":"') + '"probe":"'.length;
    const forged = Buffer.from(good);
    forged.write(text[at] === "0" ? "1" : "0", at, "latin1");
    fs.writeFileSync(file(), forged);
    expect(cachedClassifier(EXAMPLES, dir).report).toMatchObject({ outcome: "trained", reason: "stale" });
  });

  it("still answers when the directory cannot be written, and says so", () => {
    const blocked = path.join(dir, "blocked");
    fs.writeFileSync(blocked, "a file where the directory should be");
    const { classifier, report } = cachedClassifier(EXAMPLES, blocked);
    expect(report).toMatchObject({ outcome: "trained", written: false });
    expect(classifier.classify("my salary").intent).toBe("salary");
  });

  it("ignores the half-written file of a crashed writer, removes it once abandoned, and leaves none of its own", () => {
    const recent = `${file()}.998.1.tmp`;
    const abandoned = `${file()}.999.1.tmp`;
    fs.writeFileSync(recent, "half a model, still being written");
    fs.writeFileSync(abandoned, "half a model");
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(abandoned, hourAgo, hourAgo);
    expect(cachedClassifier(EXAMPLES, dir).report.written).toBe(true);
    expect(cachedClassifier(EXAMPLES, dir).report.outcome).toBe("loaded");
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(file()), path.basename(recent)]);
  });

  it("gives the assistant the same replies from a cached model as from a freshly trained one", async () => {
    const trained = createAssistant({ modelCache: dir });
    const loaded = createAssistant({ modelCache: dir });
    expect(trained.bot.nlu.modelReport.outcome).toBe("trained");
    expect(loaded.bot.nlu.modelReport.outcome).toBe("loaded");
    const questions = [
      "what is the mobility target?",
      "流动性指标的基线是多少？",
      "quelle est la cible pour les femmes P5+ ?",
      "estado de mi solicitud FWA-2026-0001",
      "I want to request telework on Mondays",
      "hello",
    ];
    for (const [i, text] of questions.entries()) {
      const incoming = {
        platform: "console" as const,
        user: { id: "u" },
        conversation: { id: `c${i}` },
        text,
      };
      expect(await loaded.bot.handle(incoming)).toEqual(await trained.bot.handle(incoming));
    }
  });
});
