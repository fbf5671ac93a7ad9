import type { Locale } from "../../i18n/locale.ts";
import type { Logger } from "../../log.ts";
import { enqueue } from "../../notify/events.ts";
import type { LogData, RequestLog } from "../log.ts";
import { Actor, actorKey } from "../model.ts";
import { questionEvent } from "./events.ts";
import {
  HrQuestion,
  MAX_ANSWER_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUESTION_LENGTH,
  QUESTION_PREFIX,
  type QuestionHistoryEntry,
  type QuestionStatus,
} from "./model.ts";
import { workingDaysBetween } from "./working-days.ts";

/**
 * The HR question desk: staff hand a question to HR, HR answers or closes it, the asker follows it.
 * Like the request workflow: HR sees every question, anyone else only their own, and another
 * person's question looks exactly like an unknown one ("not-found"). Every change and the message
 * it causes are one write of the request log.
 */

export type QuestionRefusal =
  | { ok: false; reason: "not-found" | "forbidden" | "empty-question" | "empty-answer" | "invalid-input" }
  | { ok: false; reason: "too-long"; what: "question" | "note" | "answer"; length: number; limit: number }
  | { ok: false; reason: "not-open"; status: QuestionStatus };

export type QuestionOutcome<T> = ({ ok: true } & T) | QuestionRefusal;

export interface AskInput {
  asker: Actor;
  question: string;
  note?: string | undefined;
  lang: Locale;
  /** The same key from the same asker returns the first question instead of filing a second. */
  idempotencyKey: string;
}

export interface QuestionDesk {
  ask(input: AskInput): Promise<QuestionOutcome<{ question: HrQuestion; duplicate: boolean }>>;
  get(id: string, actor: Actor): Promise<QuestionOutcome<{ question: HrQuestion }>>;
  /** The actor's own questions, newest first. */
  listMine(actor: Actor): Promise<HrQuestion[]>;
  /** Questions awaiting an answer, oldest first. HR only. */
  listOpen(actor: Actor): Promise<QuestionOutcome<{ questions: HrQuestion[] }>>;
  answer(id: string, actor: Actor, text: string): Promise<QuestionOutcome<{ question: HrQuestion }>>;
  close(id: string, actor: Actor, comment?: string): Promise<QuestionOutcome<{ question: HrQuestion }>>;
  /**
   * Tells HR again of every open question left unanswered for `workingDays` working days since it
   * was asked or last reminded; returns the ids reminded. Safe to run from several processes.
   */
  remindOverdue(workingDays: number): Promise<string[]>;
}

export interface QuestionDeskOptions {
  log: RequestLog;
  isHr: (actor: Actor) => boolean;
  logger: Logger;
  clock: () => Date;
}

