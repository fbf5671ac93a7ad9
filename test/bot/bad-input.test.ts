import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH } from "../../src/bot/bot.ts";
import { ask, assistant } from "../support/assistant.ts";

describe("bad input never breaks the bot", () => {
  it.each([
    ["empty", ""],
    ["whitespace only", "   \t  "],
    ["emoji only", "🙂🙂🎉"],
    ["control characters", "\u0000\u0007\u001b[31m\u0008"],
    ["punctuation only", "?!?..."],
  ])("%s gets a plain invitation to ask", async (_name, text) => {
    const { reply } = await ask(text);
    expect(reply.intent).toBe("empty");
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it("reads a 20,000-character message up to its limit and says so", async () => {
    const long = `what is the mobility target? ${"blah ".repeat(4000)}`;
    expect(long.length).toBeGreaterThan(20_000);
    const { reply, text } = await ask(long);
    expect(reply.notice).toContain(String(MAX_TEXT_LENGTH));
    expect(text.length).toBeLessThan(10_000);
  });

  it("ignores HTML and Slack markup around a question", async () => {
    const { reply, text } = await ask("<b>what is</b> the <!channel> <@U024BE7LH> mobility target?");
    expect(reply.intent).toBe("indicator");
    expect(text).toContain("15%*");
    expect(text).not.toContain("<!channel>");
  });

  it("treats a script tag as text, not as a question it can answer", async () => {
    const { reply, text } = await ask("<script>alert('x')</script>");
    expect(["empty", "out_of_scope"]).toContain(reply.intent);
    expect(text).not.toContain("<script>");
  });

  it("answers an invalid message with an apology instead of throwing", async () => {
    const reply = await assistant().bot.handle({
      platform: "console",
      user: { id: "" },
      conversation: { id: "x" },
      text: "hi",
    });
    expect(reply.intent).toBe("error");
  });

  it("keeps answering after many odd messages", async () => {
    const odd = [
      "",
      "💥".repeat(5000),
      "\u202e\u200b",
      "SELECT * FROM users; --",
      "{{7*7}}",
      "%s%s%n",
      "ＡＢＣ？",
    ];
    for (const text of odd) await ask(text);
    const { text } = await ask("mobility target");
    expect(text).toContain("15%*");
  });
});
