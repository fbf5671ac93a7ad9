import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Bot } from "../../src/bot/bot.ts";
import { toPlainText } from "../../src/bot/plain-text.ts";
import { detectLanguage } from "../../src/nlu/language.ts";

export const EvalCase = z.object({
  id: z.string(),
  lang: z.string(),
  question: z.string(),
  topic: z.string(),
  expect: z.object({
    all: z.array(z.string()).default([]),
    any: z.array(z.string()).default([]),
    none: z.array(z.string()).default([]),
  }),
  note: z.string().optional(),
});
export type EvalCase = z.infer<typeof EvalCase>;

export function readCases(path: string): EvalCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = EvalCase.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Case-insensitive, with whitespace and full-width differences ignored. */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

export interface CaseResult {
  case: EvalCase;
  intent: string;
  /** What the reply did (answer, clarify, decline…), as the `--json` contract reports it. */
  outcome: string;
  text: string;
  passed: boolean;
  why: string[];
}

export function judge(c: EvalCase, text: string): string[] {
  const answer = fold(text);
  const why: string[] = [];
  for (const s of c.expect.all) if (!answer.includes(fold(s))) why.push(`missing "${s}"`);
  if (c.expect.any.length > 0 && !c.expect.any.some((s) => answer.includes(fold(s))))
    why.push(`none of ${JSON.stringify(c.expect.any)}`);
  for (const s of c.expect.none) if (answer.includes(fold(s))) why.push(`contains forbidden "${s}"`);
  // A French or Spanish question is answered in French or Spanish, a Chinese one in Chinese.
  if ((c.lang === "fr" || c.lang === "es" || c.lang === "zh") && detectLanguage(text) !== c.lang)
    why.push(`not answered in ${c.lang}`);
  return why;
}

export async function runCases(bot: Bot, cases: readonly EvalCase[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    // Each question in its own conversation, as a stranger would ask it.
    const reply = await bot.handle({
      platform: "console",
      user: { id: "eval" },
      conversation: { id: `eval-${c.id}` },
      text: c.question,
    });
    const text = toPlainText(reply);
    const why = judge(c, text);
    results.push({
      case: c,
      intent: reply.intent,
      outcome: reply.outcome ?? "answer",
      text,
      passed: why.length === 0,
      why,
    });
  }
  return results;
}

export function shareBy(
  results: readonly CaseResult[],
  key: (r: CaseResult) => string,
): Map<string, [number, number]> {
  const table = new Map<string, [number, number]>();
  for (const r of results) {
    const k = key(r);
    const [pass, total] = table.get(k) ?? [0, 0];
    table.set(k, [pass + (r.passed ? 1 : 0), total + 1]);
  }
  return table;
}
