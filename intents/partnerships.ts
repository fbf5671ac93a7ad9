import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";

export const partnershipsIntent: IntentSpec = {
  id: "partnerships",
  description: { en: "Internal and external partnerships", zh: "内部和外部合作伙伴关系" },
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
    const zh = lang === "zh";
    return makeReply(
      "partnerships",
      understanding.lang,
      [
        paragraph(zh ? "实施人力资源战略的合作伙伴：" : "Partners in implementing the HR Strategy:"),
        { kind: "list", items: knowledge.kb.partnerships.map((p) => `${p.name[lang]} — ${p.role[lang]}`) },
      ],
      {
        title: zh ? "内部和外部合作伙伴关系" : "Internal and external partnerships",
        citations: [knowledge.citation("partnerships", lang, [43, 44])],
        suggestions: suggest(lang, [{ en: "risks and assumptions", zh: "假设和风险" }]),
      },
    );
  },
};
