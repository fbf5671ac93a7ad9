import { foldAccents, normalize } from "../i18n/text.ts";

/**
 * Questions about one's own HR record, which only HR can see: the asker's own leave, contract,
 * pay or grade. The record word must belong to the asker ("my contract", "am I eligible",
 * "我的年假", "mon contrat", "mi sueldo"), so "my director asked when people leave" and "what is the
 * leave policy" are not.
 */
const RECORD =
  "leave|sick days|sick leave|holidays?|vacation|contract|salary|pay|payslip|payroll|step|increment|promotion|appraisal|rating|pension|grade|allowances?|entitlements?|reclassification|overtime|visa|tax|benefits?";
const PATTERNS_EN = [
  new RegExp(`\\bmy\\s+(?:[\\w-]+\\s+){0,3}?(?:${RECORD})\\b`),
  /\b(?:am|can|do|will|did|should|may|could)\s+i\s+(?:[\w-]+\s+){0,4}?(?:eligible|entitled|promoted|paid|earn|renewed|retire|transfer|get\s+(?:a|my|the)?\s*(?:raise|promotion|step|increment|leave|contract))\b/,
  new RegExp(`\\b(?:${RECORD})\\b.*\\b(?:do|did|have)\\s+i\\s+(?:have|get|got|left|used|taken|had)\\b`),
  /\b(scores?|ratings?|results?|feedback)\b.{0,40}\b(gave|give|given)\s+me\b/,
  /\b(i|i've|i have)\s+applied\b|\bmy (job )?applications?\b/,
];
const PATTERN_ZH =
  /我(?!们)[^，。？！,.?!]{0,10}(?:假|合同|工资|薪|晋档|晋级|升职|升到|评估结果|评分|养老金|津贴|改叙|调到|符合条件|资格|续签|续约|加班|报销|签证|税)/;

/** The same in French and Spanish, accents off: "mon contrat", "il me reste", "mi sueldo", "¿me toca…?". */
const RECORD_FR =
  "conges?|contrat|salaire|traitement|paie|echelon|avancement|promotion|evaluation|note|pension|retraite|grade|indemnites?|allocations?|primes?|droits|reclassement|heures sup\\w*|visa|impots?|prestations?|candidature|solde";
const RECORD_ES =
  "vacaciones|licencias?|contrato|salario|sueldo|nomina|recibo|escalon|ascenso|evaluacion|calificacion|pension|jubilacion|grado|subsidios?|primas?|prestaciones|beneficios|derechos|reclasificacion|horas extra|visa|impuestos|postulacion|seguro|saldo";
const PATTERNS_FR_ES = [
  new RegExp(`\\b(?:mon|ma|mes)\\s+(?:[\\w'-]+\\s+){0,3}?(?:${RECORD_FR})\\b`),
  /\b(?:il me reste|me reste-t-il|ai-je|suis-je|puis-je (?:partir|prendre|etre|avoir|obtenir)|je gagne|je touche|vais-je etre)\b/,
  new RegExp(`\\b(?:mi|mis)\\s+(?:[\\w-]+\\s+){0,3}?(?:${RECORD_ES})\\b`),
  /\b(?:me quedan?|me toca|me corresponden?|tengo derecho|gano|cobro|me pagan|me van a (?:renovar|ascender|trasladar|pagar|evaluar)|puedo (?:jubilarme|optar)|soy elegible|califico para|postule)\b/,
];

export function asksAboutOwnRecord(text: string): boolean {
  const t = normalize(text);
  const folded = foldAccents(t);
  return (
    PATTERNS_EN.some((re) => re.test(t)) || PATTERN_ZH.test(t) || PATTERNS_FR_ES.some((re) => re.test(folded))
  );
}
