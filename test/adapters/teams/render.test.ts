import { describe, expect, it } from "vitest";
import { escapeMarkdown, replyToActivity, replyToCard } from "../../../src/adapters/teams/render.ts";
import type { Reply } from "../../../src/bot/messages.ts";
import { elementsOf } from "../../support/teams.ts";

const reply: Reply = {
  intent: "search",
  lang: "en",
  notice: "Je réponds en anglais pour le moment.",
  title: "Lessons learned",
  parts: [
    { kind: "list", items: ["Workforce planning", "* starred item"] },
    { kind: "quote", text: "Diversity, accountability and respect", source: "GB.343/PFA/14, para. 1" },
    { kind: "table", columns: ["Indicator", "Target"], rows: [["Mobility", "5%*"]] },
  ],
  citations: ["GB.343/PFA/14, para. 1", "GB.343/PFA/14, para. 2"],
  suggestions: [{ label: "All indicators", message: "all indicators" }],
};

describe("replyToCard", () => {
  const card = replyToCard(reply);

  it("puts the notice first and the title as a bold heading", () => {
    const [notice, title] = card.body;
    expect(notice).toMatchObject({ type: "TextBlock", isSubtle: true, text: reply.notice });
    expect(title).toMatchObject({ type: "TextBlock", weight: "Bolder", text: "Lessons learned" });
  });

  it("renders a list as bullets, escaping a leading list marker inside an item", () => {
    expect(card.body[2]).toMatchObject({
      type: "TextBlock",
      wrap: true,
      text: "- Workforce planning\n- \\* starred item",
    });
  });

  it("renders a quote as an emphasized container with its source", () => {
    expect(card.body[3]).toMatchObject({
      type: "Container",
      style: "emphasis",
      items: [
        { type: "TextBlock", text: "“Diversity, accountability and respect”" },
        { type: "TextBlock", text: "— GB.343/PFA/14, para. 1", isSubtle: true },
      ],
    });
  });

  it("renders a table with a header row and a compact text fallback for older clients", () => {
    const [table] = elementsOf(card, "Table");
    expect(table).toMatchObject({ columns: [{ width: 2 }, { width: 1 }] });
    expect(table?.fallback).toMatchObject({
      type: "TextBlock",
      text: "Indicator · Target\n\nMobility · 5%*",
    });
  });

  it("ends with every citation and turns suggestions into submit buttons", () => {
    expect(card.body.at(-1)).toMatchObject({
      text: "Source: GB.343/PFA/14, para. 1\n\nSource: GB.343/PFA/14, para. 2",
      size: "Small",
    });
    expect(card.actions).toEqual([
      {
        type: "Action.Submit",
        title: "All indicators",
        data: { action: "ask", message: "all indicators" },
      },
    ]);
  });

  it("sends the card with a summary for notifications", () => {
    const activity = replyToActivity(reply);
    expect(activity.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(activity.summary).toBe(reply.notice);
  });
});

describe("escapeMarkdown", () => {
  it("keeps the strategy's footnote marks as written when they cannot pair", () => {
    expect(escapeMarkdown("15%*")).toBe("15%*");
    expect(escapeMarkdown("staff_data")).toBe("staff_data");
  });

  it("escapes marks that would become emphasis, lists or headings", () => {
    expect(escapeMarkdown("5%* and 15%*")).toBe("5%\\* and 15%\\*");
    expect(escapeMarkdown("* Geographical mobility")).toBe("\\* Geographical mobility");
    expect(escapeMarkdown("1. first\n# heading")).toBe("1\\. first\n\\# heading");
  });
});
