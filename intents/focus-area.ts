import type { IntentSpec } from "../src/bot/intent.ts";
import type { ReplyPart } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestTexts } from "../src/bot/reply.ts";
import { asksFigures, isShort, topicRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { formatList } from "../src/i18n/format.ts";
import { t } from "../src/i18n/messages.ts";
import { foldAccents } from "../src/i18n/text.ts";
import { anyLanguage } from "../src/i18n/words.ts";
import { PLAUSIBLY } from "../src/knowledge/confidence.ts";
import type { FocusArea } from "../src/knowledge/schema.ts";
import { localized } from "../src/knowledge/schema.ts";
import { ASKS_DELIVERABLE } from "../src/knowledge/subjects.ts";

/**
 * "Which focus area covers …?", accents off: a question word before the word for a focus area,
 * so "objectif du domaine d'action 1.2" is not one.
 */
const ASKS_WHICH_FOCUS_AREA = anyLanguage((w) => w.intents.whichFocusArea, "i");

/**
 * A summary's opening paragraph, with the list it announces when it ends in a colon ("… in the
 * following key areas:"): a sentence cut before its list says nothing.
 */
function openingOf(summary: string): ReplyPart[] {
  const [first = summary, ...rest] = summary.split("\n");
  if (!/[:：]\s*$/.test(first)) return [paragraph(first)];
  const items: string[] = [];
  for (const line of rest) {
    if (!line.startsWith("•")) break;
    items.push(line.replace(/^•\s*/, ""));
  }
  return items.length > 0 ? [paragraph(first), { kind: "list", items }] : [paragraph(first)];
}

export const focusAreaIntent: IntentSpec = {
  id: "focus_area",
  description: { en: "A focus area: its summary and key deliverables", zh: "重点领域：概要和主要交付成果" },
  routing: {
    group: "topic",
    rules: [
      topicRule({
        listing: true,
        named: (u) =>
          u.focusArea !== undefined ||
          u.focusAreaByTitle !== undefined ||
          u.outcome !== undefined ||
          u.subjects[0]?.subject.kind === "focusArea",
      }),
      {
        priority: STAGES.subject + 7,
        why: "asks which focus area covers something it names, and the question frame finds the focus area",
        when: (u) =>
          ASKS_WHICH_FOCUS_AREA.test(foldAccents(u.text)) &&
          u.subjects[0]?.subject.kind === "focusArea" &&
          !asksFigures(u),
      },
      {
        priority: STAGES.subject + 7,
        why: "asks for the key deliverables on something it names (“is there a deliverable on mobility?”): the focus area that lists them",
        when: (u) =>
          ASKS_DELIVERABLE.test(foldAccents(u.text)) &&
          u.subjects[0]?.subject.kind === "focusArea" &&
          !asksFigures(u),
      },
      {
        priority: STAGES.shortMention + 1,
        why: "a short message naming a focus area",
        when: (u) => isShort(u) && u.focusArea !== undefined,
      },
    ],
  },
  examples: {
    en: [
      "what is focus area 2.2 about",
      "focus area 1.3",
      "tell me about focus area 3.1",
      "what are the deliverables of focus area 1.1",
      "key deliverables for new ways of working",
      "list the focus areas",
      "what are the eight focus areas",
      "deliverables under HR analytics",
      "what will be delivered for a respectful and ethical workplace",
      "summary of focus area 2.1",
    ],
    zh: [
      "重点领域2.2是什么",
      "重点领域1.3",
      "介绍一下重点领域3.1",
      "重点领域1.1的主要交付成果",
      "新的工作方式的交付成果",
      "有哪些重点领域",
      "八个重点领域",
      "人力资源分析的主要交付成果",
    ],
  },
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    let focus: FocusArea | undefined = understanding.focusArea
      ? knowledge.focusArea(understanding.focusArea)
      : undefined;
    if (!focus && understanding.focusAreaByTitle && understanding.outcome === undefined) {
      focus = knowledge.focusArea(understanding.focusAreaByTitle);
    }
    // "Which focus area deals with harassment?": the subject finder's focus area for what is named.
    const named = understanding.subjects[0];
    if (!focus && named?.subject.kind === "focusArea" && named.confidence >= PLAUSIBLY) {
      focus = knowledge.kb.focusAreas.find((f) => f.id === named.subject.id);
    }
    if (!focus) {
      const list = understanding.outcome
        ? knowledge.focusAreasOf(understanding.outcome)
        : knowledge.kb.focusAreas;
      return makeReply(
        "focus_area",
        understanding.lang,
        [
          paragraph(t(lang, "focusArea.list")),
          { kind: "list", items: list.map((f) => localized(f.title, lang)) },
        ],
        {
          citations: [knowledge.citation("priorities", lang, [7])],
          suggestions: suggestTexts(
            list.slice(0, 4).map((f) => t(lang, "label.focusAreaNumber", { number: f.number })),
          ),
        },
      );
    }
    const outcome = knowledge.outcome(focus.outcome);
    const partners = knowledge.kb.partnerships.filter((p) => p.section === focus.section);
    return makeReply(
      "focus_area",
      understanding.lang,
      [
        // The opening paragraph; the rest is one question away ("what does focus area 2.2 say about …").
        ...openingOf(localized(focus.summary, lang)),
        // With its count: "how many key deliverables does 2.1 have?" is answered by this line.
        paragraph(t(lang, "focusArea.deliverables", { count: focus.deliverables.length })),
        { kind: "list", items: focus.deliverables.map((d) => localized(d.text, lang)) },
        // "which offices jointly strengthen ethical conduct under 2.3?": the partners it names.
        ...(partners.length > 0
          ? [
              paragraph(
                t(lang, "focusArea.partners", {
                  names: formatList(
                    partners.map((p) => localized(p.name, lang)),
                    lang,
                  ),
                }),
              ),
            ]
          : []),
      ],
      {
        title: localized(focus.title, lang),
        subjects: [`focusArea:${focus.id}`],
        citations: [knowledge.citation(focus.section, lang, focus.paragraphs)],
        suggestions: suggestTexts([
          t(lang, "label.outcomeNumber", { number: focus.outcome }),
          ...(outcome ? [t(lang, "suggest.indicatorsOfOutcome", { number: outcome.number })] : []),
        ]),
      },
    );
  },
};
