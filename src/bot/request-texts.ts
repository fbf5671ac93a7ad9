import type { SelectionProblem } from "../requests/workflow.ts";
import type { AnswerLang } from "./messages.ts";

/**
 * Texts of the request intents (selection dates, withdrawal, HR's lists), English and Chinese side
 * by side. Dates are passed already formatted for the reader.
 */

type Text<P = void> = Record<AnswerLang, (p: P) => string>;

export const SELECTION: { [K in SelectionProblem["problem"]]: Text<{ date: string; status: string }> } = {
  "not-early-recruitment": {
    en: () => "Only early-recruitment requests (ERV-…) have a selection date.",
    zh: () => "只有提前招聘申请(ERV-…)才有遴选完成日期。",
  },
  "not-approved": {
    en: ({ status }) =>
      `That request is ${status}: approve it first, then record the date its selection finished.`,
    zh: ({ status }) => `该申请目前为“${status}”：请先批准，再记录遴选完成日期。`,
  },
  "not-a-date": {
    en: () => "That is not a date I can read: write it like 2026-10-01 or 1 October 2026.",
    zh: () => "无法识别这个日期，请写成 2026-10-01 或 2026年10月1日。",
  },
  "before-submission": {
    en: ({ date }) =>
      `The selection cannot have finished before the request was submitted (${date}): please check the date.`,
    zh: ({ date }) => `遴选不可能在申请提交(${date})之前完成，请检查日期。`,
  },
  "in-future": {
    en: ({ date }) =>
      `A selection is recorded once it has finished: the date cannot be after today (${date}).`,
    zh: ({ date }) => `遴选完成后才能记录：日期不能晚于今天(${date})。`,
  },
  "already-recorded": {
    en: ({ date }) => `That request already has a selection date (${date}).`,
    zh: ({ date }) => `该申请已记录遴选完成日期(${date})。`,
  },
};

export const TEXTS = {
  selectionRecorded: {
    en: ({ id, date }: { id: string; date: string }) => `Recorded for ${id}: selection finished on ${date}.`,
    zh: ({ id, date }: { id: string; date: string }) => `已记录 ${id} 的遴选完成日期：${date}。`,
  },
  selectionReplaced: {
    en: ({ id, date, was }: { id: string; date: string; was: string }) =>
      `Changed for ${id}: selection finished on ${date} (was ${was}). The change is in its history.`,
    zh: ({ id, date, was }: { id: string; date: string; was: string }) =>
      `已更改 ${id} 的遴选完成日期：${date}(原为 ${was})。更改已记入历史。`,
  },
  replaceSelection: {
    en: ({ id, date, was }: { id: string; date: string; was: string }) =>
      `${id} already has a selection date, ${was}. Replace it with ${date}? Reply “yes” to confirm or “no” to keep it.`,
    zh: ({ id, date, was }: { id: string; date: string; was: string }) =>
      `${id} 已记录遴选完成日期 ${was}。要改为 ${date} 吗？回复“确认”更改，或“取消”保留原日期。`,
  },
  withdrawPropose: {
    en: ({ id, subject }: { id: string; subject: string }) =>
      `Withdraw ${id} (${subject})? It stays on record as withdrawn. Reply “yes” to confirm or “no” to keep it.`,
    zh: ({ id, subject }: { id: string; subject: string }) =>
      `要撤回 ${id}(${subject})吗？撤回后它仍保留在记录中。回复“确认”撤回，或“取消”保留。`,
  },
  withdrawn: {
    en: ({ id, status }: { id: string; status: string }) => `${id} is now ${status}. It stays on record.`,
    zh: ({ id, status }: { id: string; status: string }) => `${id} ${status}。它仍保留在记录中。`,
  },
  dropped: {
    en: () => "All right, nothing was changed.",
    zh: () => "好的，没有做任何更改。",
  },
  expired: {
    en: () => "That confirmation has expired, so nothing was changed. Please ask again.",
    zh: () => "该确认已过期，没有做任何更改。请重新提出。",
  },
} as const;
