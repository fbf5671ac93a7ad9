/**
 * Intent classifier benchmark: training (start-up) time and classify latency of the old
 * nearest-neighbour IntentClassifier and the LogisticClassifier, on the project's examples and
 * on a synthetic 3,000-example × 35-intent set (the size the start-up budget is planned for).
 */
import { fileURLToPath } from "node:url";
import { INTENTS } from "../intents/index.ts";
import { type Classification, type Example, IntentClassifier } from "../src/nlu/classifier.ts";
import { LogisticClassifier } from "../src/nlu/logistic.ts";
import { round, summary } from "./stats.ts";

export function projectExamples(): Example[] {
  return INTENTS.flatMap((intent) =>
    Object.values(intent.examples).flatMap((list) =>
      (list ?? []).map((text) => ({ intent: intent.id, text })),
    ),
  );
}

/**
 * 3,000 examples over 35 intents: the project's examples (so realistic lengths and scripts), each
 * reused with one of a few hundred made-up words appended (so a larger vocabulary), labelled
 * round-robin. Deterministic.
 */
export function syntheticExamples(n = 3000, intents = 35): Example[] {
  const base = projectExamples();
  return Array.from({ length: n }, (_, i) => ({
    intent: `intent-${i % intents}`,
    text: `${base[(i * 7) % base.length]?.text} zq${(i * 31) % 397}x`,
  }));
}

type Build = (examples: readonly Example[]) => { classify(text: string): Classification };

function measure(build: Build, examples: readonly Example[], rounds = 5): Record<string, number> {
  const trains: number[] = [];
  const cpus: number[] = [];
  let model = build(examples);
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    model = build(examples);
    const cpu = process.cpuUsage(c0);
    cpus.push((cpu.user + cpu.system) / 1000);
    trains.push(performance.now() - t0);
  }
  const latencies: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const e of examples.slice(0, 600)) {
      // a text not seen just before, so the tokenizer's cache of recent texts does not help
      const text = `${e.text} ${r}`;
      const t0 = performance.now();
      model.classify(text);
      latencies.push(performance.now() - t0);
    }
  }
  const lat = summary(latencies);
  return {
    examples: examples.length,
    "train median ms": round(summary(trains).median, 1),
    // CPU time of this process: on a busy, shared machine the wall time also counts waiting
    "train CPU ms": round(summary(cpus).median, 1),
    "classify median ms": round(lat.median, 4),
    "classify p99 ms": round(lat.p99, 4),
  };
}

export async function benchClassifier(): Promise<Record<string, Record<string, number>>> {
  const project = projectExamples();
  const synthetic = syntheticExamples();
  return {
    "old, project": measure((ex) => new IntentClassifier(ex), project),
    "logistic, project": measure((ex) => new LogisticClassifier(ex), project),
    "logistic T by CV, project": measure(
      (ex) => new LogisticClassifier(ex, { temperature: "cv" }),
      project,
      3,
    ),
    "old, 3000×35": measure((ex) => new IntentClassifier(ex), synthetic, 3),
    "logistic, 3000×35": measure((ex) => new LogisticClassifier(ex), synthetic, 3),
    "logistic T by CV, 3000×35": measure(
      (ex) => new LogisticClassifier(ex, { temperature: "cv" }),
      synthetic,
      3,
    ),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await benchClassifier());
