import { pathToFileURL } from "node:url";
import { Command, Option } from "commander";
import { z } from "zod";
import { loadConfig } from "../config.ts";
import { createLogger } from "../log.ts";
import { periodOf, reportCsv, type UnansweredReport, unansweredReport } from "./report.ts";
import { FeedbackStore } from "./store.ts";

/**
 * `npm run --silent report -- unanswered [--csv] [--period this-month|last-month|30-days] [--from D] [--to D] [--data-dir DIR]`
 * Declined and "not helpful" questions, grouped: CSV or a table on standard output, errors on standard error.
 */

interface Output {
  write(text: string): unknown;
}

const Day = z.iso.date({ error: "a date YYYY-MM-DD, e.g. 2026-11-01" });

function day(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = Day.safeParse(value);
  if (!parsed.success) throw new Error(`--${name}: ${parsed.error.issues[0]?.message ?? "not a date"}`);
  return new Date(`${parsed.data}T00:00:00.000Z`);
}

export function formatReport(report: UnansweredReport): string {
  const lines = [
    `Unanswered questions from ${report.from.toISOString().slice(0, 10)} to ${report.to.toISOString().slice(0, 10)}: ${report.total} in ${report.groups.length} group(s)`,
    "",
    ...report.groups.map(
      (g) =>
        `${String(g.count).padStart(4)}  ${g.lang}  ${g.topic}  (declined ${g.declined}, not helpful ${g.notHelpful})  ${g.example || "(words not kept)"}`,
    ),
    "",
  ];
  return lines.join("\n");
}

function buildProgram(stdout: Output, now: () => Date): Command {
  const program = new Command("report").description("what staff asked that went unanswered");
  program
    .command("unanswered")
    .description(
      "declined and “not helpful” questions of a period, similar ones grouped, by language and topic",
    )
    .option("--csv", "as CSV (RFC 4180, with a header row)")
    .addOption(
      new Option("--period <period>", "this-month, last-month or the last 30 days")
        .choices(["this-month", "last-month", "30-days"])
        .default("this-month"),
    )
    .option("--from <date>", "from this day (YYYY-MM-DD), instead of --period")
    .option("--to <date>", "up to this day, exclusive (YYYY-MM-DD)")
    .option("--data-dir <dir>", "the data directory (default: DATA_DIR)")
    .action(
      async (options: { csv?: boolean; period: string; from?: string; to?: string; dataDir?: string }) => {
        const config = loadConfig();
        const clock = now;
        const store = new FeedbackStore({
          dataDir: options.dataDir ?? config.DATA_DIR,
          logger: createLogger(),
          clock,
          retentionDays: config.FEEDBACK_RETENTION_DAYS,
        });
        const words = options.period.replace("-", " ");
        const period = periodOf(words, clock());
        const from = day(options.from, "from") ?? period.from;
        const to = day(options.to, "to") ?? period.to;
        const report = unansweredReport(await store.list({ from, to }), from, to);
        stdout.write(options.csv ? reportCsv(report) : formatReport(report));
      },
    );
  return program;
}

export async function main(
  argv: readonly string[],
  stdout: Output,
  stderr: Output,
  now: () => Date = () => new Date(),
): Promise<number> {
  try {
    await buildProgram(stdout, now).parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
}
