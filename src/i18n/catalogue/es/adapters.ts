import type { adapters as en } from "../en/adapters.ts";

export const adapters = {
  "adapter.formNotOpened": "Lo siento, no se pudo abrir el formulario. Inténtelo de nuevo en un momento.",
  "adapter.chooseRequest": "¿Qué solicitud desea hacer? Elija una para abrir su formulario.",
  "adapter.commentHint": "El solicitante lo verá.",
  "adapter.commentNeeded": " (obligatorio para {actions})",
  "adapter.commentLabel": "Comentario{when}",
  "adapter.fieldRequired": "Este campo es obligatorio.",
  "adapter.formFallback": "{title}: abra este formulario en Microsoft Teams.",
  "console.welcome":
    "Asistente de la Estrategia de RR. HH. — Estrategia de Recursos Humanos 2022-2025: diversidad, rendición de cuentas y respeto\nPregunte en español, inglés, chino o francés, por ejemplo «¿Cuál es la meta de movilidad?», «What is the mobility target?», «todos los indicadores», «ayuda».\nEscriba «exit» o pulse Ctrl+D para salir.",
  "console.hrNotification": "{title} — diga «{command}»",
  "adapter.helpWord": "ayuda",
  "teams.registered":
    "Hecho: las notificaciones de solicitudes de RR. HH. se publicarán en este canal, cada una con los botones Aprobar, Rechazar y Pedir información para los revisores de RR. HH.",
  "teams.forbidden":
    "Lo siento, solo los revisores de RR. HH. pueden elegir el canal de las notificaciones de RR. HH. Pida a un revisor de RR. HH. que lo haga.",
  "teams.howTo":
    "Mencióneme con «registrar este canal como canal de RR. HH.» en el canal del equipo donde RR. HH. debe recibir las notificaciones de solicitudes.",
} as const satisfies Record<keyof typeof en, string>;
