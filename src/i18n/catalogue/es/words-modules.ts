import type { ModuleWords } from "../../words-modules-type.ts";

/** Spanish words of the modules that read their own rules, accents folded. */
export const modules: ModuleWords = {
  count: {
    items: {
      deliverables: /\bproductos\b|\bentregables\b/,
      focusAreas: /\bambitos\b|\bejes\b/,
      indicators: /\bindicadores\b/,
      outcomes: /\bresultados\b/,
      lessons: /\blecciones\b|\bensenanzas\b/,
      risks: /\briesgos\b/,
      assumptions: /\bsupuestos\b|\bhip[oó]tesis\b/,
    },
    share: /\b(porcentaje|proporcion|parte)\b/,
    request: null,
  },
  lessonsList: [],
  feedback: {
    notHelpful: [
      /^(no (fue |es |me fue |ha sido |me ha sido )?(muy |nada )?util|nada util|inutil|no (me )?(ayudo|sirvio|sirve|ha ayudado|ha servido)( de nada)?|respuesta (equivocada|incorrecta)|mala respuesta|(eso )?esta mal|(eso )?no es lo que (pregunte|preguntaba|he preguntado)|(eso )?no responde (a )?mi pregunta)/,
    ],
    helpful: [
      /^((fue |es |me fue |me ha sido |ha sido )?(muy |super |bastante )?util|me (ayudo|sirvio|ha ayudado|ha servido)( mucho)?|(muy )?buena respuesta|perfecto|justo lo que necesitaba)/,
    ],
    rest: /gracias|para nada|en absoluto|de todos modos/,
    thanks: /gracias/,
  },
  greetingThanks: /gracias/,
  hrQuestion: {
    answer: null,
    close: null,
    please: /por favor,?\s+/,
    answerVerb: /responder|responde|responda|contestar|contesta|conteste/,
    closeVerb: /cerrar|cierra|cierre|descartar|descarta|dar por cerrad[ao]/,
  },
  myQuestions: {
    asked: /^\s*mis preguntas( (a recursos humanos|a rr\.? ?hh\.?))?\s*[?？]?\s*$/,
    possessive: /mi/,
    possessivePlural: /mis/,
    question: /pregunta|consulta/,
    questionsPlural: /preguntas|consultas/,
    questionAny: /preguntas?/,
    statesVerb: /es|son|tratan/,
    isVerb: /es/,
    toHr: /a/,
    hr: /rrhh|rr\.? ?hh|recursos humanos/,
    iSent: /(que )?(le |les )?(hice|mande|envie|he (hecho|enviado|mandado|planteado))/,
    askedHr: /(le )?he preguntado|(le )?pregunte/,
    answered: /respondido|respondio|contestado|contesto/,
    me: null,
  },
  unanswered: {
    asked: null,
    askedFolded:
      /\bno (pudiste|supiste|pudo|supo|has podido|ha podido|sabes|sabe) (responder|contestar)\b|\b(el bot|el asistente) no (respondio|contesto|ha respondido|ha contestado)\b/,
    topic: /preguntas?|consultas?|temas?/,
    unanswered: /sin respuesta|sin responder|sin contestar|no respondidas?|no contestadas?/,
    remained: /quedo|quedaron/,
    noAnswer: /sin respuesta/,
    gaps: /lagunas?|vacios?|huecos?/,
    gapsPlural: /lagunas/,
    knowledgeBase: /base de conocimientos?/,
    report: /informe/,
    of: null,
    add: /anadir|agregar|completar/,
    answers: /respuestas?/,
    notUseful: /no utiles?/,
    own: /\b(mis|mi)\b/,
  },
  aboutTheStrategy: null,
  commonTypos: [],
  consoleExit: [],
};
