import type {
  ActionsBlock,
  Button,
  ContextBlock,
  HeaderBlock,
  KnownBlock,
  MrkdwnElement,
  SectionBlock,
} from "@slack/types";
import type { Fact, Reply, ReplyPart, ReviewView, Suggestion } from "../../bot/messages.ts";
import { toPlainText } from "../../bot/plain-text.ts";
import { escapeMrkdwn, mrkdwn, plain, splitMrkdwn } from "./text.ts";

/** Slack's documented Block Kit limits that a rendered reply must respect. */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  contextElements: 10,
  buttonsPerActions: 25,
  buttonText: 75,
  buttonValue: 2000,
} as const;

/** The action id of the n-th suggested follow-up; its value is the message it sends. */
export const SUGGESTION_ACTION = /^suggestion:\d+$/;
const suggestionActionId = (n: number) => `suggestion:${n}`;

/**
 * An HR decision button: "review:approve", or "review:reject:comment" when the decision needs a
 * comment (asked in a modal first); its value is the request id.
 */
export const REVIEW_ACTION = /^review:(approve|reject|request-info|answer|close)(:comment)?$/;
/** The block holding the decision buttons, replaced by who decided once someone has. */
export const REVIEW_BLOCK = "review";

export interface RenderedReply {
  /** The notification and fallback text (escaped: Slack reads it as mrkdwn too). */
  text: string;
  blocks: KnownBlock[];
}

/** A neutral Reply as a Block Kit message. */
export function renderReply(reply: Reply, maxBlocks: number = LIMITS.messageBlocks): RenderedReply {
  const body: KnownBlock[] = [];
  if (reply.notice) body.push(context([reply.notice]));
  if (reply.title) body.push(header(reply.title));
  for (const part of reply.parts) body.push(...partBlocks(part));
  const tail: KnownBlock[] = [
    ...reviewBlocks(reply.review),
    ...citationBlocks(reply.citations),
    ...suggestionBlocks(reply.suggestions),
  ];
  return { text: mrkdwn(toPlainText(reply), LIMITS.messageText), blocks: capped(body, tail, maxBlocks) };
}

/** Keeps the citations and buttons; an answer too long for one message ends in "…". */
function capped(body: KnownBlock[], tail: KnownBlock[], max: number): KnownBlock[] {
  if (body.length + tail.length <= max) return [...body, ...tail];
  return [...body.slice(0, Math.max(0, max - tail.length - 1)), context(["…"]), ...tail];
}

export function header(text: string): HeaderBlock {
  return { type: "header", text: { type: "plain_text", text: plain(text, LIMITS.headerText), emoji: false } };
}

/** Already escaped mrkdwn, as many sections as its length needs. */
export function sections(escaped: string): SectionBlock[] {
  return splitMrkdwn(escaped, LIMITS.sectionText).map((text) => ({ type: "section", text: verbatim(text) }));
}

function partBlocks(part: ReplyPart): KnownBlock[] {
  switch (part.kind) {
    case "paragraph":
      return sections(escapeMrkdwn(part.text));
    case "facts":
      return factSections(part.facts);
    case "list":
      return sections(part.items.map((item) => `• ${mrkdwn(item, LIMITS.sectionText)}`).join("\n"));
    case "table":
      return sections(tableText(part.columns, part.rows));
    case "quote":
      return sections(quoteText(part.text, part.source));
  }
}

/** Facts (an indicator's figures) as two-column fields, at most ten per section. */
function factSections(facts: Fact[]): SectionBlock[] {
  const fields = facts.map((fact) => {
    const label = `*${mrkdwn(fact.label, 200)}*\n`;
    return verbatim(label + mrkdwn(fact.value, LIMITS.fieldText - label.length));
  });
  const blocks: SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    blocks.push({ type: "section", fields: fields.slice(i, i + LIMITS.fieldsPerSection) });
  }
  return blocks;
}

/**
 * A table as one short record per row (its first cell in bold, then "column: value" pairs):
 * readable in every Slack client and on a phone, where wide aligned columns wrap badly.
 */
function tableText(columns: string[], rows: string[][]): string {
  return rows
    .map((row) => {
      const [first = "", ...rest] = row;
      const pairs = rest
        .map((cell, i) => (cell ? `${mrkdwn(columns[i + 1] ?? "", 200)}: ${mrkdwn(cell, 1000)}` : ""))
        .filter(Boolean);
      return [`*${mrkdwn(first, 500)}*`, ...(pairs.length ? [pairs.join(" · ")] : [])].join("\n");
    })
    .join("\n\n");
}

function quoteText(text: string, source: string): string {
  const quoted = mrkdwn(text, LIMITS.sectionText)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return `${quoted}\n— ${mrkdwn(source, 500)}`;
}

function citationBlocks(citations: string[]): ContextBlock[] {
  const blocks: ContextBlock[] = [];
  for (let i = 0; i < citations.length; i += LIMITS.contextElements) {
    blocks.push(context(citations.slice(i, i + LIMITS.contextElements).map((c) => `:bookmark_tabs: ${c}`)));
  }
  return blocks;
}

/** Small print: each text escaped and kept within a text object's limit. */
export function context(texts: string[]): ContextBlock {
  return { type: "context", elements: texts.map((t) => verbatim(mrkdwn(t, LIMITS.sectionText))) };
}

export function suggestionBlocks(suggestions: Suggestion[]): ActionsBlock[] {
  const buttons: Button[] = suggestions.map((s, n) => ({
    type: "button",
    action_id: suggestionActionId(n),
    text: { type: "plain_text", text: plain(s.label, LIMITS.buttonText), emoji: false },
    // The value goes back to the bot as typed text, never into mrkdwn: cut, not escaped.
    value: plain(s.message, LIMITS.buttonValue),
  }));
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerActions) {
    blocks.push({ type: "actions", elements: buttons.slice(i, i + LIMITS.buttonsPerActions) });
  }
  return blocks;
}

function reviewBlocks(review: ReviewView | undefined): ActionsBlock[] {
  if (!review) return [];
  const elements: Button[] = review.actions.map((action) => ({
    type: "button",
    action_id: `review:${action.decision}${action.needsComment ? ":comment" : ""}`,
    text: { type: "plain_text", text: plain(action.label, LIMITS.buttonText), emoji: false },
    value: review.requestId,
    ...(action.decision === "approve" ? { style: "primary" as const } : {}),
    ...(action.decision === "reject" ? { style: "danger" as const } : {}),
  }));
  return [{ type: "actions", block_id: REVIEW_BLOCK, elements: elements.slice(0, LIMITS.buttonsPerActions) }];
}

/** mrkdwn that Slack shows as written: no automatic linking of URLs, channel names or mentions. */
function verbatim(text: string): MrkdwnElement {
  return { type: "mrkdwn", text, verbatim: true };
}
