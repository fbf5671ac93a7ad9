/**
 * Text across the Slack boundary: what users type arrives in Slack's markup (entities, <@U…>,
 * <url|label>) and is turned back into plain words; everything we place into mrkdwn is escaped
 * so no mention, broadcast (<!channel>) or link can be injected, and fitted to Slack's limits.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ELLIPSIS = "…";

/** Escapes the three characters Slack treats as markup in mrkdwn and `text` fields. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Escaped mrkdwn of at most `max` characters: cut between characters (never inside an entity or
 * a surrogate pair), with an ellipsis when shortened.
 */
export function mrkdwn(raw: string, max: number): string {
  const escaped = escapeMrkdwn(raw);
  return escaped.length <= max ? escaped : cutAt(raw, max, (c) => ENTITIES[c] ?? c);
}

/** Plain text (button labels, headers) of at most `max` characters, with an ellipsis when shortened. */
export function plain(raw: string, max: number): string {
  return raw.length <= max ? raw : cutAt(raw, max, (c) => c);
}

function cutAt(raw: string, max: number, encode: (char: string) => string): string {
  let out = "";
  for (const char of raw) {
    const piece = encode(char);
    if (out.length + piece.length > max - ELLIPSIS.length) break;
    out += piece;
  }
  return out + ELLIPSIS;
}

/**
 * Splits already escaped mrkdwn into pieces of at most `max` characters, at line breaks where it
 * can, else at spaces, so long answers continue in the next block instead of being cut off.
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf("\n");
    if (cut < max / 2) cut = window.lastIndexOf(" ");
    if (cut < max / 2) cut = hardCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** A cut at or before `max` that splits neither an entity (&amp;) nor a surrogate pair. */
function hardCut(text: string, max: number): number {
  let cut = max;
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp > 0 && amp >= cut - 4 && !text.slice(amp, cut).includes(";")) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return Math.max(cut, 1);
}

const DECODED: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

/**
 * What the user typed, from Slack's message markup: the bot's own mention removed, other
 * mentions and links shown by their label, entities decoded.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  const readable = text.replace(/<([^<>]*)>/g, (_match, inner: string) => {
    const [target = "", label] = inner.split("|", 2);
    if (target.startsWith("@")) return target.slice(1) === botUserId ? " " : `@${label ?? target.slice(1)}`;
    if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
    if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0]}`;
    return label ?? target;
  });
  return readable
    .replace(/&(amp|lt|gt);/g, (entity) => DECODED[entity] ?? entity)
    .replace(/[ \t]+/g, " ")
    .trim();
}
