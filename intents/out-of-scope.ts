import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { namesPaperSubject, offTopic, POLICY, votedFor } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { ORGANISATION_TEXTS } from "../src/bot/texts.ts";
import { STARTER_QUESTIONS } from "./help.ts";

/** The answer for anything the strategy does not cover: say so plainly, never a figure, offer what we can. */
export function outOfScopeReply({ understanding }: IntentContext): Reply {
  const lang = understanding.answerLang;
  const zh = lang === "zh";
  if (understanding.organisation) {
    return makeReply(
      "out_of_scope",
      understanding.lang,
      [paragraph(ORGANISATION_TEXTS.notOurs[lang](understanding.organisation.name))],
      { suggestions: suggest(lang, STARTER_QUESTIONS) },
    );
  }
  const outside = understanding.yearsOutside;
  const previous = zh
    ? "《2022-2025 年人力资源战略》没有为 2018-2021 年(上一期战略)设定目标或里程碑；那一时期的数字只作为本战略的基准出现，例如“流动性基准”。"
    : "The HR Strategy 2022–2025 sets no targets or milestones for 2018–2021 (the previous strategy); figures from that period appear only as this strategy's baselines, e.g. “mobility baseline”.";
  const text = understanding.previousStrategy
    ? previous
    : outside.length > 0
      ? zh
        ? `《2022-2025 年人力资源战略》只涵盖 2022-2025 年(以 2018-2021 年的情况为基准)：它设定到 2023 年底的里程碑和到 2025 年底的目标，没有涉及 ${outside.join("、")} 年，我无法提供该时期的数字。`
        : `The HR Strategy 2022–2025 covers 2022–2025 only (with baselines from 2018–2021): it sets milestones for the end of 2023 and targets for the end of 2025, and says nothing about ${outside.join(", ")}. I can't give figures for that period.`
      : zh
        ? "抱歉，这不在《2022-2025 年人力资源战略》的范围内，我无法回答。我只能回答有关该战略(成果目标、重点领域、交付成果、关键指标)的问题。"
        : "Sorry, that is outside the HR Strategy 2022–2025, so I can't answer it. I can only help with questions about the strategy: its outcomes, focus areas, deliverables and key indicators.";
  return makeReply("out_of_scope", understanding.lang, [paragraph(text)], {
    suggestions: suggest(lang, STARTER_QUESTIONS),
  });
}

export const outOfScopeIntent: IntentSpec = {
  id: "out_of_scope",
  description: { en: "Questions the strategy does not cover", zh: "战略未涉及的问题" },
  routing: {
    group: "decline",
    rules: [
      {
        priority: STAGES.scope + 3,
        why: "another organisation's strategy or target (“WHO's target for women in senior posts”)",
        when: (u) => u.organisation !== undefined,
      },
      {
        priority: STAGES.scope + 2,
        why: "a year after 2025, or a target of the previous strategy: periods this paper does not set",
        when: (u) => u.yearsOutside.length > 0 || u.previousStrategy,
      },
      {
        priority: STAGES.scope - 2,
        why: "not about the paper, and its words are scarce in it",
        when: offTopic,
      },
      {
        priority: STAGES.subject + 2,
        why: "the classifier takes it for out of scope, and no subject of the paper claimed it",
        when: (u, _c, self) => votedFor(u, self, POLICY.likely) && !namesPaperSubject(u),
      },
    ],
  },
  examples: {
    en: [
      "what's the weather in Geneva",
      "will it rain tomorrow",
      "book a meeting room for me",
      "recommend a restaurant",
      "what is the share price of Nestle",
      "what is the exchange rate of the swiss franc",
      "tell me a joke",
      "write me a poem",
      "who won the football match",
      "what time is it",
      "translate this email",
      "order a taxi",
      "what's the capital of France",
      "how do I reset my laptop password",
      "what is the HR strategy for 2026-2029",
      "what will the target be in 2030",
      "play some music",
      "what's for lunch in the cafeteria",
      "what is the salary of a P4",
      "draft an email to my supervisor",
      "write a letter for me",
      "how does the ILO strategy compare with WHO's HR strategy",
      "how many people does the ILO employ in total",
      "how much does a G5 earn",
    ],
    zh: [
      "日内瓦今天天气怎么样",
      "明天会下雨吗",
      "帮我订一间会议室",
      "推荐一家餐馆",
      "雀巢的股价是多少",
      "瑞士法郎汇率是多少",
      "讲个笑话",
      "写一首诗",
      "现在几点",
      "帮我翻译这封邮件",
      "2026-2029年人力资源战略是什么",
      "2030年的目标是什么",
      "食堂午饭吃什么",
      "怎么重置电脑密码",
      "P3的工资是多少",
      "一般事务职员的薪级表",
    ],
  },
  handle: outOfScopeReply,
};
