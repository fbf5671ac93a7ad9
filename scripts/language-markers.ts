/**
 * npm run markers: writes src/nlu/language-markers.json, the words that tell French and Spanish
 * (and English) apart in a message: words of one language's knowledge-base texts and training
 * examples that the other two never use. Run again when a language's texts or examples change.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { foldAccents, normalize } from "../src/i18n/text.ts";

const LANGS = ["en", "fr", "es"] as const;
type L = (typeof LANGS)[number];
const root = new URL("../", import.meta.url);
const counts: Record<L, Map<string, number>> = { en: new Map(), fr: new Map(), es: new Map() };

function add(lang: L, text: string) {
  for (const w of foldAccents(normalize(text)).match(/[a-z]+/g) ?? []) {
    if (w.length < 3) continue;
    counts[lang].set(w, (counts[lang].get(w) ?? 0) + 1);
  }
}

function walk(value: unknown) {
  if (Array.isArray(value)) return value.forEach(walk);
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  for (const lang of LANGS) {
    const v = record[lang];
    if (typeof v === "string") add(lang, v);
    else if (Array.isArray(v)) for (const s of v) if (typeof s === "string") add(lang, s);
  }
  for (const v of Object.values(record)) walk(v);
}

walk(JSON.parse(readFileSync(new URL("data/strategy.json", root), "utf8")));
for (const lang of LANGS) {
  const examples = JSON.parse(readFileSync(new URL(`intents/examples/${lang}.json`, root), "utf8")) as Record<
    string,
    string[]
  >;
  for (const list of Object.values(examples)) for (const text of list) add(lang, text);
}

const markers = Object.fromEntries(
  LANGS.map((lang) => {
    const others = LANGS.filter((o) => o !== lang);
    const own = [...counts[lang]]
      .filter(([w, n]) => n >= 3 && others.every((o) => !counts[o].has(w)))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 1500)
      .map(([w]) => w)
      .sort();
    return [lang, own];
  }),
);
writeFileSync(new URL("src/nlu/language-markers.json", root), `${JSON.stringify(markers, null, 1)}\n`);
console.log(
  Object.entries(markers)
    .map(([l, ws]) => `${l}: ${(ws as string[]).length}`)
    .join(", "),
);
