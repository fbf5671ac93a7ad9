import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { Command, Option } from "commander";
import type { z } from "zod";
import { loadConfig } from "../config.ts";
import { createLogger, silentLogger } from "../log.ts";
import { type RequestStats, requestStats } from "./analytics.ts";
import { CSV_BOM, DateRange, ExportFilter, filterRequests, toCsv } from "./export.ts";
import { type RequestRecord, RequestStatus, RequestTypeId } from "./model.ts";
import { isoDay } from "./parse/calendar.ts";
import { openStore } from "./store.ts";
import { requestType } from "./types/index.ts";

/** The request type the early-recruitment measure belongs to: its focus area is declared there. */
const EARLY = requestType("early-recruitment");

/**
 * `npm run --silent requests -- export --csv [--output FILE] [--no-bom] [--type T] [--status S] [--from D] [--to D] [--data-dir DIR]`
 * `npm run requests -- stats [--from D] [--to D] [--json] [--data-dir DIR]`
 * Results go to standard output, logs and errors to standard error.
 */

interface Output {
  write(text: string): unknown;
}

/** The files of `--data-dir`; else the configured store (PostgreSQL with DATABASE_URL, else DATA_DIR). */
async function openLog(
  dataDir: string | undefined,
): Promise<{ all(): Promise<RequestRecord[]>; close(): Promise<void> }> {
  const config = dataDir === undefined ? loadConfig() : undefined;
  const { store } = await openStore({
    dataDir: dataDir ?? config?.DATA_DIR ?? "",
    databaseUrl: config?.DATABASE_URL,
    logger: silentLogger,
  });
  return { all: async () => (await store.requests.list()).map((r) => r.record), close: () => store.close() };
}

function parseOptions<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `--${String(i.path[0] ?? "option")}: ${i.message}`);
  throw new Error(`${issues.join("\n")}\n(dates are YYYY-MM-DD, e.g. --from 2026-01-01)`);
}

function buildProgram(stdout: Output): Command {
  const logger = createLogger();
  const program = new Command("requests").description("HR requests: export and statistics");
  const dataDir = () => new Option("--data-dir <dir>", "the data directory (default: DATA_DIR)");
  const from = () => new Option("--from <date>", "created on or after (YYYY-MM-DD)");
  const to = () => new Option("--to <date>", "created on or before (YYYY-MM-DD)");

  program
    .command("export")
    .description("write the requests as CSV to standard output, or to a file with --output")
    .requiredOption("--csv", "CSV (RFC 4180, with a header row, UTF-8 with a byte-order mark)")
    .option("--output <file>", "write the CSV to this file instead of standard output")
    .option("--no-bom", "leave out the byte-order mark (for programs that do not expect one)")
    .addOption(new Option("--type <type>", "only this request type").choices(RequestTypeId.options))
    .addOption(new Option("--status <status>", "only this status").choices(RequestStatus.options))
    .addOption(from())
    .addOption(to())
    .addOption(dataDir())
    .action(
      async (options: {
        csv: true;
        dataDir?: string;
        output?: string;
        bom: boolean;
        [option: string]: unknown;
      }) => {
        const { dataDir: dir, csv: _csv, output, bom, ...rest } = options;
        const filter = parseOptions(ExportFilter, rest);
        const log = await openLog(dir);
        try {
          const requests = filterRequests(await log.all(), filter);
          // Excel reads a CSV without a byte-order mark as the local code page: Chinese turns to noise.
          const csv = `${bom ? CSV_BOM : ""}${toCsv(requests)}`;
          if (output) await writeFile(output, csv, "utf8");
          else stdout.write(csv);
          logger.info(
            { op: "export", count: requests.length, toFile: output !== undefined },
            "requests exported",
          );
        } finally {
          await log.close();
        }
      },
    );

  program
    .command("stats")
    .description(
      `counts by type and status, and the early-recruitment measure (focus area ${EARLY.focusArea})`,
    )
    .addOption(from())
    .addOption(to())
    .option("--json", "as JSON")
    .addOption(dataDir())
    .action(async (options: { from?: string; to?: string; json?: boolean; dataDir?: string }) => {
      const period = parseOptions(DateRange, { from: options.from, to: options.to });
      const log = await openLog(options.dataDir);
      try {
        const stats = requestStats(await log.all(), period, isoDay(new Date()));
        stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
      } finally {
        await log.close();
      }
    });
  return program;
}

export function formatStats(stats: RequestStats): string {
  const { from, to } = stats.period;
  const period = from || to ? `created from ${from ?? "the start"} to ${to ?? "now"}` : "all dates";
  const statuses = RequestStatus.options;
  const width = Math.max(...RequestTypeId.options.map((t) => t.length), "type".length);
  const row = (label: string, cells: (string | number)[]) =>
    [
      label.padEnd(width),
      ...cells.map((c, i) => String(c).padStart(Math.max(5, statuses[i]?.length ?? 5))),
    ].join("  ");
  const lines = [
    `Requests, ${period}: ${stats.total}`,
    "",
    row("type", [...statuses, "total"]),
    ...RequestTypeId.options.map((t) =>
      row(t, [...statuses.map((s) => stats.byTypeAndStatus[t][s]), stats.byType[t]]),
    ),
    row("all", [...statuses.map((s) => stats.byStatus[s]), stats.total]),
    "",
  ];
  const er = stats.earlyRecruitment;
  const share = er.share === null ? "no comparable request" : `${(er.share * 100).toFixed(1)}%`;
  lines.push(
    `Early recruitment (focus area ${EARLY.focusArea}): selection finished before the incumbent's departure`,
    `  share: ${share} (${er.selectedBeforeDeparture} of ${er.comparable})`,
    `  early-recruitment requests: ${er.requests}; with a selection date: ${er.withSelection}; incumbent left with none: ${er.leftWithoutSelection}; counted: ${er.comparable}`,
    "",
  );
  return lines.join("\n");
}

export async function main(argv: readonly string[], stdout: Output, stderr: Output): Promise<number> {
  try {
    await buildProgram(stdout).parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
}
