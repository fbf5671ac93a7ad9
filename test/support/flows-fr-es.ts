import { expect } from "vitest";
import type { Locale } from "../../src/i18n/locale.ts";
import { detectLanguage } from "../../src/nlu/language.ts";
import type { RequestTypeId } from "../../src/requests/model.ts";

/**
 * Every request type filed in French and in Spanish, as staff write: a first sentence, then the
 * form's questions answered one by one (dates in words, numbers in words, choices by number or
 * word) and the last line confirming. The same table is run in the console, Slack and Teams.
 */

/** Next year: the dates are in the future whatever the clock (the console runs on the real one). */
export const Y = new Date().getUTCFullYear() + 1;

export interface Script {
  type: RequestTypeId;
  lang: "fr" | "es";
  lines: string[];
  /** What the request must hold once submitted. */
  fields: Record<string, unknown>;
}

export const SCRIPTS: readonly Script[] = [
  {
    type: "flexible-work",
    lang: "fr",
    lines: [
      `je voudrais demander du télétravail les lundis et vendredis du 1er mars au 31 août ${Y}`,
      "moi",
      "passer",
      "confirmer",
    ],
    fields: { forWhom: "self", arrangement: "telework", start: `${Y}-03-01`, end: `${Y}-08-31` },
  },
  {
    type: "flexible-work",
    lang: "es",
    lines: [
      `quisiera solicitar teletrabajo los lunes del 1 de marzo al 31 de agosto de ${Y}`,
      "para mí",
      "omitir",
      "sí",
    ],
    fields: { forWhom: "self", arrangement: "telework", start: `${Y}-03-01`, end: `${Y}-08-31` },
  },
  {
    type: "learning",
    lang: "fr",
    lines: [
      "je souhaite suivre une formation en analyse de données",
      "un cours d'analyse de données",
      "le Centre international de formation de Turin",
      `du 3 mars ${Y} au 14 mars ${Y}`,
      "mille deux cents",
      "renforcer les compétences d'analyse statistique de l'équipe",
      "oui",
    ],
    fields: { forWhom: "self", start: `${Y}-03-03`, end: `${Y}-03-14`, cost: 1200 },
  },
  {
    type: "learning",
    lang: "es",
    lines: [
      "quisiera solicitar un curso de análisis de datos",
      "Curso de análisis de datos",
      "la Universidad de Ginebra",
      `el 3 de marzo de ${Y}`,
      `el 14 de marzo de ${Y}`,
      "mil quinientos dólares",
      "mejorar las competencias de análisis del equipo",
      "confirmar",
    ],
    fields: { forWhom: "self", start: `${Y}-03-03`, end: `${Y}-03-14`, cost: 1500 },
  },
  {
    type: "mobility",
    lang: "fr",
    lines: [
      "je voudrais demander une mobilité géographique de Genève à Bangkok",
      `le 1er avril ${Y}`,
      "dix-huit mois",
      "soumettre",
    ],
    fields: {
      kind: "geographical",
      current: "Genève",
      proposed: "Bangkok",
      start: `${Y}-04-01`,
      duration: 18,
    },
  },
  {
    type: "mobility",
    lang: "es",
    lines: [
      "quiero solicitar una movilidad funcional para una colega",
      "Ana García",
      "Economista, Ginebra",
      "Economista principal, Bangkok",
      `el 1 de abril de ${Y}`,
      "dos años",
      "enviar",
    ],
    fields: { forWhom: "staff-member", staffMember: "Ana García", kind: "functional", duration: 24 },
  },
  {
    type: "early-recruitment",
    lang: "fr",
    lines: [
      "je veux lancer un recrutement anticipé",
      "Économiste principal, 12345",
      "P4",
      `30 juin ${Y}`,
      "départ à la retraite",
      `1er février ${Y}`,
      "soumettre",
    ],
    fields: { grade: "P4", departure: `${Y}-06-30`, reason: "retirement", publication: `${Y}-02-01` },
  },
  {
    type: "early-recruitment",
    lang: "es",
    lines: [
      "quiero iniciar una contratación anticipada",
      "Economista principal, 12345",
      "P4",
      `30 de junio de ${Y}`,
      "3",
      `1 de febrero de ${Y}`,
      "sí",
    ],
    fields: { grade: "P4", departure: `${Y}-06-30`, reason: "end-of-contract", publication: `${Y}-02-01` },
  },
  {
    type: "recognition",
    lang: "fr",
    lines: [
      "je voudrais proposer Marie Dupont pour une reconnaissance",
      "2",
      "elle a réorganisé tout le service des archives en trois mois",
      "oui",
    ],
    fields: { nominees: "Marie Dupont", category: "team" },
  },
  {
    type: "recognition",
    lang: "es",
    lines: [
      "quisiera nominar a Luis Pérez para un reconocimiento",
      "innovación",
      "creó una herramienta que ahorra dos días de trabajo al mes",
      "sí",
    ],
    fields: { nominees: "Luis Pérez", category: "innovation" },
  },
  {
    type: "job-description",
    lang: "fr",
    lines: [
      "je voudrais demander une mise à jour de description de poste",
      "Assistante administrative, 54321",
      "G5",
      "de nouvelles responsabilités de gestion budgétaire et de suivi des contrats",
      "confirmer",
    ],
    fields: { grade: "G5" },
  },
  {
    type: "job-description",
    lang: "es",
    lines: [
      "necesito una revisión de la descripción de puesto",
      "Asistente administrativo, 54321",
      "G5",
      "nuevas responsabilidades de gestión del presupuesto y seguimiento de contratos",
      "sí",
    ],
    fields: { grade: "G5" },
  },
];

