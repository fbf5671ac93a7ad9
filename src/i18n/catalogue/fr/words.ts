import type { Words } from "../../words-type.ts";
import { TYPE } from "../shapes.ts";
import { modules } from "./words-modules.ts";
import { routing } from "./words-routing.ts";

/**
 * French vocabulary, accents optional. Where French and Spanish shared one pattern whose parts
 * combine ("merci de" before "aprobar"), the parts are slots of the composing module's pattern.
 */
export const fr: Words = {
  ...routing,
  ...modules,
  languages: {
    names: {
      en: ["anglais", "anglaise"],
      zh: ["chinois", "chinoise"],
      fr: ["francais", "francaise"],
      es: ["espagnol", "espagnole", "castillan"],
    },
    namesInRun: { en: [], zh: [], fr: [], es: [] },
    notATypo: [],
    asksAbility: /\bparle[sz]?[- ](?:tu|vous)\b|\b(?:tu|vous) (?:parle[sz]?|comprend[sz]?)\b/,
  },
  commands: {
    requestInfo:
      /demande[rz]? (des |plus d'|d')?(infos?|informations|precisions|précisions|complements|compléments)|plus d'(infos?|informations)/,
    reject: /rejet|rejette|rejeter|refuse[rz]?|refus\b/,
    approve: /approuv|valide[rz]?\b|accorde[rz]?\b/,
    withdraw: /retir|retrait|annul|renonce|plus besoin/,
    resubmit:
      /renvo|resoumet|soumet(s|tre)? (a nouveau|à nouveau|de nouveau)|voici (les |l')?(infos?|informations|precisions|précisions)/,
    selection: /s[ée]lection/,
    status: /statut|o[uù] en est|avancement|nouvelles/,
    asksForARequest:
      /\b(je (voudrais|veux|souhaite|souhaiterais|aimerais)|j'aimerais|demander|demande (de|d'|pour)|une demande|nouvelle demande|lancer|mettre en place|passer (a|à|en) |faire une demande|soumettre|deposer|déposer|postuler|puis-je|est-ce que je peux|serait-il possible|est-il possible|comment (faire|demander)|besoin|pouvons-nous|peut-on|on peut|pourrait-on|inscri|propose[rz]?|nommer)/,
    mine: /\bmes (demandes|requetes|requêtes|candidatures)\b|ce que j'ai (soumis|envoye|envoyé|demande|demandé)|\bj'ai comme (demandes|requetes|requêtes)\b|\b(demandes|requetes|requêtes) (que )?j'ai\b/,
    queue:
      /en attente|a traiter|à traiter|a valider|à valider|file d'attente|traiter|en souffrance|(pas encore|non) trait[ée]e?s?|sans d[ée]cision/,
    speaksOfRequests: /\b(demand(e|es|[ée]|[ée]e|[ée]es)|soumi\w*|soumet\w*)(?![a-zà-ÿ])/,
    pluralRequests: /\b(mes|les|des) demandes\b/,
    export: /t[ée]l[ée]charg/,
    stats: /statisti|combien de demandes|nombre de demandes|taux d'(approbation|acceptation)/,
    hrPerson: /\b(rh|ressources humaines|une personne|humain)\b/,
    reportedDecision: /\b(les rh|rh|vous) (m'ont|m'avez|ont|avez) demand|\bcomme demand|\bvoici\b/,
  },
  mood: {
    leadingCommand: null,
    leadingPlease: /merci d'|svp |s'il te pla[iî]t |s'il vous pla[iî]t /,
    leadingVerb:
      /approuve|approuver|valide|valider|rejette|rejeter|refuse|refuser|retire|retirer|annule|annuler|resoumets|resoumettre|enregistre|enregistrer/,
    negated:
      /\b(ne|n')\s*(pas\s+)?(l'|la |le |les )?(approuv|valid|rejet|refus|retir|annul|d[ée]cid|traite)\w*\s+(pas|encore)|\bpas (encore|tout de suite|maintenant)\b/,
    politeRequest: null,
    politeAsk: /merci de|pourriez-vous|pouvez-vous|peux-tu|pourrais-tu/,
    politeObject: /l'|la |le |les /,
    politeVerb: /approuv|valid|rejet|refus|retir|annul|renvoy|resoumet|enregistr|demander/,
    question:
      /\best-ce (que|qu')|\b(a|ont|est|sont)-(t-)?(il|elle|ils|elles)\b|^\s*(quel|quelle|quels|quelles|comment|pourquoi|quand|o[uù]|combien|qu'est|qui)\b|\b(a|ont)\s+[ée]t[ée]\s+(approuv|valid|rejet|refus)/,
    already: /d[ée]j[aà]/,
    decidedStem: /approuv|valid|rejet|refus/,
  },
  facets: {
    baseline:
      /point de depart|valeur de (reference|depart)|base de reference|situation de depart|niveau de depart|niveau (de reference|initial)|valeur initiale|chiffre de depart|ligne de base|situation initiale|donnee de depart|\b(resultat|chiffre|niveau|score)s? (de|en|pour) 20(1[89]|2[01])\b/,
    milestone: /jalon|etape|mi-?parcours/,
    target: /cible|objectif|\bvisee?s?\b/,
    verification:
      /source des donnees|mesuree? (avec|comment|par)|comment (est-il |est-elle |on )?mesur|moyens? de verification|avec quoi (on )?(le |la )?mesure|mesuree? (grace|a l'aide)|outil de mesure/,
    definition: /mesure quoi|que mesure|qu'est-ce qu'(il|elle|on) mesure|qu'est-ce qui est compte|signifie/,
    outcome: null,
    all: null,
    rewrites: [],
  },
  amounts: {
    outcomeWord: /resultat|résultat/,
    outcomeNumbered: null,
    numerals: {},
    notAnIdPrefix: ["en", "de", "du", "le", "la", "un", "une", "et", "ou", "se", "est", "des", "dans"],
    list: /\b(liste[rz]?|enumere[rz]?|toutes les|tous les)\b|\bquel(le)?s (sont |ont ete )?(les )?(principaux |principales )?(enseignements|lecons|risques|hypotheses|produits)\b/,
    quantity: null,
    quantityFolded:
      /\bcombien\b|\bquel(le)?s? (est le |est la )?(pourcentage|part|proportion|nombre|taux|chiffre|score|niveau|montant|delai|duree|age|reduction|augmentation|hausse|baisse)\b|\ble nombre (total )?d(e|es|')|\bnombre total\b|\ben %|\bpar an\b|\bpar annee\b/,
    planned: /\b(prevue?s?|attendue?s?|escomptee?s?|visee?s?|vise|viser|chiffree?s?|chiffres?)\b/,
    figureWords:
      /\b(fixe|fixee?s?|indicateurs?|reduction|reduire|augmentation|augmenter|hausse|baisse|quotas?)\b/,
    funding: /\b(budget ordinaire|extrabudg[eé]taires?|croissance z[eé]ro)\b/,
    money: /\b(francs? suisses|montant)\b|\b(quel|combien)\b[^.?!]{0,25}\b(budget|co[uû]t)\b/,
    moneyWords: /\b(budgets?|co[uû]ts?)\b/,
    days: /\bjours?\b/,
    weeks: /\bsemaines?\b/,
    months: /\bmois\b/,
    hours: /combien d'heures|nombre d'heures|heures (par|de formation)/,
    durationAsked:
      /\b(combien|nombre) de (jours|semaines|mois)\b|\bdelai de recrutement\b|\bdélai de recrutement\b/,
    percent: /pourcentage/,
    figureDays: /jours?/,
    figureWeeks: /semaines?/,
    figureMonths: /mois/,
    figureHours: /heures?/,
    figurePercent: null,
    currencyBefore: null,
    amountAfter: null,
    strategyAfterPeriod: null,
    strategyBeforeYear: null,
    previousStrategy: null,
    laterPeriod: /\bprochain(e)? (biennium|periode biennale|strategie)\b/,
  },
  ownRequest: {
    named: /\b(ma|mes|mon) (demande|candidature)s?\b/,
    typeBefore: null,
    typeAfter: null,
    typeArticle: /ma|mon|la|cette/,
    typeNoun: /demande|candidature|nomination/,
    fileVerb: /enregistrer|enregistrez|enregistre/,
    filePossessive: /ma/,
    fileNoun: /demande/,
  },
  personal: {
    asTyped: [],
    folded: [
      /\b(?:mon|ma|mes)\s+(?:[\w'-]+\s+){0,3}?(?:conges?|contrat|salaire|traitement|paie|echelon|avancement|promotion|evaluation|note|pension|retraite|grade|indemnites?|allocations?|primes?|droits|reclassement|heures sup\w*|visa|impots?|prestations?|candidature|solde)\b/,
      /\b(?:il me reste|me reste-t-il|ai-je|suis-je|puis-je (?:partir|prendre|etre|avoir|obtenir)|je gagne|je touche|vais-je etre)\b/,
    ],
  },
  platform: {
    // "enregistrer ce canal comme canal RH", "enregistre comme canal des RH", "définir ce canal comme canal RH"
    registerHrChannel:
      /^(?:enregistre(?:r|z)?|definir|definis|definissez)\s+(?:ce\s+canal\s+)?comme\s+(?:le\s+)?canal\s+(?:des\s+)?rh$/u,
    openForm: new RegExp(`^demander\\s+(?:(?:du|des|une|un|de la|de)\\s+|d'|de l')?${TYPE}$`, "u"),
    slashRequest: ["demande", "demander"],
  },
  population: {
    sexAny: /\b(genre|sexe)\b/,
    women: /\b(femmes?)\b/,
    men: /\b(hommes?)\b/,
    generalService: /\b(services? generaux)\b/,
    director: /\bniveau directeur\b/,
    senior: null,
    professional: /\b(services organiques)\b/,
    gradeAny: null,
    region: /\b(afrique|asie|ameriques|etats arabes)\b/,
    regionAny: /\bpar region\b/,
    age: /\b(plus de|moins de)[- ]?\d\d\b/,
    ageAny: /\bpar age\b/,
    headquarters: /\b(siege)\b/,
    field: /\bbureaux? exterieurs?\b|\bterrain\b/,
    regularBudget: /\bbudget ordinaire\b/,
    extraBudgetary: /\bextrabudgetaire\b/,
    unitAny: /\bpar (departement|bureau|pays)\b/,
    contract: /\b(duree determinee)\b/,
    asker:
      /\b(je suis|en tant que|nouvel?(le)?)\s+(une?\s+)?(d[12]|p[1-5]|g[1-7])\b|\b(mon|ma|notre)\s+(d[12]|p[1-5])\b/,
    filler: null,
  },
  synonyms: [
    "employe personnel fonctionnaire collaborateur effectif agent",
    "recrutement embauche selection recruter",
    "poste emploi fonction vacance",
    "cible objectif but",
    "formation apprentissage perfectionnement cours competence",
    "harcelement violence abus intimidation",
    "teletravail distance domicile hybride flexible",
    "mobilite rotation mutation transfert",
    "femme femmes genre parite",
    "jeune jeunesse jeunes",
    "handicap handicape",
    "risque menace danger",
    "partenaire partenariat cooperation collaboration",
    "numerique digitalisation numerisation technologie automatisation",
    "reconnaissance recompense prix",
    "retraite depart cessation",
    "diversite inclusion",
    "pays nationalite geographique",
    "chef responsable superviseur manager gestionnaire",
    "enquete questionnaire sondage",
  ],
  subjects: {
    asksFocusArea:
      /\bdomaines?\b(?!\s*\d)|\b(quel|quels|quelle|quelles) (axes?|domaines?|volets?)\b(?!\s*\d)|[,;]\s*(axe|volet)\s*\?/,
    whichHead: null,
    areaNoun: null,
    asksDeliverable: /\blivrables?\b|\bproduits? attendus?\b/,
    asksOutcome: /\b(quel|quels|dans quel|a quel|de quel) resultats?\b(?!\s*\d)/,
  },
};
