import type { adapters as en } from "../en/adapters.ts";

export const adapters = {
  "adapter.formNotOpened": "Lo siento, no se pudo abrir el formulario. Inténtelo de nuevo en un momento.",
  "adapter.chooseRequest": "¿Qué solicitud desea hacer? Elija una para abrir su formulario.",
  "adapter.commentHint": "El solicitante lo verá.",
  "adapter.commentNeeded": " (obligatorio para {actions})",
  "adapter.commentLabel": "Comentario{when}",
  "adapter.fieldRequired": "Este campo es obligatorio.",
  "adapter.formFallback": "{title}: abra este formulario en Microsoft Teams.",
  "console.hrNotification": "{title} — diga «{command}»",
  "adapter.helpWord": "ayuda",
  "teams.registered":
    "Hecho: las notificaciones de solicitudes de RR. HH. se publicarán en este canal, cada una con los botones Aprobar, Rechazar y Pedir información para los revisores de RR. HH.",
  "teams.forbidden":
    "Lo siento, solo los revisores de RR. HH. pueden elegir el canal de las notificaciones de RR. HH. Pida a un revisor de RR. HH. que lo haga.",
  "teams.howTo":
    "Mencióneme con «registrar este canal como canal de RR. HH.» en el canal del equipo donde RR. HH. debe recibir las notificaciones de solicitudes.",
} as const satisfies Record<keyof typeof en, string>;
