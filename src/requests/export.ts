import { z } from "zod";
import { type RequestRecord, RequestStatus, RequestTypeId } from "./model.ts";

/** The CSV export of the request log for HR: one row per request, one column per field. */

/** Created-on dates, inclusive, as YYYY-MM-DD (UTC, as stored). */
export const DateRange = z.strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() });
export type DateRange = z.infer<typeof DateRange>;

export const ExportFilter = DateRange.extend({
  type: RequestTypeId.optional(),
  status: RequestStatus.optional(),
});
export type ExportFilter = z.infer<typeof ExportFilter>;

export function createdWithin(record: RequestRecord, range: DateRange): boolean {
  const day = record.createdAt.slice(0, 10);
  return (!range.from || day >= range.from) && (!range.to || day <= range.to);
}

export function filterRequests(records: readonly RequestRecord[], filter: ExportFilter): RequestRecord[] {
  return records.filter(
    (r) =>
      (!filter.type || r.type === filter.type) &&
      (!filter.status || r.status === filter.status) &&
      createdWithin(r, filter),
  );
}

const COLUMNS: readonly [string, (r: RequestRecord) => string | undefined][] = [
  ["id", (r) => r.id],
  ["type", (r) => r.type],
  ["status", (r) => r.status],
  ["subject", (r) => r.subject],
  ["requesterPlatform", (r) => r.requester.platform],
  ["requesterId", (r) => r.requester.userId],
  ["requesterName", (r) => r.requester.name],
  ["createdAt", (r) => r.createdAt],
  ["updatedAt", (r) => r.updatedAt],
  ["lastAction", (r) => r.history.at(-1)?.action],
  [
    "lastActionBy",
    (r) => {
      const by = r.history.at(-1)?.by;
      return by && `${by.platform}:${by.userId}`;
    },
  ],
  ["lastComment", (r) => r.history.findLast((h) => h.comment)?.comment],
];

/** Marks a file as UTF-8 for spreadsheets (Excel otherwise guesses the local code page). */
export const CSV_BOM = "\uFEFF";

/** RFC 4180 CSV (CRLF line ends, a header row); fields follow the fixed columns as "field:<name>". */
export function toCsv(records: readonly RequestRecord[]): string {
  const fieldNames = [...new Set(records.flatMap((r) => Object.keys(r.fields)))].sort();
  const header = [...COLUMNS.map(([name]) => name), ...fieldNames.map((f) => `field:${f}`)];
  const rows = records.map((r) => [
    ...COLUMNS.map(([, value]) => value(r)),
    ...fieldNames.map((f) => r.fields[f]),
  ]);
  return [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

/**
 * One cell: a text a spreadsheet would run as a formula (= + - @, or a leading tab or carriage
 * return) gets a leading apostrophe; then quoted when it holds a quote, comma or line break.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
