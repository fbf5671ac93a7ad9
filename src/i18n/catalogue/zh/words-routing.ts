import type { RoutingWords } from "../../words-routing-type.ts";
import { NAMES_IN_RUN } from "./language-names.ts";

const ANY_NAME = Object.values(NAMES_IN_RUN).flat().join("|");

/** Chinese words of whole-message commands and of the router's shared tests. */
export const routing: RoutingWords = {
  languageCommand: {
    command: /语言/,
    fromNow: null,
    polite: null,
    wish: null,
    asking: null,
    pronoun: null,
    verbs: null,
    object: null,
    preposition: null,
    prefer: null,
    preferArticle: null,
    preferAnswers: null,
    preferPreposition: null,
    speak: null,
    withMe: null,
    answers: null,
    namePreposition: null,
    // "用中文回答", "请用英文", "请说法语", "切换到西班牙语", "能不能用法语和我交流", "中文，谢谢".
    requestWithoutSpaces: new RegExp(
      `^(?:请|麻烦)?(?:你)?(?:能不能|能否|可不可以|可以|能)?(?:以后|之后|今后|从现在起|从现在开始)?(?:请)?(?:都)?(?:用|说|讲|切换到|切换成|换成|改用|改成|使用)(${ANY_NAME})(?:和我|跟我|与我)?(?:回答|回复|答复|说话|说|交流|沟通|对话|聊天|聊)?(?:我)?(?:吧|好吗|可以吗|行吗|吗|呢|谢谢)?$|^(${ANY_NAME})(?:，|,)?(?:请|谢谢|好吗)$`,
    ),
  },
  routing: {
    asksWhy: /为什么|为何|目的是什么|想解决什么|解决什么问题/,
    aboutAName: /是什么|指的是什么|指什么|作用|扮演|为什么(要)?(提到|提及|谈到)/,
    namesAnIndicator: /指标/,
    strategyWord: /战略/,
    comparesIndicators: /最高|最低|最大|最小|最有挑战|比较|排名|哪个.{0,6}最/,
    compound: /和|及|以及|还有|并且|或者|还是|、|跟|与|分别/,
  },
  intents: {
    progress: /实现了|达到了|完成了|进展/,
    quantity: /比例|数值|多少|百分比/,
    whichFocusArea: /哪个重点领域|哪一个重点领域/,
    aim: null,
    scope: /重点领域|成果目标/,
    paragraph: /第/,
    askHead:
      /^\s*(请)?(帮我)?(询问|问问|问一下|问|转给|转交给?|转到|联系|找|发给|提交给|咨询)(一下)?(人力资源部门|人力资源部|人力资源|hr|人事部门|人事部|人事|真人|人工客服|人工)|^\s*(请)?(帮我)?(给|向|替我向)(人力资源部门|人力资源部|人力资源|hr|人事部门|人事部|人事)(留(个|一)?言|发(个|一)?(消息|问题|留言)|提(个|一)?问题?)/,
    asksForAPerson: /(转人工|找真人|人工服务|转给人力资源|转交人力资源)/,
    note: /备注|附注|附言/,
    askFiller: /关于这个|这个|这个问题|一下|吧/,
    askAbout: /关于/,
  },
  calendar: {
    dayNames: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    daySeparator: "、",
    // Read by the grammar of dates.ts and numbers.ts, which keeps its own words.
    months: [],
    weekdays: [],
    countWords: {},
    numberWords: {},
    numberJoiners: [],
  },
  answers: {
    yes: /是|是的|好|好的|确认|确定|可以|对|没错|执行/,
    no: /否|不|不是|取消|算了|不要|别|放弃/,
  },
  form: {
    cancel: /取消|算了|不要了|放弃/,
    submit: /提交|发送/,
    confirm: /是|好|好的|确认|提交|发送|可以/,
    skip: /跳过|无|没有|不用/,
    edit: /修改|更改|改/,
    editCommands: [
      /^\s*(?:请)?把\s*(.+?)\s*(?:改为|改成|更改为|修改为|换成|改到)\s*(.+?)\s*$/,
      /^\s*(?:请)?(?:修改|更改|改一下|改)\s*(.*?)(?:(?:改为|改成|为|成)\s*(.+))?\s*$/,
    ],
    editAnywhere: [/^\s*(.+?)\s*(?:改为|改成|更改为|修改为)\s*(.+?)\s*$/],
  },
};
