/**
 * npx tsx scripts/classifier-eval.ts [held-out.jsonl] [--tune] [--folds N]
 *
 * The old nearest-neighbour IntentClassifier against the LogisticClassifier on the project's
 * intent examples: leave-one-out accuracy (overall, en, zh), macro-F1; stratified k-fold for
 * calibration (ECE before/after the temperature, each fold fitting its own temperature on its
 * training part only); training and classify times. A JSONL file of {"text", "intent"} lines is
 * scored as a held-out set. --tune prints a hyper-parameter grid by k-fold CV on the examples.
 */
import { readFileSync } from "node:fs";
import { INTENTS } from "../intents/index.ts";
import { toSimplified } from "../src/i18n/text.ts";
import { type Classification, type Example, IntentClassifier } from "../src/nlu/classifier.ts";
import {
  DEFAULT_LOGISTIC,
  LogisticClassifier,
  type LogisticOptions,
  stratifiedFolds,
} from "../src/nlu/logistic.ts";

interface Labelled extends Example {
  lang: string;
}

interface Model {
  classify(text: string): Classification;
}
type Build = (examples: readonly Example[]) => Model;

/** The examples exactly as src/bot/bot.ts gathers them, with their language kept for the report. */
export function projectExamples(): Labelled[] {
  return INTENTS.flatMap((intent) =>
    Object.entries(intent.examples).flatMap(([lang, list]) =>
      (list ?? []).map((text) => ({ intent: intent.id, text, lang })),
    ),
  );
}

interface Prediction {
  gold: string;
  predicted: string;
  confidence: number;
  /** The probability (score) given to the right intent. */
  goldProbability: number;
  lang: string;
}

/** The Nlu simplifies Chinese before classifying; do the same. */
const predict = (model: Model, e: Labelled): Prediction => {
  const c = model.classify(toSimplified(e.text));
  const goldProbability = c.ranking.find((r) => r.intent === e.intent)?.score ?? 0;
  return { gold: e.intent, predicted: c.intent, confidence: c.score, goldProbability, lang: e.lang };
};

function leaveOneOut(examples: readonly Labelled[], build: Build): Prediction[] {
  return examples.map((e, i) => predict(build(examples.filter((_, j) => j !== i)), e));
}

function kFold(examples: readonly Labelled[], build: Build, folds: number): Prediction[] {
  const fold = stratifiedFolds(examples, folds);
  const out: Prediction[] = [];
  for (let f = 0; f < folds; f++) {
    const model = build(examples.filter((_, i) => fold[i] !== f));
    examples.forEach((e, i) => {
      if (fold[i] === f) out.push(predict(model, e));
    });
  }
  return out;
}

const accuracy = (ps: readonly Prediction[]): number =>
  ps.length === 0 ? Number.NaN : ps.filter((p) => p.gold === p.predicted).length / ps.length;

function macroF1(ps: readonly Prediction[]): number {
  const intents = [...new Set(ps.map((p) => p.gold))];
  const f1s = intents.map((intent) => {
    const tp = ps.filter((p) => p.gold === intent && p.predicted === intent).length;
    const fp = ps.filter((p) => p.gold !== intent && p.predicted === intent).length;
    const fn = ps.filter((p) => p.gold === intent && p.predicted !== intent).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

/** Expected calibration error over 10 equal-width confidence bins. */
export function ece(ps: readonly Prediction[], bins = 10): number {
  let total = 0;
  for (let b = 0; b < bins; b++) {
    const inBin = ps.filter((p) => Math.min(bins - 1, Math.floor(p.confidence * bins)) === b);
    if (inBin.length === 0) continue;
    const conf = inBin.reduce((a, p) => a + p.confidence, 0) / inBin.length;
    total += (inBin.length / ps.length) * Math.abs(accuracy(inBin) - conf);
  }
  return total;
}

const meanConfidence = (ps: readonly Prediction[]): number =>
  ps.reduce((a, p) => a + p.confidence, 0) / ps.length;

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function timings(
  examples: readonly Labelled[],
  build: Build,
): { train: number; median: number; p99: number } {
  const trains: number[] = [];
  let model = build(examples);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    model = build(examples);
    trains.push(performance.now() - t0);
  }
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const e of examples) {
      // a fresh string each time, so the tokenizer's small cache of recent texts does not help
      const text = `${e.text} ${r}`;
      const t0 = performance.now();
      model.classify(text);
      times.push(performance.now() - t0);
    }
  }
  return { train: quantile(trains, 0.5), median: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

const pct = (x: number): string => (Number.isNaN(x) ? "–" : `${(100 * x).toFixed(1)}%`);
const fix = (x: number, d = 3): string => x.toFixed(d);

function readHeldOut(path: string): Labelled[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const row = JSON.parse(line) as { text?: unknown; intent?: unknown; lang?: unknown };
      if (typeof row.text !== "string" || typeof row.intent !== "string")
        throw new Error(`bad line: ${line}`);
      const lang = typeof row.lang === "string" ? row.lang : /\p{Script=Han}/u.test(row.text) ? "zh" : "en";
      return { text: row.text, intent: row.intent, lang };
    });
}

