/**
 * The words of commands on requests, in English, Chinese, French and Spanish: the evidence the
 * request intents' rules read besides the classifier. One place per notion, so that a language
 * is added in its words (`src/i18n/catalogue/<locale>/words.ts`) and not in each intent. Accents
 * are optional: staff often type without them.
 */
import { anyLanguage } from "../i18n/words.ts";

/** HR's three decisions, in the order they are tested: "不批准" and "不同意" are refusals, not approvals. */
export type DecisionWord = "request-info" | "reject" | "approve";

export const DECISION_WORDS: readonly [DecisionWord, RegExp][] = [
  ["request-info", anyLanguage((w) => w.commands.requestInfo, "i")],
  ["reject", anyLanguage((w) => w.commands.reject, "i")],
  ["approve", anyLanguage((w) => w.commands.approve, "i")],
];

/** Withdrawing one's own request: "withdraw", "take it back", "scrap", "撤回", "retirer", "anular". */
export const WITHDRAW_WORDS = anyLanguage((w) => w.commands.withdraw, "i");

/** Giving HR the information it asked for, so the request goes back to it. */
export const RESUBMIT_WORDS = anyLanguage((w) => w.commands.resubmit, "i");

/** A selection finished for an early recruitment: "selection finished", "遴选完成", "选完人了". */
export const SELECTION_WORDS = anyLanguage((w) => w.commands.selection, "i");

/** Asking how a request is doing. */
export const STATUS_WORDS = anyLanguage((w) => w.commands.status, "i");

/** What HR did, reported back to it: a reply to HR, never a decision. */
export const REPORTED_DECISION = anyLanguage((w) => w.commands.reportedDecision, "i");

/** Someone asking to make a request, not asking about the strategy. */
export const ASKS_FOR_A_REQUEST = anyLanguage((w) => w.commands.asksForARequest, "i");

/** The user's own requests, as a list. */
export const MINE = anyLanguage((w) => w.commands.mine, "i");

/** HR's queue of requests awaiting a decision. */
export const QUEUE = anyLanguage((w) => w.commands.queue, "i");

/** The message speaks of requests at all: "requests", "demandes", "j'ai demandé", "solicitudes", "申请". */
export const SPEAKS_OF_REQUESTS = anyLanguage((w) => w.commands.speaksOfRequests, "i");

/** An export of the request log. */
export const EXPORT = anyLanguage((w) => w.commands.export, "i");

/** Statistics of requests. */
export const STATS = anyLanguage((w) => w.commands.stats, "i");

/** A person in HR asked for: "ask HR", "a human", "人力资源", "les RH", "recursos humanos". */
export const HR_PERSON_WORDS = anyLanguage((w) => w.commands.hrPerson, "i");
