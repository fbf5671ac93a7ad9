import { INTENTS } from "../intents/index.ts";
import { Bot } from "./bot/bot.ts";
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
  options: { knowledgePath?: string; logger?: Logger; requests?: RequestServices; modelCache?: string } = {},
): Assistant {
  const knowledge = new Knowledge(loadKnowledgeBase(options.knowledgePath));
  const bot = new Bot({
    knowledge,
    intents: INTENTS,
    logger: options.logger ?? silentLogger,
    ...(options.requests ? { requests: options.requests } : {}),
    ...(options.modelCache ? { modelCache: options.modelCache } : {}),
  });
  return { bot, knowledge };
}
