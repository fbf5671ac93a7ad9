import { z } from "zod";
import type { DialogStore } from "../dialogs/store.ts";
import type { Understanding } from "./intent.ts";
import type { Reply } from "./messages.ts";
import { makeReply, paragraph } from "./reply.ts";
import { TEXTS } from "./request-texts.ts";

/**
 * Propose, then confirm: a typed command that changes a request ("withdraw FWA-2026-0007") only
 * proposes it; the next message confirms ("yes", "confirm", "确认") or drops it ("no", "cancel",
 * "取消"). Any other message drops it too, so a later "yes" never acts on a stale proposal. The
 * proposal waits in the dialog store (it survives a restart) for a short time only.
 *
 *   const confirm = confirmations(services.dialogs, services.clock);
 *   await confirm.propose(key, { intent: "request_withdraw", requestId: "FWA-2026-0007" }, "Withdraw…?");
 *   const taken = await confirm.takeConfirmation(key, "yes"); // { kind: "confirmed", action }
 */

/** What to run once confirmed: the intent that proposed it, and what it needs. */
export const PendingAction = z.strictObject({
  intent: z.string().min(1).max(100),
  requestId: z.string().max(40).optional(),
  /** Anything else the intent needs to act (a comment, a date), as text. */
  args: z.record(z.string().max(60), z.string().max(4000)).default({}),
});
export type PendingAction = z.infer<typeof PendingAction>;

const Stored = z.object({
  kind: z.literal("confirm"),
  action: PendingAction,
  summary: z.string(),
  expiresAt: z.iso.datetime(),
});

export type Taken =
  /** The user confirmed: run `action` now. */
  | { kind: "confirmed"; action: PendingAction; summary: string }
  /** The user said no: nothing is done. */
  | { kind: "declined"; action: PendingAction; summary: string }
  /** A "yes" or "no" came after the proposal expired: nothing is done. */
  | { kind: "expired"; action: PendingAction }
  /** No proposal is waiting, or the message is about something else (it is dropped then). */
  | { kind: "none" };

/** How long a proposal waits for its answer. */
export const CONFIRM_TTL_MS = 5 * 60 * 1000;

const END = "\\s*[.!。！]?\\s*$";
const YES = new RegExp(
  `^\\s*(yes|y|yes please|confirm|confirmed|ok|okay|go ahead|do it|是|是的|好|好的|确认|确定|可以)${END}`,
  "i",
);
const NO = new RegExp(
  `^\\s*(no|n|no thanks|cancel|stop|keep it|don't|never ?mind|否|不|不要|不用了|取消|算了|保留)${END}`,
  "i",
);

export interface Confirmations {
  /** Stores `action` for `key` (one conversation's user), replacing any earlier proposal. */
  propose(key: string, action: PendingAction, summary: string): Promise<void>;
  /** Reads `text` as the answer to the proposal waiting for `key`, if any, and consumes it. */
  takeConfirmation(key: string, text: string): Promise<Taken>;
}

const storeKey = (key: string) => `confirm:${key}`;

export function confirmations(
  store: DialogStore,
  clock: () => Date,
  ttlMs: number = CONFIRM_TTL_MS,
): Confirmations {
  return {
    async propose(key, action, summary) {
      const expiresAt = new Date(clock().getTime() + ttlMs).toISOString();
      await store.set(storeKey(key), {
        kind: "confirm",
        action: PendingAction.parse(action),
        summary,
        expiresAt,
      });
    },
    async takeConfirmation(key, text) {
      const raw = await store.get(storeKey(key));
      if (!raw) return { kind: "none" };
      await store.delete(storeKey(key));
      const stored = Stored.safeParse(raw);
      if (!stored.success) return { kind: "none" };
      const { action, summary, expiresAt } = stored.data;
      const answer = YES.test(text) ? "yes" : NO.test(text) ? "no" : undefined;
      if (!answer) return { kind: "none" };
      if (clock().toISOString() > expiresAt) return { kind: "expired", action };
      return answer === "yes"
        ? { kind: "confirmed", action, summary }
        : { kind: "declined", action, summary };
    },
  };
}

/** The reply to a "no", or to an answer that came too late: nothing was done. */
export function confirmationClosed(
  taken: Extract<Taken, { kind: "declined" | "expired" }>,
  understanding: Pick<Understanding, "lang" | "answerLang">,
): Reply {
  const text = taken.kind === "declined" ? TEXTS.dropped : TEXTS.expired;
  return makeReply(taken.action.intent, understanding.lang, [paragraph(text[understanding.answerLang]())]);
}
