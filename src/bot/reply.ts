import type { Bilingual } from "../knowledge/schema.ts";
import type { AnswerLang, Lang, Reply, ReplyOutcome, ReplyPart, Suggestion } from "./messages.ts";

/** Picks the text of a bilingual pair for the answer language. */
export function pick(lang: AnswerLang, text: Bilingual): string {
  return text[lang];
}

const ANSWERED_IN_ENGLISH: Partial<Record<Lang, string>> = {
  fr: "Je réponds en anglais pour le moment : le français n'est pas encore pris en charge pour les réponses.",
  es: "Por ahora respondo en inglés: las respuestas en español aún no están disponibles.",
};

export interface ReplyInit {
  title?: string;
  subjects?: string[];
  outcome?: ReplyOutcome;
  citations?: string[];
  suggestions?: Suggestion[];
}

export function makeReply(intent: string, lang: Lang, parts: ReplyPart[], init: ReplyInit = {}): Reply {
  const notice = ANSWERED_IN_ENGLISH[lang];
  return {
    intent,
    lang,
    ...(init.title ? { title: init.title } : {}),
    ...(init.outcome ? { outcome: init.outcome } : {}),
    ...(init.subjects && init.subjects.length > 0 ? { subjects: [...new Set(init.subjects)] } : {}),
    parts,
    citations: [...new Set(init.citations ?? [])],
    suggestions: init.suggestions ?? [],
    ...(notice ? { notice } : {}),
  };
}

export function paragraph(text: string): ReplyPart {
  return { kind: "paragraph", text };
}

export function suggest(lang: AnswerLang, items: readonly Bilingual[]): Suggestion[] {
  return items.map((item) => ({ label: item[lang], message: item[lang] }));
}

const EN_NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ZH_NUMBERS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A small count in words, as people write it: "three", "三". Larger counts stay digits. */
export function countWord(n: number, lang: AnswerLang): string {
  return (lang === "zh" ? ZH_NUMBERS : EN_NUMBERS)[n] ?? String(n);
}
