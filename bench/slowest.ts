/**
 * tsx bench/slowest.ts [rounds]: the bench's message mix (dev + extra), each message's median
 * time over the rounds, the slowest first, so the p99 can be traced to the messages behind it.
 * Profile with: node --cpu-prof --import tsx bench/slowest.ts
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAssistant } from "../src/app.ts";
import { readCases } from "../test/eval/scoring.ts";
import { round, summary } from "./stats.ts";

const evalDir = fileURLToPath(new URL("../test/eval/", import.meta.url));
const rounds = Number(process.argv[2] ?? 10);
const t0 = performance.now();
const { bot } = createAssistant();
console.log(`start-up ${round(performance.now() - t0, 1)} ms`);
const questions = ["dev.jsonl", "extra.jsonl"].flatMap((f) =>
  readCases(path.join(evalDir, f)).map((c) => c.question),
);
const times = questions.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) {
  for (const [i, text] of questions.entries()) {
    const started = performance.now();
    await bot.handle({ platform: "console", user: { id: "bench" }, conversation: { id: `b${i}` }, text });
    times[i]?.push(performance.now() - started);
  }
}
const all = summary(times.flat());
console.log(`message median ${round(all.median)} ms, p99 ${round(all.p99)} ms over ${all.n}`);
const ranked = questions
  .map((q, i) => ({ q, median: summary(times[i] ?? []).median, max: Math.max(...(times[i] ?? [])) }))
  .sort((a, b) => b.median - a.median);
for (const { q, median, max } of ranked.slice(0, 15))
  console.log(`${round(median).toFixed(3).padStart(8)} ${round(max).toFixed(3).padStart(8)}  ${q}`);