export function createQuestionDesk(options: QuestionDeskOptions): QuestionDesk {
  const { log, isHr, logger, clock } = options;
  const owns = (actor: Actor, q: HrQuestion) => actorKey(actor) === actorKey(q.asker);

  function refuse<T extends QuestionRefusal>(op: string, refusal: T): T {
    logger.info({ op, reason: refusal.reason }, "hr question operation refused");
    return refusal;
  }

  function visible(
    data: LogData,
    id: string,
    actor: Actor,
  ): { question: HrQuestion; index: number } | undefined {
    const wanted = id.trim().toUpperCase();
    const list = questionsOf(data);
    const index = list.findIndex((q) => q.id === wanted);
    const question = list[index];
    return question && (isHr(actor) || owns(actor, question)) ? { question, index } : undefined;
  }

  /** HR's answer or closing: one history entry, the asker told, HR's message updated, in one write. */
  async function settle(
    op: "answer" | "close",
    id: string,
    actor: Actor,
    text: string | undefined,
  ): Promise<QuestionOutcome<{ question: HrQuestion }>> {
    if (!isHr(actor)) return refuse(op, { ok: false, reason: "forbidden" });
    const outcome = await log.change<QuestionOutcome<{ question: HrQuestion }>>((draft) => {
      const found = visible(draft, id, actor);
      if (!found) return { result: { ok: false, reason: "not-found" }, write: false };
      const { question } = found;
      if (question.status !== "open") {
        return { result: { ok: false, reason: "not-open", status: question.status }, write: false };
      }
      const at = clock().toISOString();
      const status: QuestionStatus = op === "answer" ? "answered" : "closed";
      const entry: QuestionHistoryEntry = { at, by: actor, action: op, status, ...(text ? { text } : {}) };
      const next = HrQuestion.safeParse({
        ...question,
        status,
        updatedAt: at,
        ...(op === "answer" && text ? { answer: text } : {}),
        history: [...question.history, entry],
      });
      if (!next.success) return { result: { ok: false, reason: "invalid-input" }, write: false };
      const list = [...questionsOf(draft)];
      list[found.index] = next.data;
      draft.questions = list;
      enqueue(draft, questionEvent(next.data, op === "answer" ? "question-answered" : "question-closed"));
      enqueue(draft, questionEvent(next.data, "review-closed"));
      return { result: { ok: true, question: next.data }, write: true };
    });
    if (!outcome.ok) return refuse(op, outcome);
    logger.info(
      { op, questionId: outcome.question.id, status: outcome.question.status },
      "hr question updated",
    );
    return outcome;
  }

  return {
    async ask(input) {
      const asker = Actor.safeParse(input.asker);
      if (!asker.success) return refuse("ask", { ok: false, reason: "invalid-input" });
      const question = input.question.trim();
      const note = input.note?.trim() || undefined;
      if (question.length === 0) return refuse("ask", { ok: false, reason: "empty-question" });
      if (question.length > MAX_QUESTION_LENGTH) {
        return refuse("ask", tooLong("question", question.length, MAX_QUESTION_LENGTH));
      }
      if (note && note.length > MAX_NOTE_LENGTH)
        return refuse("ask", tooLong("note", note.length, MAX_NOTE_LENGTH));
      const outcome = await log.change<QuestionOutcome<{ question: HrQuestion; duplicate: boolean }>>(
        (draft) => {
          const existing = questionsOf(draft).find(
            (q) => q.idempotencyKey === input.idempotencyKey && owns(asker.data, q),
          );
          if (existing) return { result: { ok: true, question: existing, duplicate: true }, write: false };
          const now = clock();
          const at = now.toISOString();
          const record = HrQuestion.safeParse({
            id: nextQuestionId(draft, now),
            asker: asker.data,
            question,
            ...(note ? { note } : {}),
            lang: input.lang,
            status: "open",
            createdAt: at,
            updatedAt: at,
            idempotencyKey: input.idempotencyKey,
            history: [{ at, by: asker.data, action: "ask", status: "open", ...(note ? { text: note } : {}) }],
          });
          if (!record.success) return { result: { ok: false, reason: "invalid-input" }, write: false };
          draft.questions = [...questionsOf(draft), record.data];
          enqueue(draft, questionEvent(record.data, "question-asked"));
          return { result: { ok: true, question: record.data, duplicate: false }, write: true };
        },
      );
      if (!outcome.ok) return refuse("ask", outcome);
      logger.info(
        { op: "ask", questionId: outcome.question.id, duplicate: outcome.duplicate },
        "hr question asked",
      );
      return outcome;
    },

    async get(id, actor) {
      const found = visible(await log.snapshot(), id, actor);
      if (!found) return refuse("get", { ok: false, reason: "not-found" });
      return { ok: true, question: found.question };
    },

    async listMine(actor) {
      return questionsOf(await log.snapshot())
        .filter((q) => owns(actor, q))
        .reverse();
    },

    async listOpen(actor) {
      if (!isHr(actor)) return refuse("list-open", { ok: false, reason: "forbidden" });
      return { ok: true, questions: questionsOf(await log.snapshot()).filter((q) => q.status === "open") };
    },

    answer(id, actor, text) {
      const answer = text.trim();
      if (answer.length === 0)
        return Promise.resolve(refuse("answer", { ok: false, reason: "empty-answer" }));
      if (answer.length > MAX_ANSWER_LENGTH) {
        return Promise.resolve(refuse("answer", tooLong("answer", answer.length, MAX_ANSWER_LENGTH)));
      }
      return settle("answer", id, actor, answer);
    },

    close(id, actor, comment) {
      const text = comment?.trim().slice(0, MAX_ANSWER_LENGTH) || undefined;
      return settle("close", id, actor, text);
    },

    async remindOverdue(workingDays) {
      const now = clock();
      return log.change<string[]>((draft) => {
        const reminded: string[] = [];
        const list = questionsOf(draft).map((q) => {
          const since = new Date(q.remindedAt ?? q.createdAt);
          if (q.status !== "open" || workingDaysBetween(since, now) < workingDays) return q;
          const next = { ...q, remindedAt: now.toISOString() };
          enqueue(draft, questionEvent(next, "question-reminder"));
          reminded.push(q.id);
          return next;
        });
        if (reminded.length > 0) draft.questions = list;
        return { result: reminded, write: reminded.length > 0 };
      });
    },
  };
}

function tooLong(what: "question" | "note" | "answer", length: number, limit: number): QuestionRefusal {
  return { ok: false, reason: "too-long", what, length, limit };
}

/** "ASK-2026-0001": the request log's sequences, one per prefix and year, so an id is never reused. */
function nextQuestionId(draft: LogData, now: Date): string {
  const key = `${QUESTION_PREFIX}-${now.getUTCFullYear()}`;
  const sequences = { ...draft.sequences };
  const highest = questionsOf(draft)
    .filter((q) => q.id.startsWith(`${key}-`))
    .reduce((max, q) => Math.max(max, Number(q.id.slice(key.length + 1))), 0);
  const next = (sequences[key] ?? highest) + 1;
  sequences[key] = next;
  draft.sequences = sequences;
  return `${key}-${String(next).padStart(4, "0")}`;
}

function questionsOf(data: LogData): readonly HrQuestion[] {
  return data.questions ?? [];
}
