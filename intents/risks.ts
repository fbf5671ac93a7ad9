import type { IntentSpec } from "../src/bot/intent.ts";
import { countWord, makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { topicRule } from "../src/bot/route-predicates.ts";
import { localized } from "../src/knowledge/schema.ts";

export const risksIntent: IntentSpec = {
  id: "risks",
  description: {
    en: "Key assumptions, residual risks and their mitigation, the risk register",
    zh: "主要假设、剩余风险及缓解措施、风险登记册",
  },
  routing: { group: "topic", rules: [topicRule()] },
  examples: {
    en: [
      "what are the risks",
      "key assumptions",
      "what assumptions does the strategy rely on",
      "residual risks and mitigation",
      "risk register",
      "what could go wrong with the strategy",
      "how are risks mitigated",
      "when would the strategy need to be reviewed",
    ],
    zh: [
      "有哪些风险",
      "主要假设",
      "战略依赖哪些假设",
      "剩余风险和缓解措施",
      "风险登记册",
      "风险如何缓解",
      "什么情况下需要审查战略",
    ],
  },
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    const zh = lang === "zh";
    const { assumptions, risks, riskRegister } = knowledge.kb;
    const mitigation = zh ? "缓解措施" : "Mitigation";
    return makeReply(
      "risks",
      understanding.lang,
      [
        paragraph(
          zh
            ? `战略的实施依赖${countWord(assumptions.length, lang)}个主要假设：`
            : `The strategy rests on ${countWord(assumptions.length, lang)} key assumptions:`,
        ),
        { kind: "list", items: assumptions.map((a) => localized(a.text, lang)) },
        paragraph(zh ? "剩余风险：" : "Residual risks:"),
        {
          kind: "list",
          items: risks.map(
            (r) =>
              `${localized(r.title, lang)} — ${localized(r.text, lang)}${r.mitigation ? ` ${mitigation}${zh ? "：" : ": "}${localized(r.mitigation, lang)}` : ""}`,
          ),
        },
        paragraph(localized(riskRegister.text, lang)),
      ],
      {
        title: zh ? "主要假设和剩余风险" : "Key assumptions and residual risks",
        citations: [knowledge.citation("assumptions-risks", lang, [45, 48])],
        suggestions: suggest(lang, [{ en: "partnerships", zh: "合作伙伴关系" }]),
      },
    );
  },
};
