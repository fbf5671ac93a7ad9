import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { SMALL_TALK } from "../src/bot/route-predicates.ts";
import { STARTER_QUESTIONS } from "./help.ts";

const THANKS = /thank|thx|cheers|谢谢|多谢|感谢|merci|gracias/i;

export const greetingIntent: IntentSpec = {
  id: "greeting",
  description: { en: "Hello and welcome", zh: "问候" },
  routing: {
    group: "smalltalk",
    rules: [SMALL_TALK],
  },
  examples: {
    en: [
      "hi",
      "hello",
      "hey there",
      "good morning",
      "hello bot",
      "thanks",
      "thank you",
      "good afternoon",
      "hi, who are you?",
    ],
    zh: ["你好", "您好", "早上好", "嗨", "谢谢", "你是谁", "下午好"],
    fr: ["bonjour", "salut", "merci"],
    es: ["hola", "buenos días", "gracias"],
  },
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    if (THANKS.test(understanding.text)) {
      return makeReply(
        "greeting",
        understanding.lang,
        [
          paragraph(
            lang === "zh" ? "不客气！还有什么可以帮您？" : "You're welcome! Anything else I can help with?",
          ),
        ],
        { suggestions: suggest(lang, STARTER_QUESTIONS) },
      );
    }
    const title = knowledge.kb.paper.title[lang];
    return makeReply(
      "greeting",
      understanding.lang,
      [
        paragraph(
          lang === "zh"
            ? `您好！我是人力资源战略助手，可以回答有关《${title}》的问题：三个成果目标、八个重点领域、主要交付成果和关键指标。`
            : `Hello! I'm the HR Strategy Assistant. I answer questions about the ${title}: its three outcomes, eight focus areas, key deliverables and key indicators.`,
        ),
      ],
      { suggestions: suggest(lang, STARTER_QUESTIONS) },
    );
  },
};
