import type { IntentContext, IntentSpec, Understanding } from "../src/bot/intent.ts";
import type { Reply, ReplyPart } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestTexts } from "../src/bot/reply.ts";
import { isShort, topicRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { anyLanguage } from "../src/i18n/words.ts";
import { PLAUSIBLY, SURELY } from "../src/knowledge/confidence.ts";
import type { FocusArea, Outcome } from "../src/knowledge/schema.ts";
import { localized } from "../src/knowledge/schema.ts";
import { answerFromPaper } from "./search.ts";

function allOutcomes({ understanding, knowledge }: IntentContext): Reply {
  const lang = understanding.answerLang;
  return makeReply(
    "outcome",
    understanding.lang,
    [
      paragraph(t(lang, "outcome.list")),
      {
        kind: "list",
        items: knowledge.kb.outcomes.map(
          (o) => `${localized(o.title, lang)} — ${localized(o.statement, lang)}`,
        ),
      },
    ],
    {
      citations: [knowledge.citation("priorities", lang, [7])],
      suggestions: suggestTexts(
        knowledge.kb.outcomes.map((o) => t(lang, "label.outcomeNumber", { number: o.number })),
      ),
    },
  );
}

function oneOutcome({ understanding, knowledge }: IntentContext, outcome: Outcome): Reply {
  const lang = understanding.answerLang;
  const focus = knowledge.focusAreasOf(outcome.number);
  const indicators = knowledge.indicatorsOf(outcome.number);
  const parts: ReplyPart[] = [
    paragraph(localized(outcome.statement, lang)),
    paragraph(localized(outcome.summary, lang)),
    paragraph(t(lang, "outcome.focusAreas")),
    { kind: "list", items: focus.map((f) => localized(f.title, lang)) },
    paragraph(t(lang, "outcome.indicators")),
    { kind: "list", items: indicators.map((i) => localized(i.heading, lang)) },
  ];
  return makeReply("outcome", understanding.lang, parts, {
    title: t(lang, "outcome.title", { number: outcome.number, title: localized(outcome.title, lang) }),
    subjects: [`outcome:${outcome.number}`],
    citations: [knowledge.citation(outcome.section, lang, outcome.paragraphs)],
    suggestions: suggestTexts(focus.map((f) => t(lang, "label.focusAreaNumber", { number: f.number }))),
  });
}

/** The focus area a named focus area or deliverable is, or is in, within that outcome. */
function focusAreaNamed(context: IntentContext, outcome: Outcome): FocusArea | undefined {
  const { understanding, knowledge } = context;
  for (const { subject } of understanding.subjects) {
    const area =
      subject.kind === "focusArea"
        ? knowledge.kb.focusAreas.find((f) => f.id === subject.id)
        : subject.kind === "deliverable"
          ? knowledge.focusAreaOfDeliverable(subject.id)
          : undefined;
    if (area) return area.outcome === outcome.number ? area : undefined;
  }
  return undefined;
}

/** "X comes under Outcome 2: …" (and focus area 2.3, when X is or is in one), with that outcome's own citation. */
function comesUnder(context: IntentContext, outcome: Outcome): Reply {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const where = knowledge.citation(outcome.section, lang, outcome.paragraphs);
  const area = focusAreaNamed(context, outcome);
  const title = localized(outcome.title, lang);
  const said = area
    ? t(lang, "outcome.comesUnderIn", {
        number: outcome.number,
        title,
        area: area.number,
        areaTitle: localized(area.title, lang),
      })
    : t(lang, "outcome.comesUnder", { number: outcome.number, title });
  return makeReply("outcome", understanding.lang, [paragraph(said)], {
    subjects: [`outcome:${outcome.number}`],
    citations: [where],
    suggestions: suggestTexts([t(lang, "label.outcomeNumber", { number: outcome.number })]),
  });
}

/** "Which outcome covers X?": the outcome of the passage that best matches X. */
function outcomeOfTopic(context: IntentContext): Reply | undefined {
  const { understanding, knowledge } = context;
  const lang = understanding.answerLang;
  const best = answerFromPaper(context).passages[0];
  const number = best ? knowledge.outcomeOfSection(best.item.section) : undefined;
  const outcome = number ? knowledge.outcome(number) : undefined;
  if (!best || !outcome) return undefined;
  const where = knowledge.citation(best.item.section, lang, best.item.paragraphs);
  return makeReply(
    "outcome",
    understanding.lang,
    [
      paragraph(
        t(lang, "outcome.comesUnder", { number: outcome.number, title: localized(outcome.title, lang) }),
      ),
      { kind: "quote", text: localized(best.item.text, lang), source: where },
    ],
    {
      citations: [where],
      suggestions: suggestTexts([t(lang, "label.outcomeNumber", { number: outcome.number })]),
    },
  );
}

const listing = topicRule({ listing: true, named: (u) => u.outcome !== undefined });

/** "outcome", "成果目标", "résultat"…: the nouns of the strategy's own parts. */
const SCOPE_NOUN = anyLanguage((w) => w.intents.scope, "i");

/**
 * "Which P&B outcome does the strategy link to?": a fact named surely by a name that says
 * "outcome" is an outcome of another plan than the strategy's own three; the fact answers.
 */
function namesAnotherOutcome(u: Understanding): boolean {
  const [first] = u.subjects;
  return first?.subject.kind === "fact" && first.confidence >= SURELY && SCOPE_NOUN.test(first.alias);
}

export const outcomeIntent: IntentSpec = {
  id: "outcome",
  description: { en: "One outcome or all three", zh: "成果目标(一个或全部)" },
  routing: {
    group: "topic",
    rules: [
      {
        priority: STAGES.subject + 3,
        why: "“which outcome does X belong to?” about something that is not an indicator",
        when: (u) => u.facets.includes("outcome") && u.outcome === undefined && !namesAnotherOutcome(u),
      },
      {
        ...listing,
        when: (u, context, self) => !namesAnotherOutcome(u) && listing.when(u, context, self),
      },
      {
        priority: STAGES.shortMention,
        why: "a short message naming an outcome",
        when: (u) => isShort(u) && u.outcome !== undefined,
      },
    ],
  },
  examples: {
    en: [
      "what are the three outcomes",
      "list the outcomes",
      "tell me about outcome 2",
      "what is outcome 1",
      "outcome 3",
      "what does outcome 2 cover",
      "which focus areas are under outcome 1",
      "expected outcomes of the strategy",
      "what are the key outcomes",
      "which outcome covers flexible working",
    ],
    zh: [
      "三个成果目标是什么",
      "成果目标2是什么",
      "介绍一下成果目标一",
      "成果目标3",
      "成果目标1包括哪些重点领域",
      "战略的预期成果",
      "有哪些成果目标",
      "灵活工作属于哪个成果目标",
    ],
  },
  handle(context) {
    const { understanding, knowledge } = context;
    // An outcome named by number, or by its title ("le résultat personnel diversifié") when the
    // question does not ask which outcome something else falls under.
    const [first] = understanding.subjects;
    const byTitle =
      first?.subject.kind === "outcome" &&
      first.confidence >= SURELY &&
      !understanding.facets.includes("outcome")
        ? Number(first.subject.id)
        : undefined;
    const number = understanding.outcome ?? byTitle;
    const outcome = number ? knowledge.outcome(number) : undefined;
    if (outcome) return oneOutcome(context, outcome);
    if (understanding.facets.includes("outcome")) {
      // "绩效问责属于哪个成果目标": the outcome the subject finder read for what is named (an
      // indicator, a focus area) before any passage that merely mentions it.
      const derived =
        first?.subject.kind === "outcome" && first.confidence >= PLAUSIBLY
          ? knowledge.outcome(Number(first.subject.id))
          : undefined;
      if (derived) return comesUnder(context, derived);
      return outcomeOfTopic(context) ?? allOutcomes(context);
    }
    return allOutcomes(context);
  },
};
