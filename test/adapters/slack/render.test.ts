import { describe, expect, it } from "vitest";
import { LIMITS, REVIEW_ACTION, REVIEW_BLOCK, renderReply } from "../../../src/adapters/slack/render.ts";
import type { Reply } from "../../../src/bot/messages.ts";

type Json = Record<string, unknown>;

/** A block as plain JSON, to look into whatever kind it is. */
const json = (block: unknown) => block as Json;

const base: Reply = { intent: "test", lang: "en", parts: [], citations: [], suggestions: [] };

/** Every text object (mrkdwn and plain_text) in the blocks, with its type. */
function textObjects(value: unknown): { type: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap(textObjects);
  if (value && typeof value === "object") {
    const o = value as Json;
    const own =
      (o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string"
        ? [{ type: o.type, text: o.text }]
        : [];
    return [...own, ...Object.values(o).flatMap(textObjects)];
  }
  return [];
}

describe("renderReply", () => {
  it("escapes every part kind, the title aside (plain text is never parsed)", () => {
    const evil = "<!channel> <@U1> <https://evil|x> &";
    const { text, blocks } = renderReply({
      ...base,
      notice: evil,
      title: evil,
      parts: [
        { kind: "paragraph", text: evil },
        { kind: "facts", facts: [{ label: evil, value: evil }] },
        { kind: "list", items: [evil] },
        { kind: "table", columns: [evil, evil], rows: [[evil, evil]] },
        { kind: "quote", text: evil, source: evil },
      ],
      citations: [evil],
      suggestions: [{ label: evil, message: evil }],
    });
    const mrkdwn = textObjects(blocks).filter((t) => t.type === "mrkdwn");
    expect(mrkdwn.length).toBeGreaterThanOrEqual(7);
    for (const t of [...mrkdwn.map((m) => m.text), text]) {
      expect(t).not.toMatch(/<[!@#]|<https?:/);
      expect(t).toContain("&lt;!channel&gt;");
    }
    // A quote is a real mrkdwn quote: our own ">" stays, the user's is escaped.
    expect(mrkdwn.some((m) => m.text.startsWith("> &lt;!channel&gt;"))).toBe(true);
  });

  it("puts at most ten facts in a section and splits the rest", () => {
    const facts = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `${i}%` }));
    const { blocks } = renderReply({ ...base, parts: [{ kind: "facts", facts }] });
    const sizes = blocks.map((b) => (json(b).fields as unknown[] | undefined)?.length);
    expect(sizes).toEqual([10, 10, 3]);
  });

  it("keeps every text within Slack's limits", () => {
    const long = "word ".repeat(2000);
    const { text, blocks } = renderReply({
      ...base,
      title: long,
      parts: [
        { kind: "paragraph", text: long },
        { kind: "facts", facts: [{ label: "L", value: long }] },
      ],
      suggestions: [{ label: long, message: long }],
    });
    expect(text.length).toBeLessThanOrEqual(LIMITS.messageText);
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    for (const t of textObjects(blocks)) expect(t.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const field = (json(blocks.find((b) => json(b).fields)).fields as { text: string }[])[0];
    expect(field?.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
    const button = (blocks.at(-1) as { elements: { text: { text: string }; value: string }[] }).elements[0];
    expect(button?.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
    expect(button?.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    // The long paragraph continues over several sections rather than being cut off.
    expect(blocks.filter((b) => b.type === "section" && json(b).text).length).toBeGreaterThan(1);
  });

  it("caps a very long answer at 50 blocks, keeping its citations and buttons", () => {
    const parts = Array.from({ length: 80 }, (_, i) => ({
      kind: "paragraph" as const,
      text: `Paragraph ${i}`,
    }));
    const { blocks } = renderReply({
      ...base,
      parts,
      citations: ["GB.343/PFA/14"],
      suggestions: [{ label: "all indicators", message: "all indicators" }],
    });
    expect(blocks).toHaveLength(LIMITS.messageBlocks);
    expect(blocks.at(-1)?.type).toBe("actions");
    expect(blocks.at(-2)?.type).toBe("context");
    expect(JSON.stringify(blocks.at(-3))).toContain("…");
  });

  it("shows a table as one record per row: the first cell in bold, then column: value", () => {
    const { blocks } = renderReply({
      ...base,
      parts: [
        {
          kind: "table",
          columns: ["Indicator", "Baseline", "Target (end of 2025)"],
          rows: [
            ["Effective workforce planning", "New indicator", "50%"],
            ["Improved geographical representation", "18%", "28%"],
          ],
        },
      ],
    });
    expect(blocks).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          verbatim: true,
          text: [
            "*Effective workforce planning*",
            "Baseline: New indicator · Target (end of 2025): 50%",
            "",
            "*Improved geographical representation*",
            "Baseline: 18% · Target (end of 2025): 28%",
          ].join("\n"),
        },
      },
    ]);
  });

  it("numbers the suggestion buttons and sends each one's message as its value", () => {
    const { blocks } = renderReply({
      ...base,
      suggestions: [
        { label: "Mobility", message: "What is the mobility target?" },
        { label: "All", message: "all indicators" },
      ],
    });
    expect(blocks).toEqual([
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: "suggestion:0",
            text: { type: "plain_text", text: "Mobility", emoji: false },
            value: "What is the mobility target?",
          },
          {
            type: "button",
            action_id: "suggestion:1",
            text: { type: "plain_text", text: "All", emoji: false },
            value: "all indicators",
          },
        ],
      },
    ]);
  });

  it("shows HR's decision buttons in a block of their own, kept when a long answer is cut", () => {
    const parts = Array.from({ length: 80 }, (_, i) => ({ kind: "paragraph" as const, text: `P${i}` }));
    const { blocks } = renderReply({
      ...base,
      parts,
      review: {
        requestId: "FWA-2026-0001",
        actions: [
          { decision: "approve", label: "Approve", needsComment: false },
          { decision: "reject", label: "Reject", needsComment: true },
          { decision: "request-info", label: "Ask for information", needsComment: true },
        ],
      },
    });
    expect(blocks).toHaveLength(LIMITS.messageBlocks);
    const review = blocks.find((b) => json(b).block_id === REVIEW_BLOCK);
    expect(review).toEqual({
      type: "actions",
      block_id: "review",
      elements: [
        {
          type: "button",
          action_id: "review:approve",
          text: { type: "plain_text", text: "Approve", emoji: false },
          value: "FWA-2026-0001",
          style: "primary",
        },
        {
          type: "button",
          action_id: "review:reject:comment",
          text: { type: "plain_text", text: "Reject", emoji: false },
          value: "FWA-2026-0001",
          style: "danger",
        },
        {
          type: "button",
          action_id: "review:request-info:comment",
          text: { type: "plain_text", text: "Ask for information", emoji: false },
          value: "FWA-2026-0001",
        },
      ],
    });
    for (const button of (review as { elements: { action_id: string }[] }).elements) {
      expect(button.action_id).toMatch(REVIEW_ACTION);
    }
  });
});
