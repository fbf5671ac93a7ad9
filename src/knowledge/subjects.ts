import { foldAccents } from "../i18n/text.ts";
import { alternatives, anyLanguage } from "../i18n/words.ts";
import { NAMED, PLAUSIBLY, SURELY } from "./confidence.ts";
import { analyse, type Entry, entryOf, matchEntry } from "./match.ts";
import { LatinNames } from "./name-index.ts";
import { type NameLang, type Subject, type SubjectKind, subjectId, subjectNames } from "./names.ts";
import type { KnowledgeBase } from "./schema.ts";

export type { Subject, SubjectKind } from "./names.ts";

export interface SubjectMention {
  subject: Subject;
  /** The name that matched, as the knowledge base spells it. */
  alias: string;
  /** 1 for an exact name; less for another form, a typo, or a subject reached through a relation. */
  confidence: number;
  /** Where in the text, as [start, end) offsets into the original string. */
  span?: [number, number];
}

/** A subject reached through what the text names (its focus area) is a little less sure than the name. */
const THROUGH_RELATION = 0.9;

/**
 * Subjects that set the scene rather than say what is asked: "IRIS data on mobility" asks about
 * mobility, "what does the strategy say about youth" about youth. They come after the others.
 */
function background(kind: SubjectKind): number {
  return kind === "paper" ? 2 : kind === "system" ? 1 : 0;
}

interface Candidate extends SubjectMention {
  /** How much of the text it covers: the longest stretch wins an overlap. */
  length: number;
  lang: NameLang;
}

/**
 * A question asking which focus area (or outcome) something falls under, accents off: "which
 * focus area", "dans quel domaine", "en qué área", "número del área de enfoque", "quel résultat".
 * French and Spanish words for "area" and "result" are common, so alone they need a question word.
 */
const ASKS_FOCUS_AREA = new RegExp(
  `${alternatives((w) => w.subjects.asksFocusArea)}|\\b(${alternatives((w) => w.subjects.whichHead)}) (${alternatives((w) => w.subjects.areaNoun)})\\b(?!\\s*\\d)`,
  "i",
);
const ASKS_OUTCOME = anyLanguage((w) => w.subjects.asksOutcome, "i");
/** A deliverable asked of a topic is asked of the focus area that lists it. */
export const ASKS_DELIVERABLE = anyLanguage((w) => w.subjects.asksDeliverable, "i");
const ASKS_FOCUS_OR_DELIVERABLE = new RegExp(`${ASKS_FOCUS_AREA.source}|${ASKS_DELIVERABLE.source}`, "i");

/**
 * Finds the subjects a text names: every alias, abbreviation, title and number of the knowledge
 * base, longest first, so "P5+ women" names the P5+ indicator and not the gender group too.
 */
export class SubjectFinder {
  private readonly entries: Entry[];
  /** Each subject's focus area and outcome, for a question that asks for one ("which focus area …"). */
  private readonly focusOf = new Map<string, string>();
  private readonly outcomeOf = new Map<string, number>();
  private readonly groupMembers = new Map<string, string[]>();

  /**
   * Names, by their place in `entries`, by what a text must contain for them to match ("w:" word
   * initial, "h:" character, "a:" letter).
   */
  private readonly index = new Map<string, number[]>();
  private readonly latin: LatinNames;
  /** 1 for abbreviations and Chinese names, which `LatinNames` leaves to the index above. */
  private readonly notLatin: Uint8Array;

