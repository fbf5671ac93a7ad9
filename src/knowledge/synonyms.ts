import { stem } from "../i18n/text.ts";

/**
 * Words staff use for the paper's own words ("effects" for "impact", "boss" for "manager").
 * Queries are expanded with them at a lower weight, so the paper's wording still ranks first.
 */
const GROUPS: readonly string[] = [
  "effect impact consequence implication",
  "consider consideration account regard",
  "improve enhance strengthen boost",
  "employee staff personnel workforce worker colleague",
  "hire recruit recruitment hiring selection",
  "job position post role vacancy",
  "target goal aim objective",
  "fast quick speed accelerate faster quicker time",
  "verify verification measure data source",
  "boss manager supervisor",
  "train training learning development course skill",
  "harassment violence abuse bullying",
  "wellbeing well-being health wellness",
  "remote telework teleworking home hybrid flexible",
  "review revise revision update",
  "partner partnership cooperation collaborate collaboration cooperate",
  "risk threat danger",
  "money fund funding resource budget cost finance",
  "rule policy regulation framework",
  "woman women female gender",
  "young youth junior",
  "disability disabled disabilities",
  "mobility rotation move transfer reassignment",
  "digital digitalization digitization digitalisation digitisation technology automation online",
  "reward recognition award recognise recognize",
  "misconduct discipline disciplinary wrongdoing sanction",
  "retire retirement separation",
  "diversity diverse inclusion inclusive",
  "country nationality geographical geographic",
  "onboarding induction",
  "survey questionnaire feedback",
  "approve endorse adopt adoption decision decide",
  "analytics analysis dashboard report reporting",
  "ethics ethical integrity conduct",
  "culture mindset",
  "plan planning forecast anticipate",
  "write wrote author prepare prepared",
  // abbreviations staff use for the paper's names
  "gb govern",
  "ilc conference",
  "hrd department",
  "dc cooperation",
  "影响 效果 后果",
  "风险 担心 隐患 负面",
  "好处 益处 有利 利益",
  "招聘 聘用 录用 遴选",
  "培训 学习 发展",
  "女性 妇女",
  "远程 居家 灵活",
  "数字化 信息技术 自动化",
  "经理 管理人员 主管",
  "员工 职员 雇员",
];

const SYNONYMS = new Map<string, string[]>();
for (const group of GROUPS) {
  const words = [...new Set(group.split(" ").map((w) => (/\p{Script=Han}/u.test(w) ? w : stem(w))))];
  for (const w of words) SYNONYMS.set(w, [...(SYNONYMS.get(w) ?? []), ...words.filter((o) => o !== w)]);
}

/** Query tokens with weights: the user's own words 1, their synonyms `weight`. */
export function expandQuery(tokens: readonly string[], weight = 0.5): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const t of tokens) weighted.set(t, 1);
  for (const t of tokens) {
    for (const s of SYNONYMS.get(t) ?? []) if (!weighted.has(s)) weighted.set(s, weight);
  }
  return weighted;
}
