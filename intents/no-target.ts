import { figureOfDeliverable, figureOfUnsetTopic, targetOfFact } from "../src/bot/figure-asked.ts";
import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply, ReplyPart } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { asks, namesTheStrategy } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { SURELY } from "../src/knowledge/confidence.ts";
import { localized } from "../src/knowledge/schema.ts";

/**
 * A figure asked of a topic the strategy mentions without setting one ("what is the disability
 * target?"): it says so, then what the paper does say about it, with the paragraphs — never a
 * figure of another subject.
 */
export function noTargetReply(context: IntentContext): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const named = understanding.subjects.find((s) => s.subject.kind === "unsetTopic");
  // A deliverable or a fact asked of comes before a topic only its words apart suggest (both
  // rules leave a topic named surely to this one).
  if (figureOfDeliverable(understanding)) return deliverableReply(context);
  if (targetOfFact(understanding)) return factReply(context);
  const topic = knowledge.kb.unsetTopics.find((t) => t.id === named?.subject.id);
  if (!topic) return noFigureOfThat(context);
  const parts: ReplyPart[] = [
    paragraph(t(lang, "noTarget.noFigure", { topic: localized(topic.name, lang) })),
  ];
  if (topic.note) parts.push(paragraph(localized(topic.note, lang)));
  if (topic.mentions.length > 0) {
    parts.push(paragraph(t(lang, "noTarget.mentions")), {
      kind: "list",
      items: topic.mentions.map((m) => localized(m.what, lang)),
    });
  } else if (!topic.note) {
    parts.push(paragraph(t(lang, "noTarget.notMentioned")));
  }
  // An indicator named as well ("… digital transformation cut the carbon footprint"): offered, not assumed.
  const indicator = understanding.indicators.find((m) => m.target.kind === "indicator")?.target;
  const offered = indicator?.kind === "indicator" ? indicator.indicator : undefined;
  if (offered)
    parts.push(paragraph(t(lang, "noTarget.didYouMean", { indicator: localized(offered.heading, lang) })));
  return makeReply("no_target", understanding.lang, parts, {
    subjects: [`unsetTopic:${topic.id}`],
    citations: topic.mentions.map((m) => knowledge.citation(m.section, lang, m.paragraphs)),
    ...(offered ? { outcome: "clarify" as const } : {}),
    suggestions: offered
      ? [
          {
            label: t(lang, "noTarget.indicatorTarget", { indicator: localized(offered.heading, lang) }),
            message: t(lang, "noTarget.indicatorTarget", { indicator: localized(offered.heading, lang) }),
          },
        ]
      : suggestMessages(lang, ["suggest.allIndicators", "suggest.whatCanYouDo"]),
  });
}

/** A figure asked of a key deliverable: none is set; the deliverable, its focus area and the nearest indicator, offered. */
function deliverableReply(context: IntentContext): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const named = understanding.subjects.find((s) => s.subject.kind === "deliverable");
  const focus = named ? knowledge.focusAreaOfDeliverable(named.subject.id) : undefined;
  const deliverable = focus?.deliverables.find((d) => d.id === named?.subject.id);
  if (!named || !focus || !deliverable) return noFigureOfThat(context);
  return itemReply(context, named.alias, {
    intro: t(lang, "noTarget.deliverableOf", { number: focus.number, title: localized(focus.title, lang) }),
    text: localized(deliverable.text, lang),
    subject: `focusArea:${focus.id}`,
    citation: knowledge.citation(focus.section, lang, focus.paragraphs),
  });
}

/** A target asked of a fact: none is set; what the paper states, and the nearest indicator, offered. */
function factReply(context: IntentContext): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const named = understanding.subjects.find((s) => s.subject.kind === "fact");
  const fact = knowledge.kb.facts.find((f) => f.id === named?.subject.id);
  if (!named || !fact) return noFigureOfThat(context);
  return itemReply(context, named.alias, {
    intro: t(lang, "noTarget.mentions"),
    text: localized(fact.text, lang),
    subject: `fact:${fact.id}`,
    citation: knowledge.citation(fact.section, lang, fact.paragraphs),
  });
}

