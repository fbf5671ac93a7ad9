import { t } from "../i18n/messages.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Figure, Indicator } from "../knowledge/schema.ts";
import { localized } from "../knowledge/schema.ts";
import type { Fact, Locale } from "./messages.ts";

/** Presentation shared by the intents that show indicators; every figure comes from the knowledge base. */

/** The label of an indicator's part, from the catalogue. */
export function label(
  part: "baseline" | "milestone" | "target" | "verification" | "measure" | "outcome",
  lang: Locale,
): string {
  return t(lang, `label.${part}`);
}

export function figures(list: readonly Figure[], lang: Locale): string {
  return list.map((f) => localized(f.text, lang)).join(t(lang, "plain.separator"));
}

export function outcomeName(knowledge: Knowledge, number: number, lang: Locale): string {
  const outcome = knowledge.outcome(number);
  return outcome ? localized(outcome.title, lang) : t(lang, "label.outcomeNumber", { number });
}

/** The indicator's three figures, by the facet that asks each. */
export type FigureFacet = "baseline" | "milestone" | "target";

export const FIGURE_ROWS: readonly FigureFacet[] = ["baseline", "milestone", "target"];

/**
 * An indicator's card. `shown` are its rows of figures, all three unless the question asked
 * some alone: "the 2025 target?" shows the target, not the milestone beside it as though it were
 * the answer. A figure stated as an increase keeps the figure it increases.
 */
export function indicatorFacts(
  knowledge: Knowledge,
  indicator: Indicator,
  lang: Locale,
  shown: readonly FigureFacet[] = FIGURE_ROWS,
): Fact[] {
  const rows = new Set(shown);
  // A further increase is over the milestone, which is itself over the baseline when an increase.
  if (rows.has("target") && indicator.target2025.kind === "further-increase") rows.add("milestone");
  if (
    (rows.has("milestone") && indicator.milestone2023.kind === "increase") ||
    (rows.has("target") && indicator.target2025.kind === "increase")
  )
    rows.add("baseline");
  const figureRows: Record<FigureFacet, Fact> = {
    baseline: { label: label("baseline", lang), value: figures(indicator.baseline, lang) },
    milestone: { label: label("milestone", lang), value: localized(indicator.milestone2023.text, lang) },
    target: { label: label("target", lang), value: localized(indicator.target2025.text, lang) },
  };
  return [
    { label: label("measure", lang), value: localized(indicator.measure, lang) },
    ...FIGURE_ROWS.filter((f) => rows.has(f)).map((f) => figureRows[f]),
    {
      label: label("verification", lang),
      value: indicator.verification.map((v) => localized(v, lang)).join(t(lang, "plain.separator")),
    },
    { label: label("outcome", lang), value: outcomeName(knowledge, indicator.outcome, lang) },
  ];
}

export function indicatorCitation(knowledge: Knowledge, indicator: Indicator, lang: Locale): string {
  return `${knowledge.citation(indicator.section, lang)} — ${localized(indicator.heading, lang)}`;
}

/** One compact row of the indicator table: name, baseline, milestone, target. */
export function indicatorRow(indicator: Indicator, lang: Locale): string[] {
  return [
    localized(indicator.heading, lang),
    figures(indicator.baseline, lang),
    localized(indicator.milestone2023.text, lang),
    localized(indicator.target2025.text, lang),
  ];
}
