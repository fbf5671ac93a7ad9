import { describe, expect, it } from "vitest";
import { confirmations } from "../../src/bot/confirm.ts";
import {
  EARLY_RECRUITMENT_SCRIPT,
  HR_USER,
  openWorld,
  sayAll,
  submitFlexibleWork,
} from "../support/requests.ts";

/** Propose, then confirm: a typed command that changes a request acts only after “yes”. */

describe("confirmations", () => {
  it("confirms, declines, expires, and drops a proposal when another message comes", async () => {
    const world = await openWorld();
    let now = new Date("2026-11-23T09:00:00Z");
    const confirm = confirmations(world.requests.dialogs, () => now, 60_000);
    const action = { intent: "request_withdraw", requestId: "FWA-2026-0001", args: {} };
    expect(await confirm.takeConfirmation("k", "yes")).toEqual({ kind: "none" });
    await confirm.propose("k", action, "Withdraw?");
    expect(await confirm.takeConfirmation("k", "确认")).toMatchObject({ kind: "confirmed", action });
    expect(await confirm.takeConfirmation("k", "yes")).toEqual({ kind: "none" });
    await confirm.propose("k", action, "Withdraw?");
    expect(await confirm.takeConfirmation("k", "no")).toMatchObject({ kind: "declined" });
    await confirm.propose("k", action, "Withdraw?");
    expect(await confirm.takeConfirmation("k", "my requests")).toEqual({ kind: "none" });
    expect(await confirm.takeConfirmation("k", "yes")).toEqual({ kind: "none" });
    await confirm.propose("k", action, "Withdraw?");
    now = new Date(now.getTime() + 61_000);
    expect(await confirm.takeConfirmation("k", "yes")).toMatchObject({ kind: "expired" });
  });

  it("“withdraw <id>” then “no” keeps the request; a proposal survives a restart", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob");
    const id = await submitFlexibleWork(bob);
    await bob.say(`withdraw ${id}`);
    expect((await bob.say("no")).text).toBe("All right, nothing was changed.");
    expect((await world.record(id))?.status).toBe("submitted");
    await bob.say(`withdraw ${id}`);
    await world.close();
    const again = await world.reopen();
    expect((await again.person("bob", "Bob").say("yes")).text).toBe(
      `${id} is now withdrawn. It stays on record.`,
    );
    expect((await again.record(id))?.status).toBe("withdrawn");
  });

  it("a recorded selection date changes only after HR confirms, and both dates stay in the history", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob");
    const hr = world.person(HR_USER, "Hana HR");
    const id = (await sayAll(bob, EARLY_RECRUITMENT_SCRIPT)).reply.title ?? "";
    await hr.say(`approve ${id}`);
    const early = await hr.say(`selection for ${id} finished on 2020-01-01`);
    expect(early.text).toContain("cannot have finished before the request was submitted (23 November 2026)");
    const future = await hr.say(`selection for ${id} finished on 2026-12-20`);
    expect(future.text).toContain("the date cannot be after today (23 November 2026)");
    expect(future.text).not.toContain("selectionDate");
    // A date recorded on an earlier visit (put in the log directly: this world's clock stands still).
    await world.requests.log.change((draft) => {
      const index = draft.requests.findIndex((r) => r.id === id);
      const record = draft.requests[index];
      if (record)
        draft.requests[index] = { ...record, fields: { ...record.fields, selectionDate: "2026-11-24" } };
      return { result: undefined, write: true };
    });
    const proposed = await hr.say(`selection for ${id} finished on 2026-11-23`);
    expect(proposed.text).toContain(
      `${id} already has a selection date, 24 November 2026. Replace it with 23 November 2026?`,
    );
    expect((await world.record(id))?.fields.selectionDate).toBe("2026-11-24");
    expect((await hr.say("yes")).text).toContain("(was 24 November 2026)");
    const record = await world.record(id);
    expect(record?.fields.selectionDate).toBe("2026-11-23");
    expect(record?.history.at(-1)?.comment).toBe("2026-11-24 → 2026-11-23");
  });
});
