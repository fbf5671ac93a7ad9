import { t } from "../../i18n/messages.ts";
import { findChoice } from "../parse/choice.ts";
import { findDays } from "../parse/days.ts";
import { findPercentage, worksElsewhere } from "../parse/phrases.ts";
import { endDate, requestFor, startDate } from "./common.ts";
import { dateAfter, defineRequestType } from "./define.ts";
import { choice, days, longText } from "./fields.ts";

const [forWhom, staffMember] = requestFor();

const arrangement: ReturnType<typeof choice> = choice({
  name: "arrangement",
  label: { en: "Arrangement", zh: "工作安排", fr: "Modalité", es: "Modalidad" },
  prompt: {
    en: "Which arrangement: telework on set days, flexible hours, a compressed schedule, part-time, or remote work from another location?",
    zh: "哪种安排：在固定日期远程办公、弹性工作时间、压缩工作周、非全时工作，还是在其他地点远程工作？",
    fr: "Quelle modalité : télétravail certains jours fixes, horaires flexibles, semaine comprimée, temps partiel ou travail à distance depuis un autre lieu ?",
    es: "¿Qué modalidad: teletrabajo en días fijos, horario flexible, jornada comprimida, tiempo parcial o trabajo a distancia desde otro lugar?",
  },
  choices: [
    {
      value: "telework",
      label: {
        en: "Telework on set days",
        zh: "在固定日期远程办公",
        fr: "Télétravail certains jours fixes",
        es: "Teletrabajo en días fijos",
      },
      aliases: [
        "telework",
        "teleworking",
        "work from home",
        "working from home",
        "home working",
        "wfh",
        "远程办公",
        "居家办公",
        "在家办公",
        "居家工作",
        "在家工作",
        "télétravail",
        "télétravailler",
        "travail à domicile",
        "teletrabajo",
        "teletrabajar",
        "trabajo desde casa",
        "trabajar desde casa",
      ],
    },
    {
      value: "flexible-hours",
      label: { en: "Flexible hours", zh: "弹性工作时间", fr: "Horaires flexibles", es: "Horario flexible" },
      aliases: [
        "flexitime",
        "flextime",
        "flexible working hours",
        "flexible time",
        "弹性时间",
        "弹性工时",
        "灵活工作时间",
        "horaires flexibles",
        "horaire flexible",
        "horaires aménagés",
        "horaires décalés",
        "horario flexible",
        "horarios flexibles",
        "horario escalonado",
      ],
    },
    {
      value: "compressed",
      label: {
        en: "Compressed schedule",
        zh: "压缩工作周",
        fr: "Semaine de travail comprimée",
        es: "Jornada comprimida",
      },
      aliases: [
        "compressed",
        "compressed work week",
        "compressed working week",
        "compressed hours",
        "压缩工时",
        "压缩工作时间",
        "semaine comprimée",
        "semaine de quatre jours",
        "horaire comprimé",
        "semana comprimida",
        "jornada comprimida",
        "semana de cuatro días",
      ],
    },
    {
      value: "part-time",
      label: { en: "Part-time", zh: "非全时工作", fr: "Temps partiel", es: "Tiempo parcial" },
      aliases: [
        "part time work",
        "part-time working",
        "reduced hours",
        "非全时",
        "兼职",
        "部分时间工作",
        "缩短工时",
        "temps partiel",
        "à temps partiel",
        "mi-temps",
        "tiempo parcial",
        "media jornada",
        "jornada parcial",
        "jornada reducida",
      ],
    },
    {
      value: "remote",
      label: {
        en: "Remote work from another location",
        zh: "在其他地点远程工作",
        fr: "Travail à distance depuis un autre lieu",
        es: "Trabajo a distancia desde otro lugar",
      },
      aliases: [
        "remote",
        "remote work",
        "remote working",
        "work remotely",
        "from another location",
        "from abroad",
        "异地办公",
        "异地工作",
        "异地远程",
        "在其他地点远程办公",
        "其他地点",
        "travail à distance",
        "à distance",
        "depuis l'étranger",
        "depuis un autre lieu",
        "trabajo a distancia",
        "trabajo remoto",
        "a distancia",
        "desde otro lugar",
        "desde el extranjero",
      ],
    },
  ],
  // "telework from Spain" is remote work from another location, though it says "telework"
  find: (t, _lang, raw) => (worksElsewhere(raw) ? "remote" : findChoice(arrangement.spec, t)),
});

const pattern = days({
  name: "days",
  label: { en: "Days or pattern", zh: "适用日子或模式", fr: "Jours ou rythme", es: "Días o pauta" },
  prompt: {
    en: "On which days, or in which pattern? (for example “Mondays and Fridays”)",
    zh: "在哪几天，或按什么模式？(例如“周一和周五”)",
    fr: "Quels jours, ou selon quel rythme ? (par exemple « les lundis et vendredis »)",
    es: "¿Qué días, o con qué pauta? (por ejemplo «los lunes y viernes»)",
  },
  help: {
    en: "Name the weekdays (“Mondays and Fridays”) or describe the pattern (“every other Friday”, “8:00–16:00”).",
    zh: "写出星期几(“周一和周五”)，或描述模式(“隔周周五”“8:00–16:00”)。",
    fr: "Nommez les jours (« les lundis et vendredis ») ou décrivez le rythme (« un vendredi sur deux », « 8:00–16:00 »).",
    es: "Indique los días («los lunes y viernes») o describa la pauta («un viernes de cada dos», «8:00–16:00»).",
  },
  // part-time is often stated as a share of full time: "part-time 80%"
  find: (t, lang, raw) => findDays(t, lang) ?? findPercentage(raw),
});