  constructor(kb: KnowledgeBase) {
    this.entries = subjectNames(kb)
      .map(entryOf)
      .filter((e) => e.form.length > 0);
    this.latin = new LatinNames(this.entries);
    this.notLatin = Uint8Array.from(this.entries, (e) => (e.abbreviation || e.han ? 1 : 0));
    const add = (key: string, at: number) => {
      const list = this.index.get(key) ?? [];
      list.push(at);
      this.index.set(key, list);
    };
    for (const [at, e] of this.entries.entries()) {
      if (e.abbreviation) add(`a:${e.lower[0]}`, at);
      // Its first Chinese character: "22万份" is found only where "万" is.
      else if (e.han) add(`h:${[...e.form].find((c) => /\p{Script=Han}/u.test(c))}`, at);
      else {
        add(`w:${e.form[0]}`, at);
        const content = e.content[0]?.[0];
        if (content) add(`w:${content}`, at);
      }
    }
    const parent = new Map(kb.sections.map((s) => [s.id, s.parent]));
    const focusBySection = new Map(kb.focusAreas.map((f) => [f.section, f]));
    const relate = (key: string, section: string | undefined) => {
      for (let s = section; s; s = parent.get(s)) {
        const focus = focusBySection.get(s);
        if (focus && !this.focusOf.has(key)) this.focusOf.set(key, focus.id);
        const outcome = /^(?:appendix-)?outcome-([1-3])$/.exec(s);
        if (outcome && !this.outcomeOf.has(key)) this.outcomeOf.set(key, Number(outcome[1]));
      }
    };
    for (const f of kb.focusAreas) {
      this.outcomeOf.set(`focusArea:${f.id}`, f.outcome);
      for (const d of f.deliverables) relate(`deliverable:${d.id}`, f.section);
    }
    for (const i of kb.indicators) {
      const focus = kb.focusAreas.find((f) => f.id === i.focusArea);
      relate(`indicator:${i.id}`, focus?.section ?? i.section);
    }
    for (const g of kb.indicatorGroups) {
      const key = `indicatorGroup:${g.id}`;
      this.groupMembers.set(key, g.indicators);
      // A group lies in a focus area (or outcome) when all its members do.
      for (const of of [this.focusOf, this.outcomeOf] as Map<string, string | number>[]) {
        const places = new Set(g.indicators.map((id) => of.get(`indicator:${id}`)));
        const [only] = places;
        if (places.size === 1 && only !== undefined) of.set(key, only);
      }
    }
    const located: [string, { id: string; section: string }[]][] = [
      ["fact", kb.facts],
      ["lesson", kb.lessons],
      ["risk", kb.risks],
      ["assumption", kb.assumptions],
      ["partner", kb.partnerships],
      ["system", kb.systems],
    ];
    for (const [kind, items] of located) for (const item of items) relate(`${kind}:${item.id}`, item.section);
    for (const t of kb.unsetTopics) for (const m of t.mentions) relate(`unsetTopic:${t.id}`, m.section);
  }

  /** Ranked candidates: best first, one per subject, overlapping weaker matches dropped. */
  find(text: string, lang: NameLang = "en"): SubjectMention[] {
    const analysed = analyse(text);
    const candidates: Candidate[] = [];
    const romance = lang === "fr" || lang === "es";
    for (const entry of this.entriesFor(analysed)) {
      for (const { confidence, span } of matchEntry(entry, analysed)) {
        // In French or Spanish, a one-word English name only as written: "pays" is no "pay",
        // "interne" no "intern".
        if (romance && entry.lang === "en" && entry.words.length === 1 && confidence < 1) continue;
        candidates.push({
          subject: entry.subject,
          alias: entry.text,
          confidence,
          // The longest stretch of text wins, not the longest name: "disability" (exact) over
          // "disabilities" (another form) on the same word.
          length: span ? span[1] - span[0] : entry.form.length,
          lang: entry.lang,
          ...(span ? { span } : {}),
        });
      }
    }
    const accepted: Candidate[] = [];
    const tier = (c: Candidate) => (c.confidence >= NAMED.otherCase ? 1 : 0);
    candidates.sort(
      (a, b) =>
        tier(b) - tier(a) ||
        b.length - a.length ||
        b.confidence - a.confidence ||
        Number(b.lang === lang) - Number(a.lang === lang),
    );
    const seen = new Set<string>();
    for (const c of candidates) {
      const key = subjectId(c.subject);
      if (seen.has(key)) continue;
      const span = c.span;
      if (span && accepted.some((a) => a.span && span[0] < a.span[1] && span[1] > a.span[0])) continue;
      seen.add(key);
      accepted.push(c);
    }
    const found = this.withoutCoveredGroups(accepted);
    found.sort(
      (a, b) =>
        background(a.subject.kind) - background(b.subject.kind) ||
        b.confidence - a.confidence ||
        b.length - a.length ||
        (a.span?.[0] ?? Number.POSITIVE_INFINITY) - (b.span?.[0] ?? Number.POSITIVE_INFINITY),
    );
    return this.askedKind(text, found).map(({ subject, alias, confidence, span }) =>
      span ? { subject, alias, confidence, span } : { subject, alias, confidence },
    );
  }

