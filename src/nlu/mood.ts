import { normalize } from "../i18n/text.ts";

/**
 * Whether a message tells the assistant to do something, asks about something, or says not to.
 * A side effect may only ever be proposed for an imperative: "has FWA-2026-0001 been approved
 * yet?" asks a status, "don't approve FWA-2026-0001 yet" says to leave it alone.
 */
export type Mood = "imperative" | "question" | "negated";

/**
 * "don't approve", "do not reject it", "not yet", "hold off", "不要批准", "先别", "暂不" ("特别"
 * is not "别"): a negation of the action itself. "I don't need the JD review anymore, take it
 * back" and "jdr-2026-6 不要了" (I no longer want it) negate a need, and command.
 */
const NEGATED =
  /\b(don'?t|do not|dont|never|shouldn'?t|should not|no need to|wait before|wait to)\s+(\w+\s+){0,3}?(approve|reject|decline|deny|refuse|accept|grant|withdraw|cancel|retract|resubmit|record|decide|ask|send|touch|do|process|act)\b|\b(not yet|hold off)\b|不要(批|拒|驳|撤|通过|同意|记录|动|处理|决定)|先别|(?<![特分区级类识告性辨离])别(批|拒|驳|撤|通过|同意|记录|动|处理)|暂不|暂时不|不用(批|拒|驳|撤|处理)|无需|不必|\b(ne|n')\s*(pas\s+)?(l'|la |le |les )?(approuv|valid|rejet|refus|retir|annul|d[ée]cid|traite)\w*\s+(pas|encore)|\bpas (encore|tout de suite|maintenant)\b|\b(no|nunca)\s+(lo |la |los |las )?(apruebes|apruebe|aprueben|rechaces|rechace|retires|anules|decidas|proceses)\b|\b(todav[ií]a|a[uú]n) no\b|\bno (todav[ií]a|a[uú]n)\b/;

/** An English question: a question mark, or the word order of one ("has … been", "was it …"). */
const EN_QUESTION =
  /\?\s*$|^\s*(has|have|had|was|were|is|are|did|does|do|will|when|what|why|how|where|who|which|whose|any|anything|status)\b|\b(yet|already)\s*\??\s*$|\b(been|got|get|getting) (approved|rejected|declined|accepted|decided|withdrawn|resubmitted|granted)\b/;

/** Polite imperatives look like questions but ask for the action: "could you approve …?". */
const POLITE_REQUEST =
  /^\s*(please\s+)?(can|could|would|will) you (please |kindly )?(approve|reject|decline|deny|refuse|accept|grant|withdraw|cancel|retract|resubmit|record|ask|request)\b/;

/** A French or Spanish question: "¿…?", "est-ce que…", "a-t-elle été…", inversion, or words that ask. */
const ROMANCE_QUESTION =
  /^\s*¿|\best-ce (que|qu')|\b(a|ont|est|sont)-(t-)?(il|elle|ils|elles)\b|^\s*(quel|quelle|quels|quelles|comment|pourquoi|quand|o[uù]|combien|qu'est|qui|cu[aá]l|cu[aá]les|c[oó]mo|cu[aá]ndo|d[oó]nde|por qu[eé]|qu[eé]|qui[eé]n|cu[aá]nto)\b|\b(d[ée]j[aà]|ya)\s+(approuv|valid|rejet|refus|aprobad|rechazad)|\b(ha|han|fue|est[aá])\s+(sido\s+)?(aprobad|rechazad|retirad)|\b(a|ont)\s+[ée]t[ée]\s+(approuv|valid|rejet|refus)/;

/**
 * Polite French and Spanish commands: "pouvez-vous approuver…", "¿puedes aprobar…?", also after a
 * clause that says what for ("je souhaite suivre un atelier, pouvez-vous enregistrer ma demande ?").
 */
const ROMANCE_POLITE_REQUEST =
  /(^|[,;.]\s*)¿?\s*(merci de|pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|puedes|podr[ií]as|puede|podr[ií]a|pueden|podr[ií]an|por favor)\s+(l'|la |le |les |lo |la )?(approuv|valid|rejet|refus|retir|annul|renvoy|resoumet|enregistr|demander|aprob|rechaz|retir|anul|cancel|reenv|registr|pedir)/;

/** A Chinese question: question particles and words ("吗", "了没", "是否", "有没有", "什么时候"). */
const ZH_QUESTION =
  /[?？]\s*$|吗|了没|没有[?？]?\s*$|是否|有没有|什么时候|何时|为什么|怎么样|怎样了|如何|是不是|了吗|呢\s*[?？]?\s*$|多少|哪/;
/** "能否帮我批准…", "请问可以撤回…吗": a request for the action, not a question about it. */
const ZH_POLITE_REQUEST =
  /^(请|麻烦|能否|能不能|可否|可以)(你|您)?(帮我|帮忙)?(批准|拒绝|驳回|撤回|撤销|重新提交|记录)|^(请(?!问)|麻烦)/;

/**
 * A message that opens with a command verb is a command, whatever follows: "ask for information
 * FWA-2026-0003 which rota applies?" ends in the comment's question mark.
 */
const LEADING_COMMAND =
  /^\s*(please |pls |kindly )?(approve|reject|decline|deny|refuse|accept|grant|withdraw|retract|resubmit|re-submit|ask (the requester )?for (more )?info(rmation)?|request (more )?info(rmation)?|record)\b|^\s*(merci d'|svp |s'il te pla[iî]t |s'il vous pla[iî]t |por favor )?(approuve|approuver|valide|valider|rejette|rejeter|refuse|refuser|retire|retirer|annule|annuler|resoumets|resoumettre|enregistre|enregistrer|aprueba|aprobar|apruebe|rechaza|rechazar|rechace|retira|retirar|anula|anular|cancela|cancelar|registra|registrar|reenv[ií]a)\b|^\s*(请|麻烦)?(批准|拒绝|驳回|不批准|撤回|撤销|重新提交|要求补充|记录)(?![了过没])/;

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
  if (
    POLITE_REQUEST.test(sentence) ||
    ZH_POLITE_REQUEST.test(sentence) ||
    ROMANCE_POLITE_REQUEST.test(sentence)
  )
    return "imperative";
  if (EN_QUESTION.test(sentence) || ZH_QUESTION.test(sentence) || ROMANCE_QUESTION.test(sentence))
    return "question";
  return "imperative";
}
