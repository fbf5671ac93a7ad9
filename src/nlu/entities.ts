import { LOCALES } from "../i18n/locale.ts";
import { foldedForm, normalize } from "../i18n/text.ts";
import { alternatives, anyLanguage, everyLanguage, WORDS } from "../i18n/words.ts";

export type Facet = "baseline" | "milestone" | "target" | "verification" | "definition" | "outcome" | "all";

/** Each facet's words, in every language; the strategy's milestone and target years are any language's. */
const FACET_PATTERNS: [Facet, RegExp][] = [
  ["baseline", anyLanguage((w) => w.facets.baseline)],
  ["milestone", new RegExp(`2023|${alternatives((w) => w.facets.milestone)}`)],
  ["target", new RegExp(`2025|${alternatives((w) => w.facets.target)}`)],
  ["verification", anyLanguage((w) => w.facets.verification)],
  ["definition", anyLanguage((w) => w.facets.definition)],
  ["outcome", anyLanguage((w) => w.facets.outcome)],
  ["all", anyLanguage((w) => w.facets.all)],
];
const FACET_REWRITES = everyLanguage((w) => w.facets.rewrites);

/** The strategy's own period and date-like codes must not read as facets ("2022–2025" is not "target"). */
function withoutPeriodNames(text: string): string {
  const t = text.replace(/20(18|22)\s*-\s*20(21|25)/g, " ").replace(/gb\.\d{3}\/[a-z]+\/\d+/g, " ");
  return FACET_REWRITES.reduce((rest, [compound, rewritten]) => rest.replace(compound, rewritten), t);
}

export function detectFacets(text: string): Facet[] {
  const t = withoutPeriodNames(foldedForm(text));
  return FACET_PATTERNS.filter(([, re]) => re.test(t)).map(([facet]) => facet);
}

const NUMERALS: Readonly<Record<string, number>> = Object.assign(
  {},
  ...everyLanguage((w) => [w.amounts.numerals]),
);
const OUTCOME = new RegExp(
  `(?:${alternatives((w) => w.amounts.outcomeWord)})\\s*(?:no\\.?\\s*)?([1-3])(?![.\\d])`,
);
const OUTCOME_NUMBERED = LOCALES.flatMap((l) => WORDS[l].amounts.outcomeNumbered ?? []).map(
  (re) => new RegExp(re.source),
);

/** "Outcome 2", "成果目标二", "résultat 3", "resultado 1". */
export function detectOutcome(text: string): number | undefined {
  const t = normalize(text);
  let m = t.match(OUTCOME);
  for (const numbered of OUTCOME_NUMBERED) m ??= t.match(numbered);
  if (!m?.[1]) return undefined;
  return NUMERALS[m[1]] ?? Number(m[1]);
}

