import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Figure, Indicator } from "../knowledge/schema.ts";
import type { AnswerLang, Fact } from "./messages.ts";

/** Presentation shared by the intents that show indicators; every figure comes from the knowledge base. */

export const LABELS = {
  baseline: { en: "Baseline", zh: "基准" },
  milestone: { en: "Milestone (end of 2023)", zh: "里程碑(到 2023 年底)" },
  target: { en: "Target (end of 2025)", zh: "目标(到 2025 年底)" },
  verification: { en: "Means of verification", zh: "验证手段/数据来源" },
  measure: { en: "Indicator", zh: "指标" },
  outcome: { en: "Outcome", zh: "成果目标" },
} as const;

export function figures(list: readonly Figure[], lang: AnswerLang): string {
  return list.map((f) => f.text[lang]).join(lang === "zh" ? "；" : "; ");
}

export function outcomeName(knowledge: Knowledge, number: number, lang: AnswerLang): string {
  const outcome = knowledge.outcome(number);
  return outcome ? outcome.title[lang] : `${LABELS.outcome[lang]} ${number}`;
}

export function indicatorFacts(knowledge: Knowledge, indicator: Indicator, lang: AnswerLang): Fact[] {
  return [
    { label: LABELS.measure[lang], value: indicator.measure[lang] },
    { label: LABELS.baseline[lang], value: figures(indicator.baseline, lang) },
    { label: LABELS.milestone[lang], value: indicator.milestone2023.text[lang] },
    { label: LABELS.target[lang], value: indicator.target2025.text[lang] },
    {
      label: LABELS.verification[lang],
      value: indicator.verification.map((v) => v[lang]).join(lang === "zh" ? "；" : "; "),
    },
    { label: LABELS.outcome[lang], value: outcomeName(knowledge, indicator.outcome, lang) },
  ];
}

export function indicatorCitation(knowledge: Knowledge, indicator: Indicator, lang: AnswerLang): string {
  return `${knowledge.citation(indicator.section, lang)} — ${indicator.heading[lang]}`;
}

/** One compact row of the indicator table: name, baseline, milestone, target. */
export function indicatorRow(indicator: Indicator, lang: AnswerLang): string[] {
  return [
    indicator.heading[lang],
    figures(indicator.baseline, lang),
    indicator.milestone2023.text[lang],
    indicator.target2025.text[lang],
  ];
}
