import type { Logger } from "../log.ts";
import { createDialogStore, type DialogStore } from "./dialog-store.ts";
import { RequestLog } from "./log.ts";
import { createWorkflow, type Workflow } from "./workflow.ts";

/** What the bot needs to take HR requests: the workflow, open dialogs, and the clock. */
export interface RequestServices {
  log: RequestLog;
  workflow: Workflow;
  dialogs: DialogStore;
  clock: () => Date;
}

export interface RequestServicesOptions {
  dataDir: string;
  hrUsers: readonly string[];
  logger: Logger;
  clock?: () => Date;
}

/** Opens the request log under DATA_DIR; a corrupt log stops start-up with CorruptLogError. */
export async function openRequestServices(options: RequestServicesOptions): Promise<RequestServices> {
  const clock = options.clock ?? (() => new Date());
  const log = await RequestLog.open({ dataDir: options.dataDir, logger: options.logger });
  const workflow = createWorkflow({ log, hrUsers: options.hrUsers, logger: options.logger, clock });
  return { log, workflow, dialogs: createDialogStore(log), clock };
}
