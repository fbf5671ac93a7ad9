import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { Reply } from "../src/bot/messages.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import {
  asksStrategyFigure,
  namesPaperSubject,
  namesTheStrategy,
  offTopic,
  POLICY,
  unsureAgainstAnItem,
  votedFor,
} from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { STARTER_QUESTIONS } from "./help.ts";

/** The answer for anything the strategy does not cover: say so plainly, never a figure, offer what we can. */
export function outOfScopeReply({ understanding }: IntentContext): Reply {
  const lang = understanding.answerLang;
  if (understanding.organisation) {
    return makeReply(
      "out_of_scope",
      understanding.lang,
      [paragraph(t(lang, "organisation.notOurs", { org: understanding.organisation.name }))],
      { suggestions: suggestMessages(lang, STARTER_QUESTIONS) },
    );
  }
  const outside = understanding.yearsOutside;
  const text = understanding.previousStrategy
    ? t(lang, "scope.previousStrategy")
    : outside.length > 0
      ? t(lang, "scope.yearsOutside", { years: outside.join(t(lang, "scope.yearSeparator")) })
      : understanding.laterPeriod
        ? t(lang, "scope.laterPeriod")
        : t(lang, "scope.offTopic");
  return makeReply("out_of_scope", understanding.lang, [paragraph(text)], {
    suggestions: suggestMessages(lang, STARTER_QUESTIONS),
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
        why: "a year after 2025, the next biennium, or a target of the previous strategy: periods this paper does not set",
        when: (u) => u.yearsOutside.length > 0 || u.previousStrategy || u.laterPeriod,
      },
      {
        priority: STAGES.scope - 2,
        why: "not about the paper, and its words are scarce in it",
        when: offTopic,
      },
      {
        priority: STAGES.subject + 1,
        why: "a topic the paper never mentions (“Swiss tax rules”), and nothing of the paper named with it",
        when: (u) => u.unmentionedTopic && !namesPaperSubject(u) && u.indicators.length === 0,
      },
      {
        priority: STAGES.subject + 2,
        why: "the classifier takes it for out of scope, and no subject of the paper claimed it",
        when: (u, _c, self) =>
          votedFor(u, self, POLICY.sure) &&
          !namesPaperSubject(u) &&
          !unsureAgainstAnItem(u) &&
          !asksStrategyFigure(u) &&
          // "could changes in UN common system rules mess up the HR strategy?" is about it
          !namesTheStrategy(u),
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
