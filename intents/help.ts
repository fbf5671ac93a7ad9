import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { SMALL_TALK } from "../src/bot/route-predicates.ts";
import { t } from "../src/i18n/messages.ts";

export const STARTER_QUESTIONS = [
  "starter.mobility",
  "starter.womenP5",
  "starter.allIndicators",
  "starter.focusArea22",
] as const;

export const helpIntent: IntentSpec = {
  id: "help",
  description: { en: "What the assistant can do", zh: "助手能做什么" },
  routing: {
    group: "smalltalk",
    rules: [SMALL_TALK],
  },
  examples: {
    en: [
      "help",
      "what can you do",
      "what can I ask you",
      "how does this work",
      "commands",
      "what do you know",
      "menu",
      "options",
      "I need help",
      "what questions can you answer",
    ],
    zh: [
      "帮助",
      "你能做什么",
      "我可以问什么",
      "怎么用",
      "有哪些功能",
      "使用说明",
      "菜单",
      "你能回答什么问题",
    ],
    fr: ["aide", "que peux-tu faire"],
    es: ["ayuda", "qué puedes hacer"],
  },
  handle({ understanding }) {
    const lang = understanding.answerLang;
    const items = (
      ["indicators", "outcomes", "context", "paper", "requests", "process", "reviewers", "language"] as const
    ).map((k) => t(lang, `help.${k}`));
    return makeReply(
      "help",
      understanding.lang,
      [paragraph(t(lang, "help.intro")), { kind: "list", items }, paragraph(t(lang, "help.personal"))],
      { suggestions: suggestMessages(lang, STARTER_QUESTIONS) },
    );
  },
};
