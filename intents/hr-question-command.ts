import type { IntentContext, Proposal, SideEffect } from "../src/bot/intent.ts";
import type { Reply } from "../src/bot/messages.ts";
import { openQuestionsChoice } from "../src/bot/question-commands.ts";
import { questionRefusalReply, refusalWithOutcome } from "../src/bot/question-replies.ts";
import { questionDecision, questionFacts } from "../src/bot/question-views.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { actorOf } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { t } from "../src/i18n/messages.ts";
import type { HrQuestion } from "../src/requests/questions/model.ts";
import type { RequestServices } from "../src/requests/services.ts";

/**
 * What HR's two commands on a question sent to it share — answer it, close it: only HR, the
 * question named (else which, never guessed), open, proposed with its facts, then done and shown
 * settled. Each command says what it reads from the message, how it proposes and what it does.
 */
export interface QuestionCommand<Target extends { id?: string }> {
  intent: string;
  verb: "answer" | "close";
  /** The question's id and what else the command carries (the answer, a comment). */
  read(context: IntentContext): Target;
  /** The proposal for an open question, or a refusal ("an answer needs text"). */
  propose(context: IntentContext, question: HrQuestion, target: Target): Proposal | Reply;
  act: (
    services: RequestServices,
    id: string,
    target: Target,
    actor: ReturnType<typeof actorOf>,
  ) => ReturnType<RequestServices["questions"]["answer"]>;
  /** What HR is told once it is done. */
  said: "hrAnswer.answered" | "hrAnswer.closed";
}

export function questionCommandBehaviour<Target extends { id?: string }>(
  command: QuestionCommand<Target>,
): { effect: SideEffect; handle: (context: IntentContext) => Promise<Reply> } {
  const { intent, verb } = command;
  return {
    effect: {
      async propose(context) {
        const services = context.requests;
        const actor = actorOf(context.message);
        if (!services?.workflow.isHr(actor))
          return questionRefusalReply(context, intent, { ok: false, reason: "forbidden" });
        const target = command.read(context);
        const { id } = target;
        if (!id) return openQuestionsChoice(context, services, intent, verb);
        const found = await services.questions.get(id, actor);
        if (!found.ok) return questionRefusalReply(context, intent, found, id);
        const { question } = found;
        if (question.status !== "open") {
          const refusal = { ok: false, reason: "not-open", status: question.status } as const;
          return questionRefusalReply(context, intent, refusal, id);
        }
        return command.propose(context, question, target);
      },
    },
    handle: withRequests(intent, async (context, services): Promise<Reply> => {
      const actor = actorOf(context.message);
      if (!services.workflow.isHr(actor))
        return questionRefusalReply(context, intent, { ok: false, reason: "forbidden" });
      const target = command.read(context);
      const { id } = target;
      if (!id) return openQuestionsChoice(context, services, intent, verb);
      const outcome = await command.act(services, id, target, actor);
      if (!outcome.ok) {
        return refusalWithOutcome(context, intent, outcome, id, async () => {
          const current = await services.questions.get(id, actor);
          return current.ok ? current.question : undefined;
        });
      }
      return settledReply(context, intent, outcome.question, command.said);
    }),
  };
}

/** What HR is asked before a command on a question acts: the question put, and the question's facts. */
export function questionProposal(context: IntentContext, question: HrQuestion, asked: string): Proposal {
  return {
    kind: "proposal",
    question: asked,
    parts: [{ kind: "facts", facts: questionFacts(question, context.understanding.answerLang, true) }],
    subjects: [question.id],
  };
}

/** What HR sees once a question is answered or closed; `decided` lets its HR message show the outcome. */
function settledReply(
  context: IntentContext,
  intent: string,
  question: HrQuestion,
  said: "hrAnswer.answered" | "hrAnswer.closed",
): Reply {
  const lang = context.understanding.answerLang;
  const reply = makeReply(
    intent,
    context.understanding.lang,
    [
      paragraph(t(lang, said, { id: question.id })),
      { kind: "facts", facts: questionFacts(question, lang, true) },
    ],
    { title: question.id, subjects: [question.id], outcome: "done" },
  );
  const decided = questionDecision(question, lang, true);
  return decided ? { ...reply, decided } : reply;
}
