import { t } from "../i18n/messages.ts";
import type { Reply, ReplyPart } from "./messages.ts";

function partToText(part: ReplyPart, colon: string): string {
  switch (part.kind) {
    case "paragraph":
      return part.text;
    case "facts":
      return part.facts.map((f) => `• ${f.label}${colon}${f.value}`).join("\n");
    case "list":
      return part.items.map((item) => `• ${item}`).join("\n");
    case "table":
      return [part.columns.join(" | "), ...part.rows.map((row) => row.join(" | "))].join("\n");
    case "quote":
      return `“${part.text}”\n— ${part.source}`;
  }
}

/** The whole reply as plain text: the console's output and every platform's fallback text. */
export function toPlainText(reply: Reply): string {
  const blocks: string[] = [];
  if (reply.notice) blocks.push(reply.notice);
  if (reply.title) blocks.push(reply.title);
  const colon = t(reply.lang, "plain.colon");
  for (const part of reply.parts) blocks.push(partToText(part, colon));
  if (reply.citations.length > 0) {
    const label = t(reply.lang, "plain.source");
    blocks.push(reply.citations.map((c) => `${label}${colon}${c}`).join("\n"));
  }
  if (reply.outcome === "clarify" && reply.suggestions.length > 0) {
    // Where there are no buttons, the choices are numbered: "2" picks the second.
    const choices = reply.suggestions.map((s, i) => `${i + 1}. ${s.label}`).join("\n");
    blocks.push(`${choices}\n${t(reply.lang, "choice.pick")}`);
    return blocks.join("\n\n");
  }
  if (reply.suggestions.length > 0) {
    const label = t(reply.lang, "plain.alsoAsk");
    blocks.push(`${label}${colon}${reply.suggestions.map((s) => `“${s.message}”`).join(" · ")}`);
  }
  return blocks.join("\n\n");
}
