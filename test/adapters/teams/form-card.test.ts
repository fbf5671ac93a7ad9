import { describe, expect, it } from "vitest";
import { formToCard } from "../../../src/adapters/teams/form-card.ts";
import { replyToCard } from "../../../src/adapters/teams/render.ts";
import type { FormView, Reply } from "../../../src/bot/messages.ts";

const form: FormView = {
  type: "learning",
  title: "学习与发展",
  fields: [
    { name: "course", kind: "text", label: "课程", required: true, value: "谈判技巧", maxLength: 200 },
    { name: "cost", kind: "number", label: "费用", required: false, value: "1200" },
    { name: "start", kind: "date", label: "开始日期", required: true, value: "2027-02-30" },
    { name: "end", kind: "date", label: "结束日期", required: true, value: "2027-03-05" },
    { name: "nominee", kind: "person", label: "职员", required: false, help: "为职员申请时填写。" },
  ],
  errors: { start: "日期无效。", _: "结束日期必须晚于开始日期。" },
  submitLabel: "提交",
  submissionId: "teams:a1",
};

describe("formToCard", () => {
  const card = formToCard(form, "zh");
  const byId = (id: string) => card.body.find((e) => e.id === id);

  it("fills in what is known, leaving out a value the input cannot hold", () => {
    expect(byId("field.course")).toMatchObject({ type: "Input.Text", value: "谈判技巧", maxLength: 200 });
    expect(byId("field.cost")).toMatchObject({ type: "Input.Number", value: 1200 });
    expect(byId("field.start")).toMatchObject({ type: "Input.Date", isRequired: true });
    expect(byId("field.start")).not.toHaveProperty("value");
    expect(byId("field.end")).toMatchObject({ value: "2027-03-05" });
    expect(byId("field.nominee")).toMatchObject({ type: "Input.Text" });
    expect(byId("field.nominee")).not.toHaveProperty("isRequired");
  });

  it("shows each error under its field, and an error about no shown field at the top", () => {
    const start = card.body.findIndex((e) => e.id === "field.start");
    expect(card.body[start]).toMatchObject({ errorMessage: "日期无效。" });
    expect(card.body[start + 1]).toMatchObject({ type: "TextBlock", color: "Attention", text: "日期无效。" });
    expect(card.body[1]).toMatchObject({
      type: "TextBlock",
      color: "Attention",
      text: "结束日期必须晚于开始日期。",
    });
    expect(byId("field.end")).toMatchObject({ errorMessage: "此项为必填项。" });
  });

  it("submits the form's type and submission id, in the form's language", () => {
    expect(card.actions).toEqual([
      {
        type: "Action.Submit",
        title: "提交",
        style: "positive",
        data: { action: "submit-form", type: "learning", submissionId: "teams:a1" },
      },
    ]);
    expect(card.lang).toBe("zh-CN");
  });
});

describe("replyToCard with a review", () => {
  const reply: Reply = {
    intent: "notification",
    lang: "en",
    title: "New request FWA-2026-0001 (Flexible working arrangement) awaits review",
    parts: [{ kind: "facts", facts: [{ label: "Request", value: "FWA-2026-0001" }] }],
    citations: [],
    suggestions: [],
    review: {
      requestId: "FWA-2026-0001",
      actions: [
        { decision: "approve", label: "Approve", needsComment: false },
        { decision: "reject", label: "Reject", needsComment: true },
        { decision: "request-info", label: "Ask for information", needsComment: true },
      ],
    },
  };

  it("adds a comment box and one button per decision", () => {
    const card = replyToCard(reply);
    expect(card.body.at(-1)).toEqual({
      type: "Input.Text",
      id: "comment",
      label: "Comment (needed to reject or ask for information)",
      isMultiline: true,
      maxLength: 4000,
    });
    expect(card.actions?.map((a) => a.data)).toEqual([
      { action: "decide", requestId: "FWA-2026-0001", decision: "approve" },
      { action: "decide", requestId: "FWA-2026-0001", decision: "reject" },
      { action: "decide", requestId: "FWA-2026-0001", decision: "request-info" },
    ]);
  });
});
