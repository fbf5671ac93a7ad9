import { type Assistant, createAssistant } from "../../src/app.ts";
import type { Incoming, Reply } from "../../src/bot/messages.ts";
import { toPlainText } from "../../src/bot/plain-text.ts";

let shared: Assistant | undefined;

/** One assistant per test file: loading and training take a fraction of a second, once. */
export function assistant(): Assistant {
  shared ??= createAssistant();
  return shared;
}

export interface Asked {
  reply: Reply;
  text: string;
}

/** Asks the bot as a console user; each call is a fresh conversation unless one is given. */
export async function ask(
  text: string,
  conversation = `c-${Math.random()}`,
  extra: Partial<Incoming> = {},
): Promise<Asked> {
  const reply = await assistant().bot.handle({
    platform: "console",
    user: { id: "tester" },
    conversation: { id: conversation },
    text,
    ...extra,
  });
  return { reply, text: toPlainText(reply) };
}
