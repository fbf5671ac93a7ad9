import { z } from "zod";
import type { Locale } from "../i18n/locale.ts";
import { inEveryLocale, t } from "../i18n/messages.ts";
import { foldAccents, normalize } from "../i18n/text.ts";
import { alternatives } from "../i18n/words.ts";
import type { DialogStore } from "../requests/dialog-store.ts";
import type { Proposal } from "./intent.ts";
import type { Lang, ParsedIncoming, Reply } from "./messages.ts";
import { makeReply, paragraph, suggestMessages } from "./reply.ts";

/**
 * A side effect proposed and waiting for its user's yes or no. Stored beside the open form (so it
 * survives a restart and another instance sees it), keyed by platform, conversation and user: only
 * the person who asked can confirm, and only in the conversation where it was proposed.
 */
export const PendingConfirmation = z.strictObject({
  kind: z.literal("confirmation"),
  intent: z.string().min(1).max(100),
  /** The command as typed: it is understood again, and checked again, when confirmed. */
  text: z.string().max(2000),
  lang: z.enum(["en", "zh", "fr", "es"]),
  /** The request the proposal was about, as it was resolved then: the confirmation acts on it alone. */
  requestId: z.string().max(40).optional(),
  /** When it was proposed: "today" in the command means that day, whenever it is confirmed. */
  proposedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type PendingConfirmation = z.infer<typeof PendingConfirmation>;

/** Long enough to read the summary and answer; short enough that a stray "yes" tomorrow does nothing. */
export const CONFIRMATION_TTL_MS = 10 * 60_000;

// Accents are folded before these are tested: "sí" is "si", "très bien" is "tres bien".
const YES = new RegExp(`^(${alternatives((w) => w.answers.yes)})$`);
const NO = new RegExp(`^(${alternatives((w) => w.answers.no)})$`);

/** The Confirm and Cancel buttons' own words in every language ("Confirmer", "Cancelar"), sent as typed. */
const CONFIRM_WORDS = new Set(inEveryLocale("confirm.confirm").map((w) => foldAccents(normalize(w))));
const CANCEL_WORDS = new Set(inEveryLocale("confirm.cancel").map((w) => foldAccents(normalize(w))));

export type Answer = "yes" | "no" | "other";

/** The user's reply to a confirmation question: only a plain yes or no counts. */
export function answerTo(text: string): Answer {
  const t = foldAccents(normalize(text))
    .replace(/^[\s¡¿]+/u, "")
    .replace(/[\s.!?,，。！？]+$/u, "")
    .replace(/^(please|s'il vous plait|s'il te plait|por favor)\s+/, "")
    .replace(/,?\s+(please|s'il vous plait|s'il te plait|por favor)$/, "");
  if (YES.test(t) || CONFIRM_WORDS.has(t)) return "yes";
  if (NO.test(t) || CANCEL_WORDS.has(t)) return "no";
  return "other";
}

export function confirmationKey(message: ParsedIncoming): string {
  return `confirm:${message.platform}:${message.conversation.id}:${message.user.id}`;
}

export async function pendingOf(
  store: DialogStore,
  message: ParsedIncoming,
  now: Date,
): Promise<PendingConfirmation | "expired" | undefined> {
  const key = confirmationKey(message);
  const stored = await store.get(key);
  if (!stored) return undefined;
  const parsed = PendingConfirmation.safeParse(stored);
  if (!parsed.success) {
    await store.delete(key);
    return undefined;
  }
  if (new Date(parsed.data.expiresAt) <= now) {
    await store.delete(key);
    return "expired";
  }
  return parsed.data;
}

export async function propose(
  store: DialogStore,
  message: ParsedIncoming,
  pending: Omit<PendingConfirmation, "kind" | "expiresAt" | "proposedAt">,
  now: Date,
): Promise<void> {
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS).toISOString();
  const proposedAt = now.toISOString();
  await store.set(confirmationKey(message), { kind: "confirmation", ...pending, proposedAt, expiresAt });
}

export function dropConfirmation(store: DialogStore, message: ParsedIncoming): Promise<void> {
  return store.delete(confirmationKey(message));
}

/** The proposal as a reply: what will happen, and Confirm / Cancel. */
export function proposalReply(intent: string, proposal: Proposal, lang: Lang, answerLang: Locale): Reply {
  return makeReply(
    intent,
    lang,
    [paragraph(proposal.question), ...proposal.parts, paragraph(t(answerLang, "confirm.howTo"))],
    {
      suggestions: suggestMessages(answerLang, ["confirm.confirm", "confirm.cancel"]),
      outcome: "confirm",
      subjects: proposal.subjects,
    },
  );
}

export function cancelledReply(lang: Lang, answerLang: Locale): Reply {
  return makeReply("confirmation_cancelled", lang, [paragraph(t(answerLang, "confirm.cancelled"))], {
    outcome: "done",
  });
}

export function expiredReply(lang: Lang, answerLang: Locale): Reply {
  return makeReply("confirmation_expired", lang, [paragraph(t(answerLang, "confirm.expired"))]);
}

/**
 * The choices of the last clarifying question in a conversation, so that "2" picks the second
 * where no buttons show them (the console). Any other message forgets them.
 */
const PendingChoices = z.strictObject({
  kind: z.literal("choices"),
  messages: z.array(z.string().max(2000)).min(1).max(10),
  expiresAt: z.iso.datetime(),
});

function choicesKey(message: ParsedIncoming): string {
  return `choices:${message.platform}:${message.conversation.id}:${message.user.id}`;
}

export async function rememberChoices(
  store: DialogStore,
  message: ParsedIncoming,
  messages: readonly string[],
  now: Date,
): Promise<void> {
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS).toISOString();
  await store.set(choicesKey(message), { kind: "choices", messages: [...messages], expiresAt });
}

/** The choice a bare number picks, if the last reply offered choices; the choices are forgotten either way. */
export async function pickedChoice(
  store: DialogStore,
  message: ParsedIncoming,
  text: string,
  now: Date,
): Promise<string | undefined> {
  const key = choicesKey(message);
  const raw = await store.get(key);
  if (!raw) return undefined;
  // Read once, then forgotten, readable or not.
  await store.delete(key);
  const stored = PendingChoices.safeParse(raw);
  if (!stored.success) return undefined;
  const number = /^\s*(\d{1,2})\s*[.)。]?\s*$/.exec(text.normalize("NFKC"));
  if (!number || new Date(stored.data.expiresAt) <= now) return undefined;
  return stored.data.messages[Number(number[1]) - 1];
}
