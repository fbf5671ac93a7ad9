import { t } from "../../i18n/messages.ts";
import { position, positionGrade } from "./common.ts";
import { defineRequestType } from "./define.ts";
import { longText } from "./fields.ts";

const changes = longText({
  name: "changes",
  label: { en: "What changed", zh: "变化内容", fr: "Ce qui a changé", es: "Qué ha cambiado" },
  prompt: {
    en: "What has changed in the job since its description was written?",
    zh: "自职务说明编写以来，该职位的工作有哪些变化？",
    fr: "Qu'est-ce qui a changé dans l'emploi depuis la rédaction de sa description ?",
    es: "¿Qué ha cambiado en el puesto desde que se redactó su descripción?",
  },
  help: {
    en: "New responsibilities, tasks no longer done, a different team or reporting line, new skills required.",
    zh: "新的职责、不再承担的任务、团队或汇报关系的变化、新的技能要求等。",
    fr: "Nouvelles responsabilités, tâches abandonnées, autre équipe ou autre rattachement hiérarchique, nouvelles compétences requises.",
    es: "Nuevas responsabilidades, tareas que ya no se realizan, otro equipo u otra línea jerárquica, nuevas competencias requeridas.",
  },
  minLength: 20,
});

export const jobDescription = defineRequestType({
  id: "job-description",
  prefix: "JDR",
  focusArea: "1.1",
  indicator: "job_descriptions",
  title: {
    en: "Job description review",
    zh: "职务说明审查",
    fr: "Examen de la description de poste",
    es: "Revisión de la descripción del puesto",
  },
  names:
    /job description|\bjd\b|reclassif|classification|\bjdr\b|职位描述|岗位说明|职位说明|定级|职级|description de (poste|fonction)|fiche de poste|reclassement|classement|classification|descripci[oó]n de(l)? (puesto|cargo)|reclasificaci[oó]n|clasificaci[oó]n/i,
  summary: {
    en: "Ask for a position's job description to be reviewed because the work has changed. It serves focus area 1.1, Planning for future workforce needs, which calls for revised, fit-for-purpose job descriptions, and the indicator on fit-for-purpose job descriptions.",
    zh: "因职位的工作内容发生变化，申请审查其职务说明。属于重点领域 1.1“规划未来的职员队伍需求”，该领域要求制定经修订的、适合用途的职务说明，并对应“适合目的的职务说明”指标。",
    fr: "Demander l'examen de la description d'un poste parce que le travail a changé. Cela relève du domaine d'action 1.1, Planifier les besoins futurs en personnel, qui appelle des descriptions de poste révisées et adaptées, et de l'indicateur sur les descriptions de poste adaptées.",
    es: "Pedir que se revise la descripción de un puesto porque el trabajo ha cambiado. Corresponde al ámbito prioritario 1.1, Planificación de las necesidades futuras de personal, que pide descripciones de puestos revisadas y adecuadas, y al indicador sobre descripciones de puestos adecuadas.",
  },
  triggers: {
    en: [
      "submit a job description review request",
      "the job description is out of date",
      "request a review of a job description",
      "update the job description for a position",
      "my team member's duties have changed, review the job description",
      "the duties of a post have changed and its job description needs updating",
    ],
    zh: [
      "申请审查职务说明",
      "提交职务说明审查申请",
      "职务说明已经过时",
      "更新某个职位的职务说明",
      "职位职责变了，需要修改职务说明",
    ],
  },
  fields: [position, positionGrade, changes],
  subject: (v, lang) =>
    t(lang, "subject.job-description", { position: String(v.position), grade: String(v.grade) }),
});
