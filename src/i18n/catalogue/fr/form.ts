import type { form as en } from "../en/form.ts";

export const form = {
  "form.nothingToCancel": "Aucun formulaire de demande n'est ouvert : il n'y a rien à annuler.",
  "form.alreadyOpen":
    "Vous êtes en train de remplir une demande « {title} ». Terminez-la d'abord, ou dites « annuler » pour en commencer une autre.",
  "form.skipHint": "Dites « passer » pour laisser ce champ de côté.",
  "form.check": "Veuillez vérifier votre demande :",
  "form.summaryHelp":
    "Répondez « soumettre » pour l'envoyer, « modifier <champ> » pour changer un élément, ou « annuler ».",
  "form.start": "Remplissons votre demande : {title} (domaine d'action {focusArea}). {summary}",
  "form.noted": "J'ai noté :",
  "form.notKept": "Je n'ai pas pu garder ces éléments, je vais donc les redemander :",
  "form.conflict": "{error} J'ai effacé {labels} : veuillez l'indiquer à nouveau.",
  "form.orEdit": "Pour modifier plutôt {labels}, dites « modifier {bare} ».",
  "form.cancelAnyTime":
    "Vous pouvez dire « annuler » à tout moment, ou « modifier <champ> » pour changer un élément.",
  "form.stillFilling": "(Nous sommes toujours en train de remplir votre demande « {title} ».)",
  "form.cancelled": "Annulé. Rien n'a été soumis.",
  "form.notSaved":
    "Désolé, la demande n'a pas pu être enregistrée. Veuillez réessayer plus tard ; si le problème persiste, contactez les RH.",
  "form.submitted":
    "Soumise : {id}. Les RH ont été informées et vont l'examiner ; je vous préviendrai de leur décision.",
  "form.whichField": "Quel champ ? Répondez « modifier <numéro> » :",
  "form.cannotSkip": "{label} est nécessaire pour cette demande : ce champ ne peut pas être passé.",
  "form.submitTooEarly": "Rien n'a encore été envoyé : il manque encore {labels}.",
  "form.checkBeforeSending": "Rien n'a encore été envoyé.",
  "form.unknownType": "Ce type de demande est inconnu.",
  "form.correct": "Veuillez corriger ce qui suit :",
  "form.openFormReminder":
    "Vous avez un formulaire « {title} » ouvert{known, select, none {} other { : {known}}}. Répondez à la question ci-dessous pour continuer, ou tapez « annuler » pour l'abandonner.",
  "form.labelInSentence": "{label}",
  "form.submitLabel": "Soumettre",
  "field.amount": "{amount} USD",
  "field.months": "{n} mois",
  "field.choiceSeparator": " ; ",
  "form.droppedValue": "{label} ({value})",
  "form.droppedSeparator": ", ",
  "word.cancel": "annuler",
  "word.submit": "soumettre",
  "word.edit": "modifier",
  "word.skip": "passer",
  "invalid.required": "{label} : ce champ est obligatoire.",
  "invalid.notText": "{label} doit être écrit en lettres ou en chiffres.",
  "invalid.tooLong":
    "{label} est trop long ({length} caractères) : veuillez vous limiter à {max} caractères au plus.",
  "invalid.tooShort": "{label} est trop court : veuillez écrire au moins {min} caractères.",
  "invalid.notADate":
    "« {input} » n'est pas une date valable pour le champ {inSentence}. Veuillez écrire une date comme 1er mars 2027 ou 2027-03-01.",
  "invalid.pastDate":
    "{label} ne peut pas être dans le passé (nous sommes le {today}). Veuillez indiquer aujourd'hui ou une date ultérieure.",
  "invalid.tooFarAhead": "{label} est à plus de {years} ans d'ici : veuillez vérifier l'année.",
  "invalid.mustBeAfter": "{label} doit être postérieure au champ {other} ({date}).",
  "invalid.mustNotBeBefore": "{label} ne peut pas être antérieure au champ {other} ({date}).",
  "invalid.mustBeBefore": "{label} doit être antérieure au champ {other} ({date}).",
  "invalid.notANumber":
    "« {input} » n'est pas un nombre : veuillez indiquer {inSentence} en chiffres, par exemple {example}.",
  "invalid.notWhole": "{label} doit être un nombre entier.",
  "invalid.between": "{label} doit être compris entre {min} et {max}.",
  "invalid.atLeast": "{label} doit être d'au moins {min}.",
  "invalid.wrongCurrency":
    "{label} est enregistré en dollars des États-Unis : veuillez convertir le montant en {currency} et l'indiquer en USD.",
  "invalid.badChoice":
    "« {input} » ne fait pas partie des options du champ {inSentence}. Veuillez choisir parmi : {options}.",
  "invalid.badGrade":
    "« {input} » n'est pas un grade de l'OIT. Veuillez indiquer l'un des grades P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG ou DDG.",
} as const satisfies Record<keyof typeof en, string>;
