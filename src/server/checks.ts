import { randomUUID } from "node:crypto";
import { readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Logger } from "../log.ts";
import type { AppStore } from "../requests/store.ts";
import type { ReadinessCheck } from "./health.ts";
import { REASONS } from "./status-text.ts";

/** The server's own readiness checks; platforms add theirs through their mount (see `Mounted`). */

export function knowledgeCheck(knowledge: Knowledge): ReadinessCheck {
  return {
    name: "knowledge base",
    probe: async () =>
      knowledge.kb.indicators.length > 0 && knowledge.kb.sections.length > 0
        ? undefined
        : REASONS.knowledgeNotLoaded,
  };
}

/**
 * The request log can be read and is valid: the same read every answer starts with, so a log
 * corrupted on disk fails here as it fails there. Cheap: the file is parsed again only when changed.
 */
export function requestLogCheck(store: Pick<AppStore, "check">, logger: Logger): ReadinessCheck {
  const failures = failureLogger(logger, "request log");
  return {
    name: "request log",
    probe: async () => {
      try {
        await store.check();
        failures.ok();
        return undefined;
      } catch (error) {
        failures.failed(error);
        return REASONS.requestLogUnreadable;
      }
    },
  };
}

/**
 * The data directory takes a write: a small file is written, read back and removed. Named like
 * the temporary files of atomic writes, so one left by a crash is swept at the next start-up.
 */
export function dataDirCheck(dataDir: string, logger: Logger): ReadinessCheck {
  const failures = failureLogger(logger, "data directory");
  return {
    name: "data directory",
    probe: async () => {
      const file = path.join(dataDir, `.readyz.${process.pid}.${randomUUID()}.tmp`);
      const content = randomUUID();
      try {
        await writeFile(file, content);
        if ((await readFile(file, "utf8")) !== content) throw new Error("read back differs");
        failures.ok();
        return undefined;
      } catch (error) {
        failures.failed(error);
        return REASONS.dataDirUnwritable;
      } finally {
        await unlink(file).catch(() => undefined);
      }
    },
  };
}

/** Every platform mount ran; a mount that failed stops start-up, so this guards later changes. */
export function mountedCheck(expected: number, mounted: () => number): ReadinessCheck {
  return {
    name: "platforms",
    probe: async () => (mounted() >= expected ? undefined : REASONS.platformsNotMounted),
  };
}

/** Logs a check's failure with its cause once, when it starts failing (load balancers probe often). */
function failureLogger(logger: Logger, check: string) {
  let failing = false;
  return {
    ok() {
      failing = false;
    },
    failed(error: unknown) {
      if (failing) return;
      failing = true;
      logger.warn({ check, err: errorFields(error) }, "readiness check failed");
    },
  };
}

function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = "code" in error ? error.code : undefined;
  const at = "at" in error ? error.at : undefined;
  return { type: error.name, ...(code !== undefined && { code }), ...(at !== undefined && { at }) };
}
