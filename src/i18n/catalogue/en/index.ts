import { bot } from "./bot.ts";

/** Every message of the en catalogue, one module per area of the assistant. */
export const en = { ...bot } as const;
