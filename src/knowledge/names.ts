import type { KnowledgeBase, Names } from "./schema.ts";

/** Everything a question can be about, by kind; the bot emits them as `kind:id`. */
export const SUBJECT_KINDS = [
  "indicator",
  "indicatorGroup",
  "outcome",
  "focusArea",
  "deliverable",
  "lesson",
  "risk",
  "assumption",
  "partner",
  "fact",
  "system",
  "unsetTopic",
  "decision",
  "paper",
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface Subject {
  kind: SubjectKind;
  /** The item's id; an outcome's number ("2"); "draft" or "adopted" for the decision. */
  id: string;
}

/** The one spelling of a subject id: "indicator:mobility", "focusArea:focus-1.2", "outcome:2". */
export function subjectId(subject: Subject): string {
  return `${subject.kind}:${subject.id}`;
}

const KIND_SET: ReadonlySet<string> = new Set(SUBJECT_KINDS);

/** The subject a `kind:id` string stands for, if the kind is known. */
export function parseSubjectId(text: string): Subject | undefined {
  const colon = text.indexOf(":");
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon < 1 || id === "" || !KIND_SET.has(kind)) return undefined;
  return { kind: kind as SubjectKind, id };
}

export type NameLang = "en" | "zh" | "fr" | "es";

export interface SubjectName {
  subject: Subject;
  text: string;
  lang: NameLang;
  /** Abbreviations match whole words, case-sensitive first; aliases case-insensitively. */
  abbreviation: boolean;
}

/** A text's French and Spanish forms, where the knowledge base has them. */
function romance(text: {
  fr?: string | undefined;
  es?: string | undefined;
}): Partial<Record<NameLang, string[]>> {
  return { fr: some(text.fr), es: some(text.es) };
}

function some(text: string | undefined): string[] {
  return text ? [text] : [];
}

/** The paper's own symbol names the paper, not the decision or the session. */
export const PAPER_ID = "GB.343/PFA/14";

interface Nameable {
  aliases: Names | { en: string[]; zh: string[]; fr: string[]; es: string[] };
  abbreviations: string[];
}

/**
 * Every name of every subject: its aliases and abbreviations, and the names its titles and
 * numbers give it (a focus area's title and "focus area 1.2", an outcome's "outcome 2", a
 * system's or partner's name without the acronym in brackets).
 */
export function subjectNames(kb: KnowledgeBase): SubjectName[] {
  const out: SubjectName[] = [];
  const add = (subject: Subject, lang: NameLang, text: string, abbreviation = false) => {
    if (text.trim().length >= 2) out.push({ subject, text: text.trim(), lang, abbreviation });
  };
  /** "A respectful and ethical workplace" is also named without its article. */
  const titled = (title: string) => [title, title.replace(/^(?:an?|the)\s+/i, "")];
  const named = (subject: Subject, item: Nameable, extra: Partial<Record<NameLang, string[]>> = {}) => {
    for (const lang of ["en", "zh", "fr", "es"] as const) {
      for (const text of [...(extra[lang] ?? []), ...item.aliases[lang]]) add(subject, lang, text);
    }
    for (const abbreviation of item.abbreviations) add(subject, "en", abbreviation, true);
  };
  for (const i of kb.indicators) {
    named({ kind: "indicator", id: i.id }, i, {
      en: [i.heading.en],
      zh: [i.heading.zh],
      ...romance(i.heading),
    });
  }
  for (const g of kb.indicatorGroups) named({ kind: "indicatorGroup", id: g.id }, g);
  for (const o of kb.outcomes) {
    named({ kind: "outcome", id: String(o.number) }, o, {
      en: [...titled(o.title.en), `outcome ${o.number}`],
      zh: [o.title.zh, `成果目标${o.number}`],
      fr: [...some(o.title.fr), `résultat ${o.number}`],
      es: [...some(o.title.es), `resultado ${o.number}`],
    });
  }
  for (const f of kb.focusAreas) {
    named({ kind: "focusArea", id: f.id }, f, {
      en: [...titled(f.title.en), `focus area ${f.number}`],
      zh: [f.title.zh, `重点领域${f.number}`],
      fr: [...some(f.title.fr?.replace(/^[^:：]*[:：]\s*/, "")), `domaine ${f.number}`],
      es: [...some(f.title.es?.replace(/^[^:：]*[:：]\s*/, "")), `área ${f.number}`],
    });
    for (const d of f.deliverables) named({ kind: "deliverable", id: d.id }, d);
  }
  for (const l of kb.lessons) named({ kind: "lesson", id: l.id }, l);
  for (const r of kb.risks) named({ kind: "risk", id: r.id }, r);
  for (const a of kb.assumptions) named({ kind: "assumption", id: a.id }, a);
  // "International Civil Service Commission (ICSC)": the name without its bracketed acronym.
  const own = (name: string) => name.replace(/\s*[(（][^)）]*[)）]\s*$/, "");
  /** Their French and Spanish names too: "Commission de la fonction publique internationale". */
  const ownRomance = (name: { fr?: string | undefined; es?: string | undefined }) =>
    romance({ fr: name.fr && own(name.fr), es: name.es && own(name.es) });
  for (const p of kb.partnerships) {
    named({ kind: "partner", id: p.id }, p, {
      en: [own(p.name.en)],
      zh: [own(p.name.zh)],
      ...ownRomance(p.name),
    });
    if (p.acronym) add({ kind: "partner", id: p.id }, "en", p.acronym, true);
  }
  for (const f of kb.facts) named({ kind: "fact", id: f.id }, f);
  for (const s of kb.systems)
    named({ kind: "system", id: s.id }, s, {
      en: [own(s.name.en)],
      zh: [own(s.name.zh)],
      ...ownRomance(s.name),
    });
  for (const t of kb.unsetTopics) {
    named({ kind: "unsetTopic", id: t.id }, t, { en: [t.name.en], zh: [t.name.zh], ...romance(t.name) });
  }
  named({ kind: "decision", id: "draft" }, kb.decision.draft);
  named({ kind: "decision", id: "adopted" }, kb.decision.adopted);
  named({ kind: "paper", id: PAPER_ID }, kb.paper, { en: [kb.paper.title.en], zh: [kb.paper.title.zh] });
  return out;
}
