import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { topicRule } from "../src/bot/route-predicates.ts";
import { t } from "../src/i18n/messages.ts";
import { localized } from "../src/knowledge/schema.ts";

export const overviewIntent: IntentSpec = {
  id: "overview",
  description: { en: "What the strategy is, in brief", zh: "战略概览" },
  routing: { group: "topic", rules: [topicRule({ listing: true })] },
  examples: {
    en: [
      "what is the HR strategy",
      "give me an overview of the strategy",
      "summarise the HR strategy 2022-2025",
      "what is this strategy about",
      "tell me about the human resources strategy",
      "what are the main goals of the strategy",
      "strategy overview",
      "in a nutshell what does the strategy say",
    ],
    zh: [
      "人力资源战略是什么",
      "战略概览",
      "简要介绍一下这个战略",
      "2022-2025年人力资源战略讲了什么",
      "这个战略的主要内容",
      "战略的主要目标是什么",
    ],
  },
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    const { paper, outcomes, focusAreas, indicators, decision } = knowledge.kb;
    return makeReply(
      "overview",
      understanding.lang,
      [
        paragraph(
          t(lang, "overview.paper", {
            title: localized(paper.title, lang),
            subtitle: localized(paper.subtitle, lang),
            symbol: paper.symbol,
            session: localized(paper.session, lang),
            purpose: localized(paper.purpose, lang),
          }),
        ),
        paragraph(
          t(lang, "overview.counts", {
            outcomes: outcomes.length,
            focusAreas: focusAreas.length,
            indicators: indicators.length,
          }),
        ),
        {
          kind: "list",
          items: outcomes.map((o) => `${localized(o.title, lang)} — ${localized(o.statement, lang)}`),
        },
        paragraph(localized(decision.adopted.text, lang)),
      ],
      {
        citations: [knowledge.citation("priorities", lang, [7]), knowledge.citation("decision", lang)],
        suggestions: suggestMessages(lang, [
          "suggest.outcome1",
          "suggest.allIndicators",
          "suggest.lessonsLearned",
        ]),
      },
    );
  },
};
