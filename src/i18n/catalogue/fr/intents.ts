import type { intents as en } from "../en/intents.ts";

export const intents = {
  "suggest.allIndicators": "tous les indicateurs",
  "suggest.mobilityTarget": "objectif de mobilité",
  "suggest.womenP5": "femmes aux grades P5 et supérieurs",
  "suggest.whatCanYouDo": "que peux-tu faire ?",
  "suggest.WhatCanYouDo": "Que peux-tu faire ?",
  "suggest.focusArea22": "Sur quoi porte le domaine d'action 2.2 ?",
  "suggest.lessonsLearned": "enseignements tirés",
  "suggest.allLessons": "tous les enseignements tirés",
  "suggest.outcome1": "Résultat 1",
  "suggest.risksAssumptions": "risques et hypothèses",
  "suggest.partnerships": "partenariats",
  "suggest.submitFlexibleWork": "soumettre une demande de travail flexible",
  "suggest.withdrawId": "retirer {id}",
  "suggest.indicatorsOfOutcome": "indicateurs du Résultat {number}",
  "starter.mobility": "Quel est l'objectif de mobilité ?",
  "starter.womenP5": "Femmes aux grades P5 et supérieurs : quel objectif ?",
  "starter.allIndicators": "Tous les indicateurs",
  "starter.focusArea22": "Sur quoi porte le domaine d'action 2.2 ?",
  "command.statusOfVerb": "statut de",
  "greeting.thanks": "Je vous en prie ! Puis-je vous aider pour autre chose ?",
  "greeting.hello":
    "Bonjour ! Je suis l'assistant de la Stratégie RH. Je réponds aux questions sur la {title} : ses trois résultats, ses huit domaines d'action, ses produits clés et ses indicateurs clés.",
  "help.intro":
    "Je réponds aux questions sur la Stratégie des ressources humaines 2022-2025 : Diversité, responsabilité et respect (GB.343/PFA/14), en français, en anglais, en espagnol ou en chinois :",
  "help.indicators":
    "Indicateurs clés : valeur de référence, étape 2023, objectif 2025, moyens de vérification (par ex. « objectif de mobilité », « valeur de référence femmes P5+ », « tous les indicateurs »)",
  "help.outcomes":
    "Les trois résultats et les huit domaines d'action avec leurs produits clés (par ex. « Résultat 2 », « domaine d'action 1.3 »)",
  "help.context":
    "Enseignements tirés, hypothèses et risques, partenariats, données de contexte (par ex. « combien de fonctionnaires ont pris leur retraite en 2018-2021 ? »)",
  "help.paper":
    "Tout ce que contient le document : posez votre question avec vos mots et je cite le passage avec sa section",
  "help.requests":
    "Demandes RH : travail flexible, recrutement anticipé, formation, mobilité, reconnaissance, examen de description de poste (par ex. « soumettre une demande de travail flexible ») ; « mes demandes », « statut de FWA-2026-0001 », « retirer <numéro> »",
  "help.process":
    "Ce que devient une demande : l'équipe RH est avertie dès que vous la soumettez, puis l'approuve, la rejette ou vous demande des informations ; vous en êtes informé ici à chaque étape. Je ne l'envoie à personne d'autre, pas même à votre superviseur",
  "help.reviewers":
    "Examinateurs RH : « demandes en attente », « approuver <numéro> », « rejeter <numéro> <commentaire> », « statistiques des demandes », « exporter les demandes en CSV »",
  "help.language":
    "La langue de mes réponses : je réponds dans la langue de votre message ; dites « langue » ou « réponds en anglais » pour choisir le français, l'anglais, l'espagnol ou le chinois",
  "help.personal":
    "Pour vos questions RH personnelles (congés, contrat, traitement), veuillez contacter les ressources humaines.",
  "personal.refusal":
    "Désolé, je ne peux pas consulter les dossiers RH personnels (soldes de congés, contrats, traitement, grade ou évaluations), et la Stratégie des ressources humaines 2022-2025 ne les couvre pas. Veuillez contacter votre partenaire RH ou le Département du développement des ressources humaines (HRD).",
  "scope.previousStrategy":
    "La Stratégie des ressources humaines 2022-2025 ne fixe ni objectifs ni étapes pour 2018-2021 (la stratégie précédente) ; les chiffres de cette période n'y figurent que comme valeurs de référence, par ex. « valeur de référence de la mobilité ».",
  "scope.yearsOutside":
    "La Stratégie des ressources humaines 2022-2025 couvre uniquement 2022-2025 (avec des valeurs de référence de 2018-2021) : elle fixe des étapes pour fin 2023 et des objectifs pour fin 2025, et ne dit rien de {years}. Je ne peux pas donner de chiffres pour cette période.",
  "scope.laterPeriod":
    "La Stratégie des ressources humaines 2022-2025 ne couvre que 2022-2025 : elle ne fixe rien pour la prochaine période biennale ni pour les suivantes (budget, plans ou chiffres), je ne peux donc pas répondre. Les ressources humaines pourront vous en dire plus.",
  "scope.offTopic":
    "Désolé, cette question sort du cadre de la Stratégie des ressources humaines 2022-2025 : je ne peux pas y répondre. Je ne peux aider que sur la stratégie : ses résultats, ses domaines d'action, ses produits et ses indicateurs clés.",
  "scope.yearSeparator": ", ",
  "overview.paper": "{title} : {subtitle} ({symbol}, {session}). {purpose}",
  "overview.counts":
    "Elle comprend {outcomes} résultats, {focusAreas} domaines d'action et {indicators} indicateurs clés :",
  "partnerships.intro": "Partenaires de la mise en œuvre de la Stratégie RH :",
  "partnerships.title": "Partenariats internes et externes",
  "risks.assumptions": "La stratégie repose sur {count} hypothèses principales :",
  "risks.residual": "Risques résiduels :",
  "risks.mitigation": "Atténuation",
  "risks.title": "Hypothèses principales et risques résiduels",
  "lessons.title": "Enseignement tiré",
  "lessons.all":
    "La nouvelle stratégie s'appuie sur {count} enseignements tirés de la Stratégie des ressources humaines 2018-2021 :",
  "indicators.title": "Indicateurs clés ({count})",
  "indicator.otherYears":
    "La stratégie fixe uniquement des étapes pour fin 2023 et des objectifs pour fin 2025 ; elle ne donne aucun chiffre pour {years}.",
  "indicator.noProgress":
    "Le document (2021) fixe la valeur de référence, l'étape et l'objectif ; il ne rend pas compte des progrès accomplis depuis.",
  "indicator.measures": "Il mesure : {text}. ",
  "indicator.baseline": "Valeur de référence : {text}. ",
  "indicator.milestone": "Étape pour fin 2023 : {text}. ",
  "indicator.target": "Objectif pour fin 2025 : {text}. ",
  "indicator.targetSame": "Objectif pour fin 2025 : {text}, le même que le jalon. ",
  "indicator.verification": "Moyens de vérification : {text}. ",
  "indicator.outcome": "Il relève du Résultat {number} : {outcome}. ",
  "indicator.named": "{name} : {lines}",
  "indicator.yearsUnset":
    "La stratégie fixe pour {indicator} des chiffres pour fin 2023 (jalon) et fin 2025 (cible) seulement ; elle n'en donne aucun pour {years}. Lequel voulez-vous ?",
  "indicator.yearsUnsetAny":
    "La stratégie fixe des jalons pour fin 2023 et des cibles pour fin 2025 seulement ; elle ne donne aucun chiffre pour {years}. Quel indicateur, et lequel des deux chiffres ?",
  "indicator.choiceMilestone": "{indicator} : jalon pour fin 2023",
  "indicator.choiceTarget": "{indicator} : cible pour fin 2025",
  "indicators.compared":
    "La stratégie ne classe pas ses indicateurs. Voici tous leurs chiffres côte à côte ; certaines cibles sont exprimées en hausse ou en fourchette plutôt qu'en niveau.",
  "indicator.noSeparateFigure": "La stratégie ne fixe aucun chiffre distinct pour cette partie du personnel.",
  "indicator.notBrokenDown":
    "{indicator} n'est pas ventilé par {dimensions}, et je ne donnerai pas son chiffre comme le leur. Il mesure : {measure}.",
  "indicator.choiceOverall": "{indicator} : chiffres d'ensemble",
  "indicator.otherUnit":
    "{indicator} est un pourcentage : {measure}. La stratégie ne fixe pour lui aucun chiffre en {unit}, et je ne donnerai pas ses pourcentages comme tel.",
  "unit.hours": "heures (de formation ou de travail)",
  "unit.duration": "jours, semaines ou mois (une durée)",
  "unit.money": "argent (un budget ou un coût)",
  "population.sex": "sexe",
  "population.grade": "grade ou catégorie de personnel",
  "population.region": "région",
  "population.age": "âge",
  "population.location": "siège et terrain",
  "population.funding": "source de financement",
  "population.unit": "département, bureau ou pays",
  "population.contract": "type de contrat",
  "indicator.which":
    "De quel indicateur parlez-vous ? L'annexe fixe pour chacun de ses {count} indicateurs clés un niveau de référence, un jalon pour fin 2023 et une cible pour fin 2025 :",
  "indicator.didYouMean":
    "La Stratégie des ressources humaines 2022-2025 ne fixe pas de chiffre sous ce nom, et je n'en inventerai pas. Pensiez-vous à l'un de ces indicateurs clés ?",
  "indicator.notFound":
    "La Stratégie des ressources humaines 2022-2025 ne fixe ni indicateur ni chiffre pour cela, et je n'en inventerai pas. Les indicateurs clés de son annexe sont :",
  "focusArea.list": "Les domaines d'action de la stratégie :",
  "focusArea.deliverables": "{count, plural, one {# produit clé} other {# produits clés}} :",
  "focusArea.partners": "Partenaires cités : {names}.",
  "outcome.list": "Les trois résultats de la Stratégie des ressources humaines 2022-2025 :",
  "outcome.focusAreas": "Domaines d'action :",
  "outcome.indicators": "Indicateurs clés :",
  "outcome.comesUnder": "Cela relève du Résultat {number} : {title}.",
  "outcome.comesUnderIn":
    "Cela relève du Résultat {number} : {title}, domaine d'action {area} : {areaTitle}.",
  "outcome.title": "Résultat {number} : {title}",
  "search.noFigure":
    "La stratégie ne donne aucun chiffre à ce sujet, et je n'en inventerai pas. Voici ce qu'elle en dit.",
  "search.noFigureAlone":
    "La stratégie ne donne aucun chiffre à ce sujet, et je n'en inventerai pas. Vous pouvez demander un indicateur dans son ensemble, ou tous les indicateurs.",
  "search.says": "Ce que dit la stratégie :",
  "search.lead": "{label} : {value}. ",
  "requests.none": "Vous n'avez encore soumis aucune demande.",
  "requests.mine": "Vos demandes ({count}) :",
  "requests.history": "Historique :",
  "requests.canSubmit": "Vous pouvez soumettre ces demandes dans la conversation :",
  "requests.typeLine": "{title} — domaine d'action {focusArea}",
  "pending.none": "Aucune demande n'attend d'examen.",
  "pending.list": "En attente d'examen ({count}), les plus anciennes d'abord :",
  "pending.howTo":
    "Répondez « approuver <numéro> », « rejeter <numéro> <commentaire> » ou « demander des informations <numéro> <commentaire> ».",
  "decide.ask":
    "Indiquez la décision et le numéro, par ex. « approuver FWA-2026-0007 » ou « rejeter FWA-2026-0007 les dates se chevauchent ».",
  "decide.done": "{id} : {status}. Le demandeur a été informé.",
  "decide.comment": "Commentaire",
  "selection.ask":
    "Indiquez le numéro et la date, par ex. « sélection pour ERV-2026-0003 achevée le 2026-10-01 ».",
  "resubmit.ask":
    "Indiquez le numéro et les informations, par ex. « soumettre à nouveau FWA-2026-0007 : le lundi seulement ».",
  "resubmit.done": "{id} a été soumise à nouveau ; les RH ont été informées.",
  "export.count": "{count, plural, one {# demande} other {# demandes}} (CSV) :",
  "export.whole":
    "Le fichier complet : npm run --silent requests -- export --csv --output requests.csv (avec --type, --status, --from, --to).",
  "stats.total": "Demandes{when} : {total}",
  "stats.noComparison":
    "rien à comparer pour l'instant (les RH enregistrent la date de sélection à la clôture d'une demande).",
  "stats.earlyShare":
    "Demandes de recrutement anticipé dont la sélection s'est achevée avant le départ du titulaire : {share}",
} as const satisfies Record<keyof typeof en, string>;
