import type { IntentContext, IntentSpec } from "../src/bot/intent.ts";
import type { DecisionView, Locale, Reply, ReviewDecision } from "../src/bot/messages.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { askFor, proposeOn, refusalReply, withRequests } from "../src/bot/request-replies.ts";
import { isShort, readingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { DECISION_WORDS, QUEUE, REPORTED_DECISION } from "../src/nlu/command-words.ts";
import { textAfterRequestId, textAfterRequestNumber } from "../src/nlu/entities.ts";
import { commandPart } from "../src/nlu/mood.ts";
import type { RequestRecord } from "../src/requests/model.ts";
import { isRequestDecision } from "../src/requests/review.ts";
import { REQUEST_TYPES } from "../src/requests/types/index.ts";
import { decisionByLabel, requestFacts, requestLine, statusText } from "../src/requests/views.ts";
import { AWAITING_HR } from "../src/requests/workflow.ts";

/**
 * The words after the request id (or its prefix and number, "JDR 6"), minus joining words:
 * "FWA-2026-0007 because dates clash" → "dates clash".
 */
export function commentAfterId(text: string): string | undefined {
  const after =
    textAfterRequestId(text) ??
    textAfterRequestNumber(
      text,
      REQUEST_TYPES.map((t) => t.prefix),
    );
  if (after === undefined) return undefined;
  const rest = after
    .replace(/^[\s:：,，.。;；-]*(because|as|since|with|reason|comment|因为|原因|说明)?[\s:：,，]*/i, "")
    .trim();
  return rest.length > 0 ? rest : undefined;
}

/** The decision the command part names ("approve X: they declined the other offer" approves). */
export function decisionIn(text: string): ReviewDecision | undefined {
  // DecisionWord and ReviewDecision are the same three decisions, named once per layer.
  const command = commandPart(text);
  if (REPORTED_DECISION.test(command)) return undefined;
  return DECISION_WORDS.find(([, re]) => re.test(command))?.[0];
}

const DECIDING_ACTIONS = new Set(["approve", "reject", "request-info"]);

/** The request's latest decision as its HR message shows it, if its last step was one. */
function decisionOf(record: RequestRecord, lang: Locale, recordedNow: boolean): DecisionView | undefined {
  const last = record.history.at(-1);
  if (!last || !DECIDING_ACTIONS.has(last.action)) return undefined;
  return {
    requestId: record.id,
    recordedNow,
    status: record.status,
    statusText: statusText(record.status, lang),
    by: last.by,
    ...(last.comment ? { comment: last.comment } : {}),
  };
}

/** What a typed decision asks for: the request, the decision and its comment, as far as given. */
function typedDecision(context: IntentContext) {
  const { understanding, message } = context;
  return {
    requestId: message.decision?.requestId ?? understanding.requestId,
    decision: isRequestDecision(message.decision?.decision)
      ? message.decision.decision
      : decisionIn(understanding.text),
    comment:
      (message.decision ? message.decision.comment : commentAfterId(understanding.text))?.trim() || undefined,
  };
}

const ASK_DECISION = "decide.ask" as const;

/** "approve" with no id: which of the requests awaiting a decision, offered as choices. */
async function whichRequest(context: IntentContext, decision: ReviewDecision): Promise<Reply> {
  const { understanding } = context;
  const lang = understanding.answerLang;
  const pending = await context.requests?.workflow.listPending(actorOf(context.message));
  const waiting = pending?.ok ? pending.requests.slice(0, 5) : [];
  if (waiting.length === 0) return askFor(context, "hr_decide", ASK_DECISION);
  const verb = t(lang, `decision.verb.${decision}`);
  return makeReply(
    "hr_decide",
    understanding.lang,
    [
      paragraph(t(lang, "decision.whichRequest")),
      { kind: "list", items: waiting.map((r) => requestLine(r, lang)) },
    ],
    {
      outcome: "clarify",
      subjects: waiting.map((r) => r.id),
      suggestions: waiting.slice(0, 3).map((r) => ({ label: `${verb} ${r.id}`, message: `${verb} ${r.id}` })),
    },
  );
}

export const hrDecideIntent: IntentSpec = {
  id: "hr_decide",
  description: {
    en: "HR: approve, reject or ask for information, with a comment",
    zh: "人力资源：批准、拒绝或要求补充信息(附说明)",
  },
  routing: {
    group: "request",
    needs: "requestId",
    rules: [
      readingRule(STAGES.requestId - 1),
      {
        priority: STAGES.requestId + 2,
        why: "a decision on a named request",
        when: (u) => u.requestId !== undefined && u.mood === "imperative" && decisionIn(u.text) !== undefined,
      },
      {
        priority: STAGES.requestId - 7,
        why: "a bare decision with no request named (“approve”): asked which, never guessed",
        when: (u) =>
          u.requestId === undefined &&
          !u.ownRequest &&
          isShort(u) &&
          decisionIn(u.text) !== undefined &&
          // "demandes à valider", "requests to approve": the queue, not a decision.
          !QUEUE.test(u.text) &&
          u.mood === "imperative",
      },
    ],
  },
  takesDecisions: ["approve", "reject", "request-info"],
  examples: {
    en: [
      "approve FWA-2026-0007",
      "approve LRN-2026-0002 enjoy the course",
      "reject MOB-2026-0001 because the post is frozen",
      "ask for information on FWA-2026-0003: which days exactly?",
      "request more info ERV-2026-0001 need the departure date",
      "decline REC-2026-0004 the nomination window is closed",
    ],
    zh: [
      "批准 FWA-2026-0007",
      "拒绝 MOB-2026-0001 该职位已冻结",
      "要求补充信息 FWA-2026-0003 具体是哪几天",
      "同意 LRN-2026-0002",
      "驳回 REC-2026-0004 提名期已结束",
    ],
  },
  effect: {
    async propose(context) {
      const { requestId, decision, comment } = typedDecision(context);
      // Deciding is HR's alone: anyone else is told so whatever the id, which reveals nothing about it.
      if (!context.requests?.workflow.isHr(actorOf(context.message)))
        return refusalReply(context, "hr_decide", { ok: false, reason: "forbidden" });
      if (decision && !requestId) return whichRequest(context, decision);
      if (!requestId || !decision) return askFor(context, "hr_decide", ASK_DECISION);
      return proposeOn(
        context,
        "hr_decide",
        requestId,
        { template: `proposal.${decision}`, ...(comment ? { detail: comment } : {}) },
        (record) => {
          if (!AWAITING_HR.includes(record.status))
            return { ok: false, reason: "invalid-transition", status: record.status };
          if (decision !== "approve" && !comment) return { ok: false, reason: "comment-required" };
          return undefined;
        },
      );
    },
  },
  handle: withRequests("hr_decide", async (context, services) => {
    const { understanding, message } = context;
    const { requestId, decision, comment } = typedDecision(context);
    if (!requestId || !decision) return askFor(context, "hr_decide", ASK_DECISION);
    const outcome = await services.workflow.decide(requestId, actorOf(message), decision, comment);
    if (!outcome.ok) {
      const refused = refusalReply(context, "hr_decide", outcome);
      if (outcome.reason !== "invalid-transition") return refused;
      // Decided already (elsewhere, or by another reviewer): say so, and what the decision is.
      const current = await services.workflow.get(requestId, actorOf(message));
      const earlier = current.ok ? decisionOf(current.request, understanding.answerLang, false) : undefined;
      return earlier ? { ...refused, decided: earlier } : refused;
    }
    const lang = understanding.answerLang;
    const record = outcome.request;
    const status = statusText(record.status, lang);
    const last = record.history.at(-1);
    const by = last?.by ?? actorOf(message);
    const reply = makeReply(
      "hr_decide",
      understanding.lang,
      [
        paragraph(t(lang, "decide.done", { id: record.id, status })),
        {
          kind: "facts",
          facts: [
            { label: decisionByLabel(last?.action ?? decision, lang), value: by.name ?? by.userId },
            ...(last?.comment ? [{ label: t(lang, "decide.comment"), value: last.comment }] : []),
          ],
        },
        { kind: "facts", facts: requestFacts(record, lang) },
      ],
      { title: record.id, subjects: [record.id], outcome: "done" },
    );
    const decided = decisionOf(record, lang, true);
    return decided ? { ...reply, decided } : reply;
  }),
};
