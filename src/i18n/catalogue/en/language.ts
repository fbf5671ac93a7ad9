/** Choosing the language the assistant answers in ("answer in Spanish", "/hr language es"). */
export const language = {
  "language.endonym": "English",
  "language.name": "{language, select, en {English} zh {Chinese} fr {French} es {Spanish} other {English}}",
  "language.chosen":
    "From now on I will answer you in English. Say “language” to see the options or change it.",
  "language.current": "I answer you in {name}, as you chose. Choose another language:",
  "language.notChosen":
    "You have not chosen a language: I answer in the language you write in, otherwise in {name}. Choose one:",
  "language.unknown": "I can answer in English, Chinese, French or Spanish. Choose one:",
  "language.command": "language {language}",
} as const;
