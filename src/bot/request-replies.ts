import type { Locale } from "../i18n/locale.ts";
import { type MessageKey, t, tAny } from "../i18n/messages.ts";
import { type Actor, OPEN_STATUSES, type RequestRecord, type RequestStatus } from "../requests/model.ts";
import { formatDate } from "../requests/parse.ts";
import type { RequestServices } from "../requests/services.ts";
import { REQUEST_TYPES, typesNamed } from "../requests/types/index.ts";
import { requestFacts, requestLine, statusText, typeTitle } from "../requests/views.ts";
import type { Refusal } from "../requests/workflow.ts";
import type { IntentContext, Proposal } from "./intent.ts";
import type { Reply } from "./messages.ts";
import { type MessageKeyWithoutValues, makeReply, paragraph, suggestMessages } from "./reply.ts";
import { actorOf } from "./request-dialog.ts";

/** The question of each proposed change (`proposal.*` in the catalogue); `detail` is the comment or the date. */
export type ProposalKey = Extract<MessageKey, `proposal.${string}`>;

/** Plain explanations of a refused request operation, with a way forward. */
export function refusalText(refusal: Refusal, lang: Locale): string {
  switch (refusal.reason) {
    case "not-found":
    case "forbidden":
    case "comment-required":
      return t(lang, `refusal.${refusal.reason}`);
    case "invalid-transition":
      return transitionText(refusal.status, lang);
    case "invalid-input":
      return t(lang, "refusal.invalid-input", {
        issues: (refusal.issues ?? []).join(t(lang, "refusal.issueSeparator")),
      });
    case "invalid-selection": {
      const problem = refusal.selection ?? { problem: "not-a-date" };
      const date =
        "submitted" in problem
          ? problem.submitted
          : "today" in problem
            ? problem.today
            : "recorded" in problem
              ? problem.recorded
              : undefined;
      const status = "status" in problem ? statusText(problem.status, lang) : "";
      return tAny(lang, `selection.${problem.problem}`, { date: date ? formatDate(date, lang) : "", status });
    }
  }
}

/** Why a request cannot take that step, and what can be done instead. */
function transitionText(status: RequestStatus | undefined, lang: Locale): string {
  const shown = status ? statusText(status, lang) : t(lang, "status.unknown");
  switch (status) {
    case "approved":
    case "rejected":
    case "withdrawn":
      return t(lang, "refusal.closed", { status: shown });
    case "more-info-requested":
      return t(lang, "refusal.awaitingRequester");
    default:
      return t(lang, "refusal.awaitingHr", { status: shown });
  }
}

export function refusalReply(context: IntentContext, intent: string, refusal: Refusal): Reply {
  const lang = context.understanding.answerLang;
  return makeReply(intent, context.understanding.lang, [paragraph(refusalText(refusal, lang))], {
    suggestions: suggestMessages(lang, ["command.myRequests"]),
  });
}

/** The request services, or the reply that says requests are not available here. */
function requestsOr(context: IntentContext, intent: string): RequestServices | Reply {
  if (context.requests) return context.requests;
  const lang = context.understanding.answerLang;
  return makeReply(intent, context.understanding.lang, [paragraph(t(lang, "refusal.unavailable"))]);
}

function isReply(value: RequestServices | Reply): value is Reply {
  return "parts" in value;
}

/** A request intent's handler: it runs with the request services, or says they are not available. */
export function withRequests(
  intent: string,
  run: (context: IntentContext, services: RequestServices) => Promise<Reply>,
): (context: IntentContext) => Promise<Reply> {
  return async (context) => {
    const services = requestsOr(context, intent);
    return isReply(services) ? services : run(context, services);
  };
}

/** Asks for what a request command lacks (an id, a comment), with an example, in the user's language. */
export function askFor(context: IntentContext, intent: string, prompt: MessageKeyWithoutValues): Reply {
  return makeReply(
    intent,
    context.understanding.lang,
    [paragraph(t(context.understanding.answerLang, prompt))],
    {
      suggestions: suggestMessages(context.understanding.answerLang, ["command.myRequests"]),
    },
  );
}

/**
 * The proposal of a change to one request the user can see: the question, with the request's
 * facts. `check` refuses early what the workflow would refuse (not allowed, already decided), so
 * nobody confirms a change that cannot happen; the workflow checks again when it is done.
 */
export async function proposeOn(
  context: IntentContext,
  intent: string,
  requestId: string,
  question: { template: ProposalKey; detail?: string },
  check?: (record: RequestRecord, actor: Actor) => Refusal | undefined,
): Promise<Proposal | Reply> {
  const services = requestsOr(context, intent);
  if (isReply(services)) return services;
  const lang = context.understanding.answerLang;
  const actor = actorOf(context.message);
  const found = await services.workflow.get(requestId, actor);
  if (!found.ok) return refusalReply(context, intent, found);
  const refused = check?.(found.request, actor);
  if (refused) return refusalReply(context, intent, refused);
  return {
    kind: "proposal",
    question: tAny(lang, question.template, {
      id: found.request.id,
      type: typeTitle(found.request, lang),
      requester: found.request.requester.name ?? found.request.requester.userId,
      detail: question.detail ?? "",
    }),
    parts: [{ kind: "facts", facts: requestFacts(found.request, lang) }],
    subjects: [found.request.id],
  };
}

/**
 * The request a command is about: the id it names, or the user's own request it names in words
 * ("my telework request"). Several of that kind: the user is asked which (a choice each); none: told so.
 */
export async function requestMeant(
  context: IntentContext,
  intent: string,
  command: MessageKey,
): Promise<{ id: string } | Reply> {
  const { understanding } = context;
  if (understanding.requestId) return { id: understanding.requestId };
  const services = requestsOr(context, intent);
  if (isReply(services)) return services;
  const lang = understanding.answerLang;
  const mine = await services.workflow.listMine(actorOf(context.message));
  const typed = typesNamed(understanding.text);
  const named = REQUEST_TYPES.filter(
    (t) => typed.includes(t) || t.prefix === understanding.requestPrefix,
  ).map((t) => t.id);
  // "#6": the number ends the id ("JDR-2026-0006"); each type numbers its own, so several may answer.
  const numbered =
    understanding.requestNumber === undefined
      ? mine
      : mine.filter((r) => Number(r.id.split("-").pop()) === understanding.requestNumber);
  const candidates = named.length > 0 ? numbered.filter((r) => named.includes(r.type)) : numbered;
  const open = candidates.filter((r) => OPEN_STATUSES.includes(r.status));
  const choices = open.length > 0 ? open : candidates;
  const [only] = choices;
  if (only && choices.length === 1) return { id: only.id };
  if (!only) {
    return makeReply(intent, understanding.lang, [paragraph(t(lang, "requestWords.noneOfThose"))], {
      suggestions: suggestMessages(lang, ["command.myRequests"]),
    });
  }
  return makeReply(
    intent,
    understanding.lang,
    [
      paragraph(t(lang, "requestWords.whichOne")),
      { kind: "list", items: choices.slice(0, 5).map((r) => requestLine(r, lang)) },
    ],
    {
      outcome: "clarify",
      subjects: choices.slice(0, 5).map((r) => r.id),
      suggestions: choices.slice(0, 3).map((r) => {
        const message = `${tAny(lang, command)} ${r.id}`;
        return { label: message, message };
      }),
    },
  );
}
