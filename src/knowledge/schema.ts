import { z } from "zod";
import type { Locale } from "../i18n/locale.ts";

/**
 * Every text of the knowledge base, in English and Chinese side by side, and in French and Spanish
 * where translated; `localized` picks the reader's text, falling back to English.
 */
export const Bilingual = z.strictObject({
  en: z.string().trim().min(1),
  zh: z.string().trim().min(1),
  fr: z.string().trim().min(1).optional(),
  es: z.string().trim().min(1).optional(),
});
export type Bilingual = z.infer<typeof Bilingual>;

/** The text in `locale`, or the English text when the knowledge base has none in that language. */
export function localized(text: Bilingual, locale: Locale): string {
  return text[locale] ?? text.en;
}

/**
 * Whether every text of a parsed knowledge base (or any part of it) exists in `locale`: a text is
 * any object with an English and a Chinese string.
 */
export function speaks(value: unknown, locale: Locale): boolean {
  if (Array.isArray(value)) return value.every((v) => speaks(v, locale));
  if (typeof value !== "object" || value === null) return true;
  const record = value as Record<string, unknown>;
  if (typeof record.en === "string" && typeof record.zh === "string")
    return typeof record[locale] === "string";
  return Object.values(record).every((v) => speaks(v, locale));
}

/** Whether `text` exists in `locale` itself (not through the English fallback). */
export function hasLocale(text: Bilingual, locale: Locale): boolean {
  return text[locale] !== undefined;
}

/** Words staff use for an item, per language: matched case-insensitively, Latin on word boundaries. */
export const Names = z.strictObject({
  en: z.array(z.string().min(2)).default([]),
  zh: z.array(z.string().min(2)).default([]),
  fr: z.array(z.string().min(2)).default([]),
  es: z.array(z.string().min(2)).default([]),
});
export type Names = z.infer<typeof Names>;

/**
 * Abbreviations ("JD", "L&D", "IRIS"): whole words, case-sensitive first. Kept apart from the
 * aliases because a short code in lower case is often an ordinary word.
 */
const Abbreviations = z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9&+@.-]{0,11}$/)).default([]);

/** How an item is named: its aliases and abbreviations (the finder adds titles and numbers itself). */
const Named = {
  aliases: Names.default({ en: [], zh: [], fr: [], es: [] }),
  abbreviations: Abbreviations,
};

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "ids are lower-case letters, digits, dots, dashes and underscores");

/** Where an item sits in the paper: a section id of `sections`, and the paragraph number(s) where known. */
const Located = {
  id: Id,
  section: Id,
  paragraphs: z.array(z.number().int().min(1).max(49)).default([]),
};

export const Section = z.strictObject({
  id: Id,
  /** How an answer cites it: "Focus area 2.2: New ways of working". */
  title: Bilingual,
  parent: Id.optional(),
});

export const Passage = z.strictObject({
  ...Located,
  text: Bilingual,
});

export const Fact = z.strictObject({
  ...Located,
  /** What the fact is about, as a short label ("Retirements 2018–2021"). */
  label: Bilingual,
  /** The figure or date as the paper states it, when the fact has one ("77", "220,000", "65"). */
  value: z.string().optional(),
  text: Bilingual,
  keywords: z.array(z.string()).default([]),
  ...Named,
});

export const Lesson = z.strictObject({
  ...Located,
  title: Bilingual,
  text: Bilingual,
  ...Named,
});

export const Outcome = z.strictObject({
  ...Located,
  number: z.number().int().min(1).max(3),
  title: Bilingual,
  /** The one-line statement of the outcome from the list of key outcomes. */
  statement: Bilingual,
  summary: Bilingual,
  ...Named,
});

export const Deliverable = z.strictObject({
  id: Id,
  text: Bilingual,
  ...Named,
});

export const FocusArea = z.strictObject({
  ...Located,
  number: z.string().regex(/^[1-3]\.[1-3]$/),
  outcome: z.number().int().min(1).max(3),
  title: Bilingual,
  summary: Bilingual,
  deliverables: z.array(Deliverable).min(1),
  ...Named,
});

/**
 * A figure of the appendix table, stated as the paper states it (`text`), with a parsed
 * reading for comparison: a share in %, an increase over the baseline in %, or a range.
 */
