import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply } from "../src/bot/messages.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { STAGES } from "../src/bot/routing.ts";
import type { Locale } from "../src/i18n/locale.ts";
import { t } from "../src/i18n/messages.ts";
import { foldAccents } from "../src/i18n/text.ts";

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
const COUNTABLE: [Countable, RegExp][] = [
  ["deliverables", /\bdeliverables\b|交付成果|\bproduits\b|\bproductos\b|\bentregables\b|\blivrables\b/i],
  ["focusAreas", /\bfocus areas\b|重点领域|\bdomaines\b|\bareas\b|\bambitos\b|\baxes\b|\bejes\b/i],
  ["indicators", /\b(key )?indicators\b|\bkpis?\b|关键指标|指标|\bindicateurs\b|\bindicadores\b/i],
  ["outcomes", /\boutcomes\b|成果目标|\bresultats\b|\bresultados\b/i],
  ["lessons", /\blessons\b|经验教训|\blecons\b|\benseignements\b|\blecciones\b|\bensenanzas\b/i],
  ["risks", /\brisks\b|风险|\brisques\b|\briesgos\b/i],
  ["assumptions", /\bassumptions\b|假设|\bhypoth\w*|\bsupposes\b|\bsupuestos\b|\bhip[oó]tesis\b/i],
];

/** A share asked, not a number of items: "what share", "quelle part", "qué porcentaje", "比例". */
const SHARE =
  /\b(share|percentage|proportion|part|pourcentage|porcentaje|proporcion|parte)\b|%|比例|百分|占比/i;

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
          !/\brequests?\b|申请/i.test(u.text),
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