  /**
   * The names that can match at all, from an index built once: a Latin name needs a word of the
   * text starting with its first letter (exact, other forms, typos, written together) or with its
   * first content word's; a Chinese name needs its first character; an abbreviation its letters.
   * This keeps a message from being compared with every one of some 2,800 names; of the Latin
   * names, only those `LatinNames` finds plausible are compared.
   */
  private entriesFor(analysed: ReturnType<typeof analyse>): Entry[] {
    const keys = new Set<string>();
    for (const w of analysed.words) keys.add(`w:${w.text[0]}`);
    for (const c of analysed.hanChars) keys.add(`h:${c}`);
    for (const c of analysed.lower) keys.add(`a:${c}`);
    // Marks by place, then read in order: the names come in the order they are declared.
    const picked = new Uint8Array(this.entries.length);
    for (const key of keys) for (const at of this.index.get(key) ?? []) picked[at] = 1;
    const plausible = new Uint8Array(this.entries.length);
    this.latin.plausible(analysed, this.entries, plausible);
    const out: Entry[] = [];
    for (let at = 0; at < picked.length; at++) {
      if (picked[at] === 1 && (this.notLatin[at] === 1 || plausible[at] === 1))
        out.push(this.entries[at] as Entry);
    }
    return out;
  }

  /** "P5+ women": the P5+ indicator answers alone; the gender group it also names adds nothing. */
  private withoutCoveredGroups(found: Candidate[]): Candidate[] {
    const named = new Set(found.filter((c) => c.subject.kind === "indicator").map((c) => c.subject.id));
    return found.filter((c) => !this.groupMembers.get(subjectId(c.subject))?.some((id) => named.has(id)));
  }

  /**
   * "Which focus area deals with harassment?": the question asks for a focus area (or an
   * outcome) and names something within one, so that one is put first, a little less sure.
   */
  private askedKind(text: string, found: Candidate[]): Candidate[] {
    const asks = [
      {
        kind: "focusArea" as const,
        asked: ASKS_FOCUS_OR_DELIVERABLE,
        of: this.focusOf,
      },
      { kind: "outcome" as const, asked: ASKS_OUTCOME, of: this.outcomeOf },
    ];
    const plain = foldAccents(text);
    for (const { kind, asked, of } of asks) {
      if (!asked.test(plain)) continue;
      // One named surely ("… dans le recrutement") is what is asked, before the rest; one named
      // only in words apart ("numériser … dossiers") does not settle which.
      const named = found.filter((c) => c.subject.kind === kind && c.confidence >= SURELY);
      if (named.length > 0) return [...named, ...found.filter((c) => !named.includes(c))];
      const derived: Candidate[] = [];
      for (const c of found) {
        // Words scattered in the text name nothing surely enough to say where it belongs.
        if (c.confidence < PLAUSIBLY) continue;
        const related = of.get(subjectId(c.subject));
        if (related === undefined || derived.some((d) => d.subject.id === String(related))) continue;
        derived.push({
          ...c,
          subject: { kind, id: String(related) },
          confidence: c.confidence * THROUGH_RELATION,
        });
      }
      return [...derived, ...found];
    }
    return found;
  }
}
