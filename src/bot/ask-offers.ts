import { z } from "zod";
import type { DialogStore } from "../requests/dialog-store.ts";
import { MAX_QUESTION_LENGTH } from "../requests/questions/model.ts";
import type { RequestServices } from "../requests/services.ts";
import type { Understanding } from "./intent.ts";
import type { ParsedIncoming, Reply, Suggestion } from "./messages.ts";
import { suggestMessages } from "./reply.ts";
import type { IntentGroup } from "./routing.ts";

/**
 * What follows a reply: a decline or a clarifying question offers "Ask HR" (the question is kept
 * for the conversation for an hour, so "ask HR" can hand it on), a declined question is counted
 * for the unanswered report, and an answer about the strategy offers Helpful / Not helpful (what
 * was answered is kept for the same hour, so the rating knows what it rates).
 */

export const OFFER_TTL_MS = 60 * 60_000;

const Lang = z.enum(["en", "zh", "fr", "es"]);

/** The last question of a conversation that the assistant could not answer. */
export const Unanswered = z.strictObject({
  kind: z.literal("unanswered"),
  text: z.string().min(1).max(MAX_QUESTION_LENGTH),
  /** The question's whole length: one longer than HR takes is refused with it, never cut. */
  length: z.number().int().positive(),
  lang: Lang,
  expiresAt: z.iso.datetime(),
});
export type Unanswered = z.infer<typeof Unanswered>;

/** The last answer about the strategy in a conversation, for a rating of it. */
export const Answered = z.strictObject({
  kind: z.literal("answered"),
  text: z.string().min(1).max(MAX_QUESTION_LENGTH),
  intent: z.string().min(1).max(100),
  subjects: z.array(z.string().max(200)).max(20),
  lang: Lang,
  expiresAt: z.iso.datetime(),
});
export type Answered = z.infer<typeof Answered>;

function keyOf(prefix: string, message: ParsedIncoming): string {
  return `${prefix}:${message.platform}:${message.conversation.id}:${message.user.id}`;
}

async function read<T extends { expiresAt: string }>(
  store: DialogStore,
  key: string,
  schema: z.ZodType<T>,
  now: Date,
): Promise<T | undefined> {
  const stored = await store.get(key);
  if (stored === undefined) return undefined;
  const parsed = schema.safeParse(stored);
  if (parsed.success && new Date(parsed.data.expiresAt) > now) return parsed.data;
  // Expired or unreadable: forgotten, so the log does not keep it.
  await store.delete(key);
  return undefined;
}

export function lastUnanswered(store: DialogStore, message: ParsedIncoming, now: Date) {
  return read(store, keyOf("unanswered", message), Unanswered, now);
}

export function forgetUnanswered(store: DialogStore, message: ParsedIncoming): Promise<void> {
  return store.delete(keyOf("unanswered", message));
}

export function lastAnswer(store: DialogStore, message: ParsedIncoming, now: Date) {
  return read(store, keyOf("answered", message), Answered, now);
}

export function forgetAnswer(store: DialogStore, message: ParsedIncoming): Promise<void> {
  return store.delete(keyOf("answered", message));
}

export interface OfferContext {
  message: ParsedIncoming;
  understanding: Understanding;
  /** What the user typed, whole. */
  raw: string;
  group: IntentGroup | undefined;
  /** The intent declares its questions private (one's own record): their words are never kept. */
  privateText: boolean;
}

function withSuggestions(reply: Reply, added: readonly Suggestion[]): Reply {
  const fresh = added.filter((a) => !reply.suggestions.some((s) => s.message === a.message));
  return fresh.length === 0 ? reply : { ...reply, suggestions: [...reply.suggestions, ...fresh] };
}

export async function withOffers(
  reply: Reply,
  context: OfferContext,
  services: RequestServices,
): Promise<Reply> {
  const { message, understanding, group } = context;
  const lang = understanding.answerLang;
  const whole = context.raw.trim();
  const text = whole.slice(0, MAX_QUESTION_LENGTH);
  if (text.length === 0) return reply;
  const expiresAt = new Date(services.clock().getTime() + OFFER_TTL_MS).toISOString();
  const declined = reply.outcome === "decline";
  // A clarifying question about a request ("approve which one?") is not one for HR to answer.
  const unsure = reply.outcome === "clarify" && group !== "request";
  if (declined || unsure) {
    await services.dialogs.set(keyOf("unanswered", message), {
      kind: "unanswered",
      text,
      length: whole.length,
      lang: understanding.lang,
      expiresAt,
    } satisfies Unanswered);
    if (declined) {
      await services.feedback.record({
        kind: "declined",
        intent: reply.intent,
        subjects: reply.subjects ?? [],
        lang: understanding.lang,
        question: text,
        privateText: context.privateText,
      });
    }
    return withSuggestions(reply, suggestMessages(lang, ["ask.offer"]));
  }
  if (reply.outcome === "answer" && (group === "topic" || group === "strategy")) {
    await services.dialogs.set(keyOf("answered", message), {
      kind: "answered",
      text,
      intent: reply.intent,
      subjects: (reply.subjects ?? []).slice(0, 20),
      lang: understanding.lang,
      expiresAt,
    } satisfies Answered);
    return withSuggestions(reply, suggestMessages(lang, ["ask.helpful", "ask.notHelpful"]));
  }
  return reply;
}
