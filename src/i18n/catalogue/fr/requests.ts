import type { requests as en } from "../en/requests.ts";

export const requests = {
  "subject.forStaff": ", pour {name}",
  "subject.flexible-work": "Travail flexible : {arrangement} ({days}), du {start} au {end}",
  "subject.mobility": "Mobilité ({kind}) : {current} → {proposed}, à partir du {start} pour {duration}",
  "subject.early-recruitment":
    "Recrutement anticipé : {position} ({grade}), départ du titulaire le {departure}",
  "subject.recognition": "Reconnaissance ({category}) : {nominees}",
  "subject.job-description": "Examen de description de poste : {position} ({grade})",
  "subject.learning": "Apprentissage : {activity} ({provider}), du {start} au {end}, {cost}",
  "advice.shortMove":
    "Veuillez noter : une mobilité de {n} mois ne sera pas comptée dans l'indicateur de mobilité de la stratégie, qui compte les mobilités de plus d'un an. Vous pouvez tout de même la soumettre.",
  "status.submitted": "soumise, en attente d'examen par les RH",
  "status.more-info-requested": "informations complémentaires demandées",
  "status.resubmitted": "soumise à nouveau, en attente d'examen par les RH",
  "status.approved": "approuvée",
  "status.rejected": "rejetée",
  "status.withdrawn": "retirée",
  "status.unknown": "inconnu",
  "view.waiting":
    "{days, plural, =0 {depuis aujourd'hui} one {en attente depuis 1 jour} other {en attente depuis {days} jours}}",
  "view.from": "de {requester}",
  "view.submittedOn": "soumise le {date}",
  "view.decidedBy.approve": "Approuvée par",
  "view.decidedBy.reject": "Rejetée par",
  "view.decidedBy.request-info": "Informations demandées par",
  "view.decidedBy.other": "Par",
  "view.fact.request": "Demande",
  "view.fact.type": "Type",
  "view.fact.requester": "Demandeur",
  "view.fact.status": "Statut",
  "view.fact.submitted": "Soumise le",
  "view.historyComment": " : « {comment} »",
  "review.approve": "Approuver",
  "review.reject": "Rejeter",
  "review.request-info": "Demander des informations",
  "command.myRequests": "mes demandes",
  "command.statusOf": "statut de {id}",
  "refusal.not-found":
    "Je ne trouve pas cette demande, ou vous n'avez pas le droit de la voir. Vérifiez le numéro (par ex. FWA-2026-0007), ou dites « mes demandes » pour afficher les vôtres.",
  "refusal.forbidden": "Désolé, seuls les examinateurs des RH peuvent faire cela.",
  "refusal.comment-required":
    "Un commentaire est nécessaire pour rejeter ou demander des informations, par ex. « rejeter FWA-2026-0007 les dates coïncident avec le planning de l'équipe ».",
  "refusal.invalid-input": "Un élément n'est pas valide : {issues}",
  "refusal.issueSeparator": " ; ",
  "refusal.closed":
    "Cette demande est close ({status}) et ne peut plus être modifiée ; soumettez une nouvelle demande si nécessaire.",
  "refusal.awaitingRequester":
    "Cette demande attend les informations du demandeur : il peut répondre « soumettre à nouveau <numéro> : <les informations> ».",
  "refusal.awaitingHr": "Cette demande attend la décision des RH ({status}).",
  "refusal.unavailable":
    "Les demandes RH ne sont pas disponibles ici pour le moment. Veuillez réessayer plus tard ou contacter les RH.",
  "selection.not-early-recruitment":
    "Seules les demandes de recrutement anticipé (ERV-…) ont une date de sélection.",
  "selection.not-approved":
    "Cette demande est {status} : approuvez-la d'abord, puis enregistrez la date de fin de la sélection.",
  "selection.not-a-date": "Je ne sais pas lire cette date : écrivez-la comme 2026-10-01 ou 1er octobre 2026.",
  "selection.before-submission":
    "La sélection ne peut pas s'être achevée avant la soumission de la demande ({date}) : veuillez vérifier la date.",
  "selection.in-future":
    "Une sélection s'enregistre une fois achevée : la date ne peut pas être postérieure à aujourd'hui ({date}).",
  "selection.already-recorded": "Cette demande a déjà une date de sélection ({date}).",
  "selection.recorded": "Enregistré pour {id} : sélection achevée le {date}.",
  "selection.replaced":
    "Modifié pour {id} : sélection achevée le {date} (auparavant {was}). La modification figure dans son historique.",
  "selection.replace":
    "{id} a déjà une date de sélection, le {was}. La remplacer par le {date} ? Répondez « oui » pour confirmer ou « non » pour la garder.",
  "withdraw.propose":
    "Retirer {id} ({subject}) ? Elle reste enregistrée comme retirée. Répondez « oui » pour confirmer ou « non » pour la garder.",
  "withdraw.done": "{id} est désormais {status}. Elle reste enregistrée.",
  "request.dropped": "Entendu, rien n'a été modifié.",
  "request.expired": "Cette confirmation a expiré, rien n'a donc été modifié. Veuillez redemander.",
  "home.intro":
    "Je réponds aux questions sur la Stratégie des ressources humaines 2022-2025 et je prends en charge les demandes RH.",
  "home.yourRequests": "Vos demandes ({count}) :",
  "home.none": "Aucune demande pour l'instant.",
  "home.awaitingReview": "En attente de votre examen : {count}",
  "home.title": "Assistant de la Stratégie RH",
  "notify.comment": "Commentaire : « {comment} »",
  "notify.submitted": "Nouvelle demande {id} ({type}) en attente d'examen",
  "notify.resubmitted": "{id} a été soumise à nouveau avec des informations complémentaires",
  "notify.withdrawn": "{id} a été retirée par le demandeur",
  "notify.decided":
    "{status, select, approved {Votre demande {id} a été approuvée par {who}} rejected {Votre demande {id} n'a pas été approuvée ({who})} moreinforequested {Votre demande {id} nécessite des informations complémentaires (demandées par {who})} other {Votre demande {id} est désormais {statusText} ({who})}}",
  "notify.confirmed":
    "Soumise : {id}. Les RH ont été informées et vont l'examiner ; je vous préviendrai de leur décision.",
  "notify.closed": "{id} ({type}) : {statusText} ({who})",
  "notify.replyWithInfo": "Répondez « soumettre à nouveau {id} : <les informations> » pour compléter.",
} as const satisfies Record<keyof typeof en, string>;
