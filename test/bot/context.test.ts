import { describe, expect, it } from "vitest";
import { ask } from "../support/assistant.ts";

/**
 * A follow-up inherits the previous subject only when it names none of its own: "and the
 * baseline?" follows on; "disability target" asks about something else and must never be
 * answered with the last indicator's figure.
 */
describe("conversation context", () => {
  it("a question with its own subject does not inherit the last indicator's figures", async () => {
    const chat = `ctx-${Math.random()}`;
    expect((await ask("P5+ women target", chat)).text).toContain("42%");
    const disability = await ask("disability target", chat);
    expect(disability.text).not.toContain("42%");
    expect(disability.reply.intent).toBe("no_target");
    const youth = await ask("youth milestone", chat);
    expect(youth.text).not.toContain("40%");
  });

  it("the same in Chinese", async () => {
    const chat = `ctx-${Math.random()}`;
    const mobility = await ask("流动性目标", chat);
    expect(mobility.text).toContain("进一步增长 5%");
    for (const other of ["残疾人的目标", "薪酬的目标"]) {
      const reply = await ask(other, chat);
      expect(reply.text, other).not.toContain("进一步增长 5%");
      expect(reply.text, other).not.toContain("13%");
    }
  });

  it("a follow-up that names nothing new keeps the indicator", async () => {
    const chat = `ctx-${Math.random()}`;
    await ask("what is the mobility target?", chat);
    expect((await ask("and the baseline?", chat)).text).toContain("13%");
    expect((await ask("which outcome is it under?", chat)).text).toMatch(/Outcome 1/);
    const zh = `ctx-${Math.random()}`;
    await ask("P5+女性目标", zh);
    expect((await ask("基准呢？", zh)).text).toContain("38%");
  });
});
