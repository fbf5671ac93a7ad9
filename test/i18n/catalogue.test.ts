import { describe, expect, it } from "vitest";
import { CATALOGUES, type MessageKey } from "../../src/i18n/catalogue/index.ts";
import { formatDay, formatList, formatNumber } from "../../src/i18n/format.ts";
import { LOCALES } from "../../src/i18n/locale.ts";
import { type MessageValues, t } from "../../src/i18n/messages.ts";

/** The arguments of an ICU message and their kind, read as the type-level reader does. */
function argumentsOf(message: string): Map<string, string> {
  const found = new Map<string, string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === "{") {
      if (depth % 2 === 0) {
        const rest = message.slice(i + 1);
        const head = rest.slice(0, rest.indexOf("}"));
        const [name = "", kind = "text"] = head.split(",").map((s) => s.trim());
        found.set(name, kind);
      }
      depth++;
    } else if (c === "}") depth = Math.max(0, depth - 1);
  }
  return found;
}

function sampleValues(args: Map<string, string>): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const [name, kind] of args) {
    values[name] =
      kind === "plural" || kind === "number" || kind === "selectordinal"
        ? 3
        : kind === "date"
          ? new Date(Date.UTC(2027, 2, 1))
          : kind === "select"
            ? "other"
            : `‹${name}›`;
  }
  return values;
}

const keys = Object.keys(CATALOGUES.en) as MessageKey[];

describe("message catalogues", () => {
  it("has the same keys in every locale as in English", () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort()).toEqual([...keys].sort());
  });

  it("formats every message in every locale, with the English placeholders and no others", () => {
    const problems: string[] = [];
    for (const key of keys) {
      const base = argumentsOf(CATALOGUES.en[key]);
      for (const locale of LOCALES) {
        const args = argumentsOf(CATALOGUES[locale][key]);
        if ([...args.keys()].sort().join() !== [...base.keys()].sort().join())
          problems.push(`${locale} ${key}: placeholders ${[...args.keys()]} ≠ ${[...base.keys()]}`);
        const values = sampleValues(base);
        const text = (t as (l: string, k: string, v: object) => string)(locale, key, values);
        if (text === key || text.includes("{") || text.includes("}"))
          problems.push(`${locale} ${key}: ${text}`);
        for (const [name, kind] of base)
          if (kind === "text" && !text.includes(`‹${name}›`))
            problems.push(`${locale} ${key}: drops {${name}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no text left untranslated from English in French or Spanish", () => {
    // a few words are the same in every language (a code, a name); whole sentences are not
    const words = (text: string): string => {
      const inner = text.replace(/\{[^{}]*\}/g, "");
      return inner === text ? text.replace(/[^\p{L}]/gu, "") : words(inner);
    };
    const same = keys.filter(
      (key) =>
        words(CATALOGUES.en[key]).length > 0 &&
        CATALOGUES.en[key].length > 24 &&
        (CATALOGUES.fr[key] === CATALOGUES.en[key] || CATALOGUES.es[key] === CATALOGUES.en[key]),
    );
    expect(same).toEqual([]);
  });

  it("fills placeholders and keeps figures and ids as given", () => {
    expect(
      t("en", "proposal.approve", { id: "FWA-2026-0001", type: "Flexible working", requester: "Maria" }),
    ).toBe("Approve FWA-2026-0001 (Flexible working, Maria)?");
    expect(t("fr", "bot.truncated", { max: 4000 })).toContain("4000");
    expect(t("es", "confirm.cancel")).toBe("Cancelar");
  });

  it("checks the values' names at compile time", () => {
    // @ts-expect-error: "id" is missing
    expect(() => t("en", "proposal.approve", { type: "x", requester: "y" })).not.toThrow();
    // @ts-expect-error: the message takes no values
    t("en", "confirm.cancel", { extra: 1 });
    const values: MessageValues<"bot.truncated"> = { max: 4000 };
    expect(t("zh", "bot.truncated", values)).toContain("4000");
  });
});

describe("Intl formatting", () => {
  it("writes a day as each locale does", () => {
    expect(formatDay("2027-03-01", "en")).toBe("1 March 2027");
    expect(formatDay("2027-03-01", "zh")).toBe("2027年3月1日");
    expect(formatDay("2027-03-01", "fr")).toBe("1er mars 2027");
    expect(formatDay("2027-03-01", "es")).toBe("1 de marzo de 2027");
  });

  it("returns what is not a calendar day unchanged", () => {
    expect(formatDay("2027-02-30", "en")).toBe("2027-02-30");
    expect(formatDay("soon", "fr")).toBe("soon");
  });

  it("writes numbers and lists as each locale does", () => {
    expect(formatNumber(12500, "en")).toBe("12,500");
    expect(formatNumber(12500, "fr")).toMatch(/^12\s500$/u);
    expect(formatList(["a", "b", "c"], "en")).toBe("a, b and c");
    expect(formatList(["a", "b", "c"], "es")).toBe("a, b y c");
    expect(formatList(["a", "b"], "fr", "disjunction")).toBe("a ou b");
  });
});

describe("request types", () => {
  it("have every label, prompt, choice and note in French and Spanish", async () => {
    const { REQUEST_TYPES } = await import("../../src/requests/types/index.ts");
    const missing: string[] = [];
    // a code the same in every language ("P4") needs no translation
    const check = (where: string, text: { en: string; zh: string; fr?: string; es?: string } | undefined) => {
      if (text && text.en !== text.zh && (!text.fr || !text.es)) missing.push(`${where}: ${text.en}`);
    };
    for (const type of REQUEST_TYPES) {
      check(`${type.id} title`, type.title);
      check(`${type.id} summary`, type.summary);
      for (const note of type.notes ?? []) check(`${type.id} note`, note);
      for (const field of type.fields) {
        check(`${type.id}.${field.name}`, field.label);
        check(`${type.id}.${field.name} prompt`, field.prompt);
        check(`${type.id}.${field.name} help`, field.help);
        for (const choice of field.choices ?? [])
          check(`${type.id}.${field.name}.${choice.value}`, choice.label);
      }
    }
    expect(missing).toEqual([]);
  });
});
