import type { language as en } from "../en/language.ts";

export const language = {
  "language.endonym": "Français",
  "language.name":
    "{language, select, en {anglais} zh {chinois} fr {français} es {espagnol} other {anglais}}",
  "language.chosen":
    "Entendu : je vous répondrai désormais en français. Dites « langue » pour voir les options ou en changer.",
  "language.current": "Je vous réponds en {name}, comme vous l’avez choisi. Choisissez une autre langue :",
  "language.notChosen":
    "Vous n’avez pas choisi de langue : je réponds dans la langue dans laquelle vous écrivez, sinon en {name}. Choisissez-en une :",
  "language.unknown": "Je peux répondre en anglais, en chinois, en français ou en espagnol. Choisissez :",
  "language.command": "langue {language}",
} as const satisfies Record<keyof typeof en, string>;
