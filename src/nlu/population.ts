import { foldedForm } from "../i18n/text.ts";
import { alternatives, anyLanguage } from "../i18n/words.ts";
import type { Indicator, PopulationDimension } from "../knowledge/schema.ts";

/**
 * The words staff use for a part of the staff ("women", "GS staff", "in Africa", "under 35",
 * "按地区", "35岁以下"), in four languages, as a dimension and a value. "any" is a breakdown asked
 * for as such ("by region", "按性别"). An indicator's `population` says which of them its figure
 * counts; the others are breakdowns the paper does not give.
 */
export interface PopulationMention {
  dimension: PopulationDimension;
  value: string;
}

type Vocabulary = readonly [PopulationDimension, string, RegExp][];

/**
 * Matched on lower-case text with accents folded; Latin words on word boundaries. D1 and D2
 * (`director`) are within "P5 and above", which counts them together with P5: asked alone, they
 * are a part of that figure the paper does not give.
 */
const VOCABULARY: Vocabulary = [
  ["sex", "any", anyLanguage((w) => w.population.sexAny)],
  ["sex", "women", anyLanguage((w) => w.population.women)],
  ["sex", "men", anyLanguage((w) => w.population.men)],
  ["grade", "general-service", anyLanguage((w) => w.population.generalService)],
  ["grade", "director", anyLanguage((w) => w.population.director)],
  ["grade", "senior", anyLanguage((w) => w.population.senior)],
  ["grade", "professional", anyLanguage((w) => w.population.professional)],
  ["grade", "any", anyLanguage((w) => w.population.gradeAny)],
  ["region", "named", anyLanguage((w) => w.population.region)],
  ["region", "any", anyLanguage((w) => w.population.regionAny)],
  ["age", "named", anyLanguage((w) => w.population.age)],
  ["age", "any", anyLanguage((w) => w.population.ageAny)],
  ["location", "headquarters", anyLanguage((w) => w.population.headquarters)],
  ["location", "field", anyLanguage((w) => w.population.field)],
  ["funding", "regular-budget", anyLanguage((w) => w.population.regularBudget)],
  ["funding", "extra-budgetary", anyLanguage((w) => w.population.extraBudgetary)],
  ["unit", "any", anyLanguage((w) => w.population.unitAny)],
  ["contract", "named", anyLanguage((w) => w.population.contract)],
];

const folded = foldedForm;
const SENIOR = VOCABULARY.find(([, value]) => value === "senior")?.[2] ?? /$^/;

/**
 * The parts of the staff a text names, each once; a named value takes the place of an "any".
 * `whole` is the message the text was cut from (an indicator's name taken out of it).
 */
export function detectPopulations(text: string, whole: string = text): PopulationMention[] {
  const t = folded(text).replace(ASKER, " ");
  const found = VOCABULARY.filter(([, , re]) => re.test(t)).map(([dimension, value]) => ({
    dimension,
    value,
  }));
  const senior = SENIOR.test(folded(whole));
  return found.filter(
    (p) =>
      (p.value !== "any" || !found.some((q) => q.dimension === p.dimension && q.value !== "any")) &&
      // "D1/D2 and P5": directors named with P5 are the senior grades together, not a part of them.
      !(senior && p.value === "director"),
  );
}

/** The text with every population word blanked: what is left once "women", "P5", "staff"… are gone. */
function withoutPopulations(text: string): string {
  let t = folded(text);
  for (const [, , re] of VOCABULARY) t = t.replace(new RegExp(re.source, "g"), " ");
  return t;
}

/** "new P2 here", "our D1 told us": the asker or a person, by their grade. */
const ASKER = new RegExp(
  alternatives((w) => w.population.asker),
  "g",
);

const FILLER = new RegExp(`${alternatives((w) => w.population.filler)}|\\+`, "g");

/** An alias made of population words only ("women", "女性", "senior staff"): a qualifier, not a subject. */
export function onlyPopulationWords(alias: string): boolean {
  if (detectPopulations(alias).length === 0) return false;
  return withoutPopulations(alias).replace(FILLER, " ").trim() === "";
}

/**
 * The parts of the staff a question names that none of the indicators counts ("women" of the
 * training indicator, "in Africa" of any): the figure is not broken down that way.
 */
export function unmeasuredPopulations(
  asked: readonly PopulationMention[],
  indicators: readonly Indicator[],
): PopulationMention[] {
  // "gender" asked of the gender indicators is what they measure: a dimension an indicator lists
  // answers a breakdown asked as such ("any").
  return asked.filter(
    (p) =>
      !indicators.some((i) => {
        const values = i.population[p.dimension];
        return values !== undefined && (p.value === "any" || values.includes(p.value));
      }),
  );
}
