import type { Words } from "../../words-type.ts";
import { HAN_TYPE } from "../shapes.ts";
import { NAMES_IN_RUN } from "./language-names.ts";
import { modules } from "./words-modules.ts";
import { routing } from "./words-routing.ts";

/** Chinese vocabulary: words are found inside runs of characters, there are no spaces to split on. */
export const zh: Words = {
  ...routing,
  ...modules,
  languages: {
    names: { en: [], zh: [], fr: [], es: [] },
    namesInRun: NAMES_IN_RUN,
    notATypo: [],
    asksAbility: /(?:会说|会讲|能说|懂|会不会说).{0,4}(?:语|文)/,
  },
  commands: {
    requestInfo: /补充|更多信息|退回/,
    reject: /拒绝|驳回|不批准|不同意|不予|不行|不通过/,
    approve: /批准|同意|通过|批了|给过|放行|没问题/,
    withdraw: /撤回|撤销|撤掉|取消|不要了|不需要了|不申请了|算了/,
    resubmit: /重新提交|(?<!要求|申请人|请|需要|让申请人)补充|回复人力资源|回复hr/,
    selection: /遴选|选完|选好|选定|选出/,
    status: /进展|怎么样|到哪|结果|状态|进度/,
    asksForARequest:
      /申请|提交|办理|发起|启动|开始|我想|我要|想要|提名|推荐|帮我|报销|资助|出钱|承担.{0,4}费用/,
    // "能不能帮我申请一下" asks to make one, not for the list.
    mine: /我的申请|我提交|^(?!.*(帮我|给我|替我|我想|我要|我需要|能不能|能否|可以|可否|请)申请).*我.*申请/,
    queue: /待|审批|审核队列|等我批|等着?(我)?(处理|审|批)|等待(处理|审)|[没未](有)?(处理|审|批)/,
    speaksOfRequests: /申请/,
    pluralRequests: /这些申请|几个申请|几份申请|那些申请|各个申请/,
    export: /导出|下载/,
    stats:
      /多少.{0,8}申请|申请.{0,8}多少|申请.*(统计|分析|数量)|(统计|分析).*申请|提前招聘.*比例|批准率|通过率|处理时间/,
    hrPerson: /人力资源|人事|真人|人工/,
    reportedDecision: /让我补|要我补|要求我补|现在补上|补上了|补充如下/,
  },
  mood: {
    leadingCommand: /^\s*(请|麻烦)?(批准|拒绝|驳回|不批准|撤回|撤销|重新提交|要求补充|记录)(?![了过没])/,
    leadingPlease: null,
    leadingVerb: null,
    // "特别" is not "别".
    negated:
      /不要(批|拒|驳|撤|通过|同意|记录|动|处理|决定)|先别|(?<![特分区级类识告性辨离])别(批|拒|驳|撤|通过|同意|记录|动|处理)|暂不|暂时不|不用(批|拒|驳|撤|处理)|无需|不必/,
    // "能否帮我批准…", "请问可以撤回…吗": a request for the action, not a question about it.
    politeRequest:
      /^(请|麻烦|能否|能不能|可否|可以)(你|您)?(帮我|帮忙)?(批准|拒绝|驳回|撤回|撤销|重新提交|记录)|^(请(?!问)|麻烦)/,
    politeAsk: null,
    politeObject: null,
    politeVerb: null,
    question:
      /[?？]\s*$|吗|了没|没有[?？]?\s*$|是否|有没有|什么时候|何时|为什么|怎么样|怎样了|如何|是不是|了吗|呢\s*[?？]?\s*$|多少|哪/,
    already: null,
    decidedStem: null,
  },
  facets: {
    baseline: /基准|基线|起点|起始|20(1[89]|2[01])\s*年?的?(结果|数值|数据|水平)/,
    // "23年底", "25年呢": the strategy's years shortened (not "工作了23年", "25年的经验").
    milestone:
      /里程碑|中期|(?<![\d.]|了|过|满|近|超过|工作|干)23\s*年(?=底|末|[?？，,。呢]|$|要|的(目标|里程碑|数|比例))/,
    target:
      /目标值|目标是|的目标|目标|(?<![\d.]|了|过|满|近|超过|工作|干)25\s*年(?=底|末|[?？，,。呢]|$|要|的(目标|里程碑|数|比例))/,
    verification: /验证|数据来源|来源/,
    definition: /衡量|定义|统计的是|指的是|指哪|什么情况|哪类|哪些职级|是什么意思/,
    outcome: /属于|归在|哪个成果目标|哪一个成果目标/,
    all: /全部|所有数值|所有数据|各项数值|数值/,
    rewrites: [[/成果目标/g, "成果"]],
  },
  amounts: {
    outcomeWord: null,
    outcomeNumbered: /成果目标\s*([1-3一二三])(?![.\d])/,
    numerals: { 一: 1, 二: 2, 三: 3 },
    notAnIdPrefix: [],
    list: /列出|列举|列一下|列个|哪几|所有|全部|都有哪些|有哪些经验|吸取了哪些/,
    quantity: /多少|几(个|人|年|天|条|项|种|点)|比例是|百分之/,
    quantityFolded: null,
    planned: null,
    figureWords: /配额|名额|定额/,
    funding: /经常预算|预算外|零增长预算/,
    money: /美元|瑞士法郎|多少钱|(预算|经费|费用|成本)(是|有)?多少|多少(预算|经费|费用)/,
    moneyWords: /预算|经费/,
    days: /多少天|几天/,
    weeks: /多少周|几周/,
    months: /多少个月|几个月/,
    hours: /多少(个)?小时|几(个)?小时|学时/,
    durationAsked: /多少天|几天|天数|多少周|几周|多少个月|几个月|招聘周期|招聘时间|招聘用时/,
    percent: /百分之|百分比/,
    figureDays: /天|日/,
    figureWeeks: /周|星期/,
    figureMonths: /个月/,
    figureHours: /小时/,
    figurePercent: /百分之/,
    currencyBefore: /美元|瑞士法郎/,
    amountAfter: /美元|瑞士法郎|万/,
    strategyAfterPeriod: /年?\s*(人力资源)?战略/,
    strategyBeforeYear: /战略/,
    previousStrategy: /上一期战略|上一个战略|上期战略|前一个战略|上一期/,
    laterPeriod: /下一?个两年期|下一两年期|下一期战略|下一个战略|2025年(以后|之后)/,
  },
  ownRequest: {
    named:
      /我的.{0,15}(申请|提名|请求)|我.{0,12}的.{0,10}(申请|提名)|我(提交|申请|发起|递交)的|把(这个|那个|这份|那份)?申请(撤|取消)|(那个|那份)申请(?!人)/,
    typeBefore: null,
    // "培训那个怎么样了" is the user's training request; "培训的那个指标" is the strategy's indicator;
    // "团队奖为什么被拒了": a decision on it says it is a request of the user's.
    typeAfter:
      /^\s{0,2}(的)?(申请(?!人)|审核|(那个|那份|那一个)(?=\s*($|[？?，,。！!]|怎|呢|吗|到|还|有|批|被|申请|撤|取消)))|^[^，,。？?！!]{0,4}?(为什么|怎么|咋)?(被|给)(拒|驳回|退回|否决)/,
    typeArticle: null,
    typeNoun: null,
    fileVerb: null,
    filePossessive: null,
    fileNoun: null,
  },
  personal: {
    asTyped: [
      /我(?!们)[^，。？！,.?!]{0,10}(?:假|合同|工资|薪|晋档|晋级|升职|升到|评估结果|考核结果|考评结果|绩效结果|绩效评级|评分|养老金|津贴|改叙|调到|符合条件|资格|续签|续约|加班|报销|签证|税)/,
    ],
    folded: [],
  },
  platform: {
    // "注册HR频道", "把这个频道设为人力资源频道", "登记为人事频道"
    registerHrChannel:
      /^(?:把|将)?(?:这个|本|此)?(?:频道)?(?:注册|登记|设为|设置为|设成)(?:为|成)?(?:人力资源|hr|人事)频道$/u,
    openForm: new RegExp(`^(?:我要|我想)?申请${HAN_TYPE}$`, "u"),
    slashRequest: ["申请"],
  },
  population: {
    sexAny: /性别/,
    women: /女性|妇女|女职员/,
    men: /男性|男职员/,
    generalService: /一般事务/,
    director: /司长级|局长级|(?<![a-z])d级/,
    senior: /高级职位|p5及以上/,
    professional: /专业职员|专业职位|专业类/,
    gradeAny: /按职等|按职级|按类别/,
    region: /非洲|亚洲|亚太|美洲|拉丁美洲|阿拉伯国家|欧洲|中亚/,
    regionAny: /按地区|按区域|各地区|各区域|分地区/,
    age: /\d\d岁|年龄/,
    ageAny: /按年龄|分年龄/,
    headquarters: /总部/,
    field: /外地|驻地|国家办事处|地区办事处/,
    regularBudget: /经常预算/,
    extraBudgetary: /预算外|项目资助|项目职员/,
    unitAny: /按部门|各部门|按国家|各国家|按工作地点/,
    contract: /定期合同|临时职员|短期合同|顾问/,
    asker: /我是(一名|一个|个)?(d[12]|p[1-5]|g[1-7]|gs)|(我们|我们的|我的)(d[12]|p[1-5])/,
    filler: /职员|人员|比例|及以上|的/,
  },
  synonyms: [
    "影响 效果 后果",
    "风险 担心 隐患 负面",
    "好处 益处 有利 利益",
    "招聘 聘用 录用 遴选",
    "培训 学习 发展",
    "女性 妇女",
    "远程 居家 灵活",
    "数字化 信息技术 自动化",
    "经理 管理人员 主管",
    "员工 职员 雇员",
  ],
  subjects: {
    asksFocusArea: /重点领域(?!\s*\d)/,
    whichHead: null,
    areaNoun: null,
    asksDeliverable: /交付成果|交付物|主要交付|可交付/,
    asksOutcome: /成果目标(?!\s*\d)/,
  },
};
