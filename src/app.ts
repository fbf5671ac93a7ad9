import { INTENTS } from "../intents/index.ts";
import { Bot } from "./bot/bot.ts";
import { DEFAULT_MODEL_CACHE_DIR } from "./config.ts";
import { Knowledge } from "./knowledge/knowledge.ts";
import { loadKnowledgeBase } from "./knowledge/load.ts";
import { type Logger, silentLogger } from "./log.ts";
import type { RequestServices } from "./requests/services.ts";

export interface Assistant {
  bot: Bot;
  knowledge: Knowledge;
}

/** Loads and validates the knowledge base, trains the NLU and returns a ready bot. */
export function createAssistant(
  options: {
    knowledgePath?: string;
    logger?: Logger;
    requests?: RequestServices;
    /** Where the trained classifier is kept between starts; false trains every time. */
    modelCache?: string | false;
  } = {},
): Assistant {
  const knowledge = new Knowledge(loadKnowledgeBase(options.knowledgePath));
  const bot = new Bot({
    knowledge,
    intents: INTENTS,
    logger: options.logger ?? silentLogger,
    ...(options.requests ? { requests: options.requests } : {}),
    ...(options.modelCache === false ? {} : { modelCache: options.modelCache ?? DEFAULT_MODEL_CACHE_DIR }),
  });
  return { bot, knowledge };
}
