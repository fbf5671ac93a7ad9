import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { silentLogger } from "../src/log.ts";
import { REQUEST_LOG_FILE, RequestLog } from "../src/requests/log.ts";
import type { RequestRecord } from "../src/requests/model.ts";
import { createWorkflow } from "../src/requests/workflow.ts";

/**
 * Submission latency as the request log grows. Every write rewrites the whole file, so a submission
 * costs O(n) in the log's size; this measures how much, at 100, 1,000 and 10,000 requests.
 *   npx tsx bench/requests.bench.ts
 */

const SIZES = [100, 1_000, 10_000];
const SUBMISSIONS = 100;

export interface RequestsBenchRow {
  existing: number;
  fileKiB: number;
  /** Opening the log: reading, parsing and validating the whole file once. */
  loadMs: number;
  medianMs: number;
  p99Ms: number;
}

/** A decided request with a realistic amount of text, as the log holds after a while. */
export function seededRecord(i: number): RequestRecord {
  const requester = {
    platform: "slack" as const,
    userId: `U${String(i % 400).padStart(8, "0")}`,
    name: "A. Manager",
  };
  const hr = { platform: "slack" as const, userId: "U0HR00001", name: "HR Partner" };
  const created = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const decided = new Date(Date.UTC(2026, 0, 1) + i * 60_000 + 3_600_000).toISOString();
  return {
    id: `LRN-2026-${String(i + 1).padStart(4, "0")}`,
    type: "learning",
    requester,
    subject: `Course on negotiation skills for team leads, cohort ${i}`,
    fields: {
      course: "Negotiation for managers",
      provider: "ITC-ILO Turin",
      startDate: "2026-05-04",
      cost: 1450,
      justification: "Supports the unit's work plan on partnership agreements. ".repeat(3),
    },
    status: "approved",
    createdAt: created,
    updatedAt: decided,
    idempotencyKey: `slack:evt-${i}`,
    history: [
      { at: created, by: requester, action: "submit", status: "submitted" },
      {
        at: decided,
        by: hr,
        action: "approve",
        status: "approved",
        comment: "Approved within the unit's budget.",
      },
    ],
  };
}

function seed(dir: string, count: number): void {
  const requests = Array.from({ length: count }, (_, i) => seededRecord(i));
  const data = { version: 1, requests, outbox: [], dialogs: {}, sequences: { "LRN-2026": count } };
  writeFileSync(path.join(dir, REQUEST_LOG_FILE), JSON.stringify(data));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(existing: number): Promise<RequestsBenchRow> {
  const dir = mkdtempSync(path.join(tmpdir(), "hr-requests-bench-"));
  try {
    seed(dir, existing);
    const loadStart = performance.now();
    const log = await RequestLog.open({ dataDir: dir });
    const loadMs = performance.now() - loadStart;
    const workflow = createWorkflow({ log, hrUsers: [], logger: silentLogger });
    const times: number[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      const start = performance.now();
      const outcome = await workflow.submit({
        type: "flexible-work",
        requester: { platform: "console", userId: `bench-${i % 7}` },
        subject: "Compressed working week",
        fields: { pattern: "4x9", startDate: "2026-04-01" },
        idempotencyKey: `bench-${i}`,
      });
      times.push(performance.now() - start);
      if (!outcome.ok) throw new Error(`submission refused: ${outcome.reason}`);
    }
    const fileKiB = statSync(log.file).size / 1024;
    await log.close();
    times.sort((a, b) => a - b);
    return { existing, fileKiB, loadMs, medianMs: percentile(times, 50), p99Ms: percentile(times, 99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchRequests(): Promise<{ submissions: number; rows: RequestsBenchRow[] }> {
  const rows: RequestsBenchRow[] = [];
  for (const size of SIZES) rows.push(await measure(size));
  return { submissions: SUBMISSIONS, rows };
}

function table(rows: readonly RequestsBenchRow[]): string {
  const header = ["existing", "file KiB", "load ms", "median ms", "p99 ms"];
  const cells = rows.map((r) => [
    String(r.existing),
    r.fileKiB.toFixed(0),
    r.loadMs.toFixed(1),
    r.medianMs.toFixed(2),
    r.p99Ms.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: readonly string[]) => c.map((v, i) => v.padStart(widths[i] ?? 0)).join("  ");
  return [line(header), ...cells.map(line)].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchRequests();
  process.stdout.write(`Request log: ${result.submissions} submissions each, one after another\n`);
  process.stdout.write(`${table(result.rows)}\n`);
}
