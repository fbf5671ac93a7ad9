import { foldedForm, normalize } from "../i18n/text.ts";

export type Facet = "baseline" | "milestone" | "target" | "verification" | "definition" | "outcome" | "all";

const FACET_PATTERNS: [Facet, RegExp][] = [
  [
    "baseline",
    /baseline|base line|starting (point|value|figure)|start(ed)? (from|at)|point de depart|valeur de (reference|depart)|base de reference|situation de depart|niveau de depart|linea de base|valor de referencia|punto de partida|valor inicial|situacion (inicial|de partida)|niveau (de reference|initial)|valeur initiale|chiffre de depart|ligne de base|situation initiale|donnee de depart|cifra (inicial|de partida)|dato (inicial|de partida)|nivel (de referencia|inicial)|valor de partida|基准|基线|起点|起始/,
  ],
  [
    "milestone",
    /milestone|mid-?term|interim|2023|jalon|etape|hito|mi-?parcours|mitad de (camino|periodo)|里程碑|中期/,
  ],
  [
    "target",
    /target|goal|aim(ed|ing)? (for|at)|2025|cible|objectif|\bvisee?s?\b|meta\b|metas\b|objetivo|目标值|目标是|的目标|目标/,
  ],
  [
    "verification",
    /verif|data source|source of (the )?data|means of|measured (how|with|by)|how (is|are) (it|they) measured|which (survey|system|data)|验证|数据来源|来源|fuente|source des donnees|mesuree? (avec|comment|par)|comment (est-il |est-elle |on )?mesur|moyens? de verification|se mide con|como se mide|con (que|cual|cuales) se mide|se mide (con|mediante|a traves|por medio)|medios de verificacion|avec quoi (on )?(le |la )?mesure|mesuree? (grace|a l'aide)|outil de mesure/,
  ],
  [
    "definition",
    /what does .* measure|measures? what|what (is|are) .* measur|definition|define|defined|mean(s|ing)?\b|cover(s|ed)?\b|which (staff|grades|positions|groups)|mesure quoi|que mesure|qu'est-ce qu'(il|elle|on) mesure|que (mide|cuenta)|qu'est-ce qui est compte|definicion|signifie|significa|衡量|定义|统计的是|指的是|指哪|什么情况|哪类|哪些职级|是什么意思/,
  ],
  [
    "outcome",
    /which outcome|what outcome|belong|fall under|under which|属于|归在|哪个成果目标|哪一个成果目标/,
  ],
  [
    "all",
    /all (the )?(figures|numbers|values)|full (set|trajectory|picture)|every (figure|number)|overview|summar|trajectory|figures|numbers|全部|所有数值|所有数据|各项数值|数值/,
  ],
];

/** The strategy's own period and date-like codes must not read as facets ("2022–2025" is not "target"). */
function withoutPeriodNames(text: string): string {
  return text
    .replace(/20(18|22)\s*-\s*20(21|25)/g, " ")
    .replace(/gb\.\d{3}\/[a-z]+\/\d+/g, " ")
    .replace(/成果目标/g, "成果");
}

export function detectFacets(text: string): Facet[] {
  const t = withoutPeriodNames(foldedForm(text));
  return FACET_PATTERNS.filter(([, re]) => re.test(t)).map(([facet]) => facet);
}

const CHINESE_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3 };

/** "Outcome 2", "成果目标二", "résultat 3", "resultado 1". */
export function detectOutcome(text: string): number | undefined {
  const t = normalize(text);
  const m =
    t.match(/(?:outcome|resultat|résultat|resultado)\s*(?:no\.?\s*)?([1-3])(?![.\d])/) ??
    t.match(/成果目标\s*([1-3一二三])(?![.\d])/);
  if (!m?.[1]) return undefined;
  return CHINESE_NUMERALS[m[1]] ?? Number(m[1]);
}

