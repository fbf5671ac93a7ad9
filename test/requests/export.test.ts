import { describe, expect, it } from "vitest";
import { csvCell, filterRequests, toCsv } from "../../src/requests/export.ts";
import type { RequestRecord } from "../../src/requests/model.ts";

function record(overrides: Partial<RequestRecord> = {}): RequestRecord {
  const at = overrides.createdAt ?? "2026-03-02T09:00:00.000Z";
  const requester = { platform: "slack" as const, userId: "U024BE7LH", name: "Bob Manager" };
  return {
    id: "FWA-2026-0001",
    type: "flexible-work",
    requester,
    subject: "Compressed week",
    fields: {},
    status: "submitted",
    createdAt: at,
    updatedAt: at,
    idempotencyKey: "k",
    history: [{ at, by: requester, action: "submit", status: "submitted" }],
    ...overrides,
  };
}

describe("csvCell", () => {
  it("quotes only what RFC 4180 requires, doubling quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rlf")).toBe('"cr\rlf"');
    expect(csvCell(42)).toBe("42");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("neutralises spreadsheet formulas with a leading apostrophe", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+41 22 799 6111")).toBe("'+41 22 799 6111");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell(-2)).toBe("'-2");
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("2026-03-02")).toBe("2026-03-02");
  });
});

describe("toCsv", () => {
  it("writes a header row and one CRLF-ended row per request, a column per field", () => {
    const hr = { platform: "console" as const, userId: "alice" };
    const approved = record({
      id: "LRN-2026-0003",
      type: "learning",
      status: "approved",
      fields: { course: "Negotiation, advanced", cost: 1200 },
      history: [
        ...record().history,
        {
          at: "2026-03-03T10:00:00.000Z",
          by: hr,
          action: "approve",
          status: "approved",
          comment: 'Go "ahead"',
        },
      ],
      updatedAt: "2026-03-03T10:00:00.000Z",
    });
    const flexible = record({ fields: { pattern: "=4x9" }, subject: "Line one\nline two" });
    const csv = toCsv([approved, flexible]);
    const header =
      "id,type,status,subject,requesterPlatform,requesterId,requesterName,createdAt,updatedAt,lastAction,lastActionBy,lastComment,field:cost,field:course,field:pattern";
    expect(csv).toBe(
      `${header}\r\n` +
        'LRN-2026-0003,learning,approved,Compressed week,slack,U024BE7LH,Bob Manager,2026-03-02T09:00:00.000Z,2026-03-03T10:00:00.000Z,approve,console:alice,"Go ""ahead""",1200,"Negotiation, advanced",\r\n' +
        'FWA-2026-0001,flexible-work,submitted,"Line one\nline two",slack,U024BE7LH,Bob Manager,2026-03-02T09:00:00.000Z,2026-03-02T09:00:00.000Z,submit,slack:U024BE7LH,,,,\'=4x9\r\n',
    );
  });

  it("writes only the header for no requests", () => {
    expect(toCsv([]).split("\r\n")).toEqual([expect.stringMatching(/^id,type,status,/), ""]);
  });
});

describe("filterRequests", () => {
  const records = [
    record({ id: "FWA-2026-0001", createdAt: "2026-01-31T23:59:59.000Z" }),
    record({ id: "LRN-2026-0001", type: "learning", createdAt: "2026-02-01T00:00:00.000Z" }),
    record({ id: "FWA-2026-0002", status: "approved", createdAt: "2026-02-28T12:00:00.000Z" }),
    record({ id: "FWA-2026-0003", createdAt: "2026-03-01T00:00:00.000Z" }),
  ];
  const ids = (filter: Parameters<typeof filterRequests>[1]) =>
    filterRequests(records, filter).map((r) => r.id);

  it("filters by type, status and created dates, inclusive", () => {
    expect(ids({})).toHaveLength(4);
    expect(ids({ type: "flexible-work" })).toEqual(["FWA-2026-0001", "FWA-2026-0002", "FWA-2026-0003"]);
    expect(ids({ status: "approved" })).toEqual(["FWA-2026-0002"]);
    expect(ids({ from: "2026-02-01", to: "2026-02-28" })).toEqual(["LRN-2026-0001", "FWA-2026-0002"]);
    expect(ids({ from: "2026-03-01" })).toEqual(["FWA-2026-0003"]);
    expect(ids({ to: "2026-01-31" })).toEqual(["FWA-2026-0001"]);
    expect(ids({ type: "flexible-work", status: "submitted", from: "2026-02-01" })).toEqual([
      "FWA-2026-0003",
    ]);
  });
});
