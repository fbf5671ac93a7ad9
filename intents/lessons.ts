import type { IntentSpec } from "../src/bot/intent.ts";
import { countWord, makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { topicRule } from "../src/bot/route-predicates.ts";
import { t } from "../src/i18n/messages.ts";
import { compact, tokenize } from "../src/i18n/text.ts";
import { everyLanguage } from "../src/i18n/words.ts";
import { SURELY } from "../src/knowledge/confidence.ts";
import { indexLang } from "../src/knowledge/knowledge.ts";
import { localized } from "../src/knowledge/schema.ts";
import { asksForAList, asksForQuantity } from "../src/nlu/entities.ts";
import { answerFromPaper, paperReply } from "./search.ts";

/** Words that ask for the lessons as such ("what lessons were learned from the last strategy?"). */
const LIST_WORDS = new Set(
  [...everyLanguage((w) => w.lessonsList), "2018", "2021"].flatMap((w) => tokenize(w)),
);

function asksForTheList(text: string): boolean {
  return tokenize(text).filter((t) => !t.startsWith("~") && !LIST_WORDS.has(t)).length < 2;
}

export const lessonsIntent: IntentSpec = {
  id: "lessons",
  description: {
    en: "Lessons learned from the HR Strategy 2018–2021",
    zh: "从 2018-2021 年战略中吸取的经验教训",
  },
  routing: { group: "topic", rules: [topicRule()] },
  examples: {
    en: [
      "lessons learned",
      "what lessons were learned from the previous strategy",
      "what did the ILO learn from the HR strategy 2018-2021",
      "lesson about youth",
      "what is the lesson on dialogue",
      "lessons from the last strategy",
      "what's the lesson learned about employee experience",
      "key lessons",
    ],
    zh: [
      "经验教训",
      "吸取了哪些经验教训",
      "从上一个战略中学到了什么",
      "关于青年的经验教训",
      "对话这条经验教训是什么",
      "雇员体验的经验教训",
      "主要经验教训",
    ],
  },
  handle(context) {
    const { understanding, knowledge } = context;
    const lang = understanding.answerLang;
    const lessons = knowledge.kb.lessons;
    const text = compact(understanding.text);
    // Named by its title, or by any of its names the subject finder knows ("One ILO" in French).
    const byName = new Set(
      understanding.subjects
        .filter((s) => s.subject.kind === "lesson" && s.confidence >= SURELY)
        .map((s) => s.subject.id),
    );
    const named = lessons.filter((l) => byName.has(l.id) || text.includes(compact(localized(l.title, lang))));
    // "How many lessons?", "list the lessons": all of them, with their count, unless one is named.
    const wholeList =
      named.length === 0 && (asksForQuantity(understanding.text) || asksForAList(understanding.text));
    const searched = knowledge
      .searchLessons(understanding.text, indexLang(lang), 2)
      .filter((hit) => hit.score >= 4);
    // Questions about the section's own text (the progress made, what COVID-19 offered) are
    // answered by its passage when that fits better than any single lesson.
    if (named.length === 0 && !wholeList && !asksForTheList(understanding.text)) {
      const paper = answerFromPaper(context, "lessons");
      const passage = paper.passages[0];
      const inSection = passage && passage.item.section === "lessons";
      if (inSection && passage.score > (searched[0]?.score ?? 0) * 1.2)
        return paperReply(context, paper, "lessons");
    }
    const chosen = named.length > 0 ? named : wholeList ? [] : searched.slice(0, 1).map((hit) => hit.item);
    if (chosen.length > 0) {
      return makeReply(
        "lessons",
        understanding.lang,
        chosen.map((l) => paragraph(`${localized(l.title, lang)} — ${localized(l.text, lang)}`)),
        {
          title: t(lang, "lessons.title"),
          citations: chosen.map((l) => knowledge.citation(l.section, lang, l.paragraphs)),
          suggestions: suggestMessages(lang, ["suggest.allLessons"]),
        },
      );
    }
    return makeReply(
      "lessons",
      understanding.lang,
      [
        paragraph(t(lang, "lessons.all", { count: countWord(lessons.length, lang) })),
        {
          kind: "list",
          items: lessons.map((l) => `${localized(l.title, lang)} — ${localized(l.text, lang)}`),
        },
      ],
      { citations: [knowledge.citation("lessons", lang, [6])] },
    );
  },
};