function noFigureOfThat({ understanding }: IntentContext): Reply {
  return makeReply("no_target", understanding.lang, [
    paragraph(t(understanding.answerLang, "noTarget.noFigureThat")),
  ]);
}

/** "No figure for <name>", what the paper says of the item, and the indicator named beside it offered. */
function itemReply(
  { understanding }: IntentContext,
  name: string,
  item: { intro: string; text: string; subject: string; citation: string },
): Reply {
  const lang = understanding.answerLang;
  const parts: ReplyPart[] = [
    paragraph(t(lang, "noTarget.noFigure", { topic: name })),
    paragraph(item.intro),
    { kind: "list", items: [item.text] },
  ];
  const indicator = understanding.indicators.find((m) => m.target.kind === "indicator")?.target;
  const offered = indicator?.kind === "indicator" ? indicator.indicator : undefined;
  if (offered)
    parts.push(paragraph(t(lang, "noTarget.didYouMean", { indicator: localized(offered.heading, lang) })));
  const label = offered
    ? t(lang, "noTarget.indicatorTarget", { indicator: localized(offered.heading, lang) })
    : undefined;
  return makeReply("no_target", understanding.lang, parts, {
    subjects: [item.subject],
    citations: [item.citation],
    ...(offered ? { outcome: "clarify" as const } : {}),
    suggestions: label
      ? [{ label, message: label }]
      : suggestMessages(lang, ["suggest.allIndicators", "suggest.whatCanYouDo"]),
  });
}

export const noTargetIntent: IntentSpec = {
  id: "no_target",
  description: {
    en: "A figure asked of a topic the strategy mentions without setting one",
    zh: "询问战略提到但未设定数值的主题的目标",
  },
  routing: {
    group: "decline",
    rules: [
      {
        priority: STAGES.subject + 8,
        why: "the question's subject is a topic the strategy sets no figure for, and it asks for one",
        when: figureOfUnsetTopic,
      },
      {
        // Above the decline of a topic the paper never mentions: asked of the strategy by name, the
        // topic's note says what the paper says instead (pay follows the ICSC).
        priority: STAGES.subject + 3,
        why: "a topic the paper never mentions, asked of the strategy by name (“what does the strategy say about salaries?”)",
        when: (u) => u.unmentionedTopic && namesTheStrategy(u),
      },
      {
        // Below every topic: only what nothing else claims ("劳工组织现在是不是想多招年轻人？") and the
        // classifier would decline, which the passage search would then decline too; the reply
        // says what the paper says of it.
        priority: STAGES.topic - 2,
        why: "a topic the paper mentions without a figure, named surely before anything else, asked about, where the classifier would decline and nothing else claimed the message",
        when: (u, c) => {
          const first = u.subjects.find((s) => s.subject.kind !== "paper");
          return (
            first?.subject.kind === "unsetTopic" &&
            first.confidence >= SURELY &&
            !u.unmentionedTopic &&
            u.indicators.length === 0 &&
            asks(u) &&
            // otherwise the passage search answers, with the paper's own words on it
            c.groupOf?.(u.classified.intent) === "decline"
          );
        },
      },
      {
        priority: STAGES.subject + 8,
        why: "a figure asked of a key deliverable, which the strategy gives none",
        when: figureOfDeliverable,
      },
      {
        priority: STAGES.subject + 8,
        why: "a target asked of a fact the paper states: facts are no targets",
        when: targetOfFact,
      },
    ],
  },
  examples: {
    en: [
      "what is the disability target",
      "target for young professionals",
      "what's the carbon footprint goal",
      "how many people should telework by 2025",
      "what is the target for onboarding",
      "racism target",
    ],
    zh: [
      "残疾人的目标是多少",
      "青年职员的目标",
      "碳足迹目标",
      "远程办公人数的目标",
      "入职培训的目标",
      "心理健康的指标是多少",
    ],
  },
  handle: noTargetReply,
};
