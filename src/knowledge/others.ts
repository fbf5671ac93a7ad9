/**
 * Other organisations and partners named in a text. Their names are put once into the forms a
 * text is searched in (compiled abbreviations, bounded and compact forms), not on every message.
 */
import { matchForm } from "../i18n/text.ts";
import { boundedForm } from "./indicator-aliases.ts";
import type { KnowledgeBase, OtherOrganisation, Partnership } from "./schema.ts";

interface Names<T> {
  item: T;
  /** Abbreviations as whole words, case-sensitive. */
  abbreviations: RegExp[];
  /** Latin names as whole words (bounded forms). */
  bounded: string[];
  /** Chinese names anywhere (compact forms). */
  forms: string[];
}

const named = <T>(names: readonly Names<T>[], text: string): T[] => {
  const bounded = boundedForm(text);
  const form = matchForm(text);
  return names
    .filter(
      (o) =>
        o.abbreviations.some((a) => a.test(text)) ||
        o.bounded.some((n) => bounded.includes(n)) ||
        o.forms.some((n) => form.includes(n)),
    )
    .map((o) => o.item);
};

export class OthersNamed {
  private readonly organisations: Names<OtherOrganisation>[];
  private readonly partners: Names<Partnership>[];

  constructor(kb: KnowledgeBase) {
    this.organisations = kb.otherOrganisations.map((o) => ({
      item: o,
      abbreviations: o.abbreviations.map(
        (a) => new RegExp(`(?<![\\p{Script=Latin}\\d])${a}(?![\\p{Script=Latin}\\d])`, "u"),
      ),
      bounded: [...o.names.en, ...o.names.fr, ...o.names.es].map(boundedForm),
      forms: o.names.zh.map(matchForm),
    }));
    this.partners = kb.partnerships.map((p) => {
      // Every language's name and the acronym in its brackets: "(CFPI)", "(CAPI)" too.
      const names = [
        p.acronym,
        ...[p.name.en, p.name.zh, p.name.fr, p.name.es].flatMap((n) => n?.split(/[()（）]/) ?? []),
      ].filter((n): n is string => !!n && matchForm(n).length >= 3);
      // Acronyms and Latin names as whole words, Chinese names anywhere.
      const han = names.filter((n) => /\p{Script=Han}/u.test(n));
      return {
        item: p,
        abbreviations: [],
        bounded: names.filter((n) => !han.includes(n)).map(boundedForm),
        forms: han.map(matchForm),
      };
    });
  }

  organisationsIn(text: string): OtherOrganisation[] {
    return named(this.organisations, text);
  }

  partnersIn(text: string): Partnership[] {
    return named(this.partners, text);
  }
}
