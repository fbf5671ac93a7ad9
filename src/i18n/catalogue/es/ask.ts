import type { ask as en } from "../en/ask.ts";

export const ask = {
  "ask.offer": "Preguntar a Recursos Humanos",
  "ask.helpful": "Útil",
  "ask.notHelpful": "No útil",
  "ask.propose": "¿Enviar su pregunta a Recursos Humanos? «{question}»",
  "ask.noteLabel": "Nota",
  "ask.questionLabel": "Pregunta",
  "ask.askedBy": "Formulada por",
  "ask.askedOn": "Formulada el",
  "ask.statusLabel": "Estado",
  "ask.answerLabel": "Respuesta",
  "ask.answeredBy": "Respondida por",
  "ask.closedBy": "Cerrada por",
  "ask.filed":
    "Enviada a Recursos Humanos con el número {id}. Una persona de RR. HH. le responderá aquí; mientras tanto, diga «estado de {id}» o «mis preguntas».",
  "ask.duplicate":
    "Ya envió esta pregunta a Recursos Humanos: {id}. Diga «estado de {id}» para ver en qué punto está.",
  "ask.noQuestion":
    "¿Qué desea preguntar a Recursos Humanos? Escríbalo después de «preguntar a Recursos Humanos:», p. ej. «preguntar a Recursos Humanos: ¿cuántos días de vacaciones me quedan?».",
  "ask.emptyNote":
    "La nota está vacía. Escríbala después de «nota:» (p. ej. «preguntar a Recursos Humanos nota: lo necesito antes de mi misión»), o diga solo «preguntar a Recursos Humanos» para enviar su pregunta sin nota.",
  "ask.tooLong":
    "{what, select, question {Esa pregunta tiene} note {Esa nota tiene} other {Esa respuesta tiene}} {length, number} caracteres; las preguntas a Recursos Humanos admiten como máximo {limit, number}. Acórtela y envíela de nuevo.",
  "ask.notFound":
    "No encuentro esa pregunta a Recursos Humanos, o no tiene permiso para verla. Compruebe el número (p. ej. ASK-2026-0001), o diga «mis preguntas» para ver las suyas.",
  "ask.forbidden":
    "Lo siento, solo Recursos Humanos puede responder o cerrar una pregunta enviada a Recursos Humanos.",
  "ask.notOpen":
    "{id} ya está {status}, por lo que no se puede responder ni cerrar de nuevo. Quien la formuló puede enviar una nueva pregunta con «preguntar a Recursos Humanos».",
  "ask.emptyAnswer":
    "La respuesta está vacía. Escríbala después del número, p. ej. «responder ASK-2026-0001: le quedan 12 días de vacaciones anuales».",
  "ask.whichQuestion":
    "¿Qué pregunta? Indique su número, p. ej. «responder ASK-2026-0001: …» o «cerrar ASK-2026-0001».",
  "ask.openForHr": "Preguntas pendientes de respuesta:",
  "ask.invalid": "Parte de ese mensaje no pudo registrarse. Inténtelo de nuevo con texto sin formato.",
  "ask.status.open": "pendiente de Recursos Humanos",
  "ask.status.answered": "respondida",
  "ask.status.closed": "cerrada",
  "ask.mine": "Sus preguntas a Recursos Humanos ({count, number}):",
  "ask.noneMine":
    "No ha enviado ninguna pregunta a Recursos Humanos. Cuando yo no pueda responder algo, diga «preguntar a Recursos Humanos» y una persona de RR. HH. le responderá.",
  "ask.statusOf": "estado de {id}",
  "ask.myQuestions": "mis preguntas",
  "ask.closeCommand": "cerrar {id}",
  "hrAnswer.proposeAnswer": "¿Enviar esta respuesta a {asker} sobre {id}? «{answer}»",
  "hrAnswer.proposeClose":
    "¿Cerrar {id} (formulada por {asker}) sin respuesta? Se le informará de que se cerró.",
  "hrAnswer.answered": "{id} respondida. Se ha enviado su respuesta a quien la formuló.",
  "hrAnswer.closed": "{id} cerrada. Se ha informado a quien la formuló.",
  "hrAnswer.answerButton": "Responder",
  "hrAnswer.closeButton": "Cerrar",
  "hrAnswer.askedHeadline": "Nueva pregunta para Recursos Humanos {id} de {who}",
  "hrAnswer.reminderHeadline": "Recordatorio: {id} de {who} sigue esperando respuesta",
  "hrAnswer.howToAnswer": "Pulse Responder, o escriba «responder {id}: <su respuesta>» (o «cerrar {id}»).",
  "hrAnswer.closedHeadline": "{id}: {status} ({who})",
  "hrAnswer.answerToAsker": "Recursos Humanos respondió a su pregunta {id} ({who})",
  "hrAnswer.closedToAsker": "Recursos Humanos cerró su pregunta {id} sin respuesta ({who})",
  "hrAnswer.stillNeed": "Si todavía necesita ayuda, diga «preguntar a Recursos Humanos» con su pregunta.",
  "feedback.thanksHelpful": "Gracias, me alegra haberle ayudado.",
  "feedback.thanksNotHelpful":
    "Gracias: he anotado que esta respuesta no le ayudó, para que Recursos Humanos pueda mejorar lo que sé. Si necesita hablar con una persona, diga «preguntar a Recursos Humanos».",
  "feedback.nothingToRate":
    "No hay ninguna respuesta mía reciente que valorar. Pregúnteme sobre la Estrategia de Recursos Humanos 2022-2025 y luego dígame si la respuesta le ayudó.",
  "report.title": "Preguntas sin respuesta, {from} – {to}",
  "report.summary":
    "{total, plural, one {# pregunta rechazada o valorada como «no útil»} other {# preguntas rechazadas o valoradas como «no útiles»}}, en {groups, plural, one {# grupo} other {# grupos}} de preguntas similares:",
  "report.none": "Ninguna pregunta quedó sin respuesta en ese periodo.",
  "report.column.question": "Pregunta",
  "report.column.language": "Idioma",
  "report.column.topic": "Tema",
  "report.column.count": "Número",
  "report.column.declined": "Rechazadas",
  "report.column.notHelpful": "No útiles",
  "report.private": "(pregunta sobre un expediente personal, texto no conservado)",
  "report.csvHint": "Para una hoja de cálculo: npm run report -- unanswered --csv",
  "report.forbidden": "Lo siento, solo Recursos Humanos puede ver las preguntas que quedaron sin respuesta.",
} as const satisfies Record<keyof typeof en, string>;