export const Figure = z.strictObject({
  text: Bilingual,
  kind: z.enum(["share", "increase", "further-increase", "range", "new-indicator", "to-be-determined"]),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** The date or period the figure refers to (baselines). */
  asOf: Bilingual.optional(),
});
export type Figure = z.infer<typeof Figure>;

/**
 * The ways a figure can be split by who it counts: sex, grade or staff category, region, age, duty
 * station (headquarters or the field), source of funding, organisational unit, contract type.
 */
export const POPULATION_DIMENSIONS = [
  "sex",
  "grade",
  "region",
  "age",
  "location",
  "funding",
  "unit",
  "contract",
] as const;
export const PopulationDimension = z.enum(POPULATION_DIMENSIONS);
export type PopulationDimension = z.infer<typeof PopulationDimension>;

/**
 * Who an indicator's figure counts, by dimension: the values it measures ("sex": ["women"]). A
 * dimension it does not list is one its figure is not broken down by.
 */
export const Population = z
  .partialRecord(PopulationDimension, z.array(z.string().regex(/^[a-z-]+$/)).min(1))
  .default({});
export type Population = z.infer<typeof Population>;

export const Indicator = z.strictObject({
  ...Located,
  outcome: z.number().int().min(1).max(3),
  /** The heading of the appendix row ("Effective workforce planning"). */
  heading: Bilingual,
  /** What is measured, as the appendix words it. */
  measure: Bilingual,
  /** "share": the figures are shares in %; "increase": milestone and target are increases over the baseline. */
  unit: z.enum(["share", "increase"]),
  /** Who its figure counts (`measure` says it in words): a breakdown it lacks is declined, not guessed. */
  population: Population,
  baseline: z.array(Figure).min(1),
  milestone2023: Figure,
  target2025: Figure,
  verification: z.array(Bilingual).min(1),
  footnotes: z.array(Bilingual).default([]),
  /** Further remarks that are not figures (e.g. "combined value for P and GS staff"). */
  notes: z.array(Bilingual).default([]),
  /** Words staff use for it; French and Spanish ones let those questions be understood too. */
  aliases: z.strictObject({
    en: z.array(z.string().min(2)).min(1),
    zh: z.array(z.string().min(2)).min(1),
    fr: z.array(z.string().min(2)).default([]),
    es: z.array(z.string().min(2)).default([]),
  }),
  abbreviations: Abbreviations,
  /**
   * The focus area whose work the indicator measures: the appendix groups its rows by outcome
   * only, so "which focus area deals with harassment?" needs this link.
   */
  focusArea: Id.optional(),
});
export type Indicator = z.infer<typeof Indicator>;

/** Words that name several indicators at once ("gender parity", "upward feedback"): answered together. */
export const IndicatorGroup = z.strictObject({
  id: Id,
  name: Bilingual,
  indicators: z.array(Id).min(2),
  aliases: z.strictObject({
    en: z.array(z.string().min(2)),
    zh: z.array(z.string().min(2)),
    fr: z.array(z.string().min(2)).default([]),
    es: z.array(z.string().min(2)).default([]),
  }),
  abbreviations: Abbreviations,
  /**
   * The focus area whose work the indicator measures: the appendix groups its rows by outcome
   * only, so "which focus area deals with harassment?" needs this link.
   */
  focusArea: Id.optional(),
});
export type IndicatorGroup = z.infer<typeof IndicatorGroup>;

export const Partnership = z.strictObject({
  ...Located,
  name: Bilingual,
  acronym: z.string().optional(),
  role: Bilingual,
  ...Named,
});

export const Assumption = z.strictObject({
  ...Located,
  text: Bilingual,
  ...Named,
});

export const Risk = z.strictObject({
  ...Located,
  title: Bilingual,
  text: Bilingual,
  mitigation: Bilingual.optional(),
  ...Named,
});

export const Paper = z.strictObject({
  section: Id,
  title: Bilingual,
  subtitle: Bilingual,
  symbol: z.literal("GB.343/PFA/14"),
  session: Bilingual,
  agendaItem: Bilingual,
  originalLanguage: Bilingual,
  purpose: Bilingual,
  authorUnit: Bilingual,
  relatedDocuments: z.array(z.string().regex(/^GB\.\d{3}\/[A-Z]+\/\d+$/)).min(1),
  relatedStrategicObjective: Bilingual,
  relatedOutcome: Bilingual,
  implications: z.strictObject({
    policy: Bilingual,
    legal: Bilingual,
    financial: Bilingual,
    followUp: Bilingual,
  }),
  strategicPlan: Bilingual,
  ...Named,
});

