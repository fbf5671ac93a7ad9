import type { AnswerLang } from "../i18n/locale.ts";
import type { RequestRecord, RequestStatus } from "./model.ts";
import { formatDate } from "./parse.ts";
import { requestType } from "./types/index.ts";
import { describeValues } from "./validate.ts";

/** How requests read in any language: statuses, one-line summaries and their fields. */

const STATUS: Record<RequestStatus, { en: string; zh: string }> = {
  submitted: { en: "submitted, awaiting HR review", zh: "已提交，等待人力资源审核" },
  "more-info-requested": { en: "more information requested", zh: "需要补充信息" },
  resubmitted: { en: "resubmitted, awaiting HR review", zh: "已重新提交，等待人力资源审核" },
  approved: { en: "approved", zh: "已批准" },
  rejected: { en: "rejected", zh: "未获批准" },
  withdrawn: { en: "withdrawn", zh: "已撤回" },
};

export function statusText(status: RequestStatus, lang: AnswerLang): string {
  return STATUS[status][lang];
}

export function typeTitle(record: RequestRecord, lang: AnswerLang): string {
  return requestType(record.type).title[lang];
}

/** The subject in the reader's language, from the fields (the stored one is in the requester's). */
export function subjectIn(record: RequestRecord, lang: AnswerLang): string {
  const line = requestType(record.type).subject(record.fields, lang);
  // a record from before a field existed keeps its stored subject rather than show a gap
  return line.includes("undefined") ? record.subject : line;
}

/** "FWA-2026-0007 · Flexible working arrangement · approved" */
export function requestLine(record: RequestRecord, lang: AnswerLang): string {
  return `${record.id} · ${typeTitle(record, lang)} · ${subjectIn(record, lang)} · ${statusText(record.status, lang)}`;
}

const DAY_MS = 86_400_000;

/** Whole days since the request last reached HR (submitted or resubmitted), as of `now`. */
export function daysWaiting(record: RequestRecord, now: Date): number {
  const since =
    record.history.findLast((h) => h.action === "submit" || h.action === "resubmit")?.at ?? record.createdAt;
  const days = Math.floor(
    (Date.parse(now.toISOString().slice(0, 10)) - Date.parse(since.slice(0, 10))) / DAY_MS,
  );
  return Math.max(0, days);
}

const WAITING = {
  en: (days: number) => (days === 0 ? "since today" : days === 1 ? "1 day waiting" : `${days} days waiting`),
  zh: (days: number) => (days === 0 ? "今天提交" : `已等待 ${days} 天`),
};

/**
 * A line of HR's review list, all in the reader's language: id, type, subject, requester, when it
 * was submitted and how long it has waited, status.
 */
export function reviewLine(record: RequestRecord, lang: AnswerLang, now: Date): string {
  const requester = record.requester.name ?? record.requester.userId;
  const submitted = formatDate(record.createdAt.slice(0, 10), lang);
  const by = lang === "zh" ? `申请人：${requester}` : `from ${requester}`;
  const on = lang === "zh" ? `${submitted}提交` : `submitted ${submitted}`;
  const waiting = WAITING[lang](daysWaiting(record, now));
  return [
    record.id,
    typeTitle(record, lang),
    subjectIn(record, lang),
    by,
    on,
    waiting,
    statusText(record.status, lang),
  ].join(" · ");
}

/** The label of who took a decision, by the decision: "Approved by", "Information requested by". */
export function decisionByLabel(
  action: RequestRecord["history"][number]["action"],
  lang: AnswerLang,
): string {
  const labels: Partial<Record<typeof action, { en: string; zh: string }>> = {
    approve: { en: "Approved by", zh: "批准人" },
    reject: { en: "Rejected by", zh: "拒绝人" },
    "request-info": { en: "Information requested by", zh: "要求补充信息者" },
  };
  return labels[action]?.[lang] ?? (lang === "zh" ? "经办人" : "By");
}

export function requestFacts(record: RequestRecord, lang: AnswerLang): { label: string; value: string }[] {
  const zh = lang === "zh";
  const requester = record.requester.name ?? record.requester.userId;
  return [
    { label: zh ? "编号" : "Request", value: record.id },
    { label: zh ? "类型" : "Type", value: typeTitle(record, lang) },
    { label: zh ? "申请人" : "Requester", value: requester },
    { label: zh ? "状态" : "Status", value: statusText(record.status, lang) },
    { label: zh ? "提交日期" : "Submitted", value: formatDate(record.createdAt.slice(0, 10), lang) },
    ...describeValues(record.type, record.fields, lang).map(({ label, value }) => ({ label, value })),
  ];
}

/** The history, oldest first: who did what, when, with what comment. */
export function historyLines(record: RequestRecord, lang: AnswerLang): string[] {
  return record.history.map((h) => {
    const who = h.by.name ?? h.by.userId;
    const when = formatDate(h.at.slice(0, 10), lang);
    const comment = h.comment ? (lang === "zh" ? `：“${h.comment}”` : `: “${h.comment}”`) : "";
    return `${when} · ${who} · ${statusText(h.status, lang)}${comment}`;
  });
}
