import { z } from "zod";
import { createdWithin, type DateRange } from "./export.ts";
import { type RequestRecord, RequestStatus, RequestTypeId } from "./model.ts";

/**
 * Request counts for a period, and the early-recruitment measure (its focus area is the request
 * type's): the share of anticipated vacancies whose selection was completed before the incumbent
 * left, with its numbers.
 */

/** The incumbent's departure, a field of the early-recruitment form. */
export const DEPARTURE_DATE_FIELD = "departure";
/** Where the workflow's recordSelection keeps the date the selection finished. */
export const SELECTION_DATE_FIELD = "selectionDate";

export interface EarlyRecruitmentStats {
  /** Early-recruitment requests created in the period. */
  requests: number;
  /** Of those, with a selection date recorded by HR. */
  withSelection: number;
  /**
   * The base of the share: anticipated vacancies (requests not rejected or withdrawn, with a
   * departure date) whose outcome is known, that is with a selection recorded or whose incumbent
   * has already left. A vacancy still ahead with no selection yet is not counted either way.
   */
  comparable: number;
  /** Of those, the incumbent left (before today) with no selection recorded: not before. */
  leftWithoutSelection: number;
  /** Of those, selected before the departure date. */
  selectedBeforeDeparture: number;
  /** selectedBeforeDeparture / comparable; null when nothing is comparable. */
  share: number | null;
}

export interface RequestStats {
  /** Created-on dates, inclusive; open ends when absent. */
  period: DateRange;
  total: number;
  byType: Record<RequestTypeId, number>;
  byStatus: Record<RequestStatus, number>;
  byTypeAndStatus: Record<RequestTypeId, Record<RequestStatus, number>>;
  earlyRecruitment: EarlyRecruitmentStats;
}

/** Not anticipated vacancies any more: the request was turned down or taken back. */
const CLOSED_WITHOUT_RECRUITMENT: readonly RequestStatus[] = ["rejected", "withdrawn"];

const IsoDate = z.iso.date();

/** `today` (YYYY-MM-DD) decides whose incumbent has already left. */
export function requestStats(
  records: readonly RequestRecord[],
  period: DateRange = {},
  today: string = new Date().toISOString().slice(0, 10),
): RequestStats {
  const inPeriod = records.filter((r) => createdWithin(r, period));
  const zeroByStatus = () =>
    Object.fromEntries(RequestStatus.options.map((s) => [s, 0])) as Record<RequestStatus, number>;
  const byType = Object.fromEntries(RequestTypeId.options.map((t) => [t, 0])) as Record<
    RequestTypeId,
    number
  >;
  const byStatus = zeroByStatus();
  const byTypeAndStatus = Object.fromEntries(RequestTypeId.options.map((t) => [t, zeroByStatus()])) as Record<
    RequestTypeId,
    Record<RequestStatus, number>
  >;
  for (const r of inPeriod) {
    byType[r.type] += 1;
    byStatus[r.status] += 1;
    byTypeAndStatus[r.type][r.status] += 1;
  }
  return {
    period,
    total: inPeriod.length,
    byType,
    byStatus,
    byTypeAndStatus,
    earlyRecruitment: earlyRecruitmentStats(
      inPeriod.filter((r) => r.type === "early-recruitment"),
      today,
    ),
  };
}

function earlyRecruitmentStats(requests: readonly RequestRecord[], today: string): EarlyRecruitmentStats {
  let withSelection = 0;
  let comparable = 0;
  let leftWithoutSelection = 0;
  let selectedBeforeDeparture = 0;
  for (const r of requests) {
    const selection = dateField(r, SELECTION_DATE_FIELD);
    if (selection) withSelection += 1;
    const departure = dateField(r, DEPARTURE_DATE_FIELD);
    if (!departure || CLOSED_WITHOUT_RECRUITMENT.includes(r.status)) continue;
    if (!selection) {
      if (departure < today) {
        comparable += 1;
        leftWithoutSelection += 1;
      }
      continue;
    }
    comparable += 1;
    if (selection < departure) selectedBeforeDeparture += 1;
  }
  return {
    requests: requests.length,
    withSelection,
    comparable,
    leftWithoutSelection,
    selectedBeforeDeparture,
    share: comparable === 0 ? null : selectedBeforeDeparture / comparable,
  };
}

/** A YYYY-MM-DD field; such strings compare in date order. */
function dateField(record: RequestRecord, name: string): string | undefined {
  const parsed = IsoDate.safeParse(record.fields[name]);
  return parsed.success ? parsed.data : undefined;
}
