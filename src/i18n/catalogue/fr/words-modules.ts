import type { ModuleWords } from "../../words-modules-type.ts";

/** French words of the modules that read their own rules, accents folded. */
export const modules: ModuleWords = {
  count: {
    items: {
      deliverables: /\bproduits\b|\blivrables\b/,
      focusAreas: /\bdomaines\b|\baxes\b/,
      indicators: /\bindicateurs\b/,
      outcomes: /\bresultats\b/,
      lessons: /\blecons\b|\benseignements\b/,
      risks: /\brisques\b/,
      assumptions: /\bhypoth\w*|\bsupposes\b/,
    },
    share: /\b(pourcentage)\b/,
    request: null,
  },
  lessonsList: [],
  feedback: {
    notHelpful: [
      /^((ce |c'|ca |cela )?(n')?(etait |est |a ete )?(pas|peu) (tres |vraiment |si |trop |du tout )?utile|inutile|(ca|cela) (ne )?m'a pas aidee?|(c'est (une |la )?)?mauvaise reponse|c'est faux|ce n'est pas (ce que j'ai demande|la bonne reponse)|(ca|cela) ne repond pas a (ma|la) question)/,
    ],
    helpful: [
      /^((c'etait |c'est |ca m'a ete )?(tres |vraiment |super |hyper |bien )?utile|(ca|cela) m'a (bien |beaucoup |vraiment )?aidee?|(c'est )?parfait|(tres )?bonne reponse|(c'est )?exactement ce qu'il me fallait)/,
    ],
    rest: /merci|du tout|quand meme/,
    thanks: /merci/,
  },
  greetingThanks: /merci/,
  hrQuestion: {
    answer: null,
    close: null,
    please: /svp\s+|s'il (te|vous) pla[iî]t,?\s+|merci de\s+/,
    answerVerb: /r[ée]pondre|r[ée]ponds|r[ée]pondez/,
    closeVerb: /cl[oô]turer|cl[oô]turez|cl[oô]ture|clore|fermer|fermez/,
  },
  myQuestions: {
    asked: /^\s*mes questions( aux rh)?\s*[?？]?\s*$/,
    possessive: /ma/,
    possessivePlural: /mes/,
    question: /question/,
    questionsPlural: /questions/,
    questionAny: /questions?/,
    statesVerb: /est|sont|portent|concernent/,
    isVerb: /est/,
    toHr: /aux?/,
    hr: /rh|ressources humaines/,
    // "que" is Spanish too.
    iSent: /(que )?(j'ai|ai-je) (posees?|pose|envoyees?|envoye|transmises?|soumises?|adressees?)/,
    askedHr: /j'ai demande|ai-je demande/,
    answered: /repondu/,
    // "me" is Spanish too.
    me: /\bm'|\bme\b/,
  },
  unanswered: {
    asked: null,
    askedFolded:
      /\b(tu ne sais|tu n'as|n'as-tu|n'a|vous n'avez|n'avez-vous) pas (pu |su )?(repondre|repondu)\b/,
    topic: /questions?|themes?|sujets?/,
    unanswered: /sans reponse|sans repondre|non repondues?|non resolues?|non traitees?/,
    remained: /reste|restee?s?/,
    noAnswer: /sans reponse/,
    gaps: /lacunes?/,
    gapsPlural: /lacunes/,
    // "base de" is Spanish too.
    knowledgeBase: /base de connaissances/,
    report: /rapport/,
    // "de" is Spanish too.
    of: /des |de /,
    add: /ajouter|completer/,
    answers: /reponses?/,
    notUseful: /pas utiles?|inutiles?/,
    own: /\bmes questions\b|\bma\b/,
  },
  aboutTheStrategy: null,
  commonTypos: [],
  consoleExit: [],
};
