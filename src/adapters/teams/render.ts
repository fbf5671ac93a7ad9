import { type Activity, CardFactory, MessageFactory } from "botbuilder";
import type { Reply, ReplyPart } from "../../bot/messages.ts";
import { toPlainText } from "../../bot/plain-text.ts";
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  type Container,
  submitAction,
  type Table,
  type TableRow,
  textBlock,
} from "./cards.ts";

/** Notifications and chat lists show this much of the answer. */
const SUMMARY_LENGTH = 200;

/**
 * TextBlocks are read as Markdown. The strategy's text is plain but uses `*` as a footnote mark
 * ("15%*", "* Geographical…"): escape only what would change its meaning — a list or heading
 * marker at the start of a line, and `*`/`_` when there are two that could pair into emphasis —
 * so a lone "15%*" stays exactly as written.
 */
export function escapeMarkdown(text: string): string {
  let escaped = text
    .replace(/^(\s*)([*+-]|#{1,6}|>)(?=\s)/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, "$1\\$2");
  for (const mark of ["*", "_"]) {
    if (escaped.split(mark).length > 2) {
      escaped = escaped.replace(new RegExp(`(?<!\\\\)\\${mark}`, "g"), `\\${mark}`);
    }
  }
  return escaped;
}

function plain(text: string, style: Parameters<typeof textBlock>[1] = {}) {
  return textBlock(escapeMarkdown(text), style);
}

function headerRow(columns: string[]): TableRow {
  return {
    type: "TableRow",
    style: "emphasis",
    cells: columns.map((c) => ({
      type: "TableCell",
      items: [plain(c, { weight: "Bolder", size: "Small" })],
    })),
  };
}

/** A Table (1.5) whose fallback, for older clients, is one compact line per row. */
function table(columns: string[], rows: string[][]): Table {
  const compact = rows.map((row) => row.join(" · ")).join("\n\n");
  return {
    type: "Table",
    // The first column holds the indicator's name, the others short figures.
    columns: columns.map((_c, i) => ({ width: i === 0 ? 2 : 1 })),
    rows: [
      headerRow(columns),
      ...rows.map(
        (row): TableRow => ({
          type: "TableRow",
          cells: row.map((cell) => ({ type: "TableCell", items: [plain(cell, { size: "Small" })] })),
        }),
      ),
    ],
    fallback: plain(`${columns.join(" · ")}\n\n${compact}`, { size: "Small" }),
  };
}

function quote(text: string, source: string): Container {
  return {
    type: "Container",
    style: "emphasis",
    items: [plain(`“${text}”`), plain(`— ${source}`, { isSubtle: true, size: "Small", spacing: "Small" })],
  };
}

function partToElement(part: ReplyPart): CardElement {
  switch (part.kind) {
    case "paragraph":
      return plain(part.text);
    case "facts":
      return { type: "FactSet", facts: part.facts.map((f) => ({ title: f.label, value: f.value })) };
    case "list":
      return textBlock(part.items.map((item) => `- ${escapeMarkdown(item)}`).join("\n"));
    case "table":
      return table(part.columns, part.rows);
    case "quote":
      return quote(part.text, part.source);
  }
}

/** The neutral reply as an Adaptive Card 1.5. */
export function replyToCard(reply: Reply): AdaptiveCard {
  const zh = reply.lang === "zh";
  const body: CardElement[] = [];
  if (reply.notice) body.push(plain(reply.notice, { isSubtle: true, size: "Small", color: "Warning" }));
  if (reply.title) body.push(plain(reply.title, { size: "Medium", weight: "Bolder", style: "heading" }));
  for (const part of reply.parts) body.push(partToElement(part));
  if (reply.citations.length > 0) {
    const label = zh ? "来源：" : "Source: ";
    body.push(
      plain(reply.citations.map((c) => `${label}${c}`).join("\n\n"), {
        isSubtle: true,
        size: "Small",
        separator: true,
      }),
    );
  }
  const actions = reply.suggestions.map((s) => submitAction(s.label, s.message));
  return adaptiveCard({
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: toPlainText(reply),
    lang: zh ? "zh-CN" : "en",
    msteams: { width: "Full" },
  });
}

function summaryOf(reply: Reply): string {
  const firstLine =
    toPlainText(reply)
      .split("\n")
      .find((line) => line.trim() !== "") ?? "";
  return firstLine.length > SUMMARY_LENGTH ? `${firstLine.slice(0, SUMMARY_LENGTH - 1)}…` : firstLine;
}

/** The activity that carries a reply: the card, with a summary for notifications and chat lists. */
export function replyToActivity(reply: Reply): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(replyToCard(reply)));
  activity.summary = summaryOf(reply);
  return activity;
}
