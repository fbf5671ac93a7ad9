import { type Activity, CardFactory, MessageFactory } from "botbuilder";
import type { Reply, ReplyPart, ReviewView } from "../../bot/messages.ts";
import { toPlainText } from "../../bot/plain-text.ts";
import { formatList } from "../../i18n/format.ts";
import { INTL_TAG, type Locale } from "../../i18n/locale.ts";
import { t } from "../../i18n/messages.ts";
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  COMMENT_INPUT,
  type Container,
  DECIDE_ACTION,
  type InputText,
  type SubmitAction,
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

/** As long as a comment the request log keeps. */
const COMMENT_MAX_LENGTH = 4000;

/** The comment box of a decision card: optional to approve, needed to reject or ask for information. */
function commentInput(review: ReviewView, lang: Locale): InputText {
  const needed = review.actions.filter((a) => a.needsComment).map((a) => a.label.toLowerCase());
  const when =
    needed.length > 0
      ? t(lang, "adapter.commentNeeded", { actions: formatList(needed, lang, "disjunction") })
      : "";
  return {
    type: "Input.Text",
    id: COMMENT_INPUT,
    label: t(lang, "adapter.commentLabel", { when }),
    isMultiline: true,
    maxLength: COMMENT_MAX_LENGTH,
  };
}

function decisionActions(review: ReviewView): SubmitAction[] {
  return review.actions.map((a) => ({
    type: "Action.Submit",
    title: a.label,
    ...(a.decision === "approve" ? { style: "positive" as const } : {}),
    data: { action: DECIDE_ACTION, requestId: review.requestId, decision: a.decision },
  }));
}

/** The neutral reply as an Adaptive Card 1.5: decision buttons with a comment box when it has a review. */
export function replyToCard(reply: Reply): AdaptiveCard {
  const lang = reply.lang;
  const body: CardElement[] = [];
  if (reply.notice) body.push(plain(reply.notice, { isSubtle: true, size: "Small", color: "Warning" }));
  if (reply.title) body.push(plain(reply.title, { size: "Medium", weight: "Bolder", style: "heading" }));
  for (const part of reply.parts) body.push(partToElement(part));
  if (reply.citations.length > 0) {
    const label = `${t(lang, "plain.source")}${t(lang, "plain.colon")}`;
    body.push(
      plain(reply.citations.map((c) => `${label}${c}`).join("\n\n"), {
        isSubtle: true,
        size: "Small",
        separator: true,
      }),
    );
  }
  if (reply.review) body.push(commentInput(reply.review, lang));
  const actions = [
    ...(reply.review ? decisionActions(reply.review) : []),
    ...reply.suggestions.map((s) => submitAction(s.label, s.message)),
  ];
  return adaptiveCard({
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: toPlainText(reply),
    lang: cardLang(lang),
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

/** A message carrying one card, with a summary for notifications and chat lists. */
export function cardActivity(card: AdaptiveCard, summary: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.summary = summary;
  return activity;
}

/** The activity that carries a reply: its card, summarised by its first line. */
export function replyToActivity(reply: Reply): Partial<Activity> {
  return cardActivity(replyToCard(reply), summaryOf(reply));
}

/** The card's language tag: English cards have always said "en". */
export function cardLang(lang: Locale): string {
  return lang === "en" ? "en" : INTL_TAG[lang];
}
