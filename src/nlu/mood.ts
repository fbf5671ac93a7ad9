import { normalize } from "../i18n/text.ts";
import { alternatives, anyLanguage } from "../i18n/words.ts";

/**
 * Whether a message tells the assistant to do something, asks about something, or says not to.
 * A side effect may only ever be proposed for an imperative: "has FWA-2026-0001 been approved
 * yet?" asks a status, "don't approve FWA-2026-0001 yet" says to leave it alone.
 */
export type Mood = "imperative" | "question" | "negated";

/**
 * "don't approve", "do not reject it", "not yet", "hold off", "不要批准", "先别", "暂不": a negation
 * of the action itself. "I don't need the JD review anymore, take it back" and "jdr-2026-6 不要了"
 * (I no longer want it) negate a need, and command.
 */
const NEGATED = anyLanguage((w) => w.mood.negated);

/**
 * A question: a question mark, the word order of one ("has … been", "est-ce que", "¿…?"), words
 * that ask ("吗", "是否"), or a decision said to be done already ("déjà approuvé", "ya aprobado").
 */
const QUESTION = new RegExp(
  `${alternatives((w) => w.mood.question)}|\\b(${alternatives((w) => w.mood.already)})\\s+(${alternatives((w) => w.mood.decidedStem)})`,
);

/** Whether a sentence or clause is worded as a question ("by when must…", "是否…"). */
export function wordedAsQuestion(text: string): boolean {
  return QUESTION.test(normalize(text));
}

/**
 * Polite commands look like questions but ask for the action: "could you approve …?",
 * "能否帮我批准…"; in French and Spanish "pouvez-vous approuver…", "¿puedes aprobar…?", also after
 * a clause that says what for ("je souhaite suivre un atelier, pouvez-vous enregistrer ma demande ?").
 */
const POLITE_REQUEST = new RegExp(
  `${alternatives((w) => w.mood.politeRequest)}|(^|[,;.]\\s*)¿?\\s*(${alternatives((w) => w.mood.politeAsk)})\\s+(${alternatives((w) => w.mood.politeObject)})?(${alternatives((w) => w.mood.politeVerb)})`,
);

/**
 * A message that opens with a command verb is a command, whatever follows: "ask for information
 * FWA-2026-0003 which rota applies?" ends in the comment's question mark.
 */
const LEADING_COMMAND = new RegExp(
  `${alternatives((w) => w.mood.leadingCommand)}|^\\s*(${alternatives((w) => w.mood.leadingPlease)})?(${alternatives((w) => w.mood.leadingVerb)})\\b`,
);

/**
 * The command part of a message: what comes before its first colon, when it has one — "reject
 * FWA-2026-0003: why now?" commands, and its comment may ask anything.
 */
export function commandPart(text: string): string {
  // A colon or a Chinese comma ends the command: "撤销 fwa-2026-1，反正主管也不同意".
  return before(text, /[:：，]/);
}

function before(text: string, end: RegExp): string {
  const at = text.search(end);
  const head = at > 0 ? text.slice(0, at) : text;
  return /[\p{L}\p{N}]/u.test(head) ? head : text;
}

/** The request id says which request, not how: "LRN-2026-0002 请补充说明…" opens with "请". */
function withoutIds(text: string): string {
  return normalize(text)
    .replace(/\b[a-z]{2,4}(-|\s)20\d{2}\1\d{1,6}\b/g, " ")
    .trim();
}

export function moodOf(text: string): Mood {
  // The command is read up to a colon, a Chinese comma or a spaced dash ("need more details on X
  // - which budget line?"); a question is read up to a colon only, since a Chinese question often
  // runs on after a comma ("流动指标里，…要多长时间才算数？").
  const command = withoutIds(before(commandPart(text), /\s[-–—]+\s/));
  const sentence = withoutIds(before(text, /[:：]|\s[-–—]+\s/));
  if (LEADING_COMMAND.test(command)) return "imperative";
  if (NEGATED.test(command)) return "negated";
  if (POLITE_REQUEST.test(sentence)) return "imperative";
  if (QUESTION.test(sentence)) return "question";
  return "imperative";
}
