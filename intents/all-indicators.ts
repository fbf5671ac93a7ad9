import type { IntentSpec } from "../src/bot/intent.ts";
import type { ReplyPart } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { topicRule } from "../src/bot/route-predicates.ts";
import { indicatorRow, LABELS } from "../src/bot/views.ts";

export const allIndicatorsIntent: IntentSpec = {
  id: "all_indicators",
  description: { en: "All key indicators in a compact table", zh: "所有关键指标一览" },
  routing: { group: "topic", rules: [topicRule({ listing: true })] },
  examples: {
    en: [
      "all indicators",
      "list all the key indicators",
      "show me the indicators table",
      "what are the KPIs",
      "key indicators of the strategy",
      "what indicators are in the appendix",
      "all targets",
      "show all targets and milestones",
      "indicators for outcome 2",
      "how will progress be measured",
    ],
    zh: [
      "所有指标",
      "列出全部关键指标",
      "关键指标一览",
      "附录里有哪些指标",
      "所有目标",
      "全部目标和里程碑",
      "成果目标2的指标",
      "如何衡量进展",
    ],
  },
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    const zh = lang === "zh";
    const outcomes = understanding.outcome ? [understanding.outcome] : [1, 2, 3];
    const columns = [
      LABELS.measure[lang],
      LABELS.baseline[lang],
      LABELS.milestone[lang],
      LABELS.target[lang],
    ];
    const parts: ReplyPart[] = [];
    for (const number of outcomes) {
      const outcome = knowledge.outcome(number);
      parts.push(paragraph(outcome ? outcome.title[lang] : `${LABELS.outcome[lang]} ${number}`));
      parts.push({
        kind: "table",
        columns,
        rows: knowledge.indicatorsOf(number).map((i) => indicatorRow(i, lang)),
      });
    }
    const count = outcomes.reduce((n, o) => n + knowledge.indicatorsOf(o).length, 0);
    return makeReply("all_indicators", understanding.lang, parts, {
      title: zh ? `关键指标(${count} 项)` : `Key indicators (${count})`,
      citations: outcomes.map((o) => knowledge.citation(`appendix-outcome-${o}`, lang)),
      suggestions: suggest(lang, [
        { en: "mobility target", zh: "流动性目标" },
        { en: "women in P5 and above", zh: "P5及以上女性比例" },
      ]),
    });
  },
};
