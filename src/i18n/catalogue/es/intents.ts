import type { intents as en } from "../en/intents.ts";

export const intents = {
  "suggest.allIndicators": "todos los indicadores",
  "suggest.mobilityTarget": "meta de movilidad",
  "suggest.womenP5": "mujeres en P5 y categorías superiores",
  "suggest.whatCanYouDo": "¿qué puedes hacer?",
  "suggest.WhatCanYouDo": "¿Qué puedes hacer?",
  "suggest.focusArea22": "¿De qué trata el ámbito prioritario 2.2?",
  "suggest.lessonsLearned": "lecciones aprendidas",
  "suggest.allLessons": "todas las lecciones aprendidas",
  "suggest.outcome1": "Resultado 1",
  "suggest.risksAssumptions": "riesgos y supuestos",
  "suggest.partnerships": "alianzas",
  "suggest.submitFlexibleWork": "presentar una solicitud de trabajo flexible",
  "suggest.withdrawId": "retirar {id}",
  "suggest.indicatorsOfOutcome": "indicadores del Resultado {number}",
  "starter.mobility": "¿Cuál es la meta de movilidad?",
  "starter.womenP5": "Mujeres en P5 y categorías superiores: ¿cuál es la meta?",
  "starter.allIndicators": "Todos los indicadores",
  "starter.focusArea22": "¿De qué trata el ámbito prioritario 2.2?",
  "command.statusOfVerb": "estado de",
  "greeting.thanks": "¡De nada! ¿Puedo ayudarle en algo más?",
  "greeting.hello":
    "¡Hola! Soy el asistente de la Estrategia de RR. HH. Respondo preguntas sobre la {title}: sus tres resultados, sus ocho ámbitos prioritarios, sus productos clave y sus indicadores clave.",
  "help.intro":
    "Respondo preguntas sobre la Estrategia de Recursos Humanos 2022-2025: Diversidad, rendición de cuentas y respeto (GB.343/PFA/14), en español, francés, inglés o chino:",
  "help.indicators":
    "Indicadores clave: línea de base, hito de 2023, meta de 2025, medios de verificación (p. ej. «meta de movilidad», «línea de base de mujeres P5+», «todos los indicadores»)",
  "help.outcomes":
    "Los tres resultados y los ocho ámbitos prioritarios con sus productos clave (p. ej. «Resultado 2», «ámbito prioritario 1.3»)",
  "help.context":
    "Lecciones aprendidas, supuestos y riesgos, alianzas, datos de contexto (p. ej. «¿cuántos funcionarios se jubilaron en 2018-2021?»)",
  "help.paper":
    "Cualquier cosa del documento: pregunte con sus propias palabras y cito el pasaje con su sección",
  "help.requests":
    "Solicitudes de RR. HH.: trabajo flexible, contratación anticipada, aprendizaje, movilidad, reconocimiento, revisión de descripción de puesto (p. ej. «presentar una solicitud de trabajo flexible»); «mis solicitudes», «estado de FWA-2026-0001», «retirar <número>»",
  "help.process":
    "Qué pasa con una solicitud: el equipo de RR. HH. recibe un aviso cuando la presenta y la aprueba, la rechaza o le pide más información; se le informa aquí de cada paso. No la envío a nadie más, tampoco a su supervisor",
  "help.reviewers":
    "Revisores de RR. HH.: «solicitudes pendientes», «aprobar <número>», «rechazar <número> <comentario>», «estadísticas de solicitudes», «exportar solicitudes en CSV»",
  "help.language":
    "El idioma de mis respuestas: respondo en el idioma en que escribe; diga «idioma» o «responde en inglés» para elegir español, inglés, francés o chino",
  "help.personal":
    "Para sus asuntos personales de RR. HH. (licencias, contrato, sueldo), póngase en contacto con Recursos Humanos.",
  "personal.refusal":
    "Lo siento, no puedo ver expedientes personales de RR. HH. (saldos de licencias, contratos, sueldo, grado o evaluaciones), y la Estrategia de Recursos Humanos 2022-2025 no los abarca. Póngase en contacto con su socio de RR. HH. o con el Departamento de Desarrollo de los Recursos Humanos (HRD).",
  "scope.previousStrategy":
    "La Estrategia de Recursos Humanos 2022-2025 no fija metas ni hitos para 2018-2021 (la estrategia anterior); las cifras de ese período solo aparecen como líneas de base de esta estrategia, p. ej. «línea de base de movilidad».",
  "scope.yearsOutside":
    "La Estrategia de Recursos Humanos 2022-2025 abarca solo 2022-2025 (con líneas de base de 2018-2021): fija hitos para fines de 2023 y metas para fines de 2025, y no dice nada de {years}. No puedo dar cifras para ese período.",
  "scope.laterPeriod":
    "La Estrategia de Recursos Humanos 2022-2025 solo abarca 2022-2025: no fija nada para el próximo bienio ni para los siguientes (presupuesto, planes o cifras), así que no puedo responder. Recursos Humanos puede darle más información.",
  "scope.offTopic":
    "Lo siento, eso queda fuera de la Estrategia de Recursos Humanos 2022-2025, así que no puedo responder. Solo puedo ayudar con preguntas sobre la estrategia: sus resultados, ámbitos prioritarios, productos e indicadores clave.",
  "scope.yearSeparator": ", ",
  "overview.paper": "{title}: {subtitle} ({symbol}, {session}). {purpose}",
  "overview.counts":
    "Tiene {outcomes} resultados, {focusAreas} ámbitos prioritarios y {indicators} indicadores clave:",
  "partnerships.intro": "Aliados en la aplicación de la Estrategia de RR. HH.:",
  "partnerships.title": "Alianzas internas y externas",
  "risks.assumptions": "La estrategia se basa en {count} supuestos principales:",
  "risks.residual": "Riesgos residuales:",
  "risks.mitigation": "Mitigación",
  "risks.title": "Supuestos principales y riesgos residuales",
  "lessons.title": "Lección aprendida",
  "lessons.all":
    "La nueva estrategia se apoya en {count} lecciones aprendidas de la Estrategia de Recursos Humanos 2018-2021:",
  "indicators.title": "Indicadores clave ({count})",
  "indicator.otherYears":
    "La estrategia solo fija hitos para fines de 2023 y metas para fines de 2025; no da ninguna cifra para {years}.",
  "indicator.noProgress":
    "El documento (2021) fija la línea de base, el hito y la meta; no informa de los avances logrados desde entonces.",
  "indicator.measures": "Mide: {text}. ",
  "indicator.baseline": "Línea de base: {text}. ",
  "indicator.milestone": "Hito para fines de 2023: {text}. ",
  "indicator.target": "Meta para fines de 2025: {text}. ",
  "indicator.targetSame": "Meta para fines de 2025: {text}, la misma que el hito. ",
  "indicator.verification": "Medios de verificación: {text}. ",
  "indicator.outcome": "Corresponde al Resultado {number}: {outcome}. ",
  "indicator.named": "{name}: {lines}",
  "indicator.yearsUnset":
    "La estrategia fija para {indicator} cifras para finales de 2023 (hito) y finales de 2025 (meta) solamente; no da ninguna para {years}. ¿Cuál desea?",
  "indicator.yearsUnsetAny":
    "La estrategia fija hitos para finales de 2023 y metas para finales de 2025 solamente; no da ninguna cifra para {years}. ¿Qué indicador, y cuál de las dos cifras?",
  "indicator.choiceMilestone": "{indicator}: hito para finales de 2023",
  "indicator.choiceTarget": "{indicator}: meta para finales de 2025",
  "indicators.compared":
    "La estrategia no clasifica sus indicadores. Aquí están todas sus cifras una junto a otra; algunas metas se expresan como un aumento o un intervalo y no como un nivel.",
  "indicator.noSeparateFigure": "La estrategia no fija ninguna cifra aparte para esa parte del personal.",
  "indicator.notBrokenDown":
    "{indicator} no se desglosa por {dimensions}, y no daré su cifra como la de ellos. Mide: {measure}.",
  "indicator.choiceOverall": "{indicator}: cifras de conjunto",
  "indicator.otherUnit":
    "{indicator} es un porcentaje: {measure}. La estrategia no fija para él ninguna cifra en {unit}, y no daré sus porcentajes como tal.",
  "unit.hours": "horas (de formación o de trabajo)",
  "unit.duration": "días, semanas o meses (una duración)",
  "unit.money": "dinero (un presupuesto o un costo)",
  "population.sex": "sexo",
  "population.grade": "grado o categoría de personal",
  "population.region": "región",
  "population.age": "edad",
  "population.location": "sede y terreno",
  "population.funding": "fuente de financiación",
  "population.unit": "departamento, oficina o país",
  "population.contract": "tipo de contrato",
  "indicator.which":
    "¿A qué indicador se refiere? El anexo fija para cada uno de sus {count} indicadores clave un valor de referencia, un hito para finales de 2023 y una meta para finales de 2025:",
  "indicator.didYouMean":
    "La Estrategia de Recursos Humanos 2022-2025 no fija ninguna cifra con ese nombre, y no voy a inventar una. ¿Se refería a uno de estos indicadores clave?",
  "indicator.notFound":
    "La Estrategia de Recursos Humanos 2022-2025 no fija ningún indicador ni cifra para eso, y no voy a inventar una. Los indicadores clave de su anexo son:",
  "focusArea.list": "Los ámbitos prioritarios de la estrategia:",
  "focusArea.deliverables": "{count, plural, one {# producto clave} other {# productos clave}}:",
  "focusArea.partners": "Socios que menciona: {names}.",
  "outcome.list": "Los tres resultados de la Estrategia de Recursos Humanos 2022-2025:",
  "outcome.focusAreas": "Ámbitos prioritarios:",
  "outcome.indicators": "Indicadores clave:",
  "outcome.comesUnder": "Eso corresponde al Resultado {number}: {title}.",
  "outcome.comesUnderIn":
    "Eso corresponde al Resultado {number}: {title}, en el ámbito prioritario {area}: {areaTitle}.",
  "outcome.title": "Resultado {number}: {title}",
  "search.noFigure":
    "La estrategia no da ninguna cifra sobre esto, y no voy a inventar una. Esto es lo que dice al respecto.",
  "search.noFigureAlone":
    "La estrategia no da ninguna cifra sobre esto, y no voy a inventar una. Puede preguntar por un indicador en su conjunto, o por todos los indicadores.",
  "search.says": "Lo que dice la estrategia:",
  "search.lead": "{label}: {value}. ",
  "requests.none": "Todavía no ha presentado ninguna solicitud.",
  "requests.mine": "Sus solicitudes ({count}):",
  "requests.history": "Historial:",
  "requests.canSubmit": "Puede presentar estas solicitudes en la conversación:",
  "requests.typeLine": "{title} — ámbito prioritario {focusArea}",
  "pending.none": "No hay solicitudes pendientes de examen.",
  "pending.list": "Pendientes de examen ({count}), las más antiguas primero:",
  "pending.howTo":
    "Responda «aprobar <número>», «rechazar <número> <comentario>» o «pedir información <número> <comentario>».",
  "decide.ask":
    "Indique la decisión y el número, p. ej. «aprobar FWA-2026-0007» o «rechazar FWA-2026-0007 las fechas coinciden».",
  "decide.done": "{id}: {status}. Se ha avisado al solicitante.",
  "decide.comment": "Comentario",
  "selection.ask":
    "Indique el número y la fecha, p. ej. «la selección de ERV-2026-0003 terminó el 2026-10-01».",
  "resubmit.ask":
    "Indique el número y la información, p. ej. «volver a presentar FWA-2026-0007: solo los lunes».",
  "resubmit.done": "{id} se ha presentado de nuevo; se ha avisado a RR. HH.",
  "export.count": "{count, plural, one {# solicitud} other {# solicitudes}} (CSV):",
  "export.whole":
    "El archivo completo: npm run --silent requests -- export --csv --output requests.csv (con --type, --status, --from, --to).",
  "stats.total": "Solicitudes{when}: {total}",
  "stats.noComparison":
    "todavía no hay nada que comparar (RR. HH. registra la fecha de selección al cerrar una solicitud).",
  "stats.earlyShare":
    "Solicitudes de contratación anticipada con la selección terminada antes de la salida del titular: {share}",
} as const satisfies Record<keyof typeof en, string>;
