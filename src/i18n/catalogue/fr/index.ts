import { bot } from "./bot.ts";

/** Every message of the fr catalogue, one module per area of the assistant. */
export const fr = { ...bot } as const;
