import type { bot as en } from "../en/bot.ts";

export const bot = {
  "confirm.confirm": "Confirmer",
  "confirm.cancel": "Annuler",
  "confirm.howTo":
    "Rien n'a encore changé. Répondez « confirmer » pour continuer ou « annuler » pour laisser les choses en l'état.",
  "confirm.cancelled": "Annulé : rien n'a été modifié.",
  "confirm.expired":
    "Cette confirmation a expiré, rien n'a donc été modifié. Redonnez la commande si vous souhaitez toujours qu'elle soit exécutée.",
  "confirm.nothingPending":
    "Rien n'attend votre confirmation. Posez-moi une question sur la Stratégie des ressources humaines 2022-2025, ou dites « mes demandes ».",
  "confirm.replaced": "J'ai laissé la commande précédente sans confirmation : rien n'a été modifié.",
  "proposal.approve": "Approuver {id} ({type}, {requester}) ?",
  "proposal.reject": "Rejeter {id} ({type}, {requester}) avec le commentaire « {detail} » ?",
  "proposal.request-info":
    "Demander à {requester} des informations complémentaires sur {id} ({type}) : « {detail} » ?",
  "proposal.withdraw": "Retirer votre demande {id} ({type}) ? Elle reste enregistrée comme retirée.",
  "proposal.resubmit": "Soumettre à nouveau {id} ({type}) aux RH avec ces informations : « {detail} » ?",
  "proposal.recordSelection":
    "Enregistrer pour {id} ({type}, {requester}) que la sélection s'est achevée le {detail} ?",
  "requestWords.whichOne": "Vous avez plusieurs demandes de ce type. Laquelle voulez-vous dire ?",
  "requestWords.noneOfThose":
    "Je ne trouve aucune demande de ce type à votre nom. Dites « mes demandes » pour les afficher.",
  "organisation.notOurs":
    "La Stratégie des ressources humaines 2022-2025 est celle de l'OIT : elle ne fixe aucun objectif pour {org}, et je ne peux pas parler de la stratégie d'une autre organisation. Interrogez-moi plutôt sur les indicateurs de l'OIT, par exemple « quel est l'objectif de mobilité ? ».",
  "noTarget.noFigure":
    "La Stratégie des ressources humaines 2022-2025 ne fixe aucun objectif ni chiffre pour {topic}, et je n'en inventerai pas.",
  "noTarget.noFigureThat":
    "La Stratégie des ressources humaines 2022-2025 ne fixe aucun objectif ni chiffre pour cela, et je n'en inventerai pas.",
  "noTarget.mentions": "Ce que la stratégie en dit :",
  "noTarget.notMentioned": "La stratégie n'en parle pas.",
  "noTarget.deliverableOf": "C'est un produit clé du domaine d'action {number} ({title}) :",
  "noTarget.didYouMean":
    "Vouliez-vous parler de l'indicateur clé « {indicator} » ? Il a son propre objectif.",
  "noTarget.indicatorTarget": "Objectif : {indicator}",
  "choice.pick": "Répondez par un numéro, ou dites-le avec vos propres mots.",
  "decision.whichRequest": "Quelle demande ? Celles-ci attendent une décision :",
  "decision.verb.approve": "approuver",
  "decision.verb.reject": "rejeter",
  "decision.verb.request-info": "demander des informations sur",
  "count.deliverables": "La stratégie compte {n} produits clés, répartis entre ses huit domaines d'action :",
  "count.focusAreas": "La stratégie compte {n} domaines d'action :",
  "count.indicators": "La stratégie compte {n} indicateurs clés :",
  "count.outcomes": "La stratégie compte {n} résultats :",
  "count.lessons": "La stratégie tire {n} enseignements de la stratégie précédente :",
  "count.risks": "La stratégie recense {n} risques :",
  "count.assumptions": "La stratégie repose sur {n} hypothèses :",
  "bot.starter.mobility": "Quel est l'objectif de mobilité ?",
  "bot.starter.whatCanYouDo": "Que peux-tu faire ?",
  "bot.noQuestion":
    "Je n'ai pas trouvé de question dans ce message. Posez-moi une question sur la Stratégie des ressources humaines 2022-2025, par exemple sur l'un de ses indicateurs clés.",
  "bot.apology":
    "Désolé, un problème est survenu de mon côté et je n'ai pas pu répondre. Veuillez réessayer ; si le problème persiste, contactez HRD.",
  "bot.truncated": "Votre message était très long : je n'en ai lu que les {max} premiers caractères.",
  "bot.answeredInEnglish":
    "Les textes de la stratégie sont cités en anglais : leur version française n'est pas encore disponible ici.",
  "number.word":
    "{n, plural, =0 {aucun} =1 {un} =2 {deux} =3 {trois} =4 {quatre} =5 {cinq} =6 {six} =7 {sept} =8 {huit} =9 {neuf} =10 {dix} other {{n}}}",
  "cite.source": "{symbol}, {where}{paras, select, none {} other {, {paras}}}",
  "cite.separator": ", ",
  "cite.paragraphs": "{count, plural, one {paragraphe {list}} other {paragraphes {list}}}",
  "label.baseline": "Valeur de référence",
  "label.milestone": "Étape (fin 2023)",
  "label.target": "Objectif (fin 2025)",
  "label.verification": "Moyens de vérification",
  "label.measure": "Indicateur",
  "label.outcome": "Résultat",
  "label.outcomeNumber": "Résultat {number}",
  "label.focusAreaNumber": "Domaine d'action {number}",
  "command.withdraw": "retirer",
  "plain.colon": " : ",
  "plain.separator": " ; ",
  "plain.source": "Source",
  "plain.alsoAsk": "Vous pouvez aussi demander",
} as const satisfies Record<keyof typeof en, string>;
