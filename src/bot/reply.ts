import type { Locale } from "../i18n/locale.ts";
import { type MessageKey, t } from "../i18n/messages.ts";
import { type Bilingual, localized } from "../knowledge/schema.ts";
import type { Lang, Reply, ReplyOutcome, ReplyPart, Suggestion } from "./messages.ts";

/** Picks the knowledge base's text for the answer's locale (English where it has none in that language). */
export function pick(lang: Locale, text: Bilingual): string {
  return localized(text, lang);
}

export interface ReplyInit {
  title?: string;
  subjects?: string[];
  outcome?: ReplyOutcome;
  citations?: string[];
  suggestions?: Suggestion[];
}

export function makeReply(intent: string, lang: Lang, parts: ReplyPart[], init: ReplyInit = {}): Reply {
  return {
    intent,
    lang,
    ...(init.title ? { title: init.title } : {}),
    ...(init.outcome ? { outcome: init.outcome } : {}),
    ...(init.subjects && init.subjects.length > 0 ? { subjects: [...new Set(init.subjects)] } : {}),
    parts,
    citations: [...new Set(init.citations ?? [])],
    suggestions: init.suggestions ?? [],
  };
}

export function paragraph(text: string): ReplyPart {
  return { kind: "paragraph", text };
}

/** Suggestions from knowledge-base texts. */
export function suggest(lang: Locale, items: readonly Bilingual[]): Suggestion[] {
  return items.map((item) => ({ label: localized(item, lang), message: localized(item, lang) }));
}

/** Suggestions from the catalogue: messages without values ("my requests", "Confirm"). */
export function suggestMessages(lang: Locale, keys: readonly MessageKeyWithoutValues[]): Suggestion[] {
  return keys.map((key) => {
    const text = t(lang, key);
    return { label: text, message: text };
  });
}

/** A message key that takes no values, for labels and suggestions. */
export type MessageKeyWithoutValues = {
  [K in MessageKey]: Parameters<typeof t<K>> extends [Locale, K] ? K : never;
}[MessageKey];

/** A small count in words, as people write it: "three", "三", "trois". Larger counts stay digits. */
export function countWord(n: number, lang: Locale): string {
  return t(lang, "number.word", { n });
}

/** Suggestions already worded ("Focus area 2.2", formatted from the catalogue with values). */
export function suggestTexts(texts: readonly string[]): Suggestion[] {
  return texts.map((text) => ({ label: text, message: text }));
}
