import type { Logger } from "../log.ts";
import { createDialogStore, type DialogStore } from "./dialog-store.ts";
import type { RequestLog } from "./log.ts";
import { type AppStore, openStore } from "./store.ts";
import { createWorkflow, type Workflow } from "./workflow.ts";

/** What the bot needs to take HR requests: the store, the workflow, open dialogs, and the clock. */
export interface RequestServices {
  store: AppStore;
  workflow: Workflow;
  dialogs: DialogStore;
  clock: () => Date;
}

export interface RequestServicesOptions {
  dataDir: string;
  /** PostgreSQL instead of the files in `dataDir`. */
  databaseUrl?: string | undefined;
  hrUsers: readonly string[];
  logger: Logger;
  clock?: () => Date;
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
  return { store, workflow, dialogs: createDialogStore(store, clock), clock, ...(log && { log }) };
}
