import type { Bilingual } from "../knowledge/schema.ts";

/**
 * The bot's own wording for confirmations and clarifications, one place per text and language
 * (the languages issue moves these into ICU catalogues).
 */
export const CONFIRMATION_TEXTS = {
  confirm: { en: "Confirm", zh: "确认" },
  cancel: { en: "Cancel", zh: "取消" },
  howTo: {
    en: "Nothing has changed yet. Reply “confirm” to go ahead or “cancel” to leave it as it is.",
    zh: "目前尚未做任何更改。回复“确认”继续，或回复“取消”保持不变。",
  },
  cancelled: {
    en: "Cancelled: nothing was changed.",
    zh: "已取消，未做任何更改。",
  },
  expired: {
    en: "That confirmation has expired, so nothing was changed. Say the command again if you still want it done.",
    zh: "该确认已过期，未做任何更改。如仍需办理，请重新发出指令。",
  },
  nothingPending: {
    en: "Nothing is waiting for your confirmation. Ask me about the HR Strategy 2022–2025, or say “my requests”.",
    zh: "目前没有需要您确认的事项。您可以问我有关《2022-2025 年人力资源战略》的问题，或回复“我的申请”。",
  },
  replaced: {
    en: "I left the earlier command unconfirmed: nothing was changed.",
    zh: "之前的指令未获确认，未做任何更改。",
  },
} satisfies Record<string, Bilingual>;

/** A request as a proposal names it: "FWA-2026-0001 (Flexible working, Maria Lopez)". */
export interface ProposalSubject {
  id: string;
  type: string;
  requester: string;
}
export type ProposalTemplate = Record<"en" | "zh", (s: ProposalSubject & { detail?: string }) => string>;

/** The question of each proposed change; `detail` is the comment or the date. */
export const PROPOSAL_TEXTS = {
  approve: {
    en: (s) => `Approve ${s.id} (${s.type}, ${s.requester})?`,
    zh: (s) => `批准 ${s.id}(${s.type}，${s.requester})？`,
  },
  reject: {
    en: (s) => `Reject ${s.id} (${s.type}, ${s.requester}) with the comment “${s.detail ?? ""}”?`,
    zh: (s) => `拒绝 ${s.id}(${s.type}，${s.requester})，说明为“${s.detail ?? ""}”？`,
  },
  "request-info": {
    en: (s) => `Ask ${s.requester} for more information on ${s.id} (${s.type}): “${s.detail ?? ""}”?`,
    zh: (s) => `就 ${s.id}(${s.type})要求 ${s.requester} 补充信息：“${s.detail ?? ""}”？`,
  },
  withdraw: {
    en: (s) => `Withdraw your request ${s.id} (${s.type})? It stays on record as withdrawn.`,
    zh: (s) => `撤回您的申请 ${s.id}(${s.type})？它将以“已撤回”状态保留在记录中。`,
  },
  resubmit: {
    en: (s) => `Resubmit ${s.id} (${s.type}) to HR with this information: “${s.detail ?? ""}”?`,
    zh: (s) => `将 ${s.id}(${s.type})连同以下补充信息重新提交给人力资源部门：“${s.detail ?? ""}”？`,
  },
  recordSelection: {
    en: (s) =>
      `Record for ${s.id} (${s.type}, ${s.requester}) that the selection finished on ${s.detail ?? ""}?`,
    zh: (s) => `为 ${s.id}(${s.type}，${s.requester})记录遴选完成日期为 ${s.detail ?? ""}？`,
  },
} satisfies Record<string, ProposalTemplate>;

/** A request named in words ("my telework request") that matches none, or several. */
export const REQUEST_WORDS_TEXTS = {
  whichOne: {
    en: "You have several requests of that kind. Which one do you mean?",
    zh: "您有多个此类申请，请问是哪一个？",
  },
  noneOfThose: {
    en: "I can't find a request of yours of that kind. Say “my requests” to list them.",
    zh: "没有找到您的此类申请。回复“我的申请”可查看您的全部申请。",
  },
} satisfies Record<string, Bilingual>;

/** Another organisation's strategy: this paper is the ILO's. */
export const ORGANISATION_TEXTS = {
  notOurs: {
    en: (org: string) =>
      `The HR Strategy 2022–2025 is the ILO's own: it sets no targets for ${org}, and I can't speak for another organisation's strategy. Ask me about the ILO's indicators instead, for example “what is the mobility target?”.`,
    zh: (org: string) =>
      `《2022-2025 年人力资源战略》是劳工组织自己的战略，没有为${org}设定任何目标，我也无法回答其他组织的战略问题。您可以问我劳工组织的指标，例如“流动性的目标是多少？”。`,
  },
} satisfies Record<string, Record<"en" | "zh", (org: string) => string>>;

