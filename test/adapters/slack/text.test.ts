import { describe, expect, it } from "vitest";
import { escapeMrkdwn, fromSlackText, mrkdwn, plain, splitMrkdwn } from "../../../src/adapters/slack/text.ts";

describe("Slack text in: fromSlackText", () => {
  it("removes the bot's own mention, with or without a label", () => {
    expect(fromSlackText("<@UBOT> what is the mobility target?", "UBOT")).toBe(
      "what is the mobility target?",
    );
    expect(fromSlackText("hey <@UBOT|hr-assistant>, all indicators", "UBOT")).toBe("hey , all indicators");
  });

  it("shows other mentions, channels, broadcasts and links by their labels, and decodes entities", () => {
    expect(
      fromSlackText(
        "<@U0BOB> and <#C0HR|hr-team> <!here> <https://ilo.org|ILO> P5 &amp; above &lt;3",
        "UBOT",
      ),
    ).toBe("@U0BOB and #hr-team @here ILO P5 & above <3");
    expect(fromSlackText("<!subteam^S123|@hrd> <mailto:a@ilo.org|a@ilo.org> <https://ilo.org>")).toBe(
      "@hrd a@ilo.org https://ilo.org",
    );
  });

  it("keeps Chinese text and line breaks", () => {
    expect(fromSlackText("<@UBOT> 流动性的目标是多少？\n谢谢", "UBOT")).toBe("流动性的目标是多少？\n谢谢");
  });
});

describe("Slack text out", () => {
  it("escapes &, < and > so no mention, broadcast or link can be injected", () => {
    expect(escapeMrkdwn("<!channel> <@U1> <https://evil|x> & more")).toBe(
      "&lt;!channel&gt; &lt;@U1&gt; &lt;https://evil|x&gt; &amp; more",
    );
  });

  it("fits escaped text to a limit without cutting an entity or a surrogate pair", () => {
    const fitted = mrkdwn(`${"a".repeat(8)}<b>`, 10);
    expect(fitted).toBe("aaaaaaaa…");
    expect(mrkdwn("😀😀😀😀", 4)).toBe("😀…");
    expect(mrkdwn("short & sweet", 3000)).toBe("short &amp; sweet");
    expect(plain("x".repeat(80), 75)).toHaveLength(75);
  });

  it("splits long mrkdwn at line breaks or spaces, each piece within the limit, nothing lost", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `• line ${i} &amp; some words to make it longer`);
    const pieces = splitMrkdwn(lines.join("\n"), 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    expect(pieces.join("\n")).toBe(lines.join("\n"));
  });

  it("splits a text without spaces without breaking an entity", () => {
    const text = `${"x".repeat(2998)}&amp;${"y".repeat(10)}`;
    const [first, second] = splitMrkdwn(text, 3000);
    expect(first).toBe("x".repeat(2998));
    expect(second).toBe(`&amp;${"y".repeat(10)}`);
  });
});
