import { describe, expect, it } from "vitest";
import {
  COMMENT_CALLBACK,
  commentModal,
  formErrors,
  formModal,
  formValues,
  MODAL_LIMITS,
} from "../../../src/adapters/slack/modals.ts";
import { ViewSubmission } from "../../../src/adapters/slack/payloads.ts";
import type { FormView } from "../../../src/bot/messages.ts";

type Json = Record<string, unknown>;
/** A block as plain JSON, to look into whatever kind it is. */
const json = (block: unknown) => block as Json;

const base: FormView = {
  type: "flexible-work",
  title: "A request type whose title is much longer than a modal title",
  fields: [],
  errors: {},
  submitLabel: "Submit this request to Human Resources now",
  submissionId: "trigger",
};

function submission(values: Record<string, Record<string, Json>>): ViewSubmission {
  return ViewSubmission.parse({
    type: "view_submission",
    user: { id: "U0ALICE" },
    view: { id: "V1", callback_id: "request-form", private_metadata: "{}", state: { values } },
  });
}

describe("request form modals", () => {
  it("keeps titles, buttons, labels, hints and options within Slack's limits", () => {
    const long = "word ".repeat(1000);
    const modal = formModal(
      {
        ...base,
        fields: [
          { name: "note", kind: "longtext", label: long, help: long, required: false, maxLength: 20_000 },
          {
            name: "pick",
            kind: "choice",
            label: "Pick",
            required: true,
            choices: [{ value: "a", label: long }],
          },
        ],
      },
      { type: "flexible-work", lang: "en", channel: "U0ALICE" },
    );
    expect(modal.title.text.length).toBeLessThanOrEqual(MODAL_LIMITS.title);
    expect(modal.submit?.text.length).toBeLessThanOrEqual(MODAL_LIMITS.button);
    expect(modal.blocks[0]).toMatchObject({ type: "header" });
    const [note, pick] = modal.blocks.slice(1) as {
      label: { text: string };
      hint: { text: string };
      element: { options?: { text: { text: string } }[] };
    }[];
    expect(note?.label.text.length).toBeLessThanOrEqual(MODAL_LIMITS.label);
    expect(note?.hint.text.length).toBeLessThanOrEqual(MODAL_LIMITS.hint);
    expect(note?.element).toMatchObject({ multiline: true, max_length: MODAL_LIMITS.textInput });
    const option = pick?.element.options?.[0];
    expect(option?.text.text.length).toBeLessThanOrEqual(MODAL_LIMITS.optionText);
  });

  it("asks for a choice of more than 100 options as text, and shows known values", () => {
    const choices = Array.from({ length: 101 }, (_, i) => ({ value: `v${i}`, label: `Option ${i}` }));
    const modal = formModal(
      {
        ...base,
        fields: [
          { name: "many", kind: "choice", label: "Many", required: true, choices },
          {
            name: "few",
            kind: "choice",
            label: "Few",
            required: true,
            choices: choices.slice(0, 3),
            value: "v2",
          },
          { name: "when", kind: "date", label: "When", required: true, value: "2027-01-04" },
          { name: "cost", kind: "number", label: "Cost", required: true, value: "1200" },
        ],
      },
      { type: "learning", lang: "zh", channel: "U0ALICE" },
    );
    const elements = modal.blocks.slice(1).map((b) => json(json(b).element));
    expect(elements[0]).toMatchObject({ type: "plain_text_input" });
    expect(elements[1]).toMatchObject({ type: "static_select", initial_option: { value: "v2" } });
    expect(elements[2]).toMatchObject({ type: "datepicker", initial_date: "2027-01-04" });
    expect(elements[3]).toMatchObject({ type: "number_input", initial_value: "1200" });
    expect(modal.close?.text).toBe("取消");
    expect(JSON.parse(modal.private_metadata ?? "").lang).toBe("zh");
  });
});

describe("a submitted request form", () => {
  it("reads text, dates, numbers and options by field, leaving out what was left empty", () => {
    const values = formValues(
      submission({
        "field:days": { value: { type: "plain_text_input", value: "Fridays" } },
        "field:start": { value: { type: "datepicker", selected_date: "2027-01-04" } },
        "field:cost": { value: { type: "number_input", value: "1200.5" } },
        "field:arrangement": {
          value: {
            type: "static_select",
            selected_option: { text: { type: "plain_text", text: "x" }, value: "telework" },
          },
        },
        "field:reason": { value: { type: "plain_text_input", value: null } },
        other: { value: { type: "plain_text_input", value: "not a field" } },
      }),
    );
    expect(values).toEqual({ days: "Fridays", start: "2027-01-04", cost: "1200.5", arrangement: "telework" });
  });

  it("puts each error under its input, and one about no shown input under the first", () => {
    const errors = formErrors(
      { end: "End before start.", _: "Something about the whole form." },
      submission({
        "field:start": { value: { type: "datepicker", selected_date: null } },
        "field:end": { value: { type: "datepicker", selected_date: null } },
      }),
    );
    expect(errors).toEqual({
      "field:end": "End before start.",
      "field:start": "Something about the whole form.",
    });
  });
});

describe("the comment modal", () => {
  it("asks for a required comment, carrying the decision and the message it came from", () => {
    const modal = commentModal({
      requestId: "FWA-2026-0001",
      decision: "request-info",
      lang: "en",
      channel: "C0HR",
      ts: "1700000000.000001",
      label: "Ask for information",
    });
    expect(modal).toMatchObject({
      callback_id: COMMENT_CALLBACK,
      title: { text: "FWA-2026-0001" },
      submit: { text: "Ask for information" },
    });
    expect(JSON.parse(modal.private_metadata ?? "")).toEqual({
      requestId: "FWA-2026-0001",
      decision: "request-info",
      lang: "en",
      channel: "C0HR",
      ts: "1700000000.000001",
    });
    const input = json(modal.blocks.find((b) => b.type === "input"));
    expect(input).toMatchObject({ block_id: "comment", element: { multiline: true } });
    expect(input.optional).toBeUndefined();
  });
});
