import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph, suggest } from "../src/bot/reply.ts";
import { SMALL_TALK } from "../src/bot/route-predicates.ts";

export const STARTER_QUESTIONS = [
  { en: "What is the mobility target?", zh: "流动性的目标是多少？" },
  { en: "Women in P5 and above: target?", zh: "女性担任P5及以上职位的目标是多少？" },
  { en: "All indicators", zh: "所有指标" },
  { en: "What is focus area 2.2 about?", zh: "重点领域2.2是什么？" },
] as const;

export const helpIntent: IntentSpec = {
  id: "help",
  description: { en: "What the assistant can do", zh: "助手能做什么" },
  routing: {
    group: "smalltalk",
    rules: [SMALL_TALK],
  },
  examples: {
    en: [
      "help",
      "what can you do",
      "what can I ask you",
      "how does this work",
      "commands",
      "what do you know",
      "menu",
      "options",
      "I need help",
      "what questions can you answer",
    ],
    zh: [
      "帮助",
      "你能做什么",
      "我可以问什么",
      "怎么用",
      "有哪些功能",
      "使用说明",
      "菜单",
      "你能回答什么问题",
    ],
    fr: ["aide", "que peux-tu faire"],
    es: ["ayuda", "qué puedes hacer"],
  },
  handle({ understanding }) {
    const lang = understanding.answerLang;
    const items =
      lang === "zh"
        ? [
            "关键指标：基准、2023 年里程碑、2025 年目标、验证手段(例如“流动性目标”、“P5+女性基准”、“所有指标”)",
            "三个成果目标和八个重点领域及其主要交付成果(例如“成果目标 2”、“重点领域 1.3”)",
            "经验教训、主要假设和风险、合作伙伴关系、背景数据(例如“2018-2021 年有多少人退休？”)",
            "战略原文中的任何内容：直接提问，我会引用相关段落",
            "人事申请：弹性工作、提前招聘、学习与发展、流动、表彰提名、职务说明审查(例如“我想申请弹性工作”)；“我的申请”、“FWA-2026-0001 的状态”、“撤回 <编号>”",
            "人力资源审核人员：“待审核的申请”、“批准 <编号>”、“拒绝 <编号> <说明>”、“申请统计”、“导出申请 CSV”",
          ]
        : [
            "Key indicators: baseline, 2023 milestone, 2025 target, means of verification (e.g. “mobility target”, “P5+ women baseline”, “all indicators”)",
            "The three outcomes and eight focus areas with their key deliverables (e.g. “Outcome 2”, “focus area 1.3”)",
            "Lessons learned, assumptions and risks, partnerships, context figures (e.g. “how many staff retired in 2018–2021?”)",
            "Anything in the paper: ask in your own words and I quote the passage with its section",
            "HR requests: flexible work, early recruitment, learning, mobility, recognition, job description review (e.g. “submit a flexible-work request”); “my requests”, “status of FWA-2026-0001”, “withdraw <id>”",
            "HR reviewers: “pending requests”, “approve <id>”, “reject <id> <comment>”, “request statistics”, “export requests as CSV”",
          ];
    return makeReply(
      "help",
      understanding.lang,
      [
        paragraph(
          lang === "zh"
            ? "我回答有关《2022-2025 年人力资源战略：多样性、问责制和尊重》(GB.343/PFA/14)的问题，可用中文或英文提问："
            : "I answer questions about the Human Resources Strategy 2022–2025: Diversity, accountability and respect (GB.343/PFA/14), in English or Chinese:",
        ),
        { kind: "list", items },
        paragraph(
          lang === "zh"
            ? "有关您个人的人事事务(假期、合同、薪资)，请联系人力资源部门。"
            : "For your own HR matters (leave, contract, salary), please contact Human Resources.",
        ),
      ],
      { suggestions: suggest(lang, STARTER_QUESTIONS) },
    );
  },
};
