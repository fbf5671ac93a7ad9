import { normalize } from "../i18n/text.ts";

/**
 * Questions about one's own HR record, which only HR can see: the asker's own leave, contract,
 * pay or grade. The record word must belong to the asker ("my contract", "am I eligible",
 * "我的年假"), so "my director asked when people leave" and "what is the leave policy" are not.
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

export function asksAboutOwnRecord(text: string): boolean {
  const t = normalize(text);
  return PATTERNS_EN.some((re) => re.test(t)) || PATTERN_ZH.test(t);
}
