import { withFallbackLocales } from "../i18n/fallback.ts";
import type { Bilingual } from "../knowledge/schema.ts";

/**
 * Every text of "Ask HR" (handing a question to a person in HR), of feedback on answers and of the
 * unanswered report, one place per text and language (the languages issue moves these into ICU
 * catalogues). Adapters hold none of it.
 */

type Texts<A extends unknown[]> = Record<"en" | "zh", (...args: A) => string>;

/** The offer under a decline, a personal-record question or a clarifying question; sent as typed. */
export const ASK_OFFER = withFallbackLocales({ en: "Ask HR", zh: "询问人力资源部门" } satisfies Bilingual);

/** The rating offered under an answer about the strategy; sent as typed. */
export const RATING_OFFERS = withFallbackLocales({
  helpful: { en: "Helpful", zh: "有帮助" },
  notHelpful: { en: "Not helpful", zh: "没有帮助" },
} satisfies Record<string, Bilingual>);

export const ASK_TEXTS = withFallbackLocales({
  propose: {
    en: (question: string) => `Send your question to HR? “${question}”`,
    zh: (question: string) => `将您的问题发给人力资源部门？“${question}”`,
  } satisfies Texts<[string]>,
  noteLabel: { en: "Note", zh: "备注" },
  questionLabel: { en: "Question", zh: "问题" },
  askedBy: { en: "Asked by", zh: "提问人" },
  askedOn: { en: "Asked on", zh: "提问时间" },
  statusLabel: { en: "Status", zh: "状态" },
  answerLabel: { en: "Answer", zh: "答复" },
  answeredBy: { en: "Answered by", zh: "答复人" },
  closedBy: { en: "Closed by", zh: "关闭人" },
  filed: {
    en: (id: string) =>
      `Sent to HR as ${id}. A person in HR will answer you here; meanwhile say “status of ${id}” or “my questions”.`,
    zh: (id: string) =>
      `已作为 ${id} 发给人力资源部门。人力资源部门的同事会在这里答复您；您可以随时回复“${id} 的状态”或“我的问题”。`,
  } satisfies Texts<[string]>,
  duplicate: {
    en: (id: string) =>
      `You have already sent this question to HR: ${id}. Say “status of ${id}” to see where it stands.`,
    zh: (id: string) => `您已将这个问题发给人力资源部门：${id}。回复“${id} 的状态”可查看进度。`,
  } satisfies Texts<[string]>,
  noQuestion: {
    en: "What would you like to ask HR? Write it after “ask HR:”, e.g. “ask HR: how many leave days do I have left?”.",
    zh: "您想问人力资源部门什么？请写在“询问人力资源部门：”之后，例如“询问人力资源部门：我的年假还剩几天？”。",
  },
  emptyNote: {
    en: "The note is empty. Write it after “note:” (e.g. “ask HR note: I need this before my mission”), or say just “ask HR” to send your question without one.",
    zh: "备注是空的。请写在“备注：”之后(例如“询问人力资源部门 备注：出差前需要知道”)，或只回复“询问人力资源部门”，不加备注发送问题。",
  },
  tooLong: {
    en: (what: string, length: number, limit: number) =>
      `That ${what} is ${length.toLocaleString("en")} characters long; HR questions take at most ${limit.toLocaleString("en")}. Please shorten it and send it again.`,
    zh: (what: string, length: number, limit: number) =>
      `该${what}有 ${length} 个字符，最多只能 ${limit} 个字符。请缩短后重新发送。`,
  } satisfies Texts<[string, number, number]>,
  what: {
    question: { en: "question", zh: "问题" },
    note: { en: "note", zh: "备注" },
    answer: { en: "answer", zh: "答复" },
  } satisfies Record<string, Bilingual>,
  notFound: {
    en: "I can't find that HR question, or it isn't yours to see. Check the id (e.g. ASK-2026-0001), or say “my questions” to list yours.",
    zh: "找不到这个问题编号，或者您无权查看。请检查编号(例如 ASK-2026-0001)，或回复“我的问题”查看您的问题。",
  },
  forbidden: {
    en: "Sorry, only HR can answer or close a question sent to HR.",
    zh: "抱歉，只有人力资源部门可以答复或关闭发给人力资源部门的问题。",
  },
  notOpen: {
    en: (id: string, status: string) =>
      `${id} is already ${status}, so it cannot be answered or closed again. The asker can send a new question with “ask HR”.`,
    zh: (id: string, status: string) =>
      `${id} 已${status}，不能再次答复或关闭。提问人可以通过“询问人力资源部门”提出新问题。`,
  } satisfies Texts<[string, string]>,
  emptyAnswer: {
    en: "The answer is empty. Write it after the id, e.g. “answer ASK-2026-0001: you have 12 days of annual leave left”.",
    zh: "答复是空的。请写在编号之后，例如“回答 ASK-2026-0001：您还有 12 天年假”。",
  },
  whichQuestion: {
    en: "Which question? Name its id, e.g. “answer ASK-2026-0001: …” or “close ASK-2026-0001”.",
    zh: "是哪个问题？请写明编号，例如“回答 ASK-2026-0001：……”或“关闭 ASK-2026-0001”。",
  },
  openForHr: { en: "Questions awaiting an answer:", zh: "等待答复的问题：" },
  invalid: {
    en: "Something in that could not be recorded. Please try again with plain text.",
    zh: "内容无法记录，请用纯文本重试。",
  },
  status: {
    open: { en: "waiting for HR", zh: "等待人力资源部门答复" },
    answered: { en: "answered", zh: "已答复" },
    closed: { en: "closed", zh: "已关闭" },
  } satisfies Record<string, Bilingual>,
  mine: {
    en: (n: number) => `Your questions to HR (${n}):`,
    zh: (n: number) => `您向人力资源部门提出的问题(${n})：`,
  } satisfies Texts<[number]>,
  noneMine: {
    en: "You have not sent any questions to HR. When I can't answer something, say “ask HR” and a person in HR will.",
    zh: "您还没有向人力资源部门提出问题。我无法回答时，回复“询问人力资源部门”，人力资源部门的同事会答复您。",
  },
  statusOf: {
    en: (id: string) => `status of ${id}`,
    zh: (id: string) => `${id} 的状态`,
  } satisfies Texts<[string]>,
  myQuestions: { en: "my questions", zh: "我的问题" },
  /** The commands offered as choices ("close ASK-2026-0001"). */
  verbs: {
    answer: { en: "answer", zh: "回答" },
    close: { en: "close", zh: "关闭" },
  } satisfies Record<string, Bilingual>,
} as const);

