import { t } from "../../i18n/messages.ts";
import { position, positionGrade } from "./common.ts";
import { dateBefore, defineRequestType } from "./define.ts";
import { choice, date } from "./fields.ts";

const departure = date({
  name: "departure",
  label: {
    en: "Incumbent's departure date",
    zh: "现任离职日期",
    fr: "Date de départ du titulaire",
    es: "Fecha de salida del titular",
  },
  prompt: {
    en: "When does the incumbent leave the position?",
    zh: "现任何时离开该职位？",
    fr: "Quand le titulaire quitte-t-il le poste ?",
    es: "¿Cuándo deja el titular el puesto?",
  },
  notInPast: true,
  cues: {
    before: "leav\\w*|retir\\w*|depart\\w*|separat\\w*|last day|离职|退休|离开|卸任",
    after: "离职|退休|离开|卸任",
  },
});

const reason = choice({
  name: "reason",
  label: { en: "Reason for leaving", zh: "离职原因", fr: "Motif du départ", es: "Motivo de la salida" },
  prompt: {
    en: "Why is the incumbent leaving: retirement, mobility, end of contract, resignation, or another reason?",
    zh: "现任离职的原因是什么：退休、流动、合同到期、辞职，还是其他原因？",
    fr: "Pourquoi le titulaire part-il : retraite, mobilité, fin de contrat, démission ou autre motif ?",
    es: "¿Por qué se va el titular: jubilación, movilidad, fin de contrato, renuncia u otro motivo?",
  },
  choices: [
    {
      value: "retirement",
      label: { en: "Retirement", zh: "退休", fr: "Retraite", es: "Jubilación" },
      aliases: [
        "retire",
        "retires",
        "retiring",
        "retired",
        "statutory retirement",
        "退休离职",
        "départ à la retraite",
        "part à la retraite",
        "prend sa retraite",
        "jubila",
        "se jubila",
        "se retira",
      ],
    },
    {
      value: "mobility",
      label: { en: "Mobility", zh: "流动", fr: "Mobilité", es: "Movilidad" },
      aliases: [
        "transfer",
        "reassignment",
        "reassigned",
        "rotation",
        "调动",
        "轮换",
        "调任",
        "mutation",
        "réaffectation",
        "traslado",
        "reasignación",
      ],
    },
    {
      value: "end-of-contract",
      label: { en: "End of contract", zh: "合同到期", fr: "Fin de contrat", es: "Fin de contrato" },
      aliases: [
        "contract ends",
        "contract ending",
        "contract expires",
        "expiry of contract",
        "合同结束",
        "合同期满",
        "fin du contrat",
        "expiration du contrat",
        "le contrat se termine",
        "fin del contrato",
        "vencimiento del contrato",
        "el contrato termina",
      ],
    },
    {
      value: "resignation",
      label: { en: "Resignation", zh: "辞职", fr: "Démission", es: "Renuncia" },
      aliases: [
        "resign",
        "resigns",
        "resigning",
        "resigned",
        "辞任",
        "离任",
        "démissionne",
        "a démissionné",
        "renuncia",
        "dimisión",
        "dimite",
      ],
    },
    {
      value: "other",
      label: { en: "Other", zh: "其他", fr: "Autre", es: "Otro" },
      aliases: ["something else", "其他原因", "autre motif", "autre raison", "otro motivo", "otra razón"],
    },
  ],
});

const publication = date({
  name: "publication",
  label: {
    en: "Proposed publication date",
    zh: "拟发布空缺通知日期",
    fr: "Date de publication proposée",
    es: "Fecha de publicación propuesta",
  },
  prompt: {
    en: "When would you like the vacancy to be published?",
    zh: "您希望何时发布职位空缺通知？",
    fr: "Quand souhaitez-vous que l'avis de vacance soit publié ?",
    es: "¿Cuándo desea que se publique la vacante?",
  },
  help: {
    en: "It must be before the incumbent leaves, early enough for the selection to be completed by then.",
    zh: "须早于现任离职日期，并留出足够时间在其离职前完成遴选。",
    fr: "Elle doit précéder le départ du titulaire, assez tôt pour que la sélection soit achevée d'ici là.",
    es: "Debe ser anterior a la salida del titular, con antelación suficiente para que la selección haya terminado para entonces.",
  },
  notInPast: true,
  cues: {
    before: "publi\\w*|advertis\\w*|post(?:ed|ing)?|announc\\w*|open(?:ed|ing)?|发布|公布|刊登|发出",
    after: "发布|公布|刊登|发出",
  },
});

