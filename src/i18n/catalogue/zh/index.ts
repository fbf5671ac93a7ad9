import { bot } from "./bot.ts";

/** Every message of the zh catalogue, one module per area of the assistant. */
export const zh = { ...bot } as const;
