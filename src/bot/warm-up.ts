import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Logger } from "../log.ts";
import type { Nlu } from "../nlu/nlu.ts";
import { memoryLanguageChoices } from "../requests/language-choices.ts";
import type { IntentSpec } from "./intent.ts";
import { Incoming } from "./messages.ts";
import type { Router } from "./routing.ts";

/** Examples sent through: every intent and language, in about half a second. */
const SAMPLES = 160;

export interface WarmUpParts {
  nlu: Nlu;
  router: Router;
  intents: ReadonlyMap<string, IntentSpec>;
  knowledge: Knowledge;
  logger: Logger;
}

/**
 * Sends a sample of the training examples through understanding, routing and the handlers of the
 * intents that only read the knowledge base — no request services, a throwaway memory and
 * language store, so nothing is kept — so the first staff messages do not pay for what V8 does
 * lazily on first use: compiling regular expressions, hot functions and catalogue messages.
 * Without it the first pass over the evaluation questions had a p99 of about 60 ms.
 * Returns how long it took.
 */
export async function warmUp(parts: WarmUpParts, samples = SAMPLES): Promise<number> {
  const started = performance.now();
  const { nlu, router, intents, knowledge, logger } = parts;
  const languages = memoryLanguageChoices();
  for (const text of nlu.sampleExamples(samples)) {
    const understanding = nlu.understand(text);
    const id = router.route(understanding, { followsIndicator: false });
    const intent = intents.get(id);
    if (!intent || intent.effect || router.groupOf(id) === "request") continue;
    const message = Incoming.parse({
      platform: "console",
      user: { id: "warm-up" },
      conversation: { id: "warm-up" },
      text,
    });
    try {
      await intent.handle({ message, understanding, knowledge, memory: {}, languages });
    } catch (error) {
      logger.warn({ err: error, intent: id }, "warm-up message failed");
    }
  }
  return performance.now() - started;
}
