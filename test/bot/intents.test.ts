import { describe, expect, it } from "vitest";
import { INTENTS } from "../../intents/index.ts";
import { IntentClassifier } from "../../src/nlu/classifier.ts";
import { ask } from "../support/assistant.ts";

const examples = INTENTS.flatMap((intent) =>
  Object.entries(intent.examples).flatMap(([lang, list]) =>
    (list ?? []).map((text) => ({ intent: intent.id, lang, text })),
  ),
);

describe("intent registry", () => {
  it("has unique ids and examples in English and Chinese for every intent", () => {
    expect(new Set(INTENTS.map((i) => i.id)).size).toBe(INTENTS.length);
    for (const intent of INTENTS) {
      expect(intent.examples.en.length, intent.id).toBeGreaterThanOrEqual(5);
      expect(intent.examples.zh.length, intent.id).toBeGreaterThanOrEqual(5);
    }
  });

  it("classifies held-out examples: each example left out of training is still recognised", () => {
    // Leave-one-out: a classifier that only memorised its examples would fail here.
    let correct = 0;
    const misses: string[] = [];
    for (let i = 0; i < examples.length; i++) {
      const held = examples[i];
      if (!held) continue;
      const classifier = new IntentClassifier(examples.filter((_, j) => j !== i));
      const got = classifier.classify(held.text).intent;
      if (got === held.intent) correct++;
      else misses.push(`${held.intent} ← "${held.text}" (got ${got})`);
    }
    const accuracy = correct / examples.length;
    expect(accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.55);
  });

  it("routes each intent's examples to an answer of that intent or a grounded fallback", async () => {
    const fallbacks: Record<string, string[]> = {
      // Detailed questions may be answered by quoting the paper rather than by the topic handler.
      facts: ["search"],
      search: ["facts", "out_of_scope", "focus_area", "lessons"],
      indicator: ["all_indicators"],
      focus_area: ["search"],
      outcome: ["search"],
      overview: ["search"],
    };
    const wrong: string[] = [];
    for (const example of examples) {
      const { reply } = await ask(example.text);
      const allowed = [example.intent, ...(fallbacks[example.intent] ?? [])];
      if (!allowed.includes(reply.intent))
        wrong.push(`"${example.text}": ${example.intent} → ${reply.intent}`);
    }
    expect(wrong).toEqual([]);
  });
});
