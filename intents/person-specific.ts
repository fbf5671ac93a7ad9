import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggestMessages } from "../src/bot/reply.ts";
import { framesStrategy, POLICY, votedFor } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { asksForQuantity } from "../src/nlu/entities.ts";

export const personSpecificIntent: IntentSpec = {
  id: "person_specific",
  description: {
    en: "A question about the asker's own HR situation: pointed to HR",
    zh: "个人人事问题：请联系人力资源部门",
  },
  privateText: true,
  routing: {
    group: "decline",
    rules: [
      {
        priority: STAGES.scope,
        why: "about the asker's own HR record, which only HR can see",
        // The classifier alone does not decline a question the frame reads as the strategy's
        // ("cuántos jóvenes profesionales se quieren contratar?" wants a figure, not a record).
        when: (u, _c, self) =>
          u.personal || (votedFor(u, self, POLICY.likely) && !framesStrategy(u) && !asksForQuantity(u.text)),
      },
    ],
  },
  examples: {
    en: [
      "how many days of leave do I have left",
      "what is my leave balance",
      "will my contract be renewed",
      "when is my contract ending",
      "what is my salary",
      "when do I get my next step increment",
      "am I eligible for home leave",
      "what was my performance rating",
      "how much is my pension",
      "my payslip is wrong",
      "when will I be promoted",
      "how much annual leave do I have",
      "what grade am I",
    ],
    zh: [
      "我的年假还剩几天",
      "我的合同会续签吗",
      "我的工资是多少",
      "我什么时候晋级",
      "我的绩效评分是多少",
      "我的养老金有多少",
      "我的工资单有错",
      "我什么时候能升职",
      "我有资格休探亲假吗",
    ],
  },
  handle({ understanding }) {
    const lang = understanding.answerLang;
    return makeReply("person_specific", understanding.lang, [paragraph(t(lang, "personal.refusal"))], {
      suggestions: suggestMessages(lang, ["suggest.WhatCanYouDo", "suggest.focusArea22"]),
    });
  },
};
