import { z } from "zod";
import type { Locale } from "../i18n/locale.ts";
import type { Logger } from "../log.ts";
import type { NotificationKind } from "../notify/events.ts";
import { eventFor } from "../notify/events.ts";
import type { HistoryRow } from "../storage/port.ts";
import { SELECTION_DATE_FIELD } from "./analytics.ts";
import { ExportFilter, filterRequests, toCsv } from "./export.ts";
import {
  Actor,
  actorKey,
  type FieldValues,
  type HistoryEntry,
  OPEN_STATUSES,
  RequestRecord,
  type RequestStatus,
  RequestTypeId,
} from "./model.ts";
import { outboxRow, requestRow, type StoreOption, storeOf } from "./store.ts";
import { requestType } from "./types/index.ts";

/**
 * The review workflow and its permissions. HR reviewers see every request and decide; everyone else
 * sees and acts on their own requests only. A user's mistake is a refusal, never an exception, and
 * another person's request looks exactly like an unknown one ("not-found"), so ids cannot be probed.
 */

export type RefusalReason =
  | "not-found"
  | "forbidden"
  | "invalid-transition"
  | "comment-required"
  | "invalid-input"
  | "invalid-selection";

/** Why a selection date is refused, with the dates that explain it (YYYY-MM-DD). */
export type SelectionProblem =
  | { problem: "not-early-recruitment" }
  | { problem: "not-approved"; status: RequestStatus }
  | { problem: "not-a-date" }
  | { problem: "before-submission"; submitted: string }
  | { problem: "in-future"; today: string }
  /** A date is already recorded: replacing it needs `replace: true` (an explicit confirmation). */
  | { problem: "already-recorded"; recorded: string };

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  /** The request's status, for "invalid-transition" ("already approved"). */
  status?: RequestStatus;
  /** What is wrong, for "invalid-input": "path: message". */
  issues?: string[];
  /** What is wrong, for "invalid-selection". */
  selection?: SelectionProblem;
}

export type Outcome<T> = ({ ok: true } & T) | Refusal;

export type Decision = "approve" | "reject" | "request-info";

export interface SubmitInput {
  type: RequestTypeId;
  requester: Actor;
  subject: string;
  fields: FieldValues;
  /** The same key from the same requester returns the first request instead of a second one. */
  idempotencyKey: string;
  /** The requester's language, for their notifications. */
  lang?: Locale;
  /**
   * Queue the requester's confirmation with the request: where no reply can carry it (a modal that
   * closed on submission), so that it is delivered, retried, once, even if the platform is down.
   */
  confirm?: boolean;
}

export type WorkflowOptions = StoreOption & {
  /** Platform-qualified ids of HR reviewers: "slack:U024BE7LH", "console:alice". */
  hrUsers: readonly string[];
  logger: Logger;
  clock?: () => Date;
};

export interface Workflow {
  isHr(actor: Actor): boolean;
  submit(input: SubmitInput): Promise<Outcome<{ request: RequestRecord; duplicate: boolean }>>;
  get(id: string, actor: Actor): Promise<Outcome<{ request: RequestRecord }>>;
  /**
   * The requests among `ids` the actor may see (HR any, staff their own), without a refusal
   * logged for the others: ids the assistant tries for a request typed loosely, not the user.
   */
  visibleAmong(ids: readonly string[], actor: Actor): Promise<RequestRecord[]>;
  /** The actor's own requests, newest first. */
  listMine(actor: Actor): Promise<RequestRecord[]>;
  /** Requests awaiting an HR decision (submitted or resubmitted), oldest first. HR only. */
  listPending(actor: Actor): Promise<Outcome<{ requests: RequestRecord[] }>>;
  decide(
    id: string,
    actor: Actor,
    decision: Decision,
    comment?: string,
  ): Promise<Outcome<{ request: RequestRecord }>>;
  /** The requester answers a request for information, with updated fields (merged) and/or a comment. */
  resubmit(
    id: string,
    actor: Actor,
    fields?: FieldValues,
    comment?: string,
  ): Promise<Outcome<{ request: RequestRecord }>>;
  withdraw(id: string, actor: Actor, comment?: string): Promise<Outcome<{ request: RequestRecord }>>;
  /**
   * HR records when the selection of an approved early-recruitment request finished (YYYY-MM-DD):
   * not before the request was submitted, not after today. A date already recorded is replaced
   * only with `replace` (after HR confirmed it); the history keeps the old and the new date.
   */
  recordSelection(
    id: string,
    actor: Actor,
    selectionDate: string,
    options?: { replace?: boolean },
  ): Promise<Outcome<{ request: RequestRecord }>>;
  /** The requests matching `filter` as CSV. HR only. */
  export(actor: Actor, filter?: ExportFilter): Promise<Outcome<{ csv: string; count: number }>>;
}

