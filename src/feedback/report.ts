import { tokenize } from "../i18n/text.ts";
import type { FeedbackEntry } from "./store.ts";

/**
 * What went unanswered: declined and "not helpful" questions of a period, similar questions
 * together (token-set similarity), by language and topic, with counts — what HR should add to the
 * knowledge base next.
 */

export interface UnansweredGroup {
  lang: string;
  /** The first subject of the answer, or the intent that declined ("out_of_scope"). */
  topic: string;
  /** The first question of the group, as asked. */
  example: string;
  count: number;
  declined: number;
  notHelpful: number;
  /** Up to three other wordings. */
  variants: string[];
}

export interface UnansweredReport {
  from: Date;
  to: Date;
  total: number;
  groups: UnansweredGroup[];
}

/** Questions sharing this much of their words (Jaccard) are one group. */
export const SIMILARITY = 0.5;

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

interface Building extends UnansweredGroup {
  tokens: Set<string>;
}

export function unansweredReport(entries: readonly FeedbackEntry[], from: Date, to: Date): UnansweredReport {
  const groups: Building[] = [];
  let total = 0;
  for (const entry of entries) {
    if (entry.kind === "helpful") continue;
    total += 1;
    const topic = entry.subjects[0] ?? entry.intent;
    const text = entry.question ?? "";
    const tokens = new Set(tokenize(text));
    const group = groups.find(
      (g) => g.lang === entry.lang && g.topic === topic && jaccard(g.tokens, tokens) >= SIMILARITY,
    );
    if (group) {
      group.count += 1;
      if (text && text !== group.example && !group.variants.includes(text) && group.variants.length < 3) {
        group.variants.push(text);
      }
      for (const t of tokens) group.tokens.add(t);
    } else {
      groups.push({
        lang: entry.lang,
        topic,
        example: text,
        count: 1,
        declined: 0,
        notHelpful: 0,
        variants: [],
        tokens,
      });
    }
    const target = group ?? groups.at(-1);
    if (target) {
      if (entry.kind === "declined") target.declined += 1;
      else target.notHelpful += 1;
    }
  }
  const sorted = groups
    .map(({ tokens: _tokens, ...g }) => g)
    .sort((a, b) => b.count - a.count || a.lang.localeCompare(b.lang) || a.topic.localeCompare(b.topic));
  return { from, to, total, groups: sorted };
}

/** The report as CSV (RFC 4180 quoting, formulas neutralised for spreadsheets). */
export function reportCsv(report: UnansweredReport): string {
  const header = ["language", "topic", "count", "declined", "not_helpful", "example", "variants"];
  const rows = report.groups.map((g) => [
    g.lang,
    g.topic,
    String(g.count),
    String(g.declined),
    String(g.notHelpful),
    g.example,
    g.variants.join(" | "),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "this month", "last month", else the last 30 days, ending at `now`. */
export function periodOf(
  words: string,
  now: Date,
): { from: Date; to: Date; name: "this-month" | "last-month" | "30-days" } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (/last month|previous month|上个月|上月/i.test(words)) {
    return { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)), name: "last-month" };
  }
  if (/this month|本月|这个月/i.test(words)) {
    return { from: new Date(Date.UTC(y, m, 1)), to: new Date(now.getTime() + 1), name: "this-month" };
  }
  return {
    from: new Date(now.getTime() - 30 * 86_400_000),
    to: new Date(now.getTime() + 1),
    name: "30-days",
  };
}
