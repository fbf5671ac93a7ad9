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
  /withdraw|cancel|retract|pull back|take (it|that|this) back|\bscrap\b|\bpull\b|\bdrop\b|don'?t need .{0,30}\banymore|撤回|撤销|撤掉|取消|不要了|不需要了|不申请了|算了|retir|retrait|annul|renonce|plus besoin|anula|cancela|desist|renuncio|ya no (lo |la )?necesito|ya no me hace falta/i;

/** Giving HR the information it asked for, so the request goes back to it. */
export const RESUBMIT_WORDS =
  /resubmit|re-submit|resend|re-send|send .{0,40}\bagain\b|^(here is |here's )?(the )?(more )?info(rmation)? for|info(rmation)? (hr|you) (asked|wanted|requested|needed)|reply(ing)? to hr|answer(ing)? hr|(add|added|send|here are|attached) (the )?(missing |extra |more )?(details|info|information)|\bupdated\b|重新提交|(?<!要求|申请人|请|需要|让申请人)补充|回复人力资源|回复hr|renvo|resoumet|soumet(s|tre)? (a nouveau|à nouveau|de nouveau)|voici (les |l')?(infos?|informations|precisions|précisions)|reenv|volver a (enviar|presentar)|aqui (esta|estan)|aquí (está|están)|adjunto/i;

/** A selection finished for an early recruitment: "selection finished", "遴选完成", "选完人了". */
export const SELECTION_WORDS =
  /selection|selected|遴选|选完|选好|选定|选出|s[ée]lection|selecci[oó]n|seleccionad/i;

/** Asking how a request is doing. */
export const STATUS_WORDS =
  /status|happening|where|news|update|progress|going|进展|怎么样|到哪|结果|状态|进度|statut|o[uù] en est|avancement|nouvelles|estado|como va|cómo va|novedades|avance/i;

/** Someone asking to make a request, not asking about the strategy. */
export const ASKS_FOR_A_REQUEST =
  /\b(submit|request|apply|file|open|start|launch|begin|want|need|'d like|would like|let's|can i|could i|can we|could we|how do i|is it possible|(would|will|could) it be possible|is there a way|sign up|enrol{1,2}|register for|nominate|propose|put .{1,30} forward|recommend|sign me up|set me up)\b|申请|提交|办理|发起|启动|开始|我想|我要|想要|提名|推荐|帮我|\b(je (voudrais|veux|souhaite|souhaiterais|aimerais)|j'aimerais|demander|demande (de|d'|pour)|une demande|nouvelle demande|solicitud (de|para)|nueva solicitud|una solicitud|pedido de|petici[oó]n de|lancer|arrancar|iniciar|mettre en place|passer (a|à|en) |faire une demande|soumettre|deposer|déposer|postuler|puis-je|est-ce que je peux|serait-il possible|est-il possible|ser[ií]a posible|es posible|comment (faire|demander)|besoin|inscri|propose[rz]?|nommer|quiero|quisiera|me gustar[ií]a|solicitar|solicito|pedir|presentar|enviar|puedo|c[oó]mo (hago|pido|solicito)|necesito|postular|nominar|inscrib)/i;

/** The user's own requests, as a list. */
export const MINE =
  /\bmy\b.*\b(requests?|submissions?|applications?)\b|\brequests?\b.*\b(i|me)\b|\b(what|everything|all) (have |did )?i('ve)? (submitted|filed|sent)|我的申请|我提交|我.*申请|\bmes (demandes|requetes|requêtes|candidatures)\b|ce que j'ai (soumis|envoye|envoyé|demande|demandé)|\bj'ai comme (demandes|requetes|requêtes)\b|\b(demandes|requetes|requêtes) (que )?j'ai\b|\bsolicitudes (que )?(tengo|he hecho)\b|\btengo (como )?solicitudes\b|\bmis (solicitudes|pedidos|peticiones)\b|(solicitudes|peticiones) (que )?(he|hemos) (enviado|presentado|hecho|mandado)|que he pedido|lo que (he )?(envi[eé]|enviado|present[eé]|presentado|solicit[eé])/i;

/** HR's queue of requests awaiting a decision. */
export const QUEUE =
  /pending|waiting|queue|inbox|to (approve|review|decide)|awaiting|undecided|not yet decided|待|审批|审核队列|等我批|en attente|a traiter|à traiter|a valider|à valider|file d'attente|traiter|en souffrance|(pas encore|non) trait[ée]e?s?|sans d[ée]cision|pendiente|por (aprobar|revisar|decidir)|sin revisar|sin (resolver|tramitar|decidir)|en espera|bandeja|tramitar/i;

/** The message speaks of requests at all: "requests", "demandes", "j'ai demandé", "solicitudes", "申请". */
export const SPEAKS_OF_REQUESTS =
  /\b(requests?|submi\w*|demand(e|es|[ée]|[ée]e|[ée]es)|soumi\w*|soumet\w*|solicitud(es)?|solicit[eé]|peticion(es)?|petici[oó]n|pedid[oa]s?)(?![a-zà-ÿ])|申请/i;

/** An export of the request log. */
export const EXPORT = /export|csv|download|导出|下载|t[ée]l[ée]charg|descarg/i;

/** Statistics of requests. */
export const STATS =
  /requests?\b.*\b(stat|analytic|count|number|by type)|\b(stat|statistics|analytics|count)\b.*\brequests?|approval rate|turnaround|backlog|share of early|how many .{0,25}\brequests?\b|多少.{0,8}申请|申请.{0,8}多少|申请.*(统计|分析|数量)|(统计|分析).*申请|提前招聘.*比例|批准率|通过率|处理时间|statisti|combien de demandes|nombre de demandes|taux d'(approbation|acceptation)|estad[ií]stic|cu[aá]ntas solicitudes(?! de empleo)|n[uú]mero de solicitudes(?! de empleo)|tasa de (aprobaci[oó]n|aceptaci[oó]n)/i;

/** A person in HR asked for: "ask HR", "a human", "人力资源", "les RH", "recursos humanos". */
export const HR_PERSON_WORDS =
  /\b(hr|human resources|person|human|rh|ressources humaines|une personne|humain|rr\.? ?hh\.?|recursos humanos|una persona|humano)\b|人力资源|人事|真人|人工/i;
