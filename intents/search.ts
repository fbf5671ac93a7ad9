import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import type { Passage } from "../src/knowledge/schema.ts";
import type { Scored } from "../src/knowledge/search.ts";
import { outOfScopeReply } from "./out-of-scope.ts";

/** Below this share of the query's words known to the paper, a question is not about the paper. */
const MIN_COVERAGE = 0.5;
/** BM25 score below which the best passage is too weak a match to quote. */
const MIN_SCORE = 3;
/** A second passage is shown when it scores at least this share of the best one. */
const SECOND_RATIO = 0.8;

/** The passages that answer a question, preferring the focus area or outcome it names. */
export function relevantPassages(context: IntentContext): Scored<Passage>[] {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const coverage = knowledge.vocabularyCoverage(understanding.text, lang);
  if (coverage < MIN_COVERAGE) return [];
  const hits = knowledge.searchPassages(understanding.text, lang, 8);
  const preferred = understanding.focusArea
    ? `focus-${understanding.focusArea}`
    : understanding.outcome
      ? `outcome-${understanding.outcome}`
      : undefined;
  const boosted = hits
    .map((hit) => {
      const section = knowledge.section(hit.item.section);
      const inPreferred = preferred && (hit.item.section === preferred || section?.parent === preferred);
      return { item: hit.item, score: inPreferred ? hit.score * 1.5 : hit.score };
    })
    .sort((a, b) => b.score - a.score);
  const best = boosted[0];
  if (!best || best.score < MIN_SCORE) return [];
  const second = boosted[1];
  return second && second.score >= best.score * SECOND_RATIO ? [best, second] : [best];
}

export function passageReply(context: IntentContext, passages: Scored<Passage>[], intent: string): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const zh = lang === "zh";
  return makeReply(
    intent,
    understanding.lang,
    [
      paragraph(zh ? "战略中的相关内容：" : "Here is what the strategy says:"),
      ...passages.map((p) => ({
        kind: "quote" as const,
        text: p.item.text[lang],
        source: knowledge.citation(p.item.section, lang, p.item.paragraphs),
      })),
    ],
    {
      citations: passages.map((p) => knowledge.citation(p.item.section, lang, p.item.paragraphs)),
      suggestions: suggest(lang, [
        { en: "all indicators", zh: "所有指标" },
        { en: "What can you do?", zh: "你能做什么？" },
      ]),
    },
  );
}

export const searchIntent: IntentSpec = {
  id: "search",
  description: {
    en: "Anything in the paper: the best passages with their sections",
    zh: "战略原文检索：最相关的段落及其章节",
  },
  examples: {
    en: [
      "what does the strategy say about reverse mentoring",
      "how will recruitment be made faster",
      "why is workforce planning important",
      "what will be done about unconscious bias",
      "what does the paper say about the Turin Centre digital learning",
      "how will the ILO support managers",
      "what is the GROWTH tool",
      "what will replace paper-based filing",
      "how will the disciplinary framework change",
      "search for onboarding",
      "what does it say about hybrid teams",
      "which conventions guide the work on violence and harassment",
      "who will the office consult",
    ],
    zh: [
      "战略关于反向指导说了什么",
      "如何加快招聘",
      "为什么职员队伍规划很重要",
      "如何减少无意识偏见",
      "成长工具是什么",
      "纪律框架将如何修订",
      "关于混合团队说了什么",
      "入职流程",
      "暴力和骚扰公约",
      "将如何支持管理人员",
    ],
  },
  handle(context) {
    const passages = relevantPassages(context);
    return passages.length > 0 ? passageReply(context, passages, "search") : outOfScopeReply(context);
  },
};
