/**
 * In-process assistant benchmark: start-up (knowledge base load and training), per-message
 * latency over every evaluation question, and resident memory.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAssistant } from "../src/app.ts";
import { readCases } from "../test/eval/scoring.ts";
import { round, summary } from "./stats.ts";

const evalDir = fileURLToPath(new URL("../test/eval/", import.meta.url));

export async function benchBot(rounds = 20): Promise<Record<string, unknown>> {
  const modelCache = fs.mkdtempSync(path.join(os.tmpdir(), "bench-model-"));
  // Cold: the first start after a change of examples (or an install with scripts off), which trains and saves.
  // Start-up as `npm start` and `npm run serve` do it: the assistant, then its warm-up.
  const t0 = performance.now();
  const { bot } = createAssistant({ modelCache });
  await bot.warmUp();
  const firstStartup = performance.now() - t0;
  // Messages are timed once the warm-up that goes on in the background after start-up is done;
  // until then one may wait for one warm-up step (two examples, a few milliseconds).
  // Its steps do not keep a process alive (a closed console just exits), so this one waits awake.
  const awake = setInterval(() => {}, 1000);
  const background = await bot.warmedUp;
  clearInterval(awake);
  const questions = ["dev.jsonl", "extra.jsonl"].flatMap((f) =>
    readCases(path.join(evalDir, f)).map((c) => c.question),
  );
  const latencies: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, text] of questions.entries()) {
      const started = performance.now();
      await bot.handle({ platform: "console", user: { id: "bench" }, conversation: { id: `b${i}` }, text });
      latencies.push(performance.now() - started);
    }
  }
  // Resident memory with one assistant loaded and warm, before the start-up loop builds more;
  // after a collection when the run allows one (npm run bench does), so garbage is not counted.
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const rss = memory.rss / 2 ** 20;
  const heap = memory.heapUsed / 2 ** 20;
  // Warm: every start after an install, the classifier read back from the cache; and, for comparison,
  // starts that train every time (MODEL_CACHE_DIR=off).
  const warm: number[] = [];
  const untrained: number[] = [];
  for (let i = 0; i < 4; i++) {
    let started = performance.now();
    await createAssistant({ modelCache }).bot.warmUp(undefined, false);
    warm.push(performance.now() - started);
    started = performance.now();
    await createAssistant({ modelCache: false }).bot.warmUp(undefined, false);
    untrained.push(performance.now() - started);
  }
  fs.rmSync(modelCache, { recursive: true, force: true });
  const lat = summary(latencies);
  return {
    // What `npm start` and `npm run serve` take: `npm install` built the model (scripts/build-model.ts).
    "startup median ms (model built at install)": round(summary(warm).median, 1),
    "first start after a change of examples ms (trains, saves)": round(firstStartup, 1),
    "startup median ms, no cache": round(summary(untrained).median, 1),
    "background warm-up after start-up ms": round(background, 1),
    "message median ms": round(lat.median),
    "message p99 ms": round(lat.p99),
    messages: lat.n,
    "rss MB": round(rss, 1),
    "heap used MB": round(heap, 1),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await benchBot());
