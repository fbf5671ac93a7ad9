import { choice, type DateCues, date, type Field, grade, person, text } from "./fields.ts";

/** Declarations shared by several request types, written once. */

/** "from 1 March", "starting on", "3月1日起", "从…". */
const START_CUES: DateCues = {
  before: "from|start\\w*|begin\\w*|as of|effective|commenc\\w*|从|自|于",
  after: "起|开始|開始",
};

/** "until 31 August", "ending", "至8月31日", "8月31日止". */
const END_CUES: DateCues = {
  before: "until|till|to|through|thru|end\\w*|finish\\w*|至|到|截至|截止",
  after: "止|为止|結束|结束",
};

export const position = text({
  name: "position",
  label: { en: "Position", zh: "职位", fr: "Poste", es: "Puesto" },
  prompt: {
    en: "Which position? Give its title and number (for example “Senior Economist, 12345”).",
    zh: "哪个职位？请写出职位名称和编号(例如“高级经济学家，12345”)。",
    fr: "Quel poste ? Indiquez son intitulé et son numéro (par exemple « Économiste principal, 12345 »).",
    es: "¿Qué puesto? Indique su título y su número (por ejemplo «Economista superior, 12345»).",
  },
});

export const positionGrade = grade({
  name: "grade",
  label: { en: "Grade", zh: "职级", fr: "Grade", es: "Grado" },
  prompt: {
    en: "What is the position's grade (for example P4, G5 or NO-B)?",
    zh: "该职位的职级是什么(例如 P4、G5 或 NO-B)？",
    fr: "Quel est le grade du poste (par exemple P4, G5 ou NO-B) ?",
    es: "¿Cuál es el grado del puesto (por ejemplo P4, G5 o NO-B)?",
  },
  help: {
    en: "ILO grades: P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG, DDG.",
    zh: "劳工组织职级：P1–P5、D1–D2、G1–G7、NO-A–NO-D、ADG、DDG。",
    fr: "Grades de l'OIT : P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG, DDG.",
    es: "Grados de la OIT: P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG, DDG.",
  },
});

export const startDate = date({
  name: "start",
  label: { en: "Start date", zh: "开始日期", fr: "Date de début", es: "Fecha de inicio" },
  prompt: {
    en: "From which date? (for example 1 March 2027)",
    zh: "从哪一天开始？(例如 2027年3月1日)",
    fr: "À partir de quelle date ? (par exemple 1er mars 2027)",
    es: "¿A partir de qué fecha? (por ejemplo 1 de marzo de 2027)",
  },
  notInPast: true,
  cues: START_CUES,
});

export const endDate = date({
  name: "end",
  label: { en: "End date", zh: "结束日期", fr: "Date de fin", es: "Fecha de finalización" },
  prompt: {
    en: "Until which date?",
    zh: "到哪一天结束？",
    fr: "Jusqu'à quelle date ?",
    es: "¿Hasta qué fecha?",
  },
  // a period that has already ended is no request: it is asked again with the start
  notInPast: true,
  cues: END_CUES,
});

/**
 * For whom a request is: the requester or a named staff member (asked only then). With
 * `initial`, a new form says "for: me" without asking, and it can be edited like any field.
 */
export function requestFor(initial?: "self"): [Field, Field] {
  const forWhom = choice({
    name: "forWhom",
    label: { en: "Request for", zh: "申请对象", fr: "Demande pour", es: "Solicitud para" },
    ...(initial ? { initial, required: false } : {}),
    prompt: {
      en: "Is this request for you, or for a member of your staff?",
      zh: "这项申请是为您本人，还是为您的某位职员？",
      fr: "Cette demande est-elle pour vous ou pour un membre de votre équipe ?",
      es: "¿Esta solicitud es para usted o para un miembro de su personal?",
    },
    choices: [
      {
        value: "self",
        label: { en: "Me", zh: "本人", fr: "Moi", es: "Yo" },
        aliases: [
          "myself",
          "for me",
          "for myself",
          "me myself",
          "我",
          "我自己",
          "为自己",
          "pour moi",
          "moi-même",
          "moi même",
          "pour moi-même",
          "para mí",
          "para mi",
          "yo mismo",
          "yo misma",
          "mí mismo",
          "mí misma",
        ],
      },
      {
        value: "staff-member",
        label: {
          en: "A named staff member",
          zh: "指定的职员",
          fr: "Un fonctionnaire nommé",
          es: "Un funcionario determinado",
        },
        aliases: [
          "other",
          "another person",
          "staff member",
          "a staff member",
          "team member",
          "my staff",
          "colleague",
          "someone else",
          "someone in my team",
          "职员",
          "员工",
          "同事",
          "下属",
          "团队成员",
          "他人",
          "un membre de mon équipe",
          "un membre de mon personnel",
          "un collègue",
          "une collègue",
          "quelqu'un d'autre",
          "autre personne",
          "une autre personne",
          "un miembro de mi equipo",
          "un miembro de mi personal",
          "un colega",
          "una colega",
          "otra persona",
          "alguien de mi equipo",
        ],
      },
    ],
  });

  const staffMember = person({
    name: "staffMember",
    label: { en: "Staff member", zh: "职员姓名", fr: "Fonctionnaire", es: "Funcionario" },
    prompt: {
      en: "Which staff member is it for? Please give their name.",
      zh: "这项申请是为哪位职员提交的？请写出其姓名。",
      fr: "Pour quel fonctionnaire ? Veuillez indiquer son nom.",
      es: "¿Para qué funcionario es? Indique su nombre.",
    },
    help: {
      en: "Needed when the request is for a member of your staff.",
      zh: "当申请是为您的职员提交时需要填写。",
      fr: "Nécessaire lorsque la demande concerne un membre de votre équipe.",
      es: "Necesario cuando la solicitud es para un miembro de su personal.",
    },
    when: (values) => values.forWhom === "staff-member",
  });
  return [forWhom, staffMember];
}
