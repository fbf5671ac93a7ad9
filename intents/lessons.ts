import type { IntentSpec } from "../src/bot/intent.ts";
import { countWord, makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { compact } from "../src/nlu/text.ts";

export const lessonsIntent: IntentSpec = {
  id: "lessons",
  description: {
    en: "Lessons learned from the HR Strategy 2018–2021",
    zh: "从 2018-2021 年战略中吸取的经验教训",
  },
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
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    const zh = lang === "zh";
    const lessons = knowledge.kb.lessons;
    const text = compact(understanding.text);
    const named = lessons.filter((l) => text.includes(compact(l.title[lang])));
    const searched = knowledge.searchLessons(understanding.text, lang, 2).filter((hit) => hit.score >= 4);
    const chosen = named.length > 0 ? named : searched.slice(0, 1).map((hit) => hit.item);
    if (chosen.length > 0) {
      return makeReply(
        "lessons",
        understanding.lang,
        chosen.map((l) => paragraph(`${l.title[lang]} — ${l.text[lang]}`)),
        {
          title: zh ? "经验教训" : "Lesson learned",
          citations: chosen.map((l) => knowledge.citation(l.section, lang, l.paragraphs)),
          suggestions: suggest(lang, [{ en: "all lessons learned", zh: "所有经验教训" }]),
        },
      );
    }
    return makeReply(
      "lessons",
      understanding.lang,
      [
        paragraph(
          zh
            ? `制定新战略时考虑了从《人力资源战略(2018-2021 年)》中吸取的${countWord(lessons.length, lang)}条经验教训：`
            : `The new strategy draws on ${countWord(lessons.length, lang)} lessons learned from the HR Strategy 2018–2021:`,
        ),
        { kind: "list", items: lessons.map((l) => `${l.title[lang]} — ${l.text[lang]}`) },
      ],
      { citations: [knowledge.citation("lessons", lang, [6])] },
    );
  },
};
