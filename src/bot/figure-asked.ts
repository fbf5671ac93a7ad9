import { foldedForm } from "../i18n/text.ts";
import { SURELY } from "../knowledge/confidence.ts";
import { localized } from "../knowledge/schema.ts";
import { asksNothing, clauseAround } from "../nlu/clause.ts";
import { askedUnitKind, asksFigureOfTopic } from "../nlu/entities.ts";
import type { Understanding } from "./intent.ts";

/**
 * Which subject a figure is asked of when a question names more than one — a topic the strategy
 * sets no figure for, a key deliverable, a fact, or the indicator beside them — so that an
 * indicator's figure is never given as the answer about something else. The no-target intent
 * reads these.
 */

/** The facets that ask for a figure. */
export const FIGURE_FACETS = new Set(["baseline", "milestone", "target", "verification", "all"]);

export function asksFigures(u: Understanding): boolean {
  return u.facets.some((f) => FIGURE_FACETS.has(f));
}

/** A topic the strategy sets no figure for, named surely, with a figure asked of it. */
export function figureOfUnsetTopic(u: Understanding): boolean {
  const topic = u.subjects.some((s) => s.subject.kind === "unsetTopic" && s.confidence >= SURELY);
  // "How is the training indicator measured? the staff survey?": how an indicator named surely is
  // measured asks about that indicator, whatever else the question names.
  const ofNamedIndicator =
    u.facets.length > 0 &&
    u.facets.every((f) => f === "verification" || f === "definition") &&
    u.indicators.some((m) => m.target.kind === "indicator" && m.confidence >= SURELY);
  if (ofNamedIndicator) return false;
  // "target % of key HR processes digitalised by 2025, need it for the RBM report": a topic named
  // in a clause of its own that asks nothing is where the figure goes, not what it is of.
  const aside = u.subjects.some(
    (s) => s.subject.kind === "unsetTopic" && s.confidence >= SURELY && inClauseAskingNothing(u.text, s.span),
  );
  if (aside && u.indicators.some((m) => m.target.kind === "indicator" && m.confidence >= SURELY))
    return false;
  // An amount of money is a figure too: "what's the budget to implement it?".
  return (
    topic &&
    (asksFigures(u) ||
      asksFigureOfTopic(u.text) ||
      u.facets.includes("target") ||
      askedUnitKind(u.text) === "money")
  );
}

/**
 * A key deliverable named as written, with a figure asked of it ("KPI for personal files
 * digitized"), and no indicator named as written: deliverables carry no figures, and an
 * indicator read from another form of a word measures something else.
 */
export function figureOfDeliverable(u: Understanding): boolean {
  return figureOfItem(u, "deliverable");
}

/**
 * The same of a fact the paper states, with a target or milestone asked of it ("number of staff
 * to be trained on unconscious bias, target?"): facts are no targets, whatever figure they hold.
 */
export function targetOfFact(u: Understanding): boolean {
  return u.facets.some((f) => f === "target" || f === "milestone") && figureOfItem(u, "fact");
}

function figureOfItem(u: Understanding, kind: "deliverable" | "fact"): boolean {
  const item = u.subjects.find((s) => s.subject.kind === kind && s.confidence >= SURELY);
  // A topic the strategy sets no figure for, named surely, has its own rule; an item named in a
  // sentence or clause that asks nothing ("HRD keeps saying we're going digital-first.") is not asked of.
  if (
    !item ||
    u.subjects.some((s) => s.subject.kind === "unsetTopic" && s.confidence >= SURELY) ||
    inClauseAskingNothing(u.text, item.span)
  )
    return false;
  // An indicator that measures what the item names ("digitalization of HR processes": the
  // share of HR processes digitalized) is what is asked.
  // Otherwise the item is what is asked when it is named more surely than any indicator,
  // or as surely in a name that holds the indicator's word ("digitizing personal files"); named
  // beside an indicator ("besides the learning policy, what is the training target?"), it is not.
  const asked = u.indicators.every(
    (m) =>
      m.target.kind === "indicator" &&
      !covers(localized(m.target.indicator.measure, u.answerLang), item.alias) &&
      (m.confidence < item.confidence ||
        (m.confidence === item.confidence &&
          (covers(item.alias, m.alias) || qualifies(u.text, item.span, m.alias)))),
  );
  if (!asked) return false;
  return u.facets.some((f) => f !== "verification" && FIGURE_FACETS.has(f)) || asksFigureOfTopic(u.text);
}

/**
 * Whether an item's name, just before an indicator's word, makes one name with it: "unconscious
 * bias training" is training on unconscious bias, not the training indicator.
 */
function qualifies(text: string, span: readonly [number, number] | undefined, alias: string): boolean {
  if (!span) return false;
  const rest = foldedForm(text.slice(span[1]));
  const word = foldedForm(alias);
  return word.length > 0 && (rest.startsWith(` ${word}`) || rest.startsWith(word));
}

/** Whether a text holds at least half of a name's words (their first five letters) or Chinese characters. */
function covers(text: string, name: string): boolean {
  const haystack = foldedForm(text);
  const han = [...foldedForm(name)].filter((c) => /\p{Script=Han}/u.test(c));
  if (han.length > 0) return han.filter((c) => haystack.includes(c)).length * 2 >= han.length;
  const words = foldedForm(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 3);
  return words.length > 0 && words.filter((w) => haystack.includes(w.slice(0, 5))).length * 2 >= words.length;
}

/** Whether the clause a span lies in (between commas, semicolons, dashes, brackets) asks for no figure. */
function inClauseAskingNothing(text: string, span: readonly [number, number] | undefined): boolean {
  const clause = span && clauseAround(text, span);
  return clause !== undefined && asksNothing(clause) && !/\d/.test(clause.text);
}