/** HR's side: the proposal of a typed answer or closing, what was done, and HR's notifications. */
export const HR_ANSWER_TEXTS = withFallbackLocales({
  proposeAnswer: {
    en: (id: string, asker: string, answer: string) => `Send this answer to ${asker} for ${id}? “${answer}”`,
    zh: (id: string, asker: string, answer: string) => `就 ${id} 向 ${asker} 发送以下答复？“${answer}”`,
  } satisfies Texts<[string, string, string]>,
  proposeClose: {
    en: (id: string, asker: string) =>
      `Close ${id} (asked by ${asker}) without an answer? They will be told it was closed.`,
    zh: (id: string, asker: string) =>
      `不作答复直接关闭 ${id}(提问人：${asker})？系统会通知提问人该问题已关闭。`,
  } satisfies Texts<[string, string]>,
  answered: {
    en: (id: string) => `${id} answered. The asker has been sent your answer.`,
    zh: (id: string) => `${id} 已答复，答复已发送给提问人。`,
  } satisfies Texts<[string]>,
  closed: {
    en: (id: string) => `${id} closed. The asker has been told.`,
    zh: (id: string) => `${id} 已关闭，已通知提问人。`,
  } satisfies Texts<[string]>,
  answerButton: { en: "Answer", zh: "答复" },
  closeButton: { en: "Close", zh: "关闭" },
  askedHeadline: {
    en: (id: string, who: string) => `New question for HR ${id} from ${who}`,
    zh: (id: string, who: string) => `新问题 ${id}，提问人：${who}`,
  } satisfies Texts<[string, string]>,
  reminderHeadline: {
    en: (id: string, who: string) => `Reminder: ${id} from ${who} is still waiting for an answer`,
    zh: (id: string, who: string) => `提醒：${id}(提问人：${who})仍在等待答复`,
  } satisfies Texts<[string, string]>,
  howToAnswer: {
    en: (id: string) => `Press Answer, or reply “answer ${id}: <your answer>” (or “close ${id}”).`,
    zh: (id: string) => `请点击“答复”，或回复“回答 ${id}：<答复内容>”(或“关闭 ${id}”)。`,
  } satisfies Texts<[string]>,
  closedHeadline: {
    en: (id: string, status: string, who: string) => `${id}: ${status} (${who})`,
    zh: (id: string, status: string, who: string) => `${id}：${status}(${who})`,
  } satisfies Texts<[string, string, string]>,
  answerToAsker: {
    en: (id: string, who: string) => `HR answered your question ${id} (${who})`,
    zh: (id: string, who: string) => `人力资源部门答复了您的问题 ${id}(${who})`,
  } satisfies Texts<[string, string]>,
  closedToAsker: {
    en: (id: string, who: string) => `HR closed your question ${id} without an answer (${who})`,
    zh: (id: string, who: string) => `人力资源部门关闭了您的问题 ${id}，未作答复(${who})`,
  } satisfies Texts<[string, string]>,
  stillNeed: {
    en: "If you still need help, say “ask HR” with your question.",
    zh: "如仍需帮助，请回复“询问人力资源部门”并附上您的问题。",
  },
} as const);

