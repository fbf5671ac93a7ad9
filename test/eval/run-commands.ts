/**
 * npm run eval:commands [-- file.jsonl]: routes command utterances and prints the share routed
 * right, per language and per expected intent, with every failure; any change made by a typed
 * command before confirmation is a failure.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCommandCases, runCommandCases } from "./commands.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? path.join(here, "fresh-commands.jsonl");
const results = await runCommandCases(readCommandCases(file));
const pct = (pass: number, total: number) => `${((100 * pass) / total).toFixed(1)}% (${pass}/${total})`;
const by = (key: (r: (typeof results)[number]) => string) => {
  const table = new Map<string, [number, number]>();
  for (const r of results) {
    const [p, t] = table.get(key(r)) ?? [0, 0];
    table.set(key(r), [p + (r.passed ? 1 : 0), t + 1]);
  }
  return [...table].sort();
};
console.log(`== ${path.basename(file)}: ${pct(results.filter((r) => r.passed).length, results.length)}`);
console.log(`acted before confirmation: ${results.filter((r) => r.acted).length}`);
for (const [lang, [p, t]] of by((r) => r.case.lang)) console.log(`  ${lang.padEnd(4)} ${pct(p, t)}`);
for (const [intent, [p, t]] of by((r) => r.case.expect.intent))
  console.log(`  ${intent.padEnd(26)} ${pct(p, t)}`);
console.log("failures:");
for (const r of results.filter((x) => !x.passed)) {
  console.log(`  [${r.case.id}] (${r.case.lang}, ${r.case.role}) ${r.case.text}`);
  console.log(`      expected ${r.case.expect.intent}, got ${r.got}${r.acted ? "; ACTED" : ""}`);
}