export const earlyRecruitment = defineRequestType({
  id: "early-recruitment",
  prefix: "ERV",
  focusArea: "1.1",
  indicator: "workforce_planning_selection",
  title: {
    en: "Early recruitment",
    zh: "提前招聘",
    fr: "Recrutement anticipé",
    es: "Contratación anticipada",
  },
  names:
    /early recruit|recruit|\berv\b|vacanc|succession|提前招聘|招聘|遴选|空缺|recrutement anticip[ée]|recrutement|recruter|succession|relève|contrataci[oó]n anticipada|contrataci[oó]n|reclutamiento|contratar|sucesi[oó]n|(iniciar|empezar|lancer|d[ée]marrer|commencer) (el |le )?(proceso|processus) de (s[ée]lection|selecci[oó]n)/i,
  summary: {
    en: "Start recruiting early for a position whose incumbent is leaving, so that the selection is completed before they leave. It serves focus area 1.1, Planning for future workforce needs, and feeds the strategy's indicator “percentage of anticipated vacancies for which the selection process is completed before the incumbent leaves”.",
    zh: "为现任即将离职的职位提前启动招聘，使遴选在现任离职前完成。属于重点领域 1.1“规划未来的职员队伍需求”，计入战略指标“预期空缺职位中在现任离职前完成遴选过程的比例”。",
    fr: "Lancer à l'avance le recrutement pour un poste dont le titulaire s'en va, afin que la sélection soit achevée avant son départ. Cela relève du domaine d'action 1.1, Planifier les besoins futurs en personnel, et alimente l'indicateur de la stratégie « pourcentage des vacances prévues pour lesquelles le processus de sélection est achevé avant le départ du titulaire ».",
    es: "Empezar con antelación la contratación para un puesto cuyo titular se va, de modo que la selección termine antes de su salida. Corresponde al ámbito prioritario 1.1, Planificación de las necesidades futuras de personal, y alimenta el indicador de la estrategia «porcentaje de vacantes previstas cuyo proceso de selección concluye antes de la salida del titular».",
  },
  triggers: {
    en: [
      "submit an early recruitment request",
      "start early recruitment",
      "the incumbent is retiring and I want to recruit early",
      "request early recruitment for a vacancy",
      "recruit before the incumbent leaves",
      "I need to plan the replacement of a staff member who is retiring",
      "publish a vacancy before the incumbent leaves",
    ],
    zh: [
      "我想提前招聘",
      "提交提前招聘申请",
      "现任即将退休，申请提前招聘",
      "申请提前发布职位空缺",
      "在现任离职前启动招聘",
      "为即将离职的职位提前招聘",
    ],
  },
  fields: [position, positionGrade, departure, reason, publication],
  rules: [dateBefore(publication, departure)],
  notes: [
    {
      en: "The strategy measures the share of anticipated vacancies whose selection is completed before the incumbent leaves: publish as early as you can.",
      zh: "战略衡量的是在现任离职前完成遴选的预期空缺职位所占比例：请尽早发布。",
      fr: "La stratégie mesure la part des vacances prévues dont la sélection est achevée avant le départ du titulaire : publiez le plus tôt possible.",
      es: "La estrategia mide la proporción de vacantes previstas cuya selección concluye antes de la salida del titular: publique lo antes posible.",
    },
  ],
  subject: (v, lang) =>
    t(lang, "subject.early-recruitment", {
      position: String(v.position),
      grade: String(v.grade),
      departure: String(v.departure),
    }),
});
