/**
 * In-process assistant benchmark: start-up (knowledge base load and training), per-message
 * latency over every evaluation question, and resident memory.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAssistant } from "../src/app.ts";
import { readCases } from "../test/eval/scoring.ts";
import { round, summary } from "./stats.ts";

const evalDir = fileURLToPath(new URL("../test/eval/", import.meta.url));

export async function benchBot(rounds = 20): Promise<Record<string, unknown>> {
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    createAssistant();
    startups.push(performance.now() - t0);
  }
  const { bot } = createAssistant();
  const questions = ["dev.jsonl", "extra.jsonl"].flatMap((f) =>
    readCases(path.join(evalDir, f)).map((c) => c.question),
  );
  const latencies: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, text] of questions.entries()) {
      const t0 = performance.now();
      await bot.handle({ platform: "console", user: { id: "bench" }, conversation: { id: `b${i}` }, text });
      latencies.push(performance.now() - t0);
    }
  }
  const lat = summary(latencies);
  const start = summary(startups);
  return {
    "startup median ms": round(start.median, 1),
    "message median ms": round(lat.median),
    "message p99 ms": round(lat.p99),
    messages: lat.n,
    "rss MB": round(process.memoryUsage().rss / 2 ** 20, 1),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await benchBot());
