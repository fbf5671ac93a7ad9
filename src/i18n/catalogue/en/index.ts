import { adapters } from "./adapters.ts";
import { ask } from "./ask.ts";
import { bot } from "./bot.ts";
import { form } from "./form.ts";
import { intents } from "./intents.ts";
import { language } from "./language.ts";
import { requests } from "./requests.ts";

/** Every message of the en catalogue, one module per area of the assistant. */
export const en = { ...bot, ...form, ...requests, ...intents, ...adapters, ...language, ...ask } as const;
