import type { RoutingWords } from "../../words-type.ts";

/** French words of whole-message commands and of the router's shared tests, accents folded. */
export const routing: RoutingWords = {
  languageCommand: {
    command: /langue/,
    fromNow: /desormais|dorenavant|a partir de maintenant|a partir d'aujourd'hui/,
    polite: /plutot|s'il (?:te|vous) plait|stp|svp|merci/,
    wish: /je (?:voudrais|veux|prefere) que (?:tu|vous)|j'aimerais que (?:tu|vous)/,
    asking:
      /(?:peux|pourrais)-tu\s+|(?:pouvez|pourriez)-vous\s+|(?:est-ce que\s+)?(?:tu (?:peux|pourrais)|vous (?:pouvez|pourriez))\s+/,
    pronoun: /me\s+|m'/,
    verbs:
      /reponds|repondez|reponde|repondes|repondre|parle|parles|parlez|parler|ecris|ecrivez|ecrives|ecrire|passe|passez|passer|continue|continuez|continuer/,
    // "-me", "me" are French and Spanish.
    object: /-?moi|-?me|me|la langue|de langue/,
    preposition: /(?:en|a|au|a la)\s+|a l'/,
    prefer: /je prefere|j'aimerais mieux/,
    preferArticle: /(?:le|la|les|des)\s+|l'/,
    preferAnswers: /reponses/,
    preferPreposition: /en/,
    speak: /parle|parles|parlez|parler/,
    withMe: /avec moi/,
    answers: /reponses/,
    namePreposition: /en/,
    requestWithoutSpaces: null,
  },
  routing: {
    asksWhy: null,
    aboutAName:
      /qu'est-ce que|c'est quoi|\bqui est\b|\br[oô]le (de|du|des)\b|\bque fait\b|\bsert [aà] quoi\b|\b[aà] quoi sert\b|\bquel r[oô]le\b|\blien entre\b/,
    namesAnIndicator: /indicateur/,
  },
  intents: {
    progress: null,
    quantity: /part|pourcentage|taux/,
    whichFocusArea: /\b(quel|quels|quelle|quelles) (axes?|domaines?|volets?)\b/,
    aim: /objectifs?/,
    scope: null,
    paragraph: null,
    askHead:
      /^\s*(s'il vous pla[iî]t\s+|svp\s+)?((tu peux|peux-tu|pouvez-vous|vous pouvez|pourriez-vous|pourrais-tu|je (voudrais|veux|souhaite|souhaiterais|aimerais)|j'aimerais)\s+)?((demander|poser (ma |la |cette |une )?question|transmettre|envoyer|transf[eé]rer|faire remonter|remonter|escalader|passer)( (ceci|cela|ça|ma question|la question))?\s+(à|a|aux?)\s+(l'|les\s+|des\s+|une personne des\s+)?(rh|ressources humaines)\b|contacter (les |des )?(rh|ressources humaines)\b|mettez-moi en (contact|relation) avec (les )?(rh|ressources humaines)\b|parler (à|a|avec) ((quelqu'un|une personne) (des|aux) (rh|ressources humaines)\b|les (rh|ressources humaines)\b|un humain|une (vraie )?personne))/,
    asksForAPerson: /\b(une vraie personne|un (vrai )?humain)(?![\p{L}])/u,
    // "note" is French too: English's reads it.
    note: null,
    askFiller: null,
    askAbout: null,
  },
};
