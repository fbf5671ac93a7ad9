import type { IntentSpec } from "../src/bot/intent.ts";
import { topicRule } from "../src/bot/route-predicates.ts";
import { answerOrDecline } from "./search.ts";

export const factsIntent: IntentSpec = {
  id: "facts",
  description: { en: "Context figures and facts about the paper", zh: "背景数据和文件信息" },
  routing: { group: "topic", rules: [topicRule()] },
  examples: {
    en: [
      "how many staff retired between 2018 and 2021",
      "how many applications were received",
      "what share of the workforce works on development cooperation",
      "what is the statutory separation age",
      "what is the document symbol",
      "which session of the Governing Body discussed it",
      "who wrote the paper",
      "what are the financial implications",
      "when was it approved",
      "what is the subtitle",
      "which documents are related",
      "when was the strategic plan adopted",
    ],
    zh: [
      "2018-2021年有多少人退休",
      "收到了多少份职位申请",
      "发展合作职员占多大比例",
      "法定离职年龄是多少",
      "文件编号是什么",
      "理事会哪届会议讨论的",
      "作者单位是谁",
      "财政影响是什么",
      "什么时候批准的",
      "副标题是什么",
      "相关文件有哪些",
    ],
  },
  handle: (context) => answerOrDecline(context, "facts"),
};
