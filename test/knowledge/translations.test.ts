import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Every text of the knowledge base, with where it is. */
function texts(value: unknown, at = ""): { at: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}/${i}`));
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === "string" && typeof record.zh === "string") return [{ at, text: record }];
  return Object.entries(record).flatMap(([k, v]) => texts(v, `${at}/${k}`));
}

/** The digits a text states, as a sorted list: "220,000" is 220 and 000, "47–53%" 47 and 53. */
function digits(text: string): string[] {
  return (text.match(/\d+/g) ?? []).sort();
}

const kb: unknown = JSON.parse(readFileSync(new URL("../../data/strategy.json", import.meta.url), "utf8"));
const all = texts(kb);

describe("the knowledge base in French and Spanish", () => {
  it("has every text in both languages", () => {
    expect(all.length).toBeGreaterThan(500);
    const missing = all.filter(({ text }) => typeof text.fr !== "string" || typeof text.es !== "string");
    expect(missing.map((m) => m.at)).toEqual([]);
  });

  it.each(["fr", "es"])("states in %s exactly the figures the English states", (lang) => {
    const differ = all
      .filter(
        ({ text }) => JSON.stringify(digits(String(text[lang]))) !== JSON.stringify(digits(String(text.en))),
      )
      .map(({ at, text }) => `${at}: ${text.en} ≠ ${text[lang]}`);
    expect(differ).toEqual([]);
  });
});
