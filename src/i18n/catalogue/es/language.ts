import type { language as en } from "../en/language.ts";

export const language = {
  "language.endonym": "Español",
  "language.name": "{language, select, en {inglés} zh {chino} fr {francés} es {español} other {inglés}}",
  "language.chosen":
    "De acuerdo: a partir de ahora le responderé en español. Diga «idioma» para ver las opciones o cambiarlo.",
  "language.current": "Le respondo en {name}, como usted eligió. Elija otro idioma:",
  "language.notChosen":
    "Usted no ha elegido un idioma: respondo en el idioma en que escribe y, si no, en {name}. Elija uno:",
  "language.unknown": "Puedo responder en inglés, chino, francés o español. Elija uno:",
  "language.command": "idioma {language}",
} as const satisfies Record<keyof typeof en, string>;
