import { describe, expect, it } from "vitest";
import { compact, editDistance, hasHan, normalize, stem, tokenize } from "../../src/i18n/text.ts";

describe("normalize", () => {
  it("folds full-width letters, digits and punctuation to ASCII, in lower case", () => {
    expect(normalize("ＰＯ５？")).toBe("po5?");
    expect(normalize("ＭＯＢＩＬＩＴＹ　ＴＡＲＧＥＴ")).toBe("mobility target");
  });

  it("turns every dash into a hyphen and curly quotes into straight ones", () => {
    expect(normalize("P1–P4 — P5‑D2 −3")).toBe("p1-p4 - p5-d2 -3");
    expect(normalize("“One ILO” ‘lesson’")).toBe("\"one ilo\" 'lesson'");
  });

  it("replaces control characters and zero-width marks with spaces, then collapses spaces", () => {
    expect(normalize("a\u0000b\tc\r\nd\u200be\ufeff")).toBe("a b c d e");
    expect(normalize("  many    spaces  ")).toBe("many spaces");
  });
});

describe("tokenize", () => {
  it.each([
    ["vacancies", "vacancy"],
    ["planning", "plan"],
    ["recruitment", "recruit"],
    ["digitalization", "digitalisation"],
    ["managers", "manager"],
    ["staff's", "staff"],
  ])("stems %s and %s alike", (a, b) => {
    expect(tokenize(a)).toEqual(tokenize(b));
    expect(tokenize(a)).toHaveLength(1);
  });

  it("keeps grade codes whole and drops English stop words unless asked", () => {
    expect(tokenize("What is the target for P5 and P1–P4?")).toEqual(["target", "p5", "p1", "p4"]);
    expect(tokenize("what is the", { keepStopWords: true })).toEqual(["what", "is", "the"]);
    expect(tokenize("what is the")).toEqual([]);
  });

  it("folds accents so French and Spanish words meet their unaccented forms", () => {
    expect(tokenize("représentation géographique")).toEqual(tokenize("representation geographique"));
  });

  it("cuts Chinese into words with Intl.Segmenter, plus character bigrams that span the words", () => {
    const tokens = tokenize("职员队伍规划");
    expect(tokens).toEqual(expect.arrayContaining(["职员", "队伍", "规划", "~员队", "~伍规"]));
    // A bigram that is already a word is not repeated.
    expect(tokens).not.toContain("~职员");
  });

  it("drops Chinese stop words but keeps the bigrams around them", () => {
    const tokens = tokenize("女性担任高级职位的目标是多少？");
    expect(tokens).toEqual(expect.arrayContaining(["女性", "高级", "职位", "目标", "~位的"]));
    expect(tokens).not.toContain("的");
    expect(tokens).not.toContain("多少");
  });

  it("cuts a mixed sentence into both kinds of tokens", () => {
    expect(tokenize("P5及以上女性比例")).toEqual(expect.arrayContaining(["p5", "女性", "比例"]));
  });
});

describe("stem", () => {
  it("leaves short words and words with digits alone", () => {
    expect(stem("ilo")).toBe("ilo");
    expect(stem("p1p4s")).toBe("p1p4s");
  });
});

describe("compact and hasHan", () => {
  it("compacts an alias to letters, digits and plus signs", () => {
    expect(compact("P5+ Women – senior")).toBe("p5+womensenior");
    expect(compact("P1–P4 女性")).toBe("p1p4女性");
  });

  it("tells Chinese text from other text", () => {
    expect(hasHan("流动 mobility")).toBe(true);
    expect(hasHan("mobility")).toBe(false);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("mobilty", "mobility", 2)).toBe(1);
    expect(editDistance("流动性", "流动", 2)).toBe(1);
    expect(editDistance("same", "same", 0)).toBe(0);
    expect(editDistance("", "abc", 3)).toBe(3);
  });

  it("stops early and answers max + 1 once the distance is over the budget", () => {
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("abc", "abcdef", 2)).toBe(3);
    expect(editDistance("training", "mobility", 2)).toBe(3);
  });
});
