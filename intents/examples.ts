import { readFileSync } from "node:fs";
import { z } from "zod";
import type { IntentSpec } from "../src/bot/intent.ts";

/**
 * Training utterances kept per language beside the declarations (`examples/<lang>.json`, intent id
 * → utterances), so that adding a language is adding one file. They are merged with the examples
 * each declaration carries.
 */
const ExampleFile = z.record(z.string().min(1), z.array(z.string().min(1).max(500)));
export type ExampleFile = z.infer<typeof ExampleFile>;

export const EXAMPLE_LANGUAGES = ["en", "zh", "fr", "es"] as const;

export function readExampleFile(lang: string): ExampleFile {
  const url = new URL(`./examples/${lang}.json`, import.meta.url);
  const parsed = ExampleFile.safeParse(JSON.parse(readFileSync(url, "utf8")));
  if (!parsed.success) throw new Error(`intents/examples/${lang}.json: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The declarations with their language files' examples added; an id no intent has is an error. */
export function withExampleFiles(intents: readonly IntentSpec[]): IntentSpec[] {
  const files = EXAMPLE_LANGUAGES.map((lang) => [lang, readExampleFile(lang)] as const);
  const ids = new Set(intents.map((i) => i.id));
  for (const [lang, file] of files) {
    const unknown = Object.keys(file).filter((id) => !ids.has(id));
    if (unknown.length > 0)
      throw new Error(`intents/examples/${lang}.json: unknown intents ${unknown.join(", ")}`);
  }
  return intents.map((intent) => {
    const examples = { ...intent.examples };
    for (const [lang, file] of files)
      examples[lang] = [...(intent.examples[lang] ?? []), ...(file[intent.id] ?? [])];
    return { ...intent, examples };
  });
}
