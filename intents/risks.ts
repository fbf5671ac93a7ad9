import type { IntentSpec } from "../src/bot/intent.ts";
import { countWord, makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { topicRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { NAMED } from "../src/knowledge/confidence.ts";
import { localized } from "../src/knowledge/schema.ts";

export const risksIntent: IntentSpec = {
  id: "risks",
  description: {
    en: "Key assumptions, residual risks and their mitigation, the risk register",
    zh: "主要假设、剩余风险及缓解措施、风险登记册",
  },
  routing: {
    group: "topic",
    rules: [
      topicRule(),
      {
        priority: STAGES.topic - 1,
        why: "a risk or an assumption named first, even in scattered words (“a big change in the Office's resources”), and nothing else claimed the message",
        when: (u) => {
          const [first] = u.subjects;
          return (
            first !== undefined &&
            (first.subject.kind === "risk" || first.subject.kind === "assumption") &&
            first.confidence >= NAMED.scattered
          );
        },
      },
    ],
  },
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
      "key assumptions behind the HR strategy",
      "what is the strategy based on assuming",
      "the assumptions underlying the plan",
      "what does the HR strategy take for granted",
    ],
    zh: [
      "有哪些风险",
      "主要假设",
      "战略依赖哪些假设",
      "剩余风险和缓解措施",
      "风险登记册",
      "风险如何缓解",
      "什么情况下需要审查战略",
      "人力资源战略背后的主要假设",
      "战略是基于哪些前提",
      "这个计划的前提条件是什么",
      "战略假定了什么",
    ],
  },
  handle({ understanding, knowledge }) {
    const lang = understanding.answerLang;
    const { assumptions, risks, riskRegister } = knowledge.kb;
    const mitigation = t(lang, "risks.mitigation");
    return makeReply(
      "risks",
      understanding.lang,
      [
        paragraph(t(lang, "risks.assumptions", { count: countWord(assumptions.length, lang) })),
        { kind: "list", items: assumptions.map((a) => localized(a.text, lang)) },
        paragraph(t(lang, "risks.residual")),
        {
          kind: "list",
          items: risks.map(
            (r) =>
              `${localized(r.title, lang)} — ${localized(r.text, lang)}${r.mitigation ? ` ${mitigation}${t(lang, "plain.colon")}${localized(r.mitigation, lang)}` : ""}`,
          ),
        },
        paragraph(localized(riskRegister.text, lang)),
      ],
      {
        title: t(lang, "risks.title"),
        citations: [knowledge.citation("assumptions-risks", lang, [45, 48])],
        suggestions: suggestMessages(lang, ["suggest.partnerships"]),
      },
    );
  },
};
