/**
 * The commands a platform adapter answers itself (the HR channel, a form as a card), read by
 * understanding in four languages: adapters take the reading from here, below them, and hold no
 * words of their own.
 */
export { type PlatformCommand, platformCommand, slashRequest } from "../nlu/platform-commands.ts";
