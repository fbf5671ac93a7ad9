import { t } from "../../i18n/messages.ts";
import { findNominees } from "../parse/phrases.ts";
import { defineRequestType } from "./define.ts";
import { choice, longText, person } from "./fields.ts";

const nominees = person({
  name: "nominees",
  label: { en: "Nominee(s)", zh: "被提名人", fr: "Personne(s) proposée(s)", es: "Persona(s) propuesta(s)" },
  prompt: {
    en: "Whom are you nominating? One name, several names, or the team's name.",
    zh: "您提名谁？可以是一人、多人或团队名称。",
    fr: "Qui proposez-vous ? Un nom, plusieurs noms ou le nom de l'équipe.",
    es: "¿A quién propone? Un nombre, varios nombres o el nombre del equipo.",
  },
  maxLength: 500,
  find: (_t, _lang, raw) => findNominees(raw),
});

const category = choice({
  name: "category",
  label: { en: "Category", zh: "类别", fr: "Catégorie", es: "Categoría" },
  prompt: {
    en: "Which category: individual performance, team performance, or innovation?",
    zh: "哪个类别：个人卓越表现、团队卓越表现，还是创新？",
    fr: "Quelle catégorie : performance individuelle, performance d'équipe ou innovation ?",
    es: "¿Qué categoría: desempeño individual, desempeño de equipo o innovación?",
  },
  choices: [
    {
      value: "individual",
      label: {
        en: "Individual performance",
        zh: "个人卓越表现",
        fr: "Performance individuelle",
        es: "Desempeño individual",
      },
      aliases: [
        "individual",
        "personal",
        "个人",
        "个人表现",
        "individuelle",
        "performance personnelle",
        "desempeño personal",
      ],
    },
    {
      value: "team",
      label: {
        en: "Team performance",
        zh: "团队卓越表现",
        fr: "Performance d'équipe",
        es: "Desempeño de equipo",
      },
      aliases: [
        "team",
        "group",
        "团队",
        "小组",
        "团队表现",
        "équipe",
        "groupe",
        "performance collective",
        "equipo",
        "grupo",
        "desempeño del equipo",
      ],
    },
    {
      value: "innovation",
      label: { en: "Innovation", zh: "创新", fr: "Innovation", es: "Innovación" },
      aliases: [
        "innovative",
        "new idea",
        "创新奖",
        "innovant",
        "innovante",
        "nouvelle idée",
        "innovador",
        "innovadora",
        "nueva idea",
      ],
    },
  ],
});

const reason = longText({
  name: "reason",
  label: { en: "Reason", zh: "提名理由", fr: "Motif", es: "Motivo" },
  prompt: {
    en: "What did they do, and what difference did it make? (at least 20 characters)",
    zh: "他们做了什么，带来了什么影响？(至少 20 个字符)",
    fr: "Qu'ont-ils fait, et quelle différence cela a-t-il fait ? (au moins 20 caractères)",
    es: "¿Qué hicieron y qué diferencia supuso? (al menos 20 caracteres)",
  },
  minLength: 20,
});

export const recognition = defineRequestType({
  id: "recognition",
  prefix: "REC",
  focusArea: "2.1",
  indicator: "performance_consequences",
  title: { en: "Recognition", zh: "表彰", fr: "Reconnaissance", es: "Reconocimiento" },
  names:
    /recognition|award|nominat|\brec\b|表彰|奖励|提名|嘉奖|团队奖|奖项|reconnaissance|distinction|r[ée]compense|prix\b|reconocimiento|premio|galard[oó]n|distinci[oó]n/i,
  summary: {
    en: "Nominate a colleague or a team for recognition of excellent performance or innovation. It serves focus area 2.1, Strengthening accountability for performance, under which the Office strengthens recognition programmes that reward excellence and are open to all staff.",
    zh: "提名同事或团队，表彰其卓越表现或创新。属于重点领域 2.1“强化绩效问责制”；劳工局将加强奖励卓越表现的表彰计划，并向所有职员提供。",
    fr: "Proposer un collègue ou une équipe en reconnaissance d'une performance excellente ou d'une innovation. Cela relève du domaine d'action 2.1, Renforcer la responsabilité en matière de performance, dans le cadre duquel le Bureau renforce des programmes de reconnaissance qui récompensent l'excellence et sont ouverts à tout le personnel.",
    es: "Proponer a un colega o a un equipo para un reconocimiento por un desempeño excelente o por innovación. Corresponde al ámbito prioritario 2.1, Fortalecimiento de la rendición de cuentas sobre el desempeño, en el que la Oficina refuerza programas de reconocimiento que premian la excelencia y están abiertos a todo el personal.",
  },
  triggers: {
    en: [
      "submit a recognition request",
      "I want to nominate a colleague for recognition",
      "recognise my team's work",
      "nominate someone for an award",
      "propose a staff member for recognition",
      "recognition for an innovation",
    ],
    zh: [
      "我想提名同事获得表彰",
      "提交表彰申请",
      "表彰我的团队",
      "提名某人获奖",
      "申请创新表彰",
      "我想表扬一位同事",
    ],
  },
  fields: [nominees, category, reason],
  subject: (v, lang) =>
    t(lang, "subject.recognition", { category: String(v.category), nominees: String(v.nominees) }),
});
