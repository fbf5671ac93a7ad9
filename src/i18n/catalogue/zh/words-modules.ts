import type { ModuleWords } from "../../words-modules-type.ts";

/** Chinese words of the modules that read their own rules. */
export const modules: ModuleWords = {
  count: {
    items: {
      deliverables: /交付成果/,
      focusAreas: /重点领域/,
      indicators: /关键指标|指标/,
      outcomes: /成果目标/,
      lessons: /经验教训/,
      risks: /风险/,
      assumptions: /假设/,
    },
    share: /比例|百分|占比/,
    request: /申请/,
  },
  lessonsList: ["经验", "教训", "经验教训", "吸取", "主要", "上", "一期", "战略", "哪些"],
  feedback: {
    notHelpful: [
      /^(这个?回答)?(一点|完全)(帮助)?(都)?没(有)?(帮助|用)?$|^(这个?回答)?(没有?|不|没什么|不太|不是很|不怎么|一点|完全)(太|很|都)?(没有?)?(有帮助|帮助|用|有用|帮到|解决)|^(答非所问|没用|无用|不对|回答错了|不是我问的)/,
    ],
    helpful: [/^(这个?回答)?(很|非常|挺|真|太)?(有帮助|有用|帮到我了|解决了|很好)/],
    rest: /谢谢|了|的|啊|我的问题|我/,
    thanks: /谢谢/,
  },
  greetingThanks: /谢谢|多谢|感谢/,
  hrQuestion: {
    answer: /^\s*(请)?(回答|答复|回复)/,
    close: /^\s*(请)?(关闭|结束|关掉)/,
    please: null,
    answerVerb: null,
    closeVerb: null,
  },
  myQuestions: {
    asked:
      /我(的|之前|上周|所有的?|提过|问过|提的|问的|问|发出去的|提出的|发给|提交给|转给|向)[^，。？]{0,10}(问题|提问)(?!是)|我提过哪些问题|人力资源(部门)?(回复|答复|回答)(了)?(我)?(的问题)?(了)?(吗|没有|没)/,
    possessive: null,
    possessivePlural: null,
    question: null,
    questionsPlural: null,
    questionAny: null,
    statesVerb: null,
    isVerb: null,
    toHr: null,
    hr: null,
    iSent: null,
    askedHr: null,
    answered: null,
    me: null,
  },
  unanswered: {
    asked:
      /未获解答|未解答|没(有)?(能)?(回答|解答)(的|出)|答不上|未能回答|回答不了的|知识库(的)?(缺口|空白)|知识库应该补充|(哪些|多少)(问题|主题)没有(得到)?(解答|回答)|没有帮助的答复/,
    askedFolded: null,
    topic: null,
    unanswered: null,
    remained: null,
    noAnswer: null,
    gaps: null,
    gapsPlural: null,
    knowledgeBase: null,
    report: null,
    of: null,
    add: null,
    answers: null,
    notUseful: null,
    own: /我的/,
  },
  aboutTheStrategy: /战略|文件/,
  // A pinyin keyboard's homophones of 申请 (apply).
  commonTypos: [[/申[情清]|伸请/, "申请"]],
  consoleExit: ["退出"],
};
