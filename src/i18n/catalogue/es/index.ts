import { bot } from "./bot.ts";

/** Every message of the es catalogue, one module per area of the assistant. */
export const es = { ...bot } as const;
