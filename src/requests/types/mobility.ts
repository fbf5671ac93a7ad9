import { t } from "../../i18n/messages.ts";
import { findFromTo } from "../parse/phrases.ts";
import { requestFor, startDate } from "./common.ts";
import { defineRequestType } from "./define.ts";
import { choice, months, text } from "./fields.ts";

const current = text({
  name: "current",
  label: {
    en: "Current position or duty station",
    zh: "现任职位或工作地点",
    fr: "Poste ou lieu d'affectation actuel",
    es: "Puesto o lugar de destino actual",
  },
  prompt: {
    en: "What is the current position or duty station?",
    zh: "目前的职位或工作地点是什么？",
    fr: "Quel est le poste ou le lieu d'affectation actuel ?",
    es: "¿Cuál es el puesto o el lugar de destino actual?",
  },
  find: (_t, _lang, raw) => findFromTo(raw)?.from,
});

const proposed = text({
  name: "proposed",
  label: {
    en: "Proposed position or duty station",
    zh: "拟议职位或工作地点",
    fr: "Poste ou lieu d'affectation proposé",
    es: "Puesto o lugar de destino propuesto",
  },
  prompt: {
    en: "What is the proposed position or duty station?",
    zh: "拟议的职位或工作地点是什么？",
    fr: "Quel est le poste ou le lieu d'affectation proposé ?",
    es: "¿Cuál es el puesto o el lugar de destino propuesto?",
  },
  find: (_t, _lang, raw) => findFromTo(raw)?.to,
});

const [forWhom, staffMember] = requestFor("self");

const kind = choice({
  name: "kind",
  label: { en: "Kind of move", zh: "流动类型", fr: "Type de mobilité", es: "Tipo de movilidad" },
  prompt: {
    en: "Which kind of move: functional, geographical, both, or inter-agency?",
    zh: "哪种流动：岗位流动、地域流动、两者兼有，还是机构间流动？",
    fr: "Quel type de mobilité : fonctionnelle, géographique, les deux, ou interinstitutions ?",
    es: "¿Qué tipo de movilidad: funcional, geográfica, ambas o interinstitucional?",
  },
  choices: [
    {
      value: "functional",
      label: { en: "Functional", zh: "岗位流动", fr: "Fonctionnelle", es: "Funcional" },
      aliases: [
        "functional mobility",
        "change of function",
        "new function",
        "职能流动",
        "职能",
        "mobilité fonctionnelle",
        "changement de fonctions",
        "movilidad funcional",
        "cambio de funciones",
      ],
    },
    {
      value: "geographical",
      label: { en: "Geographical", zh: "地域流动", fr: "Géographique", es: "Geográfica" },
      aliases: [
        "geo",
        "geographic",
        "geographical mobility",
        "change of duty station",
        "duty station change",
        "地域",
        "工作地点变动",
        "mobilité géographique",
        "changement de lieu d'affectation",
        "movilidad geográfica",
        "cambio de lugar de destino",
      ],
    },
    {
      value: "both",
      label: {
        en: "Functional and geographical",
        zh: "岗位和地域流动",
        fr: "Fonctionnelle et géographique",
        es: "Funcional y geográfica",
      },
      aliases: [
        "both functional and geographical",
        "functional and geographic",
        "岗位和地域",
        "两者兼有",
        "两者",
        "les deux",
        "fonctionnelle et géographique",
        "ambas",
        "las dos",
        "funcional y geográfica",
      ],
    },
    {
      value: "inter-agency",
      label: { en: "Inter-agency", zh: "机构间流动", fr: "Interinstitutions", es: "Interinstitucional" },
      aliases: [
        "inter agency",
        "interagency",
        "another un agency",
        "secondment",
        "loan",
        "机构间",
        "借调",
        "inter-institutions",
        "interinstitutionnelle",
        "détachement",
        "interagencial",
        "entre organismos",
        "adscripción",
      ],
    },
  ],
});

/** Moves counted by the strategy's mobility indicator last more than one year. */
const COUNTED_AFTER_MONTHS = 12;