export const FEEDBACK_TEXTS = withFallbackLocales({
  thanksHelpful: { en: "Thank you — glad it helped.", zh: "谢谢您的反馈，很高兴能帮上忙。" },
  thanksNotHelpful: {
    en: "Thank you — I've noted that this answer did not help, so HR can improve what I know. If you need a person, say “ask HR”.",
    zh: "谢谢您的反馈，我已记下这个答复没有帮助，人力资源部门会据此改进。如需人工帮助，请回复“询问人力资源部门”。",
  },
  nothingToRate: {
    en: "There is no recent answer of mine to rate. Ask me about the HR Strategy 2022–2025, then tell me whether the answer helped.",
    zh: "目前没有可以评价的答复。请先问我有关《2022-2025 年人力资源战略》的问题，再告诉我答复是否有帮助。",
  },
} satisfies Record<string, Bilingual>);

export const REPORT_TEXTS = withFallbackLocales({
  title: {
    en: (from: string, to: string) => `Unanswered questions, ${from} – ${to}`,
    zh: (from: string, to: string) => `未获解答的问题(${from} 至 ${to})`,
  } satisfies Texts<[string, string]>,
  summary: {
    en: (total: number, groups: number) =>
      `${total} declined or “not helpful” question(s), in ${groups} group(s) of similar questions:`,
    zh: (total: number, groups: number) =>
      `共有 ${total} 个被拒答或“没有帮助”的问题，归为 ${groups} 组相似问题：`,
  } satisfies Texts<[number, number]>,
  none: {
    en: "No questions went unanswered in that period.",
    zh: "该期间没有未获解答的问题。",
  },
  columns: {
    en: ["Question", "Language", "Topic", "Count", "Declined", "Not helpful"],
    zh: ["问题", "语言", "主题", "次数", "拒答", "没有帮助"],
  },
  private: { en: "(personal-record question, words not kept)", zh: "(个人记录问题，未保存原文)" },
  csvHint: {
    en: "For a spreadsheet: npm run report -- unanswered --csv",
    zh: "导出表格：npm run report -- unanswered --csv",
  },
  forbidden: {
    en: "Sorry, only HR can see what went unanswered.",
    zh: "抱歉，只有人力资源部门可以查看未获解答的问题。",
  },
} as const);