/** A topic the strategy mentions without setting a figure ("what is the disability target?"). */
export const NO_TARGET_TEXTS = {
  noFigure: {
    en: (topic: string) =>
      `The HR Strategy 2022–2025 sets no target or figure for ${topic.toLowerCase()}, and I won't guess one.`,
    zh: (topic: string) => `《2022-2025 年人力资源战略》没有为“${topic}”设定目标或数值，我不会猜测数字。`,
  },
  mentions: { en: "What the strategy says about it:", zh: "战略中的相关内容：" },
  notMentioned: {
    en: "The strategy does not mention it.",
    zh: "战略中没有提到这一点。",
  },
  didYouMean: {
    en: (indicator: string) => `Did you mean the key indicator “${indicator}”? It has a target of its own.`,
    zh: (indicator: string) => `您是否指关键指标“${indicator}”？该指标有自己的目标。`,
  },
  indicatorTarget: {
    en: (indicator: string) => `${indicator} target`,
    zh: (indicator: string) => `${indicator}的目标`,
  },
} as const;

/** Choices offered by a clarifying question, where no buttons show them. */
export const CHOICE_TEXTS = {
  pick: {
    en: "Reply with a number, or say it in your own words.",
    zh: "请回复编号，或直接用您自己的话说明。",
  },
} satisfies Record<string, Bilingual>;

/** A decision typed with no request named: which one, and the verbs of the choices. */
export const DECISION_TEXTS = {
  whichRequest: {
    en: "Which request? These are waiting for a decision:",
    zh: "请问是哪个申请？以下申请正在等待决定：",
  },
  verbs: {
    approve: { en: "approve", zh: "批准" },
    reject: { en: "reject", zh: "拒绝" },
    "request-info": { en: "ask for information on", zh: "要求补充信息" },
  },
} as const;

export type Countable =
  | "deliverables"
  | "focusAreas"
  | "indicators"
  | "outcomes"
  | "lessons"
  | "risks"
  | "assumptions";

/** The count that leads a "how many …?" answer. */
export const COUNT_TEXTS: Record<Countable, Record<"en" | "zh", (n: number) => string>> = {
  deliverables: {
    en: (n) => `The strategy has ${n} key deliverables, across its eight focus areas:`,
    zh: (n) => `战略共有 ${n} 项主要交付成果，分布在八个重点领域：`,
  },
  focusAreas: { en: (n) => `The strategy has ${n} focus areas:`, zh: (n) => `战略共有 ${n} 个重点领域：` },
  indicators: { en: (n) => `The strategy has ${n} key indicators:`, zh: (n) => `战略共有 ${n} 项关键指标：` },
  outcomes: { en: (n) => `The strategy has ${n} outcomes:`, zh: (n) => `战略共有 ${n} 个成果目标：` },
  lessons: {
    en: (n) => `The strategy draws ${n} lessons from the previous strategy:`,
    zh: (n) => `战略从上一期战略中总结了 ${n} 条经验教训：`,
  },
  risks: { en: (n) => `The strategy names ${n} risks:`, zh: (n) => `战略列出了 ${n} 项风险：` },
  assumptions: { en: (n) => `The strategy rests on ${n} assumptions:`, zh: (n) => `战略基于 ${n} 项假设：` },
};

/** The bot's own replies: no question found, a failure on our side, a message read only in part. */
export const BOT_TEXTS = {
  starters: [
    { en: "What is the mobility target?", zh: "流动性的目标是多少？" },
    { en: "What can you do?", zh: "你能做什么？" },
  ],
  noQuestion: {
    en: "I didn't find a question in that message. Ask me about the HR Strategy 2022–2025, for example one of its key indicators.",
    zh: "我没有收到问题。请问我有关《2022-2025 年人力资源战略》的问题，例如它的关键指标。",
  },
  apology: {
    en: "Sorry, something went wrong on my side and I couldn't answer. Please try again; if it keeps happening, contact HRD.",
    zh: "抱歉，我这边出了问题，未能回答。请再试一次；如果问题仍然存在，请联系人力资源开发司。",
  },
  truncated: {
    en: (max: number) => `Your message was very long, so I read only its first ${max} characters.`,
    zh: (max: number) => `您的消息很长，我只读取了前 ${max} 个字符。`,
  },
} as const;
