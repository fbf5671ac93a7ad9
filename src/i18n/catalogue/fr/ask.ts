import type { ask as en } from "../en/ask.ts";

export const ask = {
  "ask.offer": "Demander aux RH",
  "ask.helpful": "Utile",
  "ask.notHelpful": "Pas utile",
  "ask.propose": "Envoyer votre question aux Ressources humaines ? « {question} »",
  "ask.noteLabel": "Note",
  "ask.questionLabel": "Question",
  "ask.askedBy": "Posée par",
  "ask.askedOn": "Posée le",
  "ask.statusLabel": "Statut",
  "ask.answerLabel": "Réponse",
  "ask.answeredBy": "Réponse de",
  "ask.closedBy": "Clôturée par",
  "ask.filed":
    "Question transmise aux Ressources humaines sous le numéro {id}. Une personne des RH vous répondra ici ; en attendant, dites « statut de {id} » ou « mes questions ».",
  "ask.duplicate":
    "Vous avez déjà envoyé cette question aux RH : {id}. Dites « statut de {id} » pour savoir où elle en est.",
  "ask.noQuestion":
    "Que souhaitez-vous demander aux Ressources humaines ? Écrivez-le après « demander aux RH : », par ex. « demander aux RH : combien de jours de congé me reste-t-il ? ».",
  "ask.emptyNote":
    "La note est vide. Écrivez-la après « note : » (par ex. « demander aux RH note : j'en ai besoin avant ma mission »), ou dites simplement « demander aux RH » pour envoyer votre question sans note.",
  "ask.tooLong":
    "{what, select, question {Cette question} note {Cette note} other {Cette réponse}} compte {length, number} caractères ; les questions aux RH en comptent au plus {limit, number}. Veuillez la raccourcir et l'envoyer à nouveau.",
  "ask.notFound":
    "Je ne trouve pas cette question aux RH, ou vous n'avez pas le droit de la voir. Vérifiez le numéro (par ex. ASK-2026-0001), ou dites « mes questions » pour afficher les vôtres.",
  "ask.forbidden":
    "Désolé, seules les RH peuvent répondre à une question qui leur a été envoyée ou la clôturer.",
  "ask.notOpen":
    "{id} est déjà {status} : on ne peut plus y répondre ni la clôturer. La personne qui l'a posée peut envoyer une nouvelle question avec « demander aux RH ».",
  "ask.emptyAnswer":
    "La réponse est vide. Écrivez-la après le numéro, par ex. « répondre ASK-2026-0001 : il vous reste 12 jours de congé annuel ».",
  "ask.whichQuestion":
    "Quelle question ? Indiquez son numéro, par ex. « répondre ASK-2026-0001 : … » ou « clôturer ASK-2026-0001 ».",
  "ask.openForHr": "Questions en attente de réponse :",
  "ask.invalid": "Une partie de ce message n'a pas pu être enregistrée. Veuillez réessayer en texte simple.",
  "ask.status.open": "en attente des RH",
  "ask.status.answered": "répondue",
  "ask.status.closed": "clôturée",
  "ask.mine": "Vos questions aux RH ({count, number}) :",
  "ask.noneMine":
    "Vous n'avez envoyé aucune question aux RH. Quand je ne peux pas répondre, dites « demander aux RH » et une personne des RH vous répondra.",
  "ask.statusOf": "statut de {id}",
  "ask.myQuestions": "mes questions",
  "ask.closeCommand": "clôturer {id}",
  "hrAnswer.proposeAnswer": "Envoyer cette réponse à {asker} pour {id} ? « {answer} »",
  "hrAnswer.proposeClose":
    "Clôturer {id} (posée par {asker}) sans réponse ? La personne sera informée de la clôture.",
  "hrAnswer.answered": "Réponse à {id} envoyée à la personne qui l'a posée.",
  "hrAnswer.closed": "{id} clôturée. La personne qui l'a posée en a été informée.",
  "hrAnswer.answerButton": "Répondre",
  "hrAnswer.closeButton": "Clôturer",
  "hrAnswer.askedHeadline": "Nouvelle question pour les RH {id} de {who}",
  "hrAnswer.reminderHeadline": "Rappel : {id} de {who} attend toujours une réponse",
  "hrAnswer.howToAnswer":
    "Appuyez sur Répondre, ou écrivez « répondre {id} : <votre réponse> » (ou « clôturer {id} »).",
  "hrAnswer.closedHeadline": "{id} : {status} ({who})",
  "hrAnswer.answerToAsker": "Les RH ont répondu à votre question {id} ({who})",
  "hrAnswer.closedToAsker": "Les RH ont clôturé votre question {id} sans réponse ({who})",
  "hrAnswer.stillNeed": "Si vous avez encore besoin d'aide, dites « demander aux RH » avec votre question.",
  "feedback.thanksHelpful": "Merci, ravi d'avoir pu vous aider.",
  "feedback.thanksNotHelpful":
    "Merci : j'ai noté que cette réponse ne vous a pas aidé, pour que les RH puissent améliorer ce que je sais. Si vous avez besoin d'une personne, dites « demander aux RH ».",
  "feedback.nothingToRate":
    "Je n'ai donné aucune réponse récente à évaluer. Posez-moi une question sur la Stratégie des ressources humaines 2022-2025, puis dites-moi si la réponse vous a aidé.",
  "report.title": "Questions restées sans réponse, {from} – {to}",
  "report.summary":
    "{total, plural, one {# question refusée ou jugée « pas utile »} other {# questions refusées ou jugées « pas utiles »}}, en {groups, plural, one {# groupe} other {# groupes}} de questions semblables :",
  "report.none": "Aucune question n'est restée sans réponse pendant cette période.",
  "report.column.question": "Question",
  "report.column.language": "Langue",
  "report.column.topic": "Thème",
  "report.column.count": "Nombre",
  "report.column.declined": "Refusées",
  "report.column.notHelpful": "Pas utiles",
  "report.private": "(question sur un dossier personnel, texte non conservé)",
  "report.csvHint": "Pour un tableur : npm run report -- unanswered --csv",
  "report.forbidden": "Désolé, seules les RH peuvent voir les questions restées sans réponse.",
} as const satisfies Record<keyof typeof en, string>;
