/**
 * The words of commands on requests, in English, Chinese, French and Spanish: the evidence the
 * request intents' rules read besides the classifier. One place per notion, so that a language
 * is added here and not in each intent. Accents are optional: staff often type without them.
 */

/** HR's three decisions, in the order they are tested: "不批准" and "不同意" are refusals, not approvals. */
export type DecisionWord = "request-info" | "reject" | "approve";

export const DECISION_WORDS: readonly [DecisionWord, RegExp][] = [
  [
    "request-info",
    /ask(ing)? for (more )?(info|details)|request(ing)? (more )?(info|details)|more (information|details|info)|need(s)? (more )?(info|details)|send .{0,30}\bback\b.{0,20}\b(ask|for)|补充|更多信息|退回|demande[rz]? (des |plus d'|d')?(infos?|informations|precisions|précisions|complements|compléments)|plus d'(infos?|informations)|pide[rn]? (mas |más )?(informacion|información|datos|detalles)|solicita[rn]? (mas |más )?(informacion|información)|mas informacion|más información/i,
  ],
  [
    "reject",
    /reject|decline|deny|refuse|turn down|\bno to\b|拒绝|驳回|不批准|不同意|不予|不行|不通过|rejet|rejette|rejeter|refuse[rz]?|refus\b|rechaz|deneg|denieg|no se aprueba/i,
  ],
  [
    "approve",
    /\bapprov(e|es|ed|ing)\b|\baccept|\bgrant|go ahead|sign off|批准|同意|通过|批了|approuv|valide[rz]?\b|accorde[rz]?\b|acept[ao]|aceptar|aprueb[ao]|aprobar|apruebe|aprobad[oa]|autoriz[ao]\b/i,
  ],
];

/** Withdrawing one's own request: "withdraw", "take it back", "scrap", "撤回", "retirer", "anular". */
export const WITHDRAW_WORDS =
  /withdraw|cancel|retract|pull back|take (it|that|this) back|\bscrap\b|\bpull\b|\bdrop\b|don'?t need .{0,30}\banymore|撤回|撤销|撤掉|取消|不要了|不需要了|不申请了|算了|retir|annul|renonce|anula|cancela|desist|ya no (lo |la )?necesito/i;

/** Giving HR the information it asked for, so the request goes back to it. */
export const RESUBMIT_WORDS =
  /resubmit|re-submit|resend|re-send|send .{0,40}\bagain\b|^(here is |here's )?(the )?(more )?info(rmation)? for|info(rmation)? (hr|you) (asked|wanted|requested|needed)|reply(ing)? to hr|answer(ing)? hr|(add|added|send|here are|attached) (the )?(missing |extra |more )?(details|info|information)|\bupdated\b|重新提交|(?<!要求|申请人|请|需要|让申请人)补充|回复人力资源|回复hr|renvo|resoumet|soumet(s|tre)? (a nouveau|à nouveau|de nouveau)|voici (les |l')?(infos?|informations|precisions|précisions)|reenv|volver a (enviar|presentar)|aqui (esta|estan)|aquí (está|están)|adjunto/i;

/** A selection finished for an early recruitment: "selection finished", "遴选完成", "选完人了". */
export const SELECTION_WORDS =
  /selection|selected|遴选|选完|选好|选定|选出|s[ée]lection|selecci[oó]n|seleccionad/i;

/** Asking how a request is doing. */
export const STATUS_WORDS =
  /status|happening|where|news|update|progress|going|进展|怎么样|到哪|结果|状态|进度|statut|o[uù] en est|avancement|nouvelles|estado|como va|cómo va|novedades|avance/i;
