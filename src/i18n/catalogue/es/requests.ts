import type { requests as en } from "../en/requests.ts";

export const requests = {
  "subject.forStaff": ", para {name}",
  "subject.flexible-work": "Trabajo flexible: {arrangement} ({days}), del {start} al {end}",
  "subject.mobility": "Movilidad ({kind}): {current} → {proposed}, desde el {start} por {duration}",
  "subject.early-recruitment":
    "Contratación anticipada: {position} ({grade}), el titular se va el {departure}",
  "subject.recognition": "Reconocimiento ({category}): {nominees}",
  "subject.job-description": "Revisión de la descripción del puesto: {position} ({grade})",
  "subject.learning": "Aprendizaje: {activity} ({provider}), del {start} al {end}, {cost}",
  "advice.shortMove":
    "Tenga en cuenta: un traslado de {n, plural, one {# mes} other {# meses}} no se contará en el indicador de movilidad de la estrategia, que cuenta los traslados de más de un año. Puede presentarlo de todos modos.",
  "status.submitted": "presentada, pendiente de examen por RR. HH.",
  "status.more-info-requested": "se ha pedido más información",
  "status.resubmitted": "presentada de nuevo, pendiente de examen por RR. HH.",
  "status.approved": "aprobada",
  "status.rejected": "rechazada",
  "status.withdrawn": "retirada",
  "status.unknown": "desconocido",
  "view.waiting": "{days, plural, =0 {desde hoy} one {1 día en espera} other {{days} días en espera}}",
  "view.from": "de {requester}",
  "view.submittedOn": "presentada el {date}",
  "view.decidedBy.approve": "Aprobada por",
  "view.decidedBy.reject": "Rechazada por",
  "view.decidedBy.request-info": "Información pedida por",
  "view.decidedBy.other": "Por",
  "view.fact.request": "Solicitud",
  "view.fact.type": "Tipo",
  "view.fact.requester": "Solicitante",
  "view.fact.status": "Estado",
  "view.fact.submitted": "Presentada el",
  "view.historyComment": ": «{comment}»",
  "review.approve": "Aprobar",
  "review.reject": "Rechazar",
  "review.request-info": "Pedir información",
  "command.myRequests": "mis solicitudes",
  "command.statusOf": "estado de {id}",
  "refusal.not-found":
    "No encuentro esa solicitud, o no tiene permiso para verla. Compruebe el número (p. ej. FWA-2026-0007), o diga «mis solicitudes» para ver las suyas.",
  "refusal.forbidden": "Lo siento, solo los revisores de RR. HH. pueden hacer eso.",
  "refusal.comment-required":
    "Hace falta un comentario para rechazar o pedir información, p. ej. «rechazar FWA-2026-0007 las fechas coinciden con los turnos del equipo».",
  "refusal.invalid-input": "Hay algo que no es válido: {issues}",
  "refusal.issueSeparator": "; ",
  "refusal.closed":
    "Esa solicitud está cerrada ({status}), así que no se puede cambiar; presente una nueva si es necesario.",
  "refusal.awaitingRequester":
    "Esa solicitud espera la información del solicitante: puede responder «volver a presentar <número>: <la información>».",
  "refusal.awaitingHr": "Esa solicitud espera la decisión de RR. HH. ({status}).",
  "refusal.unavailable":
    "Las solicitudes de RR. HH. no están disponibles aquí en este momento. Inténtelo más tarde o póngase en contacto con RR. HH.",
  "selection.not-early-recruitment":
    "Solo las solicitudes de contratación anticipada (ERV-…) tienen fecha de selección.",
  "selection.not-approved":
    "Esa solicitud está {status}: apruébela primero y registre después la fecha en que terminó su selección.",
  "selection.not-a-date": "No puedo leer esa fecha: escríbala como 2026-10-01 o 1 de octubre de 2026.",
  "selection.before-submission":
    "La selección no puede haber terminado antes de que se presentara la solicitud ({date}): compruebe la fecha.",
  "selection.in-future":
    "Una selección se registra cuando ha terminado: la fecha no puede ser posterior a hoy ({date}).",
  "selection.already-recorded": "Esa solicitud ya tiene fecha de selección ({date}).",
  "selection.recorded": "Registrado para {id}: la selección terminó el {date}.",
  "selection.replaced":
    "Cambiado para {id}: la selección terminó el {date} (antes {was}). El cambio consta en su historial.",
  "selection.replace":
    "{id} ya tiene fecha de selección, el {was}. ¿Sustituirla por el {date}? Responda «sí» para confirmar o «no» para mantenerla.",
  "withdraw.propose":
    "¿Retirar {id} ({subject})? Seguirá en el registro como retirada. Responda «sí» para confirmar o «no» para mantenerla.",
  "withdraw.done": "{id} está ahora {status}. Sigue en el registro.",
  "request.dropped": "De acuerdo, no se ha cambiado nada.",
  "request.expired": "Esa confirmación ha caducado, así que no se ha cambiado nada. Vuelva a pedirlo.",
  "home.intro":
    "Respondo preguntas sobre la Estrategia de Recursos Humanos 2022-2025 y tramito solicitudes de RR. HH.",
  "home.yourRequests": "Sus solicitudes ({count}):",
  "home.none": "Todavía no hay solicitudes.",
  "home.awaitingReview": "Pendientes de su examen: {count}",
  "home.title": "Asistente de la Estrategia de RR. HH.",
  "notify.comment": "Comentario: «{comment}»",
  "notify.submitted": "Nueva solicitud {id} ({type}) pendiente de examen",
  "notify.resubmitted": "{id} se ha presentado de nuevo con más información",
  "notify.withdrawn": "El solicitante ha retirado {id}",
  "notify.decided":
    "{status, select, approved {Su solicitud {id} ha sido aprobada por {who}} rejected {Su solicitud {id} no ha sido aprobada ({who})} moreinforequested {Su solicitud {id} necesita más información (pedida por {who})} other {Su solicitud {id} está ahora {statusText} ({who})}}",
  "notify.confirmed":
    "Presentada: {id}. Se ha avisado a RR. HH., que la examinará; le avisaré cuando decidan.",
  "notify.closed": "{id} ({type}): {statusText} ({who})",
  "notify.replyWithInfo": "Responda «volver a presentar {id}: <la información>» para contestar.",
} as const satisfies Record<keyof typeof en, string>;
