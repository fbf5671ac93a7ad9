import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import { requestStats } from "../../src/requests/analytics.ts";
import { createWorkflow, type Workflow } from "../../src/requests/workflow.ts";
import { HR, HR_USERS, manualClock, openLog, submission, tempDir } from "./helpers.ts";

type Clock = ReturnType<typeof manualClock>;

async function recruitment(
  workflow: Workflow,
  clock: Clock,
  departureDate: string | undefined,
  selectionDate?: string,
) {
  const outcome = await workflow.submit(
    submission({
      type: "early-recruitment",
      subject: "Early recruitment",
      fields: departureDate ? { departure: departureDate } : {},
    }),
  );
  if (!outcome.ok) throw new Error("submit refused");
  if (selectionDate) {
    // Selections are recorded once they have finished: later in the year than the submission.
    const submitted = clock.now().toISOString();
    clock.set("2026-12-31T09:00:00.000Z");
    await workflow.decide(outcome.request.id, HR, "approve");
    await workflow.recordSelection(outcome.request.id, HR, selectionDate);
    clock.set(submitted);
  }
  return outcome.request;
}

describe("requestStats", () => {
  it("counts by type and status, and the early-recruitment share with its numbers", async () => {
    const clock = manualClock("2026-02-10T09:00:00.000Z");
    const log = await openLog(tempDir());
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger, clock: clock.now });
    await recruitment(workflow, clock, "2026-09-30", "2026-08-15"); // before
    await recruitment(workflow, clock, "2026-06-30", "2026-07-01"); // after
    await recruitment(workflow, clock, "2026-05-31", "2026-05-31"); // the same day: not before
    await recruitment(workflow, clock, "2026-12-31", "2026-10-01"); // before
    await recruitment(workflow, clock, undefined, "2026-04-01"); // no departure date: not comparable
    await recruitment(workflow, clock, "2026-11-30"); // no selection yet
    const flexible = await workflow.submit(submission());
    if (!flexible.ok) throw new Error("submit refused");
    await workflow.withdraw(flexible.request.id, flexible.request.requester);
    clock.set("2026-04-01T09:00:00.000Z");
    await recruitment(workflow, clock, "2026-05-01", "2026-04-20"); // before, but outside the period below

    const stats = requestStats(
      (await log.snapshot()).requests,
      { from: "2026-02-01", to: "2026-02-28" },
      "2026-03-01",
    );
    expect(stats.period).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(stats.total).toBe(7);
    expect(stats.byType).toEqual({
      "flexible-work": 1,
      "early-recruitment": 6,
      learning: 0,
      mobility: 0,
      recognition: 0,
      "job-description": 0,
    });
    expect(stats.byStatus).toEqual({
      submitted: 1,
      "more-info-requested": 0,
      resubmitted: 0,
      approved: 5,
      rejected: 0,
      withdrawn: 1,
    });
    expect(stats.byTypeAndStatus["early-recruitment"]).toMatchObject({ approved: 5, submitted: 1 });
    expect(stats.byTypeAndStatus["flexible-work"]).toMatchObject({ withdrawn: 1 });
    expect(stats.earlyRecruitment).toEqual({
      requests: 6,
      withSelection: 5,
      comparable: 4,
      leftWithoutSelection: 0,
      selectedBeforeDeparture: 2,
      share: 0.5,
    });

    const all = requestStats((await log.snapshot()).requests, {}, "2026-03-01");
    expect(all.total).toBe(8);
    expect(all.earlyRecruitment).toMatchObject({ comparable: 5, selectedBeforeDeparture: 3, share: 0.6 });
  });

  it("counts a vacancy whose incumbent left with no selection as not before; a turned-down one not at all", async () => {
    const clock = manualClock("2026-02-10T09:00:00.000Z");
    const log = await openLog(tempDir());
    const workflow = createWorkflow({ log, hrUsers: HR_USERS, logger: silentLogger, clock: clock.now });
    await recruitment(workflow, clock, "2026-09-30", "2026-08-15"); // before
    await recruitment(workflow, clock, "2026-06-30"); // left on 30 June, nothing recorded
    await recruitment(workflow, clock, "2026-12-31"); // still ahead: not counted yet
    const rejected = await recruitment(workflow, clock, "2026-05-31");
    await workflow.decide(rejected.id, HR, "reject", "no budget");
    const stats = requestStats((await log.snapshot()).requests, {}, "2026-10-01");
    expect(stats.earlyRecruitment).toEqual({
      requests: 4,
      withSelection: 1,
      comparable: 2,
      leftWithoutSelection: 1,
      selectedBeforeDeparture: 1,
      share: 0.5,
    });
  });

  it("has no share when nothing is comparable", () => {
    expect(requestStats([]).earlyRecruitment).toEqual({
      requests: 0,
      withSelection: 0,
      comparable: 0,
      leftWithoutSelection: 0,
      selectedBeforeDeparture: 0,
      share: null,
    });
  });
});