const reason = longText({
  name: "reason",
  label: { en: "Reason", zh: "理由", fr: "Motif", es: "Motivo" },
  prompt: {
    en: "Any reason or context you would like to add? (optional)",
    zh: "需要补充理由或背景吗？(可选)",
    fr: "Souhaitez-vous ajouter un motif ou un contexte ? (facultatif)",
    es: "¿Desea añadir algún motivo o contexto? (opcional)",
  },
  required: false,
});

export const flexibleWork = defineRequestType({
  id: "flexible-work",
  prefix: "FWA",
  focusArea: "2.2",
  indicator: "upward_feedback_wellbeing",
  title: {
    en: "Flexible working arrangement",
    zh: "灵活工作安排",
    fr: "Modalité de travail flexible",
    es: "Modalidad de trabajo flexible",
  },
  names:
    /flexible|tele-?work|remote|work(ing)? from home|wfh|part[- ]time|compressed|\bfwa\b|弹性|灵活|远程办公|居家办公|远程|居家|在家办公|非全时|兼职|半职|半天班|压缩|t[ée]l[ée]travail|travail flexible|modalit[ée]s? de travail|temps partiel|mi-temps|horaires? (flexibles?|d[ée]cal[ée]s?|am[ée]nag[ée]s?)|teletrabajo|trabajo (a distancia|flexible|desde casa)|media jornada|jornada (parcial|reducida|comprimida)|horario (flexible|escalonado)|\b(leave|finish|stop|start|begin) (work |the office )?(at|by|before) \d|\b(start|leave|finish) (work )?(later|earlier|early)\b|flexi-?time|reduced hours|school run|\b(finir|terminer|partir|quitter|commencer) (le travail |le bureau )?(a|à|avant|vers) \d+ ?h|horaires? (reduits?|réduits?)|\b(salir|terminar|entrar|empezar) (del trabajo |de la oficina )?(a las|antes de las) \d|reducci[oó]n de jornada|(每天|以后|每周).{0,4}[一二三四五六七八九十两\d]+点(钟)?(走|下班|上班|离开)|提前下班|错峰|弹性时间/i,
  summary: {
    en: "Ask for a flexible working arrangement (telework on set days, flexible hours, a compressed schedule, part-time work or remote work from another location) for yourself or a member of your staff. It serves focus area 2.2, New ways of working, under which the strategy introduces a new framework for flexible working arrangements.",
    zh: "为您本人或您的职员申请灵活工作安排：在固定日期远程办公、弹性工作时间、压缩工作周、非全时工作或在其他地点远程工作。属于重点领域 2.2“新的工作方式”；战略将为更广泛地采用灵活工作安排引入一个新框架。",
    fr: "Demander une modalité de travail flexible (télétravail certains jours fixes, horaires flexibles, semaine comprimée, temps partiel ou travail à distance depuis un autre lieu) pour vous-même ou un membre de votre équipe. Cela relève du domaine d'action 2.2, Nouvelles méthodes de travail, dans le cadre duquel la stratégie introduit un nouveau cadre pour les modalités de travail flexibles.",
    es: "Pedir una modalidad de trabajo flexible (teletrabajo en días fijos, horario flexible, jornada comprimida, tiempo parcial o trabajo a distancia desde otro lugar) para usted o para un miembro de su personal. Corresponde al ámbito prioritario 2.2, Nuevas formas de trabajo, en el que la estrategia introduce un nuevo marco para las modalidades de trabajo flexibles.",
  },
  triggers: {
    en: [
      "submit a flexible-work request",
      "I want to request telework",
      "request a flexible working arrangement",
      "apply for flexible working hours",
      "I'd like to telework on Fridays",
      "can I work from home two days a week",
      "request a compressed schedule for a member of my team",
      "new flexible work request",
    ],
    zh: [
      "我想申请弹性工作",
      "申请灵活工作安排",
      "提交弹性工作申请",
      "我想申请远程办公",
      "申请居家办公",
      "我想每周五在家办公",
      "为我的同事申请压缩工作周",
      "申请弹性工作时间",
    ],
  },
  fields: [forWhom, staffMember, arrangement, pattern, startDate, endDate, reason],
  rules: [dateAfter(endDate, startDate, { sameDay: false })],
  period: { start: startDate.spec.name, end: endDate.spec.name },
  subject: (v, lang) =>
    `${t(lang, "subject.flexible-work", { arrangement: String(v.arrangement), days: String(v.days), start: String(v.start), end: String(v.end) })}${v.staffMember ? t(lang, "subject.forStaff", { name: String(v.staffMember) }) : ""}`,
});