/** "focus area 2.2", "FA 1.3", "重点领域 3.1", or a bare "2.2" that is no part of a longer number. */
export function detectFocusArea(text: string): string | undefined {
  const t = normalize(text);
  const m = t.match(/(?<![\d./])([1-3])\.([1-3])(?![\d.]*\d)/);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/**
 * "FWA-2026-0007", and as people shorten or space it: "fwa-2026-7", "jdr 2026 6". Spaced, the
 * prefix must not be a common short word ("in 2026 5 …").
 */
const REQUEST_ID = new RegExp(
  `\\b(?!(?:${everyLanguage((w) => w.amounts.notAnIdPrefix).join("|")})\\s)([a-z]{2,4})(-|\\s)(20\\d{2})\\2(\\d{1,6})(?![\\d/.-])`,
  "i",
);

/** A request id as people type it ("fwa-2026-0007", "fwa-2026-7"), upper-cased, its number padded to four digits. */
export function detectRequestId(text: string): string | undefined {
  const m = REQUEST_ID.exec(normalize(text));
  if (!m?.[1] || !m[3] || !m[4]) return undefined;
  return `${m[1].toUpperCase()}-${m[3]}-${(m[4] ?? "").padStart(4, "0")}`;
}

/** "#6", "# 12": a request by its number, as staff type it once they know their ids. */
const REQUEST_NUMBER = /(?<![\w#])#\s?(\d{1,4})(?![\d\w-])/;

/** A request by its number: "#6", or after its type's id prefix without the year ("fwa 1", "JDR-6"). */
export interface RequestNumber {
  number: number;
  /** The id prefix typed before the number, upper-cased ("FWA"). */
  prefix?: string;
}

/** A type's id prefix and a number after it: "fwa 1", "JDR-6", "mob#3". */
function prefixedNumber(prefixes: readonly string[]): RegExp {
  // Not a figure: "mob 13%", "fwa 1 day a week"; a sentence may end after it ("status fwa 1.").
  return new RegExp(
    `(?<![\\w-])(${prefixes.join("|")})\\s?[-#]?\\s?(\\d{1,4})(?![\\d\\w/-]|[.,]\\d|\\s*(%|${FIGURE_UNITS}))`,
    "i",
  );
}

/** Units a figure is followed by ("1 day", "3 months", "2小时"). */
const FIGURE_UNITS = [
  alternatives((w) => w.amounts.figureDays),
  alternatives((w) => w.amounts.figureWeeks),
  alternatives((w) => w.amounts.figureMonths),
  alternatives((w) => w.amounts.figureHours),
].join("|");

/** `prefixes`: the request types' id prefixes ("FWA", "JDR"). A year after a prefix is no number. */
export function detectRequestNumber(
  text: string,
  prefixes: readonly string[] = [],
): RequestNumber | undefined {
  const m = REQUEST_NUMBER.exec(text);
  const n = m?.[1] ? Number(m[1]) : undefined;
  if (n !== undefined && n > 0) return { number: n };
  if (prefixes.length === 0) return undefined;
  const prefixed = prefixedNumber(prefixes).exec(text);
  const number = prefixed?.[2] ? Number(prefixed[2]) : 0;
  if (!prefixed?.[1] || number <= 0 || (number >= 2000 && number < 2100)) return undefined;
  return { number, prefix: prefixed[1].toUpperCase() };
}

/** The text after a request named by its number ("send back JDR 6 - need…", "reject #2, budget used up"). */
export function textAfterRequestNumber(text: string, prefixes: readonly string[]): string | undefined {
  const found = detectRequestNumber(text, prefixes);
  if (!found) return undefined;
  const m = (found.prefix ? prefixedNumber(prefixes) : REQUEST_NUMBER).exec(text);
  return m ? text.slice(m.index + m[0].length) : undefined;
}

/** The text after the (first) request id it names, as typed; undefined when it names none. */
export function textAfterRequestId(text: string): string | undefined {
  const m = REQUEST_ID.exec(text);
  return m ? text.slice(m.index + m[0].length) : undefined;
}

/** The text with its request ids blanked out, so their digits are not read as dates or numbers. */
export function withoutRequestIds(text: string): string {
  return text.replace(new RegExp(REQUEST_ID.source, "gi"), " ");
}

/** Years named in the text, outside the document's own symbols and request ids. */
export function detectYears(text: string): number[] {
  const t = normalize(text)
    .replace(/gb\.\d{3}\/[a-z]+\/\d+/g, " ")
    .replace(new RegExp(REQUEST_ID.source, "gi"), " ");
  return [...t.matchAll(/(?<!\d)(19\d{2}|20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
}

/** A year outside what the paper speaks of (2018–2025), such as another strategy period. */
export function yearsOutsideStrategy(text: string): number[] {
  // The paper looks back to 2018 (the previous strategy) and forward to the end of 2025.
  return detectYears(text).filter((y) => y > 2025 || y < 2018);
}

/**
 * Single years inside the strategy for which the paper sets no figure (2022, 2024): it sets
 * milestones for the end of 2023 and targets for the end of 2025. A span ("2024–2025", the
 * strategy's own "2022-2025") names a period, not a year, and is left out.
 */
export function yearsWithoutFigures(text: string): number[] {
  const single = normalize(text).replace(/(?<!\d)(19|20)\d{2}\s*[-–—~至到]\s*((19|20)?\d{2})(?!\d)/g, " ");
  return [...new Set(detectYears(single).filter((y) => y === 2022 || y === 2024))];
}

/** Lower case, accents off: "Cuántos" and "cuantos" are one word to the patterns below. */
const folded = foldedForm;

/**
 * Ways of wanting a number: as typed ("how many", "多少"), and accents off ("combien", "quel
 * pourcentage", "cuántos", "qué porcentaje", "en %", "par an", "por año"); a per-cent sign asked
 * ("… %?") in any language.
 */
const QUANTITY = anyLanguage((w) => w.amounts.quantity, "i");
const QUANTITY_FOLDED = new RegExp(`${alternatives((w) => w.amounts.quantityFolded)}|%\\s*\\?`);

/** "How many…", "what percentage…", "多少", "几个", "combien…", "cuántos…": a question that wants a number. */
export function asksForQuantity(text: string): boolean {
  return QUANTITY.test(text) || QUANTITY_FOLDED.test(folded(text));
}

/**
 * A planned or expected amount asked ("budget prévu", "attendues en %", "se busca alcanzar",
 * "esperado"), accents off.
 */
const PLANNED = anyLanguage((w) => w.amounts.planned);

/** A change by how much, or a figure or indicator named: "fixe quelle réduction", "un KPI ?", "subir". */
const FIGURE_WORDS = anyLanguage((w) => w.amounts.figureWords);

export function asksPlannedAmount(text: string): boolean {
  return PLANNED.test(folded(text));
}

/** "List the lessons", "列出", "énumère", "enumera": the whole list is asked, not one item of it. */
const ASKS_FOR_A_LIST = anyLanguage((w) => w.amounts.list);

export function asksForAList(text: string): boolean {
  return ASKS_FOR_A_LIST.test(folded(text));
}

/**
 * Words that ask a topic the strategy sets no figure for for one, beyond the facets' own
 * (target, baseline…): a quantity, a planned amount, a change or an indicator. Read only of such a
 * topic, where any of them asks for a figure.
 */
export function asksFigureOfTopic(text: string): boolean {
  return asksForQuantity(text) || asksPlannedAmount(text) || namesFigureWords(text);
}

/** Only the words that ask a figure or a change of a thing ("any figure?", "like in %", "go up"). */
export function namesFigureWords(text: string): boolean {
  return FIGURE_WORDS.test(folded(text));
}

/** The kinds of unit a quantity question may ask for. */
type UnitKind = "days" | "weeks" | "months" | "hours" | "percent" | "money";

/** Budget words that name a source of funding, not an amount: "regular budget staff". */
const FUNDING = anyLanguage((w) => w.amounts.funding, "gi");

/** An amount of money asked: a currency, or a budget or cost asked "how much". */
const MONEY = anyLanguage((w) => w.amounts.money, "i");

/** Budget or cost named: an amount asked, unless the question asks an indicator's figure of it. */
const MONEY_WORDS = anyLanguage((w) => w.amounts.moneyWords, "i");

const UNIT_WORDS: readonly [UnitKind, RegExp][] = [
  ["days", anyLanguage((w) => w.amounts.days, "i")],
  ["weeks", anyLanguage((w) => w.amounts.weeks, "i")],
  ["months", anyLanguage((w) => w.amounts.months, "i")],
  // Hours as a quantity asked only: "within 24 hours" names no unit.
  ["hours", anyLanguage((w) => w.amounts.hours, "i")],
  ["percent", new RegExp(`%|${alternatives((w) => w.amounts.percent)}`, "i")],
  ["money", MONEY],
];

/** What an answer in each unit contains ("3 days", "3天", "3 jours", "USD 2 million"). */
const UNIT_FIGURES: Record<UnitKind, RegExp> = {
  days: new RegExp(`\\d+\\s*(${alternatives((w) => w.amounts.figureDays)})`, "i"),
  weeks: new RegExp(`\\d+\\s*(${alternatives((w) => w.amounts.figureWeeks)})`, "i"),
  months: new RegExp(`\\d+\\s*(${alternatives((w) => w.amounts.figureMonths)})`, "i"),
  hours: new RegExp(`\\d+\\s*(${alternatives((w) => w.amounts.figureHours)})`, "i"),
  percent: new RegExp(`\\d\\s*%|${alternatives((w) => w.amounts.figurePercent)}`),
  money: new RegExp(
    `(${alternatives((w) => w.amounts.currencyBefore)})\\s*\\d|\\d[\\d\\s,.]*\\s*(${alternatives((w) => w.amounts.amountAfter)})`,
    "i",
  ),
};

/** The kind of unit a quantity question asks for, the first named. */
export function askedUnitKind(text: string): UnitKind | undefined {
  const asked = text.replace(FUNDING, " ");
  const kind = UNIT_WORDS.find(([, words]) => words.test(asked))?.[0];
  if (kind || !MONEY_WORDS.test(asked)) return kind;
  const facets = detectFacets(asked);
  return facets.includes("milestone") || facets.includes("target") || facets.includes("baseline")
    ? undefined
    : "money";
}

/** The unit a quantity question asks for, as a pattern its answer must contain ("3 days", "3天", "3 jours"). */
export function askedUnit(text: string): RegExp | undefined {
  const kind = askedUnitKind(text);
  return kind ? UNIT_FIGURES[kind] : undefined;
}

/** "HR" is the paper's own abbreviation, in any language. */
const PREVIOUS_STRATEGY = new RegExp(
  `2018\\s*-\\s*(20)?21\\s*(hr\\s*)?(${alternatives((w) => w.amounts.strategyAfterPeriod)})|(${alternatives((w) => w.amounts.strategyBeforeYear)})\\s*[(（]?\\s*2018|${alternatives((w) => w.amounts.previousStrategy)}`,
  "i",
);

/** Targets or milestones asked of the previous strategy (2018–2021), which this paper does not set. */
export function asksPreviousStrategyFigures(text: string): boolean {
  const t = normalize(text);
  if (!PREVIOUS_STRATEGY.test(t)) return false;
  const facets = detectFacets(t.replace(PREVIOUS_STRATEGY, " "));
  return facets.includes("target") || facets.includes("milestone");
}

const LATER_PERIOD = anyLanguage((w) => w.amounts.laterPeriod, "i");

/** A period after this strategy asked by name ("the next biennium", "下个两年期"): the paper sets nothing for it. */
export function asksLaterPeriod(text: string): boolean {
  return LATER_PERIOD.test(foldedForm(text));
}

/**
 * The message refers to one of the user's own requests in words rather than by id: "my telework
 * request", "the recognition I submitted", "我的调动申请".
 */
export function mentionsOwnRequest(text: string, typeNames: readonly RegExp[] = []): boolean {
  const t = normalize(text).replace(FILING_A_NEW_ONE, " ");
  return OWN_REQUEST.test(t) || typeNames.some((names) => namesOwnOfType(t, names));
}

/**
 * A request type named as a thing the user has, not as something to ask for: "the training
 * one", "my JD review", "ma demande de télétravail", "培训申请" (a training request — where
 * "申请培训" asks for one), "JD审核".
 */
function namesOwnOfType(t: string, names: RegExp): boolean {
  const type = new RegExp(names.source, "i");
  const m = type.exec(t);
  if (!m) return false;
  const before = t.slice(Math.max(0, m.index - 40), m.index);
  const after = t.slice(m.index + m[0].length, m.index + m[0].length + 25);
  return (
    OWN_TYPE_AROUND.some(
      ({ typeBefore, typeAfter }) => (typeBefore?.test(before) ?? true) && (typeAfter?.test(after) ?? true),
    ) || OWN_TYPE_ARTICLE.test(before)
  );
}

/** Words around a type's name, per language: both must hold when both are given. */
const OWN_TYPE_AROUND = LOCALES.map((l) => WORDS[l].ownRequest).filter(
  ({ typeBefore, typeAfter }) => typeBefore || typeAfter,
);
/** "ma demande de télétravail", "mi solicitud de teletrabajo": an article and a noun before the type's name. */
const OWN_TYPE_ARTICLE = new RegExp(
  `\\b(${alternatives((w) => w.ownRequest.typeArticle)})\\s+(${alternatives((w) => w.ownRequest.typeNoun)})\\b[\\s\\w'À-ÿ]{0,20}$`,
);

/** "pouvez-vous enregistrer ma demande ?", "¿pueden registrar mi solicitud?": asking to file a new one. */
const FILING_A_NEW_ONE = new RegExp(
  `\\b(${alternatives((w) => w.ownRequest.fileVerb)})\\s+(${alternatives((w) => w.ownRequest.filePossessive)})\\s+(${alternatives((w) => w.ownRequest.fileNoun)})\\b`,
  "g",
);

const OWN_REQUEST = anyLanguage((w) => w.ownRequest.named);
