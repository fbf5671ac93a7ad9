import { foldAccents } from "../../i18n/text.ts";

/**
 * French and Spanish numbers written in words, as staff type them in a form's answer: "dix-huit",
 * "quatre-vingt-dix", "mille deux cents", "dieciocho", "mil quinientos", "dos mil". Accents are
 * optional. Undefined unless every word is part of the number.
 */

const FR: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};

const ES: Record<string, number> = {
  cero: 0,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiun: 21,
  veintiuno: 21,
  veintiuna: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
};

/** The words joining parts of a number: "vingt et un", "treinta y dos". */
const JOINERS = new Set(["et", "y"]);

function read(words: readonly string[], table: Record<string, number>): number | undefined {
  let total = 0;
  let current = 0;
  let last: string | undefined;
  // The last word added: each next one is smaller ("vingt et un", "sesenta y dos"), so "un deux"
  // or "dos tres" is no number, and a typo in a form answer is asked again rather than summed.
  let added = Number.POSITIVE_INFINITY;
  for (const word of words) {
    if (word === "mille" || word === "mil") {
      // "mil mil" is no number either
      if (total > 0 && current === 0) return undefined;
      total += (current || 1) * 1000;
      current = 0;
      added = Number.POSITIVE_INFINITY;
    } else if (word === "cent" || word === "cents") {
      current = (current || 1) * 100;
      added = 100;
    } else if ((word === "vingt" || word === "vingts") && last === "quatre") {
      // quatre-vingt(s): 4 × 20
      current += 80 - 4;
      added = 20;
    } else if (/^\d+$/.test(word) && last === undefined) {
      current = Number(word);
    } else {
      const value = table[word];
      if (value === undefined || value >= added) return undefined;
      current += value;
      added = value;
    }
    last = word;
  }
  return last === undefined ? undefined : total + current;
}

/** "dix-huit" → 18, "mille deux cents" → 1200, "dieciocho" → 18, "mil quinientos" → 1500. */
export function parseRomanceNumber(text: string): number | undefined {
  const words = foldAccents(text.toLowerCase())
    .split(/[\s-]+/)
    .filter((w) => w && !JOINERS.has(w));
  if (words.length === 0 || words.length > 8) return undefined;
  return read(words, FR) ?? read(words, ES);
}