export const AWAITING_HR: readonly RequestStatus[] = ["submitted", "resubmitted"];

const DECISIONS: Record<Decision, { status: RequestStatus; needsComment: boolean }> = {
  approve: { status: "approved", needsComment: false },
  reject: { status: "rejected", needsComment: true },
  "request-info": { status: "more-info-requested", needsComment: true },
};

/** Changes after which HR's message about the request is no longer one to act on. */
const CLOSES_REVIEW: ReadonlySet<NotificationKind> = new Set(["request-decided", "request-withdrawn"]);

const IsoDate = z.iso.date();
const REQUEST_ID = /^[A-Z]{2,4}-\d{4}-\d{4,}$/;

type Step = { ok: true; record: RequestRecord; event?: NotificationKind } | Refusal;

export function createWorkflow(options: WorkflowOptions): Workflow {
  const { logger } = options;
  const { requests } = storeOf(options);
  const clock = options.clock ?? (() => new Date());
  const hr = new Set(options.hrUsers);
  const isHr = (actor: Actor) => hr.has(actorKey(actor));
  const owns = (actor: Actor, record: RequestRecord) => actorKey(actor) === actorKey(record.requester);

  function refuse(op: string, actor: Actor, requestId: string | undefined, refusal: Refusal): Refusal {
    // The id is what the user typed: logged only when it has the shape of an id.
    const id = requestId?.trim().toUpperCase();
    logger.info(
      {
        op,
        requestId: id && REQUEST_ID.test(id) ? id : undefined,
        actor: actorKey(actor),
        reason: refusal.reason,
      },
      "request operation refused",
    );
    return refusal;
  }

  /** The record `actor` may see: HR sees all, others their own; the rest does not exist for them. */
  function visible(record: RequestRecord | undefined, actor: Actor): RequestRecord | undefined {
    return record && (isHr(actor) || owns(actor, record)) ? record : undefined;
  }

  /** One change to one request: a new history entry and status, its notification, in one write. */
  async function act(
    op: string,
    id: string,
    actor: Actor,
    step: (record: RequestRecord, now: string) => Step,
  ): Promise<Outcome<{ request: RequestRecord }>> {
    const outcome = await requests.transact(async (tx): Promise<{ result: Step; write: boolean }> => {
      const found = visible((await tx.get(normalId(id)))?.record, actor);
      if (!found) return { result: { ok: false, reason: "not-found" }, write: false };
      const result = step(found, clock().toISOString());
      if (!result.ok) return { result, write: false };
      // A step that adds nothing (the same date recorded again) writes nothing.
      if (result.record.history.length === found.history.length) return { result, write: false };
      await tx.put(requestRow(result.record), [latestHistory(result.record)]);
      if (result.event) await tx.enqueue(outboxRow(eventFor(result.record, result.event)));
      // HR's message about the request loses its buttons and shows the outcome, whoever decided where.
      if (result.event && CLOSES_REVIEW.has(result.event)) {
        await tx.enqueue(outboxRow(eventFor(result.record, "review-closed")));
      }
      return { result, write: true };
    });
    if (!outcome.ok) return refuse(op, actor, id, outcome);
    logger.info(
      { op, requestId: outcome.record.id, actor: actorKey(actor), status: outcome.record.status },
      "request updated",
    );
    return { ok: true, request: outcome.record };
  }

  /** The record after `entry`, validated like every stored record. */
  function advance(
    record: RequestRecord,
    entry: HistoryEntry,
    fields: FieldValues = record.fields,
  ): RequestRecord | Refusal {
    const next = RequestRecord.safeParse({
      ...record,
      fields,
      status: entry.status,
      updatedAt: entry.at,
      history: [...record.history, entry],
    });
    return next.success ? next.data : invalid(next.error);
  }

  function history(
    actor: Actor,
    action: HistoryEntry["action"],
    status: RequestStatus,
    at: string,
    comment: string | undefined,
  ): HistoryEntry {
    const text = comment?.trim();
    return { at, by: actor, action, status, ...(text ? { comment: text } : {}) };
  }

  function stepResult(next: RequestRecord | Refusal, event?: NotificationKind): Step {
    if ("ok" in next) return next;
    return { ok: true, record: next, ...(event && { event }) };
  }

  return {
    isHr,

    async submit(input) {
      const actor = Actor.safeParse(input.requester);
      if (!actor.success) return { ok: false, reason: "invalid-input", issues: issuesOf(actor.error) };
      const requester = actor.data;
      const outcome = await requests.transact(
        async (
          tx,
        ): Promise<{ result: Outcome<{ request: RequestRecord; duplicate: boolean }>; write: boolean }> => {
          const existing = await tx.findByIdempotencyKey(actorKey(requester), input.idempotencyKey);
          if (existing)
            return { result: { ok: true, request: existing.record, duplicate: true }, write: false };
          const type = RequestTypeId.safeParse(input.type);
          if (!type.success) return { result: invalid(type.error), write: false };
          const now = clock();
          const at = now.toISOString();
          const key = `${requestType(type.data).prefix}-${now.getUTCFullYear()}`;
          const record = RequestRecord.safeParse({
            id: `${key}-${String(await tx.nextSequence(key)).padStart(4, "0")}`,
            type: type.data,
            requester,
            subject: typeof input.subject === "string" ? input.subject.trim() : input.subject,
            fields: input.fields,
            status: "submitted",
            createdAt: at,
            updatedAt: at,
            idempotencyKey: input.idempotencyKey,
            ...(input.lang ? { lang: input.lang } : {}),
            history: [{ at, by: requester, action: "submit", status: "submitted" }],
          });
          // Refused before anything is written: the sequence number is not used up.
          if (!record.success) return { result: invalid(record.error), write: false };
          await tx.put(requestRow(record.data), [latestHistory(record.data)]);
          await tx.enqueue(outboxRow(eventFor(record.data, "request-submitted")));
          if (input.confirm) await tx.enqueue(outboxRow(eventFor(record.data, "request-confirmed")));
          return { result: { ok: true, request: record.data, duplicate: false }, write: true };
        },
      );
      if (!outcome.ok) return refuse("submit", requester, undefined, outcome);
      logger.info(
        {
          op: "submit",
          requestId: outcome.request.id,
          type: outcome.request.type,
          duplicate: outcome.duplicate,
        },
        "request submitted",
      );
      return outcome;
    },

    async get(id, actor) {
      const found = visible((await requests.get(normalId(id)))?.record, actor);
      if (!found) return refuse("get", actor, id, { ok: false, reason: "not-found" });
      return { ok: true, request: found };
    },

    async visibleAmong(ids, actor) {
      const found = await Promise.all(
        ids.map(async (id) => visible((await requests.get(normalId(id)))?.record, actor)),
      );
      return found.filter((r): r is RequestRecord => r !== undefined);
    },

    async listMine(actor) {
      const rows = await requests.list({ requesterKey: actorKey(actor) });
      return rows.map((r) => r.record).reverse();
    },

    async listPending(actor) {
      if (!isHr(actor)) return refuse("list-pending", actor, undefined, { ok: false, reason: "forbidden" });
      const rows = await requests.list({ statuses: AWAITING_HR });
      return { ok: true, requests: rows.map((r) => r.record) };
    },

    decide(id, actor, decision, comment) {
      // Deciding is HR's alone: anyone else is told so whatever the id, which reveals nothing about it.
      if (!isHr(actor))
        return Promise.resolve(refuse(decision, actor, id, { ok: false, reason: "forbidden" }));
      return act(decision, id, actor, (record, at) => {
        if (!AWAITING_HR.includes(record.status)) {
          return { ok: false, reason: "invalid-transition", status: record.status };
        }
        // The decision may come straight from a button payload.
        if (!Object.hasOwn(DECISIONS, decision)) {
          return {
            ok: false,
            reason: "invalid-input",
            issues: [`decision: one of ${Object.keys(DECISIONS).join(", ")}`],
          };
        }
        const { status, needsComment } = DECISIONS[decision];
        if (needsComment && !comment?.trim()) return { ok: false, reason: "comment-required" };
        const entry = history(actor, decision, status, at, comment);
        return stepResult(advance(record, entry), "request-decided");
      });
    },

    resubmit(id, actor, fields, comment) {
      return act("resubmit", id, actor, (record, at) => {
        if (!owns(actor, record)) return { ok: false, reason: "forbidden" };
        if (record.status !== "more-info-requested") {
          return { ok: false, reason: "invalid-transition", status: record.status };
        }
        const changed = fields !== undefined && Object.keys(fields).length > 0;
        if (!changed && !comment?.trim()) return { ok: false, reason: "comment-required" };
        const entry = history(actor, "resubmit", "resubmitted", at, comment);
        return stepResult(advance(record, entry, { ...record.fields, ...fields }), "request-resubmitted");
      });
    },

    withdraw(id, actor, comment) {
      return act("withdraw", id, actor, (record, at) => {
        if (!owns(actor, record)) return { ok: false, reason: "forbidden" };
        if (!OPEN_STATUSES.includes(record.status)) {
          return { ok: false, reason: "invalid-transition", status: record.status };
        }
        const entry = history(actor, "withdraw", "withdrawn", at, comment);
        return stepResult(advance(record, entry), "request-withdrawn");
      });
    },

    recordSelection(id, actor, selectionDate, options = {}) {
      const refuse = (selection: SelectionProblem): Refusal => ({
        ok: false,
        reason: "invalid-selection",
        selection,
      });
      return act("record-selection", id, actor, (record, at) => {
        if (!isHr(actor)) return { ok: false, reason: "forbidden" };
        if (record.type !== "early-recruitment") return refuse({ problem: "not-early-recruitment" });
        if (record.status !== "approved") return refuse({ problem: "not-approved", status: record.status });
        const date = IsoDate.safeParse(selectionDate);
        if (!date.success) return refuse({ problem: "not-a-date" });
        const submitted = record.createdAt.slice(0, 10);
        const today = at.slice(0, 10);
        // A selection finishes after the request that started it, and is recorded once it has.
        if (date.data < submitted) return refuse({ problem: "before-submission", submitted });
        if (date.data > today) return refuse({ problem: "in-future", today });
        const recorded = record.fields[SELECTION_DATE_FIELD];
        const previous = typeof recorded === "string" ? recorded : undefined;
        if (previous === date.data) return { ok: true, record };
        if (previous && !options.replace) return refuse({ problem: "already-recorded", recorded: previous });
        const note = previous ? `${previous} → ${date.data}` : date.data;
        const entry = history(actor, "record-selection", record.status, at, note);
        return stepResult(advance(record, entry, { ...record.fields, [SELECTION_DATE_FIELD]: date.data }));
      });
    },

    async export(actor, filter = {}) {
      if (!isHr(actor)) return refuse("export", actor, undefined, { ok: false, reason: "forbidden" });
      const parsed = ExportFilter.safeParse(filter);
      if (!parsed.success) return refuse("export", actor, undefined, invalid(parsed.error));
      const rows = await requests.list();
      const found = filterRequests(
        rows.map((r) => r.record),
        parsed.data,
      );
      logger.info({ op: "export", count: found.length }, "requests exported");
      return { ok: true, csv: toCsv(found), count: found.length };
    },
  };
}

function normalId(id: string): string {
  return id.trim().toUpperCase();
}

/** The history entry a change adds: the record's last, numbered from 1. */
function latestHistory(record: RequestRecord): HistoryRow<HistoryEntry> {
  const entry = record.history[record.history.length - 1] as HistoryEntry;
  return { seq: record.history.length, at: entry.at, entry };
}

function invalid(error: z.ZodError, field?: string): Refusal {
  return { ok: false, reason: "invalid-input", issues: issuesOf(error, field) };
}

function issuesOf(error: z.ZodError, field?: string): string[] {
  return error.issues.map(
    (i) => `${[field, ...i.path].filter((p) => p !== undefined).join(".") || "(input)"}: ${i.message}`,
  );
}
