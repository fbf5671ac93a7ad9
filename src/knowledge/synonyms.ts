import { stemIn } from "../i18n/text.ts";

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

/** The same for French and Spanish questions, matched against those languages' texts. */
const ROMANCE_GROUPS: Record<"fr" | "es", readonly string[]> = {
  fr: [
    "employe personnel fonctionnaire collaborateur effectif agent",
    "recrutement embauche selection recruter",
    "poste emploi fonction vacance",
    "cible objectif but",
    "formation apprentissage perfectionnement cours competence",
    "harcelement violence abus intimidation",
    "teletravail distance domicile hybride flexible",
    "mobilite rotation mutation transfert",
    "femme femmes genre parite",
    "jeune jeunesse jeunes",
    "handicap handicape",
    "risque menace danger",
    "partenaire partenariat cooperation collaboration",
    "numerique digitalisation numerisation technologie automatisation",
    "reconnaissance recompense prix",
    "retraite depart cessation",
    "diversite inclusion",
    "pays nationalite geographique",
    "chef responsable superviseur manager gestionnaire",
    "enquete questionnaire sondage",
  ],
  es: [
    "empleado personal funcionario colaborador trabajador plantilla",
    "contratacion reclutamiento seleccion contratar",
    "puesto empleo cargo vacante",
    "meta objetivo",
    "formacion capacitacion aprendizaje curso competencia",
    "acoso violencia abuso intimidacion",
    "teletrabajo distancia casa hibrido flexible",
    "movilidad rotacion traslado transferencia",
    "mujer mujeres genero paridad",
    "joven jovenes juventud",
    "discapacidad discapacitado",
    "riesgo amenaza peligro",
    "socio alianza asociacion cooperacion colaboracion",
    "digital digitalizacion tecnologia automatizacion",
    "reconocimiento recompensa premio",
    "jubilacion retiro",
    "diversidad inclusion",
    "pais nacionalidad geografica geografico",
    "jefe responsable supervisor gerente",
    "encuesta cuestionario",
    "bienestar salud",
  ],
};

function synonymMap(groups: readonly string[], lang?: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const words = [
      ...new Set(group.split(" ").map((w) => (/\p{Script=Han}/u.test(w) ? w : stemIn(w, lang)))),
    ];
    for (const w of words) map.set(w, [...(map.get(w) ?? []), ...words.filter((o) => o !== w)]);
  }
  return map;
}

const SYNONYMS: Record<"en" | "fr" | "es", Map<string, string[]>> = {
  en: synonymMap(GROUPS),
  fr: synonymMap(ROMANCE_GROUPS.fr, "fr"),
  es: synonymMap(ROMANCE_GROUPS.es, "es"),
};

/** Query tokens with weights: the user's own words 1, their synonyms `weight`. */
export function expandQuery(tokens: readonly string[], weight = 0.5, lang?: string): Map<string, number> {
  const synonyms = SYNONYMS[lang === "fr" || lang === "es" ? lang : "en"];
  const weighted = new Map<string, number>();
  for (const t of tokens) weighted.set(t, 1);
  for (const t of tokens) {
    for (const s of synonyms.get(t) ?? []) if (!weighted.has(s)) weighted.set(s, weight);
  }
  return weighted;
}
