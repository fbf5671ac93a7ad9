import type { AnswerLang } from "../messages.ts";

/**
 * What the request form says, in English and Chinese side by side, so that no message exists in
 * one language only. Parameters are already formatted for the reader.
 */

type Text<P = void> = Record<AnswerLang, (p: P) => string>;

function text<P = void>(en: (p: P) => string, zh: (p: P) => string): Text<P> {
  return { en, zh };
}

export const FORM = {
  nothingToCancel: text(
    () => "There is no open request form, so there is nothing to cancel.",
    () => "目前没有正在填写的申请，无需取消。",
  ),
  alreadyOpen: text<{ title: string }>(
    ({ title }) =>
      `You are filling in a ${title} request. Finish it first, or say “cancel” to start another.`,
    ({ title }) => `您正在填写“${title}”申请。请先完成它，或回复“取消”后再开始新的申请。`,
  ),
  skipHint: text(
    () => "Say “skip” to leave it out.",
    () => "回复“跳过”可略过此项。",
  ),
  check: text(
    () => "Please check your request:",
    () => "请核对您的申请：",
  ),
  summaryHelp: text(
    () => "Reply “submit” to send it, “edit <field>” to change something, or “cancel”.",
    () => "回复“提交”发送，“修改 <栏目>”更改某一项，或“取消”。",
  ),
  start: text<{ title: string; focusArea: string; summary: string }>(
    ({ title, focusArea, summary }) =>
      `Let's fill in your request: ${title} (focus area ${focusArea}). ${summary}`,
    ({ title, focusArea, summary }) => `好的，我们来填写“${title}”申请(重点领域 ${focusArea})。${summary}`,
  ),
  noted: text(
    () => "I have noted:",
    () => "我已记下：",
  ),
  notKept: text(
    () => "I could not keep these, so I will ask for them again:",
    () => "以下内容未能记下，我会再次询问：",
  ),
  conflict: text<{ labels: string; error: string }>(
    ({ labels, error }) => `${error} I have cleared ${labels}: please give it again.`,
    ({ labels, error }) => `${error}我已清除${labels}，请重新填写。`,
  ),
  orEdit: text<{ labels: string }>(
    ({ labels }) => `To change ${labels} instead, say “edit ${labels.replace(/^the /, "")}”.`,
    ({ labels }) => `如需改为修改${labels}，请回复“修改${labels}”。`,
  ),
  cancelAnyTime: text(
    () => "You can say “cancel” at any time, or “edit <field>” to change something.",
    () => "随时可以回复“取消”，或用“修改 <栏目>”更改某一项。",
  ),
  stillFilling: text<{ title: string }>(
    ({ title }) => `(We're still filling in your ${title.toLowerCase()} request.)`,
    ({ title }) => `(我们还在填写“${title}”申请。)`,
  ),
  cancelled: text(
    () => "Cancelled. Nothing was submitted.",
    () => "已取消，没有提交任何内容。",
  ),
  notSaved: text(
    () => "Sorry, the request could not be saved. Please try again later; if it keeps happening, contact HR.",
    () => "抱歉，申请未能保存。请稍后再试；如果问题仍然存在，请联系人力资源部门。",
  ),
  submitted: text<{ id: string }>(
    ({ id }) =>
      `Submitted: ${id}. HR has been notified and will review it; I'll let you know when they decide.`,
    ({ id }) => `已提交：${id}。已通知人力资源部门审核；作出决定后我会通知您。`,
  ),
  whichField: text(
    () => "Which field? Reply “edit <number>”:",
    () => "要修改哪一项？回复“修改 <编号>”：",
  ),
  cannotSkip: text<{ label: string }>(
    ({ label }) => `${label} is needed for this request, so it cannot be skipped.`,
    ({ label }) => `此申请需要填写${label}，不能跳过。`,
  ),
  submitTooEarly: text<{ labels: string }>(
    ({ labels }) => `Nothing has been sent yet: still missing: ${labels}.`,
    ({ labels }) => `尚未提交：还缺少${labels}。`,
  ),
  checkBeforeSending: text(
    () => "Nothing has been sent yet.",
    () => "尚未提交任何内容。",
  ),
  unknownType: text(
    () => "That request type is not known.",
    () => "未知的申请类型。",
  ),
  correct: text(
    () => "Please correct the following:",
    () => "请更正以下内容：",
  ),
  openFormReminder: text<{ title: string; known: string }>(
    ({ title, known }) =>
      `You have an open ${title.toLowerCase()} form${known ? `: ${known}` : ""}. Answer the question below to go on, or type “cancel” to drop it.`,
    ({ title, known }) =>
      `您有一份未完成的“${title}”申请${known ? `：${known}` : ""}。请回答下面的问题继续填写，或回复“取消”放弃。`,
  ),
} as const;

/** Labels of several fields in a sentence: "the start date and the end date", "开始日期和结束日期". */
export function labelList(labels: readonly string[], lang: AnswerLang): string {
  if (lang === "zh") return labels.join("、");
  const lower = labels.map((l) => (/^.[A-Z]/.test(l) ? l : `the ${l.charAt(0).toLowerCase()}${l.slice(1)}`));
  return lower.length <= 1 ? (lower[0] ?? "") : `${lower.slice(0, -1).join(", ")} and ${lower.at(-1)}`;
}

export const CHOICE_WORDS = {
  cancel: { en: "cancel", zh: "取消" },
  submit: { en: "submit", zh: "提交" },
  edit: { en: "edit", zh: "修改" },
  skip: { en: "skip", zh: "跳过" },
} as const;
