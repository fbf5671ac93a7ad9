import { FeedbackStore } from "../feedback/store.ts";
import type { Logger } from "../log.ts";
import { createDialogStore, type DialogStore } from "./dialog-store.ts";
import { RequestLog } from "./log.ts";
import { createQuestionDesk, type QuestionDesk } from "./questions/desk.ts";
import { createWorkflow, type Workflow } from "./workflow.ts";

/** What the bot needs to take HR requests: the workflow, open dialogs, and the clock. */
export interface RequestServices {
  log: RequestLog;
  workflow: Workflow;
  dialogs: DialogStore;
  clock: () => Date;
  /** Questions handed to HR (in the same log, under the same guarantees). */
  questions: QuestionDesk;
  /** Ratings of answers and declined questions, kept for the retention period. */
  feedback: FeedbackStore;
}

export interface RequestServicesOptions {
  dataDir: string;
  hrUsers: readonly string[];
  logger: Logger;
  clock?: () => Date;
  /** Days feedback is kept (FEEDBACK_RETENTION_DAYS, default 90). */
  feedbackRetentionDays?: number;
}

/** Opens the request log under DATA_DIR; a corrupt log stops start-up with CorruptLogError. */
export async function openRequestServices(options: RequestServicesOptions): Promise<RequestServices> {
  const clock = options.clock ?? (() => new Date());
  const log = await RequestLog.open({ dataDir: options.dataDir, logger: options.logger });
  const workflow = createWorkflow({ log, hrUsers: options.hrUsers, logger: options.logger, clock });
  const questions = createQuestionDesk({ log, isHr: workflow.isHr, logger: options.logger, clock });
  const feedback = new FeedbackStore({
    dataDir: options.dataDir,
    logger: options.logger,
    clock,
    ...(options.feedbackRetentionDays !== undefined ? { retentionDays: options.feedbackRetentionDays } : {}),
  });
  return { log, workflow, dialogs: createDialogStore(log), clock, questions, feedback };
}
