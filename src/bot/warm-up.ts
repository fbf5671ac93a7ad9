import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Logger } from "../log.ts";
import type { Nlu } from "../nlu/nlu.ts";
import { memoryLanguageChoices } from "../requests/language-choices.ts";
import type { IntentSpec } from "./intent.ts";
import { Incoming } from "./messages.ts";
import type { Router } from "./routing.ts";

/** Examples sent through before the first message: every intent and language, in about a quarter of a second. */
const SAMPLES = 160;
/** Examples sent through once the assistant is ready, a few at a time, between messages. */
const BACKGROUND_SAMPLES = 800;
/** Examples per turn of the event loop in the background: a few milliseconds, so a message waits little. */
const BATCH = 2;

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
  const languages = memoryLanguageChoices();
  for (const text of parts.nlu.sampleExamples(samples)) await warmOne(parts, text, languages);
  return performance.now() - started;
}

/**
 * The same, for more examples, once the assistant is ready: a few per turn of the event loop, so a
 * staff message arriving meanwhile waits for one batch at most. Its turns do not keep the process
 * alive (a console that is closed just exits). Resolves with the time spent warming.
 */
export function warmUpInBackground(parts: WarmUpParts, samples = BACKGROUND_SAMPLES): Promise<number> {
  const texts = parts.nlu.sampleExamples(samples);
  const languages = memoryLanguageChoices();
  let next = 0;
  let spent = 0;
  return new Promise((resolve) => {
    const turn = () => {
      // A timer, not setImmediate: an unref'd immediate lets an idle loop sleep in its poll phase.
      setTimeout(async () => {
        const started = performance.now();
        for (const end = Math.min(texts.length, next + BATCH); next < end; next++)
          await warmOne(parts, texts[next] as string, languages);
        spent += performance.now() - started;
        if (next < texts.length) turn();
        else resolve(spent);
      }, 0).unref();
    };
    turn();
  });
}

async function warmOne(
  parts: WarmUpParts,
  text: string,
  languages: ReturnType<typeof memoryLanguageChoices>,
) {
  const { nlu, router, intents, knowledge, logger } = parts;
  // One example that fails is logged and skipped; the warm-up goes on.
  try {
    const understanding = nlu.understand(text);
    const id = router.route(understanding, { followsIndicator: false });
    const intent = intents.get(id);
    if (!intent || intent.effect || router.groupOf(id) === "request") return;
    const message = Incoming.parse({
      platform: "console",
      user: { id: "warm-up" },
      conversation: { id: "warm-up" },
      text,
    });
    await intent.handle({ message, understanding, knowledge, memory: {}, languages });
  } catch (error) {
    logger.warn({ err: error }, "warm-up message failed");
  }
}
