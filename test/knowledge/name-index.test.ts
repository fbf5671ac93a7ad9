import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { analyse, entryOf, matchEntry } from "../../src/knowledge/match.ts";
import { LatinNames } from "../../src/knowledge/name-index.ts";
import { subjectNames } from "../../src/knowledge/names.ts";

const kb = loadKnowledgeBase();
const entries = subjectNames(kb)
  .map(entryOf)
  .filter((e) => e.form.length > 0);
const latin = new LatinNames(entries);

/** One character dropped, doubled or changed in the middle of each word of four letters or more. */
function misspelt(text: string, variant: number): string {
  return text.replace(/\p{L}{4,}/gu, (w) => {
    const i = Math.floor(w.length / 2);
    if (variant === 0) return w.slice(0, i) + w.slice(i + 1);
    if (variant === 1) return w.slice(0, i) + w[i] + w.slice(i);
    return `${w.slice(0, i)}x${w.slice(i + 1)}`;
  });
}

const queries = (
  JSON.parse(readFileSync(new URL("./subject-queries.json", import.meta.url), "utf8")) as {
    query: string;
  }[]
).map((q) => q.query);
// Every seventh Latin name (comparing each text with all 2,800 names takes a while).
const latinNames = entries
  .filter((e) => !e.abbreviation && !e.han)
  .map((e) => e.text)
  .filter((_, i) => i % 7 === 0);
const texts = [
  ...queries,
  ...latinNames.flatMap((n) => [`what about ${n}?`, n.replace(/[\s-]+/g, ""), `${misspelt(n, 0)} target`]),
  ...latinNames
    .filter((_, i) => i % 2 === 0)
    .flatMap((n) => [misspelt(n, 1), `the ${misspelt(n, 2)} baseline`]),
];

describe("LatinNames", () => {
  // Its cost grows with the square of the names (its texts are made from them): a generous timeout.
  it("sends on every Latin name that matches a text, exactly, in other forms, run together or misspelt", () => {
    let matched = 0;
    const missed: string[] = [];
    for (const text of texts) {
      const analysed = analyse(text);
      const marks = new Uint8Array(entries.length);
      latin.plausible(analysed, entries, marks);
      entries.forEach((entry, at) => {
        if (entry.abbreviation || entry.han || matchEntry(entry, analysed).length === 0) return;
        matched++;
        if (marks[at] !== 1) missed.push(`${entry.text} in "${text}"`);
      });
    }
    expect(missed).toEqual([]);
    // The texts do exercise every kind of match.
    expect(matched).toBeGreaterThan(texts.length);
  }, 90_000);

  it("leaves out most names for a long message", () => {
    const text =
      "Give me the full set of figures for the geographical representation indicator: starting point, 2023 milestone and 2025 target.";
    const marks = new Uint8Array(entries.length);
    latin.plausible(analyse(text), entries, marks);
    const sent = marks.reduce((sum, m) => sum + m, 0);
    expect(sent).toBeLessThan(entries.length / 5);
    expect(sent).toBeGreaterThan(0);
  });
});
