import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_KNOWLEDGE_PATH, KnowledgeBaseError, loadKnowledgeBase } from "../../src/knowledge/load.ts";

/** The raw JSON of the real file, as the loader sees it before validation. */
type Raw = Record<string, unknown> & {
  paper: { symbol: string };
  passages: { text: { zh: string } }[];
  facts: { id: string }[];
  lessons: { section: string }[];
  indicators: { id: string; target2025?: unknown; aliases: { en: string[] }; focusArea?: string }[];
  unsetTopics: {
    id: string;
    mentioned: boolean;
    note?: unknown;
    seeAlso: string[];
    mentions: { section: string; paragraphs: number[] }[];
    aliases: { en: string[] };
  }[];
  systems: { id: string; abbreviations?: string[] }[];
};

const original = readFileSync(DEFAULT_KNOWLEDGE_PATH, "utf8");
const dir = mkdtempSync(join(tmpdir(), "kb-loader-"));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a copy of the real knowledge base, changed by `edit`, and returns its path. */
function brokenCopy(name: string, edit: (kb: Raw) => void): string {
  const kb = JSON.parse(original) as Raw;
  edit(kb);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(kb));
  return path;
}

/** The real knowledge base, parsed but not validated. */
function kb(): Raw {
  return JSON.parse(original) as Raw;
}

function loadError(path: string): KnowledgeBaseError {
  try {
    loadKnowledgeBase(path);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return error as KnowledgeBaseError;
  }
  throw new Error(`${path} loaded, but it should not have`);
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in the knowledge base`);
  return item;
}

describe("loadKnowledgeBase", () => {
  it("loads the real knowledge base", () => {
    const kb = loadKnowledgeBase();
    expect(kb.paper.symbol).toBe("GB.343/PFA/14");
    expect(kb.indicators).toHaveLength(11);
  });

  it("names a missing file", () => {
    const path = join(dir, "nowhere.json");
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/cannot read.*ENOENT/);
  });

  it("names a file that is not JSON", () => {
    const path = join(dir, "not-json.json");
    writeFileSync(path, original.slice(0, 500));
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain("is not valid JSON");
  });

  it("names an indicator whose 2025 target is missing", () => {
    const path = brokenCopy("no-target", (kb) => {
      delete at(kb.indicators, 3).target2025;
    });
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/at indicators\.3\.target2025: .*expected object, received undefined/);
  });

  it("names an empty Chinese text", () => {
    const path = brokenCopy("empty-zh", (kb) => {
      at(kb.passages, 5).text.zh = "  ";
    });
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/at passages\.5\.text\.zh: Too small/);
  });

  it("names a duplicate id and where both are", () => {
    let id = "";
    const path = brokenCopy("duplicate-id", (kb) => {
      id = at(kb.facts, 0).id;
      at(kb.facts, 1).id = id;
    });
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain(`duplicate id "${id}" at facts.1 (first at facts.0)`);
  });

  it("names an unknown section", () => {
    const path = brokenCopy("unknown-section", (kb) => {
      at(kb.lessons, 2).section = "chapter-9";
    });
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain('lessons.2.section: unknown section "chapter-9"');
  });

  it("names an alias shared by two indicators", () => {
    const path = brokenCopy("shared-alias", (kb) => {
      at(kb.indicators, 0).aliases.en.push("Mobility");
    });
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain('alias "mobility" names both workforce_planning_selection and mobility');
  });

  it("names a name shared by two subjects of different kinds", () => {
    const path = brokenCopy("shared-name", (kb) => {
      at(kb.unsetTopics, 0).aliases.en.push("Mobility");
    });
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain(
      `name "Mobility" names both indicator:mobility and unsetTopic:${at(kb().unsetTopics, 0).id}`,
    );
  });

  it("names an abbreviation that is another subject's name", () => {
    const path = brokenCopy("shared-abbreviation", (kb) => {
      at(kb.systems, 0).abbreviations = ["OHI"];
    });
    const error = loadError(path);
    expect(error.message).toMatch(/name "OHI" names both indicatorGroup:group-ohi and system:/);
  });

  it("names an unset topic citing an unknown section, pointing to an unknown subject, or missing its note", () => {
    const path = brokenCopy("bad-unset-topic", (kb) => {
      const topic = at(kb.unsetTopics, 0);
      at(topic.mentions, 0).section = "chapter-9";
      topic.seeAlso = ["indicator:salaries", "chapter:1"];
      const unmentioned = kb.unsetTopics.find((t) => !t.mentioned);
      if (unmentioned) delete unmentioned.note;
    });
    const error = loadError(path);
    expect(error.message).toContain('unsetTopics.0.mentions.0.section: unknown section "chapter-9"');
    expect(error.message).toContain('unsetTopics.0.seeAlso: unknown subject "indicator:salaries"');
    expect(error.message).toContain('unsetTopics.0.seeAlso: unknown subject "chapter:1"');
    expect(error.message).toMatch(/is not mentioned, so it needs a note saying so/);
  });

  it("names a mention without a paragraph and an indicator in an unknown focus area", () => {
    const path = brokenCopy("bad-mention", (kb) => {
      at(at(kb.unsetTopics, 1).mentions, 0).paragraphs = [];
    });
    expect(loadError(path).message).toMatch(/at unsetTopics\.1\.mentions\.0\.paragraphs: Too small/);
    const focus = brokenCopy("bad-focus-area", (kb) => {
      at(kb.indicators, 2).focusArea = "focus-4.1";
    });
    expect(loadError(focus).message).toContain('indicators.2.focusArea: unknown focus area "focus-4.1"');
  });

  it("names a badly spelled abbreviation", () => {
    const path = brokenCopy("bad-abbreviation", (kb) => {
      at(kb.systems, 1).abbreviations = ["I R I S"];
    });
    expect(loadError(path).message).toMatch(/at systems\.1\.abbreviations\.0: /);
  });

  it("names a wrong document symbol", () => {
    const path = brokenCopy("wrong-symbol", (kb) => {
      kb.paper.symbol = "GB.343/PFA/15";
    });
    const error = loadError(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain('at paper.symbol: Invalid input: expected "GB.343/PFA/14"');
  });
});
