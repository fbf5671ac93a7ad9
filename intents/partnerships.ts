import type { IntentSpec, Understanding } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { ABOUT_A_NAME, shortFollowUp, topicRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { SURELY } from "../src/knowledge/confidence.ts";
import { localized } from "../src/knowledge/schema.ts";

/** The question is about a partner first: the first subject it names, the paper aside, is one, surely. */
function partnerFirst(u: Understanding): boolean {
  const first = u.subjects.find((s) => s.subject.kind !== "paper");
  return first?.subject.kind === "partner" && first.confidence >= SURELY;
}

export const partnershipsIntent: IntentSpec = {
  id: "partnerships",
  description: { en: "Internal and external partnerships", zh: "内部和外部合作伙伴关系" },
  routing: {
    group: "topic",
    rules: [
      {
        // Above "why …?": "why does the strategy mention the HLCM?" asks what the partnership is for.
        priority: STAGES.subject + 8,
        why: "a partner asked about as such (“what is the HLCM?”), not merely mentioned",
        when: (u, c) =>
          u.partnerNamed &&
          (ABOUT_A_NAME.test(u.text) || shortFollowUp(u)) &&
          (c.groupOf?.(u.classified.intent) !== "topic" || partnerFirst(u)),
      },
      topicRule(),
      {
        // Above the classifier's topics: a partner named alone ("CEB HR network — is that
        // mentioned anywhere in the strategy?", "anything in the strategy about the CEB HR
        // network?") is what is asked about, whatever topic the words resemble.
        priority: STAGES.topic + 1,
        why: "a partner named surely, and nothing else of the paper (“anything in the strategy about the CEB HR network?”)",
        when: (u) =>
          partnerFirst(u) &&
          u.indicators.length === 0 &&
          u.subjects.every(
            (s) => s.confidence < SURELY || s.subject.kind === "partner" || s.subject.kind === "paper",
          ),
      },
    ],
  },
  examples: {
    en: [
      "partnerships",
      "who are the partners",
      "which partners will the ILO work with",
      "what is the role of the Turin Centre",
      "ICSC",
      "CEB HR network",
      "external partners of the strategy",
      "cooperation with the international civil service commission",
    ],
    zh: [
      "合作伙伴关系",
      "有哪些合作伙伴",
      "都灵中心的作用",
      "国际公务员委员会",
      "外部合作伙伴",
      "与哪些机构合作",
    ],
  },
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    const all = knowledge.kb.partnerships;
    // A partner named by its acronym or name ("Turin Centre", "ICSC", "都灵中心") is answered alone.
    const named = knowledge.partnersNamed(understanding.text);
    const shown = named.length > 0 ? named : all;
    return makeReply(
      "partnerships",
      understanding.lang,
      [
        ...(named.length > 0 ? [] : [paragraph(t(lang, "partnerships.intro"))]),
        { kind: "list", items: shown.map((p) => `${localized(p.name, lang)} — ${localized(p.role, lang)}`) },
      ],
      {
        title: t(lang, "partnerships.title"),
        ...(named.length > 0 ? { subjects: named.map((p) => `partner:${p.id}`) } : {}),
        citations: shown.map((p) => knowledge.citation(p.section, lang, p.paragraphs)),
        suggestions: suggestMessages(lang, ["suggest.risksAssumptions"]),
      },
    );
  },
};
