import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { SMALL_TALK } from "../src/bot/route-predicates.ts";
import { t } from "../src/i18n/messages.ts";
import { anyLanguage } from "../src/i18n/words.ts";
import { localized } from "../src/knowledge/schema.ts";
import { STARTER_QUESTIONS } from "./help.ts";

const THANKS = anyLanguage((w) => w.greetingThanks, "i");

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
      return makeReply("greeting", understanding.lang, [paragraph(t(lang, "greeting.thanks"))], {
        suggestions: suggestMessages(lang, STARTER_QUESTIONS),
      });
    }
    const title = localized(knowledge.kb.paper.title, lang);
    return makeReply("greeting", understanding.lang, [paragraph(t(lang, "greeting.hello", { title }))], {
      suggestions: suggestMessages(lang, STARTER_QUESTIONS),
    });
  },
};
