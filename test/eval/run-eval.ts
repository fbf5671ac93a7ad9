/**
 * npm run eval [-- file.jsonl ...]: runs evaluation sets through the bot and prints the share of
 * correct answers per language and per topic, with every failure.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAssistant } from "../../src/app.ts";
import { readCases, runCases, shareBy } from "./scoring.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const files =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ["dev.jsonl", "extra.jsonl"].map((f) => path.join(here, f));
const { bot } = createAssistant();
const pct = ([pass, total]: [number, number]) => `${((100 * pass) / total).toFixed(1)}% (${pass}/${total})`;

let failed = 0;
for (const file of files) {
  const results = await runCases(bot, readCases(file));
  console.log(
    `\n== ${path.basename(file)}: ${pct([results.filter((r) => r.passed).length, results.length])}`,
  );
  console.log("by language:");
  for (const [lang, share] of shareBy(results, (r) => r.case.lang))
    console.log(`  ${lang.padEnd(4)} ${pct(share)}`);
  console.log("by topic:");
  const topics = [...shareBy(results, (r) => r.case.topic.split(".")[0] ?? r.case.topic)].sort();
  for (const [topic, share] of topics) console.log(`  ${topic.padEnd(16)} ${pct(share)}`);
  // Passing the checks is not enough for a question outside the strategy: it must also be declined.
  const outside = results.filter((r) => r.case.topic.startsWith("out_of_scope"));
  if (outside.length > 0)
    console.log(
      `out of scope declined: ${pct([outside.filter((r) => r.outcome === "decline").length, outside.length])}`,
    );
  const failures = results.filter((r) => !r.passed);
  failed += failures.length;
  if (failures.length > 0) console.log("failures:");
  for (const f of failures) {
    console.log(`  [${f.case.id}] (${f.case.lang}, ${f.case.topic}) ${f.case.question}`);
    console.log(`      intent=${f.intent}; ${f.why.join("; ")}`);
    if (process.env.EVAL_VERBOSE) console.log(`      ${f.text.replace(/\n/g, "\n      ")}`);
  }
}
process.exitCode = failed > 0 && process.env.EVAL_STRICT ? 1 : 0;