/** "focus area 2.2", "FA 1.3", "重点领域 3.1", or a bare "2.2" that is no part of a longer number. */
export function detectFocusArea(text: string): string | undefined {
  const t = normalize(text);
  const m = t.match(/(?<![\d./])([1-3])\.([1-3])(?![\d.]*\d)/);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/**
 * "FWA-2026-0007", and as people shorten or space it: "fwa-2026-7", "jdr 2026 6". Spaced, the
 * prefix must not be a common short word ("in 2026 5 …").
 */
const REQUEST_ID =
  /\b(?!(?:in|on|at|by|for|from|till|til|to|the|of|and|or|since|en|de|du|le|la|el|un|une|los|las|del|al|y|et|ou|se|es|est|des|dans|desde|hasta)\s)([a-z]{2,4})(-|\s)(20\d{2})\2(\d{1,6})(?![\d/.-])/i;

/** A request id as people type it ("fwa-2026-0007", "fwa-2026-7"), upper-cased, its number padded to four digits. */
export function detectRequestId(text: string): string | undefined {
  const m = REQUEST_ID.exec(normalize(text));
  if (!m?.[1] || !m[3] || !m[4]) return undefined;
  return `${m[1].toUpperCase()}-${m[3]}-${(m[4] ?? "").padStart(4, "0")}`;
}

/** "#6", "# 12": a request by its number, as staff type it once they know their ids. */
const REQUEST_NUMBER = /(?<![\w#])#\s?(\d{1,4})(?![\d\w-])/;

export function detectRequestNumber(text: string): number | undefined {
  const m = REQUEST_NUMBER.exec(text);
  const n = m?.[1] ? Number(m[1]) : undefined;
  return n !== undefined && n > 0 ? n : undefined;
}

/** The text after the (first) request id it names, as typed; undefined when it names none. */
export function textAfterRequestId(text: string): string | undefined {
  const m = REQUEST_ID.exec(text);
  return m ? text.slice(m.index + m[0].length) : undefined;
}

/** The text with its request ids blanked out, so their digits are not read as dates or numbers. */
export function withoutRequestIds(text: string): string {
  return text.replace(new RegExp(REQUEST_ID.source, "gi"), " ");
}

/** Years named in the text, outside the document's own symbols and request ids. */
export function detectYears(text: string): number[] {
  const t = normalize(text)
    .replace(/gb\.\d{3}\/[a-z]+\/\d+/g, " ")
    .replace(new RegExp(REQUEST_ID.source, "gi"), " ");
  return [...t.matchAll(/(?<!\d)(19\d{2}|20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
}

/** A year outside what the paper speaks of (2018–2025), such as another strategy period. */
export function yearsOutsideStrategy(text: string): number[] {
  // The paper looks back to 2018 (the previous strategy) and forward to the end of 2025.
  return detectYears(text).filter((y) => y > 2025 || y < 2018);
}

/**
 * Single years inside the strategy for which the paper sets no figure (2022, 2024): it sets
 * milestones for the end of 2023 and targets for the end of 2025. A span ("2024–2025", the
 * strategy's own "2022-2025") names a period, not a year, and is left out.
 */
export function yearsWithoutFigures(text: string): number[] {
  const single = normalize(text).replace(/(?<!\d)(19|20)\d{2}\s*[-–—~至到]\s*((19|20)?\d{2})(?!\d)/g, " ");
  return [...new Set(detectYears(single).filter((y) => y === 2022 || y === 2024))];
}

/** Lower case, accents off: "Cuántos" and "cuantos" are one word to the patterns below. */
const folded = foldedForm;

/**
 * French and Spanish ways of wanting a number, accents off: "combien", "quel pourcentage",
 * "cuántos", "qué porcentaje", "en %", "par an", "por año".
 */
const QUANTITY_FR_ES =
  /\bcombien\b|\bquel(le)?s? (est le |est la )?(pourcentage|part|proportion|nombre|taux|chiffre|score|niveau|montant|delai|duree|age|reduction|augmentation|hausse|baisse)\b|\bcuant[oa]s?\b|\b(que|cual es el|cual es la) (porcentaje|proporcion|parte|numero|cantidad|tasa|cifra|nivel|monto|plazo|edad|reduccion|aumento)\b|\ble nombre (total )?d(e|es|')|\bnombre total\b|\bel numero (total )?de\b|\bnumero total\b|\ben %|%\s*\?|\bpar an\b|\bpor ano\b|\bal ano\b|\bpar annee\b/;

/** "How many…", "what percentage…", "多少", "几个", "combien…", "cuántos…": a question that wants a number. */
export function asksForQuantity(text: string): boolean {
  return (
    /how (many|much)|what (percentage|percent|pct|share|proportion|number)|\bwhat\s*%|(?<!\ba )\b(total )?(number|no\.|count) of\b|多少|几(个|人|年|天|条|项|种|点)|比例是|百分之/i.test(
      text,
    ) || QUANTITY_FR_ES.test(folded(text))
  );
}

/**
 * A planned or expected amount asked in French or Spanish ("budget prévu", "attendues en %",
 * "se busca alcanzar", "esperado"), accents off.
 */
const PLANNED_FR_ES =
  /\b(prevue?s?|attendue?s?|escomptee?s?|visee?s?|vise|viser|chiffree?s?|chiffres?|previst[oa]s?|esperad[oa]s?|se busca|se quiere|se pretende|cifras?)\b/;

/** A change by how much, or a figure or indicator named: "fixe quelle réduction", "un KPI ?", "subir". */
const FIGURE_WORDS_FR_ES =
  /\b(fixe|fixee?s?|kpi|indicateurs?|reduction|reduire|augmentation|augmenter|hausse|baisse|fija|fijad[oa]|indicador(es)?|reduccion|reducir|aumento|aumentar|subir|bajar|incremento|quotas?|cuotas?)\b|配额|名额|定额/;

export function asksPlannedAmount(text: string): boolean {
  return PLANNED_FR_ES.test(folded(text));
}

/** "List the lessons", "列出", "énumère", "enumera": the whole list is asked, not one item of it. */
const ASKS_FOR_A_LIST =
  /\b(list|enumerate|all (of )?the|every one of|summari[sz]e)\b|列出|列举|哪几|所有|全部|都有哪些|\b(liste[rz]?|enumere[rz]?|toutes les|tous les|lista[r]?|enumera[r]?|todas las|todos los)\b/;

export function asksForAList(text: string): boolean {
  return ASKS_FOR_A_LIST.test(folded(text));
}

/**
 * Words that ask a topic the strategy sets no figure for for one, beyond the facets' own
 * (target, baseline…): a quantity, a planned amount, a change or an indicator. Read only of such a
 * topic, where any of them asks for a figure.
 */
export function asksFigureOfTopic(text: string): boolean {
  return asksForQuantity(text) || asksPlannedAmount(text) || FIGURE_WORDS_FR_ES.test(folded(text));
}

/** The kinds of unit a quantity question may ask for. */
type UnitKind = "days" | "weeks" | "months" | "hours" | "percent" | "money";

/** Budget words that name a source of funding, not an amount: "regular budget staff". */
const FUNDING =
  /\b(regular[- ]budget|extra-?budgetary|zero[- ]growth budget|budget ordinaire|extrabudg[eé]taires?|croissance z[eé]ro|presupuesto ordinario|extrapresupuestari[oa]s?|crecimiento cero)\b|经常预算|预算外|零增长预算/gi;

/** An amount of money asked: a currency, or a budget or cost asked "how much". */
const MONEY =
  /\b(dollars?|d[oó]lares|usd|chf|francs? suisses|euros?|montant|monto)\b|us\$|美元|瑞士法郎|多少钱|\b(how much|what)\b[^.?!]{0,25}\b(budget|cost|funding)\b|\b(budget|cost)\b[^.?!]{0,15}\bhow much\b|\b(quel|combien)\b[^.?!]{0,25}\b(budget|co[uû]t)\b|\b(cu[aá]nto|cu[aá]l|qu[eé])\b[^.?!]{0,25}\b(presupuesto|costo|coste)\b|(预算|经费|费用|成本)(是|有)?多少|多少(预算|经费|费用)/i;

/** Budget or cost named: an amount asked, unless the question asks an indicator's figure of it. */
const MONEY_WORDS = /\b(budgets?|presupuestos?|co[uû]ts?|costos?|costes?|costs?)\b|预算|经费/i;

const UNIT_WORDS: readonly [UnitKind, RegExp][] = [
  ["days", /days?\b|多少天|几天|\bjours?\b|\bd[ií]as?\b/i],
  ["weeks", /weeks?\b|多少周|几周|\bsemaines?\b|\bsemanas?\b/i],
  ["months", /months?\b|多少个月|几个月|\bmois\b|\bmeses\b/i],
  // Hours as a quantity asked only: "within 24 hours" names no unit.
  [
    "hours",
    /how many (\w+ )?hours|\bhours? (per|a|each)\b|combien d'heures|nombre d'heures|heures (par|de formation)|cu[aá]ntas horas|horas (de \w+ )?(por|al)\b|多少(个)?小时|几(个)?小时|学时/i,
  ],
  ["percent", /%|percentage|pourcentage|porcentaje|百分之|百分比/i],
  ["money", MONEY],
];

/** What an answer in each unit contains ("3 days", "3天", "3 jours", "USD 2 million"). */
const UNIT_FIGURES: Record<UnitKind, RegExp> = {
  days: /\d+\s*(days?|天|日|jours?|d[ií]as?)/i,
  weeks: /\d+\s*(weeks?|周|星期|semaines?|semanas?)/i,
  months: /\d+\s*(months?|个月|mois|mes(es)?)/i,
  hours: /\d+\s*(hours?|小时|heures?|horas?)/i,
  percent: /\d\s*%|百分之/,
  money:
    /(chf|usd|us\$|\$|€|francs?|dollars?|d[oó]lares|美元|瑞士法郎)\s*\d|\d[\d\s,.]*\s*(chf|usd|francs?|dollars?|d[oó]lares|millions?|millones|美元|瑞士法郎|万)/i,
};

/** The kind of unit a quantity question asks for, the first named. */
export function askedUnitKind(text: string): UnitKind | undefined {
  const asked = text.replace(FUNDING, " ");
  const kind = UNIT_WORDS.find(([, words]) => words.test(asked))?.[0];
  if (kind || !MONEY_WORDS.test(asked)) return kind;
  const facets = detectFacets(asked);
  return facets.includes("milestone") || facets.includes("target") || facets.includes("baseline")
    ? undefined
    : "money";
}

/** The unit a quantity question asks for, as a pattern its answer must contain ("3 days", "3天", "3 jours"). */
export function askedUnit(text: string): RegExp | undefined {
  const kind = askedUnitKind(text);
  return kind ? UNIT_FIGURES[kind] : undefined;
}

const PREVIOUS_STRATEGY =
  /2018\s*-\s*(20)?21\s*(hr\s*)?(strategy|年?\s*(人力资源)?战略)|(strategy|战略)\s*[(（]?\s*2018|(previous|last|earlier|former|old) (hr )?strategy|上一期战略|上一个战略|上期战略|前一个战略|上一期/i;

/** Targets or milestones asked of the previous strategy (2018–2021), which this paper does not set. */
export function asksPreviousStrategyFigures(text: string): boolean {
  const t = normalize(text);
  if (!PREVIOUS_STRATEGY.test(t)) return false;
  const facets = detectFacets(t.replace(PREVIOUS_STRATEGY, " "));
  return facets.includes("target") || facets.includes("milestone");
}

const LATER_PERIOD =
  /\bnext (biennium|strategy|hr strategy|strategic plan|programme and budget|p&b)\b|\b(after|beyond|post)[- ]2025\b|\bprochain(e)? (biennium|periode biennale|strategie)\b|\bproximo bienio\b|\bproxima estrategia\b|下一?个两年期|下一两年期|下一期战略|下一个战略|2025年(以后|之后)/i;

/** A period after this strategy asked by name ("the next biennium", "下个两年期"): the paper sets nothing for it. */
export function asksLaterPeriod(text: string): boolean {
  return LATER_PERIOD.test(foldedForm(text));
}

/**
 * The message refers to one of the user's own requests in words rather than by id: "my telework
 * request", "the recognition I submitted", "我的调动申请".
 */
export function mentionsOwnRequest(text: string, typeNames: readonly RegExp[] = []): boolean {
  const t = normalize(text).replace(FILING_A_NEW_ONE, " ");
  return OWN_REQUEST.test(t) || typeNames.some((names) => namesOwnOfType(t, names));
}

/**
 * A request type named as a thing the user has, not as something to ask for: "the training
 * one", "my JD review", "ma demande de télétravail", "培训申请" (a training request — where
 * "申请培训" asks for one), "JD审核".
 */
function namesOwnOfType(t: string, names: RegExp): boolean {
  const type = new RegExp(names.source, "i");
  const m = type.exec(t);
  if (!m) return false;
  const before = t.slice(Math.max(0, m.index - 40), m.index);
  const after = t.slice(m.index + m[0].length, m.index + m[0].length + 25);
  return (
    (/\b(my|the|that|this)\b[\w\s&-]{0,15}$/.test(before) &&
      /^[\w\s&-]{0,15}\b(request|application|one|review|nomination|submission)s?\b/.test(after)) ||
    /\b(ma|mon|la|cette|mi|la|esa|esta)\s+(demande|solicitud|candidature|nomination|postulaci[oó]n)\b[\s\w'À-ÿ]{0,20}$/.test(
      before,
    ) ||
    // "培训那个怎么样了" is the user's training request; "培训的那个指标" is the strategy's indicator.
    /^\s{0,2}(的)?(申请(?!人)|审核|(那个|那份|那一个)(?=\s*($|[？?，,。！!]|怎|呢|吗|到|还|有|批|被)))/.test(
      after,
    )
  );
}

/** "pouvez-vous enregistrer ma demande ?", "¿pueden registrar mi solicitud?": asking to file a new one. */
const FILING_A_NEW_ONE =
  /\b(enregistrer|enregistrez|enregistre|registrar|registren|registra|registre)\s+(ma|mi)\s+(demande|solicitud)\b/g;

const OWN_REQUEST =
  /\bmy\b.{0,40}\b(request|application|nomination|submission)s?\b|\b(request|application|nomination)\b.{0,30}\bi (submitted|filed|made|sent|put in)\b|\b(the|that) .{0,30}\bi (submitted|filed|sent|put in)\b|我的.{0,15}(申请|提名|请求)|我.{0,12}的.{0,10}(申请|提名)|我(提交|申请|发起|递交)的|\b(ma|mes|mon) (demande|candidature)s?\b|\b(mi|mis) (solicitud|postulaci[oó]n)(es)?\b/;
