import type { Bilingual } from "../knowledge/schema.ts";
import { type Actor, OPEN_STATUSES, type RequestRecord, type RequestStatus } from "../requests/model.ts";
import { formatDate } from "../requests/parse.ts";
import type { RequestServices } from "../requests/services.ts";
import { REQUEST_TYPES } from "../requests/types/index.ts";
import { requestFacts, requestLine, statusText, typeTitle } from "../requests/views.ts";
import type { Refusal } from "../requests/workflow.ts";
import type { IntentContext, Proposal } from "./intent.ts";
import type { AnswerLang, Reply } from "./messages.ts";
import { makeReply, paragraph, suggest } from "./reply.ts";
import { actorOf } from "./request-dialog.ts";
import { SELECTION } from "./request-texts.ts";
import { type ProposalTemplate, REQUEST_WORDS_TEXTS } from "./texts.ts";

/** Plain explanations of a refused request operation, with a way forward. */
export function refusalText(refusal: Refusal, lang: AnswerLang): string {
  const zh = lang === "zh";
  switch (refusal.reason) {
    case "not-found":
      return zh
        ? "找不到这个申请编号，或者您无权查看。请检查编号(例如 FWA-2026-0007)，或回复“我的申请”查看您的申请。"
        : "I can't find that request, or it isn't yours to see. Check the id (e.g. FWA-2026-0007), or say “my requests” to list yours.";
    case "forbidden":
      return zh ? "抱歉，只有人力资源审核人员可以这样做。" : "Sorry, only HR reviewers can do that.";
    case "invalid-transition":
      return transitionText(refusal.status, lang);
    case "comment-required":
      return zh
        ? "拒绝或要求补充信息时需要附上说明，例如：“拒绝 FWA-2026-0007 日期与团队安排冲突”。"
        : "A comment is needed to reject or ask for information, e.g. “reject FWA-2026-0007 the dates clash with the team rota”.";
    case "invalid-input":
      return zh
        ? `输入有误：${(refusal.issues ?? []).join("；")}`
        : `Something in that is not valid: ${(refusal.issues ?? []).join("; ")}`;
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
      return SELECTION[problem.problem][lang]({ date: date ? formatDate(date, lang) : "", status });
    }
  }
}

/** Why a request cannot take that step, and what can be done instead. */
function transitionText(status: RequestStatus | undefined, lang: AnswerLang): string {
  const zh = lang === "zh";
  const shown = status ? statusText(status, lang) : zh ? "未知" : "unknown";
  switch (status) {
    case "approved":
    case "rejected":
    case "withdrawn":
      return zh
        ? `该申请已结束(${shown})，不能再更改；如有需要，请提交新的申请。`
        : `That request is closed (${shown}), so it can't be changed; submit a new request if needed.`;
    case "more-info-requested":
      return zh
        ? "该申请正在等待申请人补充信息：申请人可回复“重新提交 <编号>：<补充信息>”。"
        : "That request is waiting for the requester's information: they can reply “resubmit <id>: <the information>”.";
    default:
      return zh
        ? `该申请正在等待人力资源部门作出决定(${shown})。`
        : `That request is awaiting HR's decision (${shown}).`;
  }
}

export function refusalReply(context: IntentContext, intent: string, refusal: Refusal): Reply {
  const lang = context.understanding.answerLang;
  return makeReply(intent, context.understanding.lang, [paragraph(refusalText(refusal, lang))], {
    suggestions: suggest(lang, [{ en: "my requests", zh: "我的申请" }]),
  });
}

/** The request services, or the reply that says requests are not available here. */
function requestsOr(context: IntentContext, intent: string): RequestServices | Reply {
  if (context.requests) return context.requests;
  const lang = context.understanding.answerLang;
  return makeReply(intent, context.understanding.lang, [
    paragraph(
      lang === "zh"
        ? "此处无法办理人事申请。请稍后再试或联系人力资源部门。"
        : "HR requests are not available here right now. Please try again later or contact HR.",
    ),
  ]);
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
export function askFor(context: IntentContext, intent: string, prompt: Bilingual): Reply {
  return makeReply(
    intent,
    context.understanding.lang,
    [paragraph(prompt[context.understanding.answerLang])],
    {
      suggestions: suggest(context.understanding.answerLang, [{ en: "my requests", zh: "我的申请" }]),
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
  question: { template: ProposalTemplate; detail?: string },
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
    question: question.template[lang]({
      id: found.request.id,
      type: typeTitle(found.request, lang),
      requester: found.request.requester.name ?? found.request.requester.userId,
      ...(question.detail !== undefined ? { detail: question.detail } : {}),
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
  command: { en: string; zh: string },
): Promise<{ id: string } | Reply> {
  const { understanding } = context;
  if (understanding.requestId) return { id: understanding.requestId };
  const services = requestsOr(context, intent);
  if (isReply(services)) return services;
  const lang = understanding.answerLang;
  const mine = await services.workflow.listMine(actorOf(context.message));
  const named = REQUEST_TYPES.filter((t) => t.names.test(understanding.text)).map((t) => t.id);
  const candidates = named.length > 0 ? mine.filter((r) => named.includes(r.type)) : mine;
  const open = candidates.filter((r) => OPEN_STATUSES.includes(r.status));
  const choices = open.length > 0 ? open : candidates;
  const [only] = choices;
  if (only && choices.length === 1) return { id: only.id };
  const t = REQUEST_WORDS_TEXTS;
  if (!only) {
    return makeReply(intent, understanding.lang, [paragraph(t.noneOfThose[lang])], {
      suggestions: suggest(lang, [{ en: "my requests", zh: "我的申请" }]),
    });
  }
  return makeReply(
    intent,
    understanding.lang,
    [
      paragraph(t.whichOne[lang]),
      { kind: "list", items: choices.slice(0, 5).map((r) => requestLine(r, lang)) },
    ],
    {
      outcome: "clarify",
      subjects: choices.slice(0, 5).map((r) => r.id),
      suggestions: choices.slice(0, 3).map((r) => {
        const message = `${command[lang]} ${r.id}`;
        return { label: message, message };
      }),
    },
  );
}
