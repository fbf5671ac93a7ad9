import { t } from "../../i18n/messages.ts";
import { findProvider } from "../parse/phrases.ts";
import { endDate, requestFor, startDate } from "./common.ts";
import { dateAfter, defineRequestType } from "./define.ts";
import { longText, money, text } from "./fields.ts";

const activity = text({
  name: "activity",
  label: {
    en: "Learning activity",
    zh: "学习活动",
    fr: "Activité d'apprentissage",
    es: "Actividad de aprendizaje",
  },
  prompt: {
    en: "Which learning activity: a course, a programme, a certification?",
    zh: "哪项学习活动：课程、项目还是认证？",
    fr: "Quelle activité d'apprentissage : un cours, un programme, une certification ?",
    es: "¿Qué actividad de aprendizaje: un curso, un programa, una certificación?",
  },
});

const provider = text({
  name: "provider",
  label: { en: "Provider", zh: "提供方", fr: "Prestataire", es: "Proveedor" },
  prompt: {
    en: "Who provides it?",
    zh: "由哪个机构提供？",
    fr: "Qui la dispense ?",
    es: "¿Quién la imparte?",
  },
  help: {
    en: "The institution that runs it, for example the International Training Centre of the ILO (the Turin Centre), a university or an online platform.",
    zh: "举办该活动的机构，例如劳工组织国际培训中心(都灵中心)、大学或在线学习平台。",
    fr: "L'institution qui l'organise, par exemple le Centre international de formation de l'OIT (Centre de Turin), une université ou une plateforme en ligne.",
    es: "La institución que la organiza, por ejemplo el Centro Internacional de Formación de la OIT (Centro de Turín), una universidad o una plataforma en línea.",
  },
  find: (_t, _lang, raw) => findProvider(raw),
});

const [forWhom, staffMember] = requestFor("self");

const cost = money({
  name: "cost",
  label: { en: "Cost (USD)", zh: "费用(美元)", fr: "Coût (USD)", es: "Costo (USD)" },
  prompt: {
    en: "What does it cost, in US dollars? (0 if it is free)",
    zh: "费用是多少美元？(免费请填 0)",
    fr: "Combien coûte-t-elle, en dollars des États-Unis ? (0 si elle est gratuite)",
    es: "¿Cuánto cuesta, en dólares de los Estados Unidos? (0 si es gratuita)",
  },
  min: 0,
  max: 200_000,
});

const skillsNeed = longText({
  name: "skillsNeed",
  label: {
    en: "Skills need",
    zh: "满足的技能需求",
    fr: "Besoin de compétences",
    es: "Necesidad de competencias",
  },
  prompt: {
    en: "Which skills need does it answer, for the job or for the team?",
    zh: "它满足岗位或团队的哪些技能需求？",
    fr: "À quel besoin de compétences répond-elle, pour l'emploi ou pour l'équipe ?",
    es: "¿A qué necesidad de competencias responde, para el puesto o para el equipo?",
  },
  minLength: 10,
});

export const learning = defineRequestType({
  id: "learning",
  prefix: "LRN",
  focusArea: "1.3",
  indicator: "training",
  title: {
    en: "Learning activity",
    zh: "学习活动",
    fr: "Activité d'apprentissage",
    es: "Actividad de aprendizaje",
  },
  names:
    /learning|training|course|l&d|certif|\blrn\b|学习|培训|课程|进修|formation|apprentissage|cours\b|stage de formation|capacitaci[oó]n|formaci[oó]n|curso|aprendizaje|workshop|atelier|taller/i,
  summary: {
    en: "Ask to take part in a learning or development activity (a course, a programme, a certification) and say which skills need it answers. It serves focus area 1.3, Developing capacity to deliver, and the indicator on training and development activities that meet the needs of a changing workforce.",
    zh: "申请参加学习或发展活动(课程、项目或认证)，并说明其满足的技能需求。属于重点领域 1.3“发展交付能力”，对应“培训与发展活动满足不断变化的职员队伍的需求”指标。",
    fr: "Demander à participer à une activité d'apprentissage ou de perfectionnement (un cours, un programme, une certification) et indiquer le besoin de compétences auquel elle répond. Cela relève du domaine d'action 1.3, Développer la capacité d'exécution, et de l'indicateur sur les activités de formation et de perfectionnement répondant aux besoins d'un personnel en évolution.",
    es: "Pedir participar en una actividad de aprendizaje o desarrollo (un curso, un programa, una certificación) e indicar a qué necesidad de competencias responde. Corresponde al ámbito prioritario 1.3, Desarrollo de la capacidad de ejecución, y al indicador sobre actividades de formación y desarrollo que responden a las necesidades de un personal en evolución.",
  },
  triggers: {
    en: [
      "submit a learning request",
      "I want to request training",
      "request a course at the Turin Centre",
      "apply for a learning activity",
      "can I get funding for a course",
      "request approval for a certification",
      "I'd like to attend a training programme",
    ],
    zh: [
      "我想申请培训",
      "提交学习申请",
      "申请参加都灵中心的课程",
      "申请学习活动",
      "我想报名参加一个课程",
      "申请培训经费",
    ],
  },
  fields: [forWhom, staffMember, activity, provider, startDate, endDate, cost, skillsNeed],
  rules: [dateAfter(endDate, startDate, { sameDay: true })],
  period: { start: startDate.spec.name, end: endDate.spec.name },
  subject: (v, lang) =>
    `${t(lang, "subject.learning", { activity: String(v.activity), provider: String(v.provider), start: String(v.start), end: String(v.end), cost: String(v.cost) })}${v.staffMember ? t(lang, "subject.forStaff", { name: String(v.staffMember) }) : ""}`,
});