export const Decision = z.strictObject({
  section: Id,
  draft: z.strictObject({ paragraph: z.literal(49), text: Bilingual, ...Named }),
  adopted: z.strictObject({ date: z.iso.date(), text: Bilingual, source: Bilingual, ...Named }),
});

/**
 * A system or tool the paper names (ILO People, IRIS, Jobs@ILO): a subject of its own. An
 * indicator whose verification uses it is related to it, not named by it.
 */
export const System = z.strictObject({
  ...Located,
  name: Bilingual,
  /** What it is, in the paper's terms. */
  what: Bilingual,
  ...Named,
});
export type System = z.infer<typeof System>;

/** Where the paper mentions a topic: the section, the paragraph(s), and the Chinese words as evidence. */
export const Mention = z.strictObject({
  section: Id,
  paragraphs: z.array(z.number().int().min(1).max(49)).min(1),
  /** The exact phrase of the Chinese source (whitespace aside). */
  evidence: z.string().trim().min(2),
  what: Bilingual,
});
export type Mention = z.infer<typeof Mention>;

/**
 * A topic staff ask about for which the strategy sets no figure ("the disability target"):
 * answered "the strategy sets no target for X; it mentions X in …". `mentioned: false` when the
 * paper does not name the topic itself (salaries): its mentions are then only related passages.
 */
export const UnsetTopic = z.strictObject({
  id: Id,
  name: Bilingual,
  mentioned: z.boolean(),
  mentions: z.array(Mention).default([]),
  /** Why there is no figure, or what the paper says instead, when the mentions alone do not tell. */
  note: Bilingual.optional(),
  /** Subject ids ("indicator:performance_consequences") an answer may point to as the nearest figure. */
  seeAlso: z.array(z.string().regex(/^[a-zA-Z]+:.+$/)).default([]),
  ...Named,
});
export type UnsetTopic = z.infer<typeof UnsetTopic>;

export const RiskRegister = z.strictObject({
  section: Id,
  paragraphs: z.array(z.number().int()).default([]),
  text: Bilingual,
});

/**
 * Another organisation staff may ask about ("WHO's HR strategy target", "l'OMS", "el PNUD"): this
 * paper is the ILO's and sets nothing for them. Names per language; abbreviations in every
 * language's form (WHO, OMS; UNHCR, HCR, ACNUR) match in capitals only ("WHO", not "who").
 */
export const OtherOrganisation = z.strictObject({
  id: Id,
  name: Bilingual,
  names: z.strictObject({
    en: z.array(z.string().min(2)),
    zh: z.array(z.string().min(2)),
    fr: z.array(z.string().min(2)).default([]),
    es: z.array(z.string().min(2)).default([]),
  }),
  abbreviations: z.array(z.string().regex(/^[A-Z][A-Za-z-]+$/)).default([]),
});
export type OtherOrganisation = z.infer<typeof OtherOrganisation>;

export const KnowledgeBase = z.strictObject({
  version: z.string(),
  paper: Paper,
  sections: z.array(Section).min(1),
  decision: Decision,
  facts: z.array(Fact).min(1),
  lessons: z.array(Lesson).length(8),
  outcomes: z.array(Outcome).length(3),
  focusAreas: z.array(FocusArea).length(8),
  indicators: z.array(Indicator).length(11),
  indicatorGroups: z.array(IndicatorGroup).default([]),
  partnerships: z.array(Partnership).min(4),
  assumptions: z.array(Assumption).length(3),
  risks: z.array(Risk).min(1),
  riskRegister: RiskRegister,
  passages: z.array(Passage).min(1),
  systems: z.array(System).default([]),
  unsetTopics: z.array(UnsetTopic).default([]),
  otherOrganisations: z.array(OtherOrganisation).default([]),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
export type Section = z.infer<typeof Section>;
export type Passage = z.infer<typeof Passage>;
export type Fact = z.infer<typeof Fact>;
export type Lesson = z.infer<typeof Lesson>;
export type Outcome = z.infer<typeof Outcome>;
export type FocusArea = z.infer<typeof FocusArea>;
export type Partnership = z.infer<typeof Partnership>;
export type Risk = z.infer<typeof Risk>;
export type Assumption = z.infer<typeof Assumption>;
export type Deliverable = z.infer<typeof Deliverable>;
export type Decision = z.infer<typeof Decision>;
