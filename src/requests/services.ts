import { FeedbackStore } from "../feedback/store.ts";
import type { Logger } from "../log.ts";
import { createDialogStore, type DialogStore } from "./dialog-store.ts";
import { createLanguageChoices, type LanguageChoices } from "./language-choices.ts";
import { RequestLog } from "./log.ts";
import { createQuestionDesk, type QuestionDesk } from "./questions/desk.ts";
import { type AppStore, openStore } from "./store.ts";
import { createWorkflow, type Workflow } from "./workflow.ts";

/** What the bot needs to take HR requests: the store, the workflow, open dialogs, and the clock. */
export interface RequestServices {
  store: AppStore;
  workflow: Workflow;
  dialogs: DialogStore;
  /** The language each user chose, remembered without expiry. */
  languages: LanguageChoices;
  clock: () => Date;
  /** Questions handed to HR (in the same log, under the same guarantees). */
  questions: QuestionDesk;
  /** The request log file the questions are kept in (the file store's own log, or one beside PostgreSQL). */
  questionsLog: RequestLog;
  /** Ratings of answers and declined questions, kept for the retention period. */
  feedback: FeedbackStore;
}

export interface RequestServicesOptions {
  dataDir: string;
  /** PostgreSQL instead of the files in `dataDir`. */
  databaseUrl?: string | undefined;
  hrUsers: readonly string[];
  logger: Logger;
  clock?: () => Date;
  /** Days feedback is kept (FEEDBACK_RETENTION_DAYS, default 90). */
  feedbackRetentionDays?: number;
}

/** With the file store: its request log too (tools and tests read the file's content). */
export type FileRequestServices = RequestServices & { log: RequestLog };

/**
 * Opens the store (PostgreSQL with `databaseUrl`, else the request log under DATA_DIR); a corrupt log
 * stops start-up with CorruptLogError, an unreachable database with its error.
 */
export async function openRequestServices(
  options: RequestServicesOptions & { databaseUrl?: undefined },
): Promise<FileRequestServices>;
export async function openRequestServices(options: RequestServicesOptions): Promise<RequestServices>;
export async function openRequestServices(options: RequestServicesOptions): Promise<RequestServices> {
  const clock = options.clock ?? (() => new Date());
  const { store, log } = await openStore(options);
  const workflow = createWorkflow({ store, hrUsers: options.hrUsers, logger: options.logger, clock });
  // Questions to HR are kept in the request log's file: the file store's own, or, with
  // PostgreSQL, one in DATA_DIR (a single instance's; moving them behind the port is left to do).
  const questionsLog = log ?? (await RequestLog.open({ dataDir: options.dataDir, logger: options.logger }));
  const questions = createQuestionDesk({
    log: questionsLog,
    isHr: workflow.isHr,
    logger: options.logger,
    clock,
  });
  const feedback = new FeedbackStore({
    dataDir: options.dataDir,
    logger: options.logger,
    clock,
    ...(options.feedbackRetentionDays !== undefined ? { retentionDays: options.feedbackRetentionDays } : {}),
  });
  return {
    store,
    workflow,
    dialogs: createDialogStore(store, clock),
    languages: createLanguageChoices(store, clock),
    clock,
    questions,
    questionsLog,
    feedback,
    ...(log && { log }),
  };
}
