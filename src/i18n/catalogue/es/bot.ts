import type { bot as en } from "../en/bot.ts";

export const bot = {
  "confirm.confirm": "Confirmar",
  "confirm.cancel": "Cancelar",
  "confirm.howTo":
    "Todavía no ha cambiado nada. Responda «confirmar» para continuar o «cancelar» para dejarlo como está.",
  "confirm.cancelled": "Cancelado: no se ha cambiado nada y todo sigue como estaba.",
  "confirm.expired":
    "Esa confirmación ha caducado, así que no se ha cambiado nada. Repita la instrucción si todavía quiere que se haga.",
  "confirm.nothingPending":
    "No hay nada pendiente de su confirmación. Pregúnteme sobre la Estrategia de Recursos Humanos 2022-2025, o diga «mis solicitudes».",
  "confirm.replaced": "Dejé sin confirmar la instrucción anterior: no se ha cambiado nada.",
  "proposal.approve": "¿Aprobar {id} ({type}, {requester})?",
  "proposal.reject": "¿Rechazar {id} ({type}, {requester}) con el comentario «{detail}»?",
  "proposal.request-info": "¿Pedir a {requester} más información sobre {id} ({type}): «{detail}»?",
  "proposal.withdraw": "¿Retirar su solicitud {id} ({type})? Seguirá en el registro como retirada.",
  "proposal.resubmit": "¿Volver a presentar {id} ({type}) a RR. HH. con esta información: «{detail}»?",
  "proposal.recordSelection":
    "¿Registrar para {id} ({type}, {requester}) que la selección terminó el {detail}?",
  "requestWords.whichOne": "Tiene varias solicitudes de ese tipo. ¿A cuál se refiere?",
  "requestWords.noneOfThose":
    "No encuentro ninguna solicitud suya de ese tipo. Diga «mis solicitudes» para verlas.",
  "organisation.notOurs":
    "La Estrategia de Recursos Humanos 2022-2025 es la de la OIT: no fija metas para {org}, y no puedo hablar de la estrategia de otra organización. Pregúnteme en cambio por los indicadores de la OIT, por ejemplo «¿cuál es la meta de movilidad?».",
  "noTarget.noFigure":
    "La Estrategia de Recursos Humanos 2022-2025 no fija ninguna meta ni cifra para {topic}, y no voy a inventar una.",
  "noTarget.noFigureThat":
    "La Estrategia de Recursos Humanos 2022-2025 no fija ninguna meta ni cifra para eso, y no voy a inventar una.",
  "noTarget.mentions": "Lo que dice la estrategia al respecto:",
  "noTarget.notMentioned": "La estrategia no lo menciona.",
  "noTarget.deliverableOf": "Es un producto clave del ámbito prioritario {number} ({title}):",
  "noTarget.didYouMean": "¿Se refería al indicador clave «{indicator}»? Tiene su propia meta.",
  "noTarget.indicatorTarget": "Meta: {indicator}",
  "choice.pick": "Responda con un número, o dígalo con sus propias palabras.",
  "decision.whichRequest": "¿Qué solicitud? Estas esperan una decisión:",
  "decision.verb.approve": "aprobar",
  "decision.verb.reject": "rechazar",
  "decision.verb.request-info": "pedir información sobre",
  "count.deliverables":
    "La estrategia tiene {n} productos clave, repartidos en sus ocho ámbitos prioritarios:",
  "count.focusAreas": "La estrategia tiene {n} ámbitos prioritarios:",
  "count.indicators": "La estrategia tiene {n} indicadores clave:",
  "count.outcomes": "La estrategia tiene {n} resultados:",
  "count.lessons": "La estrategia extrae {n} lecciones de la estrategia anterior:",
  "count.risks": "La estrategia señala {n} riesgos:",
  "count.assumptions": "La estrategia se basa en {n} supuestos:",
  "bot.starter.mobility": "¿Cuál es la meta de movilidad?",
  "bot.starter.whatCanYouDo": "¿Qué puedes hacer?",
  "bot.noQuestion":
    "No encontré ninguna pregunta en ese mensaje. Pregúnteme sobre la Estrategia de Recursos Humanos 2022-2025, por ejemplo sobre uno de sus indicadores clave.",
  "bot.apology":
    "Lo siento, algo falló por mi parte y no pude responder. Inténtelo de nuevo; si sigue ocurriendo, póngase en contacto con HRD.",
  "bot.truncated": "Su mensaje era muy largo, así que solo leí sus primeros {max} caracteres.",
  "bot.answeredInEnglish":
    "Los textos de la estrategia se citan en inglés: su versión en español aún no está disponible aquí.",
  "number.word":
    "{n, plural, =0 {ningún} =1 {un} =2 {dos} =3 {tres} =4 {cuatro} =5 {cinco} =6 {seis} =7 {siete} =8 {ocho} =9 {nueve} =10 {diez} other {{n}}}",
  "cite.source": "{symbol}, {where}{paras, select, none {} other {, {paras}}}",
  "cite.separator": ", ",
  "cite.paragraphs": "{count, plural, one {párrafo {list}} other {párrafos {list}}}",
  "label.baseline": "Línea de base",
  "label.milestone": "Hito (fines de 2023)",
  "label.target": "Meta (fines de 2025)",
  "label.verification": "Medios de verificación",
  "label.measure": "Indicador",
  "label.outcome": "Resultado",
  "label.outcomeNumber": "Resultado {number}",
  "label.focusAreaNumber": "Ámbito prioritario {number}",
  "command.withdraw": "retirar",
  "plain.colon": ": ",
  "plain.separator": "; ",
  "plain.source": "Fuente",
  "plain.alsoAsk": "También puede preguntar",
} as const satisfies Record<keyof typeof en, string>;
