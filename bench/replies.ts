/**
 * tsx bench/replies.ts out.jsonl: every evaluation question's reply (intent, outcome, plain text)
 * and every command case's routing, one JSON line each, so a performance change can be shown to
 * leave the assistant's behaviour as it was (diff two runs).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAssistant } from "../src/app.ts";
import { readCommandCases, runCommandCases } from "../test/eval/commands.ts";
import { readCases, runCases } from "../test/eval/scoring.ts";

const evalDir = fileURLToPath(new URL("../test/eval/", import.meta.url));
const STRATEGY = ["dev", "extra", "fresh-strategy", "fresh-strategy-fr-es", "blind", "final", "holdout"];
const COMMANDS = ["fresh-commands", "fresh-commands-fr-es", "fresh-commands-2"];

const out = process.argv[2];
if (!out) throw new Error("usage: tsx bench/replies.ts out.jsonl");
const lines: string[] = [];
const { bot } = createAssistant();
for (const name of STRATEGY) {
  for (const r of await runCases(bot, readCases(path.join(evalDir, `${name}.jsonl`))))
    lines.push(
      JSON.stringify({ set: name, id: r.case.id, intent: r.intent, passed: r.passed, text: r.text }),
    );
}
for (const name of COMMANDS) {
  for (const r of await runCommandCases(readCommandCases(path.join(evalDir, `${name}.jsonl`))))
    lines.push(JSON.stringify({ set: name, id: r.case.id, got: r.got, acted: r.acted, passed: r.passed }));
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} replies written to ${out}`);