const duration = months({
  name: "duration",
  label: { en: "Duration (months)", zh: "期限(月)", fr: "Durée (mois)", es: "Duración (meses)" },
  prompt: {
    en: "For how many months? (1 to 60)",
    zh: "为期几个月？(1 至 60)",
    fr: "Pour combien de mois ? (1 à 60)",
    es: "¿Por cuántos meses? (de 1 a 60)",
  },
  help: {
    en: "The strategy's mobility indicator counts moves of more than one year: a move of 12 months or less will not count toward it.",
    zh: "战略的流动性指标统计的是一年以上的流动：12 个月及以下的流动不计入该指标。",
    fr: "L'indicateur de mobilité de la stratégie compte les mobilités de plus d'un an : une mobilité de 12 mois ou moins n'y est pas comptée.",
    es: "El indicador de movilidad de la estrategia cuenta los traslados de más de un año: un traslado de 12 meses o menos no se cuenta.",
  },
  min: 1,
  max: 60,
});

export const mobility = defineRequestType({
  id: "mobility",
  prefix: "MOB",
  focusArea: "1.3",
  indicator: "mobility",
  title: { en: "Mobility", zh: "流动", fr: "Mobilité", es: "Movilidad" },
  names:
    /mobility|transfer|\bmove\b|reassign|duty station|\bmob\b|assignment|流动|调动|调任|轮岗|工作地点|mobilit[ée]|mutation|transfert|affectation|r[ée]affect|lieu d'affectation|movilidad|traslado|reasignaci[oó]n|lugar de destino/i,
  summary: {
    en: "Propose a functional, geographical or inter-agency move. It serves focus area 1.3, Developing capacity to deliver, which calls for more functional, geographical and inter-agency mobility, and the strategy's indicator on increased functional and geographical mobility.",
    zh: "提出岗位、地域或机构间流动。属于重点领域 1.3“发展交付能力”，该领域呼吁加强岗位、地域和机构间流动，并对应战略的“增加岗位和地域流动”指标。",
    fr: "Proposer une mobilité fonctionnelle, géographique ou interinstitutions. Cela relève du domaine d'action 1.3, Développer la capacité d'exécution, qui appelle davantage de mobilité fonctionnelle, géographique et interinstitutions, et de l'indicateur de la stratégie sur l'accroissement de la mobilité fonctionnelle et géographique.",
    es: "Proponer una movilidad funcional, geográfica o interinstitucional. Corresponde al ámbito prioritario 1.3, Desarrollo de la capacidad de ejecución, que pide más movilidad funcional, geográfica e interinstitucional, y al indicador de la estrategia sobre el aumento de la movilidad funcional y geográfica.",
  },
  triggers: {
    en: [
      "submit a mobility request",
      "I want to request a mobility assignment",
      "request a transfer to another duty station",
      "propose a functional move for a staff member",
      "apply for geographical mobility",
      "request an inter-agency move",
      "move a staff member to a field office",
    ],
    zh: [
      "我想申请流动",
      "提交流动申请",
      "申请调动到其他工作地点",
      "申请岗位轮换",
      "申请地域流动",
      "申请机构间流动",
    ],
  },
  fields: [forWhom, staffMember, current, proposed, kind, startDate, duration],
  advice: [
    {
      fields: [duration.spec.name],
      note: (values, lang) => {
        const n = values[duration.spec.name];
        if (typeof n !== "number" || n > COUNTED_AFTER_MONTHS) return undefined;
        return t(lang, "advice.shortMove", { n });
      },
    },
  ],
  notes: [
    {
      en: "The strategy's mobility indicator counts staff who change function or duty station for more than one year.",
      zh: "战略的流动性指标统计轮换岗位或工作地点达一年以上的职员人数。",
      fr: "L'indicateur de mobilité de la stratégie compte les fonctionnaires qui changent de fonction ou de lieu d'affectation pour plus d'un an.",
      es: "El indicador de movilidad de la estrategia cuenta a los funcionarios que cambian de función o de lugar de destino por más de un año.",
    },
  ],
  subject: (v, lang) =>
    `${t(lang, "subject.mobility", { kind: String(v.kind), current: String(v.current), proposed: String(v.proposed), start: String(v.start), duration: String(v.duration) })}${v.staffMember ? t(lang, "subject.forStaff", { name: String(v.staffMember) }) : ""}`,
});
