import type { Logger } from "../log.ts";

/** Everything must be done by then; the process then exits anyway (orchestrators kill at 10 s). */
export const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * On SIGTERM or SIGINT runs `stop` once and exits: 0 when it finished, 1 when it failed or the
 * deadline passed first. Repeated signals are ignored — npm forwards the terminal's Ctrl+C too,
 * so one keypress can arrive twice — and the deadline bounds the wait instead.
 */
export function stopOnSignals(
  stop: () => Promise<void>,
  logger: Logger,
  deadlineMs: number = SHUTDOWN_DEADLINE_MS,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info({ signal }, "already shutting down");
      return;
    }
    stopping = true;
    const started = performance.now();
    logger.info({ signal, deadlineMs }, "shutting down");
    const force = setTimeout(() => {
      logger.error({ deadlineMs }, "shutdown deadline passed; exiting with work unfinished");
      process.exit(1);
    }, deadlineMs);
    force.unref();
    stop().then(
      () => {
        logger.info({ ms: Math.round(performance.now() - started) }, "stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
