import { foldedForm } from "../i18n/text.ts";
import type { Indicator, PopulationDimension } from "../knowledge/schema.ts";

/**
 * The words staff use for a part of the staff ("women", "GS staff", "in Africa", "under 35",
 * "按地区", "35岁以下"), in four languages, as a dimension and a value. "any" is a breakdown asked
 * for as such ("by region", "按性别"). An indicator's `population` says which of them its figure
 * counts; the others are breakdowns the paper does not give.
 */
export interface PopulationMention {
  dimension: PopulationDimension;
  value: string;
}

type Vocabulary = readonly [PopulationDimension, string, RegExp][];

/** Matched on lower-case text with accents folded; Latin words on word boundaries. */
const VOCABULARY: Vocabulary = [
  ["sex", "any", /\b(sex|gender|genre|sexe|sexo|genero)\b|性别/],
  ["sex", "women", /\b(women|woman|female|femmes?|mujer(es)?)\b|女性|妇女|女职员/],
  ["sex", "men", /\b(men|man|male|hommes?|hombres?)\b|男性|男职员/],
  [
    "grade",
    "general-service",
    /\b(gs|g[1-7]|general[- ]service|services? generaux|servicios generales)\b|一般事务/,
  ],
  // D1 and D2 are within "P5 and above", which counts them together with P5: asked alone, they
  // are a part of that figure the paper does not give.
  ["grade", "director", /\bd[12]\b|\bdirector[- ]level\b|\bniveau directeur\b|\bnivel de director\b|司长级/],
  ["grade", "senior", /\bp5\b|\b(senior (staff|positions?|posts?|levels?|grades?))\b|高级职位|p5及以上/],
  [
    "grade",
    "professional",
    /\bp[1-4]\b|\bp[- ]staff\b|\bprofessional (staff|positions?|posts?|category|grades?)\b|\b(services organiques|servicios organicos)\b|专业职员|专业职位|专业类/,
  ],
  ["grade", "any", /\b(by|per) (grade|category)\b|按职等|按职级|按类别/],
  [
    "region",
    "named",
    /\b(africa|african|asia|asian|asia-pacific|pacific|americas|latin america|caribbean|arab states|middle east|europe|european|central asia|afrique|asie|ameriques|etats arabes|america latina|estados arabes)\b|非洲|亚洲|亚太|美洲|拉丁美洲|阿拉伯国家|欧洲|中亚/,
  ],
  [
    "region",
    "any",
    /\b(by|per|each|every|across) regions?\b|\bregional breakdown\b|\bpar region\b|\bpor region\b|按地区|按区域|各地区|各区域|分地区/,
  ],
  [
    "age",
    "named",
    /\b(under|over|below|above|aged|plus de|moins de|menores de|mayores de)[- ]?\d\d\b|\b\d\ds\b|\bage (group|bracket)s?\b|\b(older|younger) staff\b|\d\d岁|年龄/,
  ],
  ["age", "any", /\b(by|per) age\b|\bpar age\b|\bpor edad\b|按年龄|分年龄/],
  ["location", "headquarters", /\b(headquarters|hq|siege|sede)\b|总部/],
  [
    "location",
    "field",
    /\bfield(-based)?( offices?| staff| duty stations?)?\b|\b(country|regional) offices?\b|\bbureaux? exterieurs?\b|\bterrain\b|\boficinas? exteriores\b|\bterreno\b|外地|驻地|国家办事处|地区办事处/,
  ],
  [
    "funding",
    "regular-budget",
    /\bregular[- ]budget\b|\brb[- ](staff|funded|positions?)\b|\bbudget ordinaire\b|\bpresupuesto ordinario\b|经常预算/,
  ],
  [
    "funding",
    "extra-budgetary",
    /\bextra-?budgetary\b|\bxb(dc)?\b|\bproject[- ](funded|staff|positions?)\b|\bdevelopment cooperation (staff|funded|projects?)\b|\bdonor[- ]funded\b|\bextrabudgetaire\b|\bextrapresupuestari[oa]\b|预算外|项目资助|项目职员/,
  ],
  [
    "unit",
    "any",
    /\b(by|per|each|every) (department|unit|office|country|duty station)s?\b|\bpar (departement|bureau|pays)\b|\bpor (departamento|oficina|pais)\b|按部门|各部门|按国家|各国家|按工作地点/,
  ],
  [
    "contract",
    "named",
    /\b(fixed-term|temporary|short-term|consultants?)\b|\b(duree determinee|plazo fijo)\b|定期合同|临时职员|短期合同|顾问/,
  ],
];

const folded = foldedForm;

/** The parts of the staff a text names, each once; a named value takes the place of an "any". */
export function detectPopulations(text: string): PopulationMention[] {
  const t = folded(text);
  const found = VOCABULARY.filter(([, , re]) => re.test(t)).map(([dimension, value]) => ({
    dimension,
    value,
  }));
  return found.filter(
    (p) => p.value !== "any" || !found.some((q) => q.dimension === p.dimension && q.value !== "any"),
  );
}

/** The text with every population word blanked: what is left once "women", "P5", "staff"… are gone. */
function withoutPopulations(text: string): string {
  let t = folded(text);
  for (const [, , re] of VOCABULARY) t = t.replace(new RegExp(re.source, "g"), " ");
  return t;
}

const FILLER =
  /\b(staff|positions?|posts?|in|at|the|of|and|above|and up|share|percentage|personnel)\b|职员|人员|比例|及以上|的|\+/g;

/** An alias made of population words only ("women", "女性", "senior staff"): a qualifier, not a subject. */
export function onlyPopulationWords(alias: string): boolean {
  if (detectPopulations(alias).length === 0) return false;
  return withoutPopulations(alias).replace(FILLER, " ").trim() === "";
}

/**
 * The parts of the staff a question names that none of the indicators counts ("women" of the
 * training indicator, "in Africa" of any): the figure is not broken down that way.
 */
export function unmeasuredPopulations(
  asked: readonly PopulationMention[],
  indicators: readonly Indicator[],
): PopulationMention[] {
  // "gender" asked of the gender indicators is what they measure: a dimension an indicator lists
  // answers a breakdown asked as such ("any").
  return asked.filter(
    (p) =>
      !indicators.some((i) => {
        const values = i.population[p.dimension];
        return values !== undefined && (p.value === "any" || values.includes(p.value));
      }),
  );
}
