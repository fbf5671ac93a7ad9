import { describe, expect, it } from "vitest";
import { FLEXIBLE_WORK, openWorld, submitFlexibleWork } from "../support/requests.ts";

/** Commands typed inside an open form are commands, never stored as the field's value. */
describe("commands inside a form", () => {
  it("“my requests” and “status of <id>” are answered and the form waits", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    await bob.say(FLEXIBLE_WORK.first);
    const mine = await bob.say("my requests");
    expect(mine.reply.intent).toBe("my_requests");
    expect(mine.reply.openForm).toBe("flexible-work");
    const status = await bob.say(`status of ${id}`);
    expect(status.reply.intent).toBe("request_status");
    expect(status.reply.openForm).toBe("flexible-work");
  });

  it("“withdraw <id>” inside a form is proposed, not stored as a value", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    const id = await submitFlexibleWork(bob);
    await bob.say(FLEXIBLE_WORK.first);
    await bob.say("me");
    // At the optional "reason" prompt, free text would be accepted as a value.
    const proposed = await bob.say(`withdraw ${id}`);
    expect(proposed.reply.outcome).toBe("confirm");
    expect(proposed.text).toContain(`Withdraw your request ${id}`);
    await bob.say("yes");
    expect((await world.record(id))?.status).toBe("withdrawn");
    const summary = await bob.say("skip");
    expect(summary.text).not.toContain(`withdraw ${id}`);
  });
});

describe("a request asked for in words", () => {
  it("opens the form its declared names point to, but not for a question about the strategy", async () => {
    const world = await openWorld();
    const bob = world.person("bob", "Bob Manager");
    expect((await bob.say("request reclassification of my post")).reply.openForm).toBe("job-description");
    const other = await openWorld();
    const carol = other.person("carol");
    const question = await carol.say(
      "Which kinds of staff mobility does the strategy admit still need work?",
    );
    expect(question.reply.openForm).toBeUndefined();
  });
});
