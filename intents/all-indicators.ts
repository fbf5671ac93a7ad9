import type { IntentSpec, Understanding } from "../src/bot/intent.ts";
import type { ReplyPart } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { FIGURE_FACETS, NAMES_AN_INDICATOR, topicRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { indicatorRow, label } from "../src/bot/views.ts";
import { t } from "../src/i18n/messages.ts";
import { anyLanguage } from "../src/i18n/words.ts";
import { localized } from "../src/knowledge/schema.ts";

/** "Which indicator has the highest target?": indicators compared with one another. */
const COMPARES = anyLanguage((w) => w.routing.comparesIndicators, "i");

function comparesIndicators(u: Understanding): boolean {
  return (
    u.indicators.length === 0 &&
    COMPARES.test(u.text) &&
    (NAMES_AN_INDICATOR.test(u.text) || u.facets.some((f) => FIGURE_FACETS.has(f)))
  );
}

export const allIndicatorsIntent: IntentSpec = {
  id: "all_indicators",
  description: { en: "All key indicators in a compact table", zh: "所有关键指标一览" },
  routing: {
    group: "topic",
    rules: [
      topicRule({ listing: true }),
      {
        // The paper ranks none of them: every figure is shown, so the asker compares them.
        priority: STAGES.subject + 4,
        why: "indicators compared with one another (“which indicator has the highest target?”), none named",
        when: comparesIndicators,
      },
    ],
  },
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
    const outcomes = understanding.outcome ? [understanding.outcome] : [1, 2, 3];
    const columns = [
      label("measure", lang),
      label("baseline", lang),
      label("milestone", lang),
      label("target", lang),
    ];
    const parts: ReplyPart[] = comparesIndicators(understanding)
      ? [paragraph(t(lang, "indicators.compared"))]
      : [];
    for (const number of outcomes) {
      const outcome = knowledge.outcome(number);
      parts.push(
        paragraph(outcome ? localized(outcome.title, lang) : t(lang, "label.outcomeNumber", { number })),
      );
      parts.push({
        kind: "table",
        columns,
        rows: knowledge.indicatorsOf(number).map((i) => indicatorRow(i, lang)),
      });
    }
    const count = outcomes.reduce((n, o) => n + knowledge.indicatorsOf(o).length, 0);
    return makeReply("all_indicators", understanding.lang, parts, {
      title: t(lang, "indicators.title", { count }),
      citations: outcomes.map((o) => knowledge.citation(`appendix-outcome-${o}`, lang)),
      suggestions: suggestMessages(lang, ["suggest.mobilityTarget", "suggest.womenP5"]),
    });
  },
};
