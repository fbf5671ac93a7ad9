import type { form as en } from "../en/form.ts";

export const form = {
  "form.nothingToCancel": "No hay ningún formulario de solicitud abierto, así que no hay nada que cancelar.",
  "form.alreadyOpen":
    "Está rellenando una solicitud de «{title}». Termínela primero, o diga «cancelar» para empezar otra.",
  "form.skipHint": "Diga «omitir» para dejarlo en blanco.",
  "form.check": "Compruebe su solicitud:",
  "form.summaryHelp":
    "Responda «enviar» para presentarla, «modificar <campo>» para cambiar algo, o «cancelar».",
  "form.start": "Rellenemos su solicitud: {title} (ámbito prioritario {focusArea}). {summary}",
  "form.noted": "He anotado:",
  "form.notKept": "No pude conservar estos datos, así que volveré a pedirlos:",
  "form.conflict": "{error} He borrado {labels}: indíquelo de nuevo.",
  "form.orEdit": "Para cambiar en su lugar {labels}, diga «modificar {bare}».",
  "form.cancelAnyTime":
    "Puede decir «cancelar» en cualquier momento, o «modificar <campo>» para cambiar algo.",
  "form.stillFilling": "(Seguimos rellenando su solicitud de «{title}».)",
  "form.cancelled": "Cancelado: no se ha presentado ninguna solicitud.",
  "form.notSaved":
    "Lo siento, no se pudo guardar la solicitud. Inténtelo más tarde; si sigue ocurriendo, póngase en contacto con RR. HH.",
  "form.submitted": "Presentada: {id}. Se ha avisado a RR. HH., que la examinará; le avisaré cuando decidan.",
  "form.whichField": "¿Qué campo? Responda «modificar <número>»:",
  "form.cannotSkip": "{label} es necesario para esta solicitud, así que no se puede omitir.",
  "form.submitTooEarly": "Todavía no se ha enviado nada: aún falta {labels}.",
  "form.checkBeforeSending": "Todavía no se ha enviado nada.",
  "form.unknownType": "Ese tipo de solicitud no existe.",
  "form.correct": "Corrija lo siguiente:",
  "form.openFormReminder":
    "Tiene abierto un formulario de «{title}»{known, select, none {} other {: {known}}}. Responda a la pregunta de abajo para continuar, o escriba «cancelar» para descartarlo.",
  "form.labelInSentence": "{label}",
  "form.submitLabel": "Enviar",
  "field.amount": "{amount} USD",
  "field.months": "{n, plural, one {{n} mes} other {{n} meses}}",
  "field.choiceSeparator": "; ",
  "form.droppedValue": "{label} ({value})",
  "form.droppedSeparator": ", ",
  "word.cancel": "cancelar",
  "word.submit": "enviar",
  "word.edit": "modificar",
  "word.skip": "omitir",
  "invalid.required": "{label}: este campo es obligatorio.",
  "invalid.notText": "{label} debe escribirse con letras o números.",
  "invalid.tooLong": "{label} es demasiado largo ({length} caracteres): no supere los {max} caracteres.",
  "invalid.tooShort": "{label} es demasiado corto: escriba al menos {min} caracteres.",
  "invalid.notADate":
    "«{input}» no es una fecha válida para el campo {inSentence}. Escriba una fecha como 1 de marzo de 2027 o 2027-03-01.",
  "invalid.pastDate":
    "{label} no puede estar en el pasado (hoy es {today}). Indique hoy o una fecha posterior.",
  "invalid.tooFarAhead": "{label} está a más de {years} años de hoy: compruebe el año.",
  "invalid.mustBeAfter": "{label} debe ser posterior al campo {other} ({date}).",
  "invalid.mustNotBeBefore": "{label} no puede ser anterior al campo {other} ({date}).",
  "invalid.mustBeBefore": "{label} debe ser anterior al campo {other} ({date}).",
  "invalid.notANumber": "«{input}» no es un número: indique {inSentence} con cifras, por ejemplo {example}.",
  "invalid.notWhole": "{label} debe ser un número entero.",
  "invalid.between": "{label} debe estar entre {min} y {max}.",
  "invalid.atLeast": "{label} debe ser {min} o más.",
  "invalid.wrongCurrency":
    "{label} se registra en dólares de los Estados Unidos: convierta el importe en {currency} e indíquelo en USD.",
  "invalid.badChoice": "«{input}» no es una de las opciones del campo {inSentence}. Elija una de: {options}.",
  "invalid.badGrade":
    "«{input}» no es un grado de la OIT. Indique uno de P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG o DDG.",
} as const satisfies Record<keyof typeof en, string>;
