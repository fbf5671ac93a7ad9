import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply } from "../src/bot/messages.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { STAGES } from "../src/bot/routing.ts";
import type { Locale } from "../src/i18n/locale.ts";
import { t } from "../src/i18n/messages.ts";
import { foldAccents } from "../src/i18n/text.ts";
import { alternatives, anyLanguage } from "../src/i18n/words.ts";

type Countable =
  | "deliverables"
  | "focusAreas"
  | "indicators"
  | "outcomes"
  | "lessons"
  | "risks"
  | "assumptions";

import { SURELY } from "../src/knowledge/confidence.ts";
import type { Knowledge } from "../src/knowledge/knowledge.ts";
import { localized } from "../src/knowledge/schema.ts";
import { asksForQuantity } from "../src/nlu/entities.ts";

/**
 * "How many key deliverables are there?": the count leads, from the knowledge base, then the
 * list. Asked of one outcome or focus area by number, the other intents answer.
 */
const COUNTABLE: [Countable, RegExp][] = (
  ["deliverables", "focusAreas", "indicators", "outcomes", "lessons", "risks", "assumptions"] as const
).map((what) => [what, anyLanguage((w) => w.count.items[what], "i")]);

/** A share asked, not a number of items: "what share", "quelle part", "qué porcentaje", "比例". */
const SHARE = new RegExp(`${alternatives((w) => w.count.share)}|%`, "i");

const A_REQUEST = anyLanguage((w) => w.count.request, "i");

/** What is counted, read with accents off so that "áreas" and "leçons" are words like any other. */
function counted(text: string): Countable | undefined {
  const plain = foldAccents(text);
  return COUNTABLE.find(([, re]) => re.test(plain))?.[0];
}

function itemsOf(knowledge: Knowledge, what: Countable, lang: Locale): string[] {
  const kb = knowledge.kb;
  switch (what) {
    case "deliverables":
      return kb.focusAreas.flatMap((f) =>
        f.deliverables.map((d) => `${f.number} · ${localized(d.text, lang)}`),
      );
    case "focusAreas":
      return kb.focusAreas.map((f) => `${f.number} · ${localized(f.title, lang)}`);
    case "indicators":
      return kb.indicators.map((i) => localized(i.heading, lang));
    case "outcomes":
      return kb.outcomes.map((o) => `${o.number} · ${localized(o.title, lang)}`);
    case "lessons":
      return kb.lessons.map((l) => localized(l.title, lang));
    case "risks":
      return kb.risks.map((r) => localized(r.title, lang));
    case "assumptions":
      return kb.assumptions.map((a) => localized(a.text, lang));
  }
}

function countReply({ understanding, knowledge }: IntentContext): Reply {
  const lang = understanding.answerLang;
  const what = counted(understanding.text) ?? "deliverables";
  const items = itemsOf(knowledge, what, lang);
  return makeReply(
    "count",
    understanding.lang,
    [paragraph(t(lang, `count.${what}`, { n: items.length })), { kind: "list", items }],
    { subjects: [`count:${what}`] },
  );
}

export const countIntent: IntentSpec = {
  id: "count",
  description: { en: "How many of a kind of item the strategy has", zh: "战略中某类内容的数量" },
  routing: {
    group: "topic",
    rules: [
      {
        priority: STAGES.subject + 6,
        why: "“how many key deliverables …?” of the strategy as a whole, not of one numbered part",
        when: (u) =>
          asksForQuantity(u.text) &&
          counted(u.text) !== undefined &&
          u.outcome === undefined &&
          u.focusArea === undefined &&
          // "How many deliverables does the HR analytics focus area have?" is about that one.
          u.focusAreaByTitle === undefined &&
          // Named surely: "across the 3 outcomes" names none of them.
          !u.subjects.some(
            (m) => (m.subject.kind === "focusArea" || m.subject.kind === "outcome") && m.confidence >= SURELY,
          ) &&
          // An indicator named, not merely one its words might describe ("hypothèses de départ").
          !u.indicators.some((m) => m.confidence >= SURELY) &&
          // A share within one of them ("quelle part de l'effectif") is no count of them.
          !SHARE.test(foldAccents(u.text)) &&
          u.requestId === undefined &&
          !A_REQUEST.test(u.text),
      },
    ],
  },
  examples: {
    en: [
      "how many key deliverables are there",
      "how many focus areas does the strategy have",
      "number of key indicators",
      "how many outcomes",
      "how many lessons were learned",
      "how many risks are listed",
    ],
    zh: [
      "一共有多少个主要交付成果",
      "战略有几个重点领域",
      "有几个关键指标",
      "有几个成果目标",
      "有多少条经验教训",
      "列出了几个风险",
    ],
  },
  handle: countReply,
};
