import type { adapters as en } from "../en/adapters.ts";

export const adapters = {
  "adapter.formNotOpened": "Désolé, le formulaire n'a pas pu s'ouvrir. Veuillez réessayer dans un instant.",
  "adapter.chooseRequest":
    "Quelle demande souhaitez-vous faire ? Choisissez-en une pour ouvrir son formulaire.",
  "adapter.commentHint": "Le demandeur le verra.",
  "adapter.commentNeeded": " (obligatoire pour {actions})",
  "adapter.commentLabel": "Commentaire{when}",
  "adapter.fieldRequired": "Ce champ est obligatoire.",
  "adapter.formFallback": "{title} : ouvrez ce formulaire dans Microsoft Teams.",
  "console.welcome":
    "Assistant de la Stratégie RH — Stratégie des ressources humaines 2022-2025 : diversité, responsabilisation et respect\nPosez vos questions en français, en anglais, en chinois ou en espagnol, par exemple « Quelle est la cible de mobilité ? », « What is the mobility target? », « tous les indicateurs », « aide ».\nTapez « exit » ou Ctrl+D pour quitter.",
  "console.hrNotification": "{title} — dites « {command} »",
  "adapter.helpWord": "aide",
  "teams.registered":
    "C'est fait : les notifications des demandes RH seront publiées dans ce canal, chacune avec les boutons Approuver, Rejeter et Demander des informations pour les examinateurs RH.",
  "teams.forbidden":
    "Désolé, seuls les examinateurs RH peuvent choisir le canal des notifications RH. Demandez à un examinateur RH de le faire.",
  "teams.howTo":
    "Mentionnez-moi avec « enregistrer ce canal comme canal RH » dans le canal d'équipe où les RH doivent recevoir les notifications des demandes.",
} as const satisfies Record<keyof typeof en, string>;