/** What staff type to follow and decide requests, in each language; `{id}` is the request's id. */
export const WORDS = {
  fr: {
    status: "où en est ma demande {id}",
    mine: "mes demandes",
    withdraw: "retirer {id}",
    yes: "oui",
    confirm: "confirmer",
    pending: "demandes en attente",
    approve: "approuver {id}",
    reject: "rejeter {id} : pas de budget cette année",
    askInfo: "demander des informations pour {id} : merci de préciser le budget",
    resubmit: "voici les informations pour {id} : le budget est pris en charge par le projet",
  },
  es: {
    status: "estado de {id}",
    mine: "mis solicitudes",
    withdraw: "retirar {id}",
    yes: "sí",
    confirm: "confirmar",
    pending: "solicitudes pendientes",
    approve: "aprobar {id}",
    reject: "rechazar {id}: falta presupuesto",
    askInfo: "pedir más información sobre {id}: ¿quién financia la actividad?",
    resubmit: "aquí está la información para {id}: lo financia el proyecto",
  },
} as const;

export const say = (template: string, id: string) => template.replace("{id}", id);

/**
 * English words of the assistant's own texts that have no place in a French or Spanish one
 * (ids, names and what the user typed aside): a leak from an untranslated text.
 */
const ENGLISH =
  /\b(the|your|please|submitted|request|requests|approved|rejected|withdrawn|skip|cancel|submit|required|should|must|cannot|can't|which|until|staff member|start date|end date|you can|nothing|field|say)\b/i;

/** A text of the assistant, in `lang`: as the eval scorer tells languages, and with no English or Chinese. */
export function expectInLanguage(text: string, lang: Locale, what = text): void {
  expect(detectLanguage(text), `language of: ${what}`).toBe(lang);
  if (lang === "fr" || lang === "es") {
    expect(text, `English in: ${what}`).not.toMatch(ENGLISH);
    expect(text, `Chinese in: ${what}`).not.toMatch(/\p{Script=Han}/u);
  }
}

/** A short text (a button, a label): too short to tell its language, but never English or Chinese. */
export function expectNoLeak(text: string, what = text): void {
  expect(text, `English in: ${what}`).not.toMatch(ENGLISH);
  expect(text, `Chinese in: ${what}`).not.toMatch(/\p{Script=Han}/u);
}
