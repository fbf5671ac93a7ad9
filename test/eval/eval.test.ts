import path from "node:path";
import { describe, expect, it } from "vitest";
import { assistant } from "../support/assistant.ts";
import { readCases, runCases, shareBy } from "./scoring.ts";

const here = import.meta.dirname;

describe.each(["dev.jsonl", "extra.jsonl"])("evaluation set %s", (file) => {
  it("answers at least 95% correctly in each language", async () => {
    const results = await runCases(assistant().bot, readCases(path.join(here, file)));
    const failures = results
      .filter((r) => !r.passed)
      .map((r) => `[${r.case.id}] ${r.case.question}: ${r.why.join("; ")}`);
    for (const [lang, [pass, total]] of shareBy(results, (r) => r.case.lang)) {
      expect(pass / total, `${lang}:\n${failures.join("\n")}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