function tune(examples: readonly Labelled[], folds: number): void {
  const grid: [string, LogisticOptions][] = [];
  for (const l2 of [1e-5, 3e-5, 1e-4, 3e-4, 1e-3]) {
    for (const steps of [3000, 6000, 10_000]) grid.push([`l2=${l2} steps=${steps}`, { l2, steps }]);
  }
  for (const charWeight of [0.25, 0.5, 0.75, 1]) {
    grid.push([`charWeight=${charWeight}`, { features: { charWeight } }]);
  }
  grid.push(["tfidf", { features: { weighting: "tfidf" } }]);
  grid.push(["words only", { features: { wordNgrams: 1 } }]);
  grid.push(["latin 3-5", { features: { latinChars: [3, 5] } }]);
  grid.push(["latin 1-4", { features: { latinChars: [1, 4] } }]);
  grid.push(["han 1-2", { features: { hanChars: [1, 2] } }]);
  grid.push(["han 1-4", { features: { hanChars: [1, 4] } }]);
  grid.push(["no chars", { features: { latinChars: [0, 0], hanChars: [0, 0] } }]);
  for (const learningRate of [0.1, 0.25, 1, 2]) grid.push([`lr=${learningRate}`, { learningRate }]);
  const rows = grid.map(([name, options]) => {
    const ps = kFold(examples, (ex) => new LogisticClassifier(ex, { ...options, temperature: 1 }), folds);
    const en = ps.filter((p) => p.lang === "en");
    const zh = ps.filter((p) => p.lang === "zh");
    return {
      name,
      acc: pct(accuracy(ps)),
      en: pct(accuracy(en)),
      zh: pct(accuracy(zh)),
      f1: fix(macroF1(ps)),
    };
  });
  console.table(rows);
}

function main(): void {
  const args = process.argv.slice(2);
  const foldsAt = args.indexOf("--folds");
  const folds = foldsAt >= 0 ? Number(args[foldsAt + 1]) : 10;
  const examples = projectExamples();
  console.log(`${examples.length} examples, ${new Set(examples.map((e) => e.intent)).size} intents`);
  if (args.includes("--tune")) {
    tune(examples, folds);
    return;
  }
  const heldOutPath = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--folds");
  const heldOut = heldOutPath ? readHeldOut(heldOutPath) : [];
  const old: Build = (ex) => new IntentClassifier(ex);
  const logistic =
    (temperature?: number | "cv"): Build =>
    (ex) =>
      new LogisticClassifier(ex, temperature === undefined ? {} : { temperature });
  const rows: Record<string, Record<string, string>> = {};
  for (const [name, build] of [
    ["nearest-neighbour (old)", old],
    ["logistic (new)", logistic()],
  ] as const) {
    // Argmax does not depend on the temperature, so one LOO serves every temperature.
    const loo = leaveOneOut(examples, build);
    const cv = kFold(examples, build, folds);
    const time = timings(examples, build);
    const row: Record<string, string> = {
      "LOO acc": pct(accuracy(loo)),
      "LOO en": pct(accuracy(loo.filter((p) => p.lang === "en"))),
      "LOO zh": pct(accuracy(loo.filter((p) => p.lang === "zh"))),
      "LOO macro-F1": fix(macroF1(loo)),
      [`${folds}-fold acc`]: pct(accuracy(cv)),
      [`${folds}-fold macro-F1`]: fix(macroF1(cv)),
      ECE: fix(ece(cv)),
      "mean conf": fix(meanConfidence(cv)),
      "train ms": fix(time.train, 1),
      "classify median ms": fix(time.median, 4),
      "classify p99 ms": fix(time.p99, 4),
    };
    if (heldOut.length > 0) {
      const model = build(examples);
      const ps = heldOut.map((e) => predict(model, e));
      row["held-out acc"] = pct(accuracy(ps));
      row["held-out en"] = pct(accuracy(ps.filter((p) => p.lang === "en")));
      row["held-out zh"] = pct(accuracy(ps.filter((p) => p.lang === "zh")));
      row["held-out macro-F1"] = fix(macroF1(ps));
      row["held-out ECE"] = fix(ece(ps));
    }
    rows[name] = row;
  }
  console.table(rows);
  // Calibration of the new classifier by temperature, on the same folds. "cv" is nested: each
  // fold's model fits its temperature on its own training part, never on the fold it is scored on.
  const calibration: Record<string, Record<string, string>> = {};
  for (const [name, temperature] of [
    ["T = 1 (uncalibrated)", 1],
    ["T fitted by inner 5-fold CV", "cv"],
    [`T = ${DEFAULT_LOGISTIC.temperature} (default, fitted on all examples)`, undefined],
  ] as const) {
    const cv = kFold(examples, logistic(temperature), folds);
    calibration[name] = {
      acc: pct(accuracy(cv)),
      "mean conf": fix(meanConfidence(cv)),
      ECE: fix(ece(cv)),
      "log-loss": fix(cv.reduce((a, p) => a - Math.log(Math.max(p.goldProbability, 1e-12)), 0) / cv.length),
    };
  }
  console.table(calibration);
  const fitted = new LogisticClassifier(examples, { temperature: "cv" }).temperature;
  console.log(`temperature fitted by 5-fold CV on all examples: ${fix(fitted)}`);
  console.log(
    "(the old classifier's score is a similarity, not a probability: its ECE is for comparison only)",
  );
}

main();
