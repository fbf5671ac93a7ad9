import type { Locale } from "../i18n/locale.ts";
import { t } from "../i18n/messages.ts";
import { localized } from "../knowledge/schema.ts";
import type { RequestRecord, RequestStatus } from "./model.ts";
import { formatDate } from "./parse.ts";
import type { RequestTypeDefinition } from "./types/define.ts";
import { requestType } from "./types/index.ts";
import { describeValues } from "./validate.ts";

/** How requests read in any language: statuses, one-line summaries and their fields. */

export function statusText(status: RequestStatus, lang: Locale): string {
  return t(lang, `status.${status}`);
}

/** What starting a request of this type says in `lang`: its first trigger, or its title where it has none in that language. */
export function startPhrase(type: RequestTypeDefinition, lang: Locale): string {
  const triggers = lang === "en" || lang === "zh" ? type.triggers[lang] : [];
  return triggers[0] ?? localized(type.title, lang);
}

export function typeTitle(record: RequestRecord, lang: Locale): string {
  return localized(requestType(record.type).title, lang);
}

/** The subject in the reader's language, from the fields (the stored one is in the requester's). */
export function subjectIn(record: RequestRecord, lang: Locale): string {
  const line = requestType(record.type).subject(record.fields, lang);
  // a record from before a field existed keeps its stored subject rather than show a gap
  return line.includes("undefined") ? record.subject : line;
}

/** "FWA-2026-0007 · Flexible working arrangement · approved" */
export function requestLine(record: RequestRecord, lang: Locale): string {
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

/**
 * A line of HR's review list, all in the reader's language: id, type, subject, requester, when it
 * was submitted and how long it has waited, status.
 */
export function reviewLine(record: RequestRecord, lang: Locale, now: Date): string {
  const requester = record.requester.name ?? record.requester.userId;
  const submitted = formatDate(record.createdAt.slice(0, 10), lang);
  const by = t(lang, "view.from", { requester });
  const on = t(lang, "view.submittedOn", { date: submitted });
  const waiting = t(lang, "view.waiting", { days: daysWaiting(record, now) });
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
export function decisionByLabel(action: RequestRecord["history"][number]["action"], lang: Locale): string {
  return action === "approve" || action === "reject" || action === "request-info"
    ? t(lang, `view.decidedBy.${action}`)
    : t(lang, "view.decidedBy.other");
}

export function requestFacts(record: RequestRecord, lang: Locale): { label: string; value: string }[] {
  const requester = record.requester.name ?? record.requester.userId;
  return [
    { label: t(lang, "view.fact.request"), value: record.id },
    { label: t(lang, "view.fact.type"), value: typeTitle(record, lang) },
    { label: t(lang, "view.fact.requester"), value: requester },
    { label: t(lang, "view.fact.status"), value: statusText(record.status, lang) },
    { label: t(lang, "view.fact.submitted"), value: formatDate(record.createdAt.slice(0, 10), lang) },
    ...describeValues(record.type, record.fields, lang).map(({ label, value }) => ({ label, value })),
  ];
}

/** The history, oldest first: who did what, when, with what comment. */
export function historyLines(record: RequestRecord, lang: Locale): string[] {
  return record.history.map((h) => {
    const who = h.by.name ?? h.by.userId;
    const when = formatDate(h.at.slice(0, 10), lang);
    const comment = h.comment ? t(lang, "view.historyComment", { comment: h.comment }) : "";
    return `${when} · ${who} · ${statusText(h.status, lang)}${comment}`;
  });
}
