import { describe, expect, it } from "vitest";
import { messageToIncoming } from "../../../src/adapters/teams/incoming.ts";
import { messageActivity, USER } from "../../support/teams.ts";

const serviceUrl = "https://smba.trafficmanager.net/emea/";

function incomingOf(value: unknown) {
  return messageToIncoming(messageActivity({ serviceUrl, value, text: "typed" }));
}

describe("messageToIncoming: card submissions", () => {
  it("turns a form card into the whole form, with every input's value as text", () => {
    const incoming = incomingOf({
      action: "submit-form",
      type: "learning",
      submissionId: "teams:activity-1",
      "field.start": "2027-03-01",
      "field.cost": 1200,
      "field.online": true,
      "field.title": "Negotiation skills",
      "field.empty": "",
      "field.bad": { nested: true },
      unrelated: "not a field",
    });
    expect(incoming).toMatchObject({
      platform: "teams",
      user: { id: USER.aadObjectId, name: USER.name },
      form: {
        type: "learning",
        submissionId: "teams:activity-1",
        values: {
          start: "2027-03-01",
          cost: "1200",
          online: "true",
          title: "Negotiation skills",
          empty: "",
        },
      },
    });
    expect(incoming.text).toBeUndefined();
    expect(Object.keys(incoming.form?.values ?? {})).not.toContain("unrelated");
  });

  it("turns a decision button into the decision, with the comment typed in the card", () => {
    expect(
      incomingOf({
        action: "decide",
        requestId: "FWA-2026-0001",
        decision: "reject",
        comment: "  dates clash ",
      }).decision,
    ).toEqual({ requestId: "FWA-2026-0001", decision: "reject", comment: "dates clash" });
    expect(
      incomingOf({ action: "decide", requestId: "FWA-2026-0001", decision: "approve", comment: "  " })
        .decision,
    ).toEqual({ requestId: "FWA-2026-0001", decision: "approve" });
  });

  it("keeps suggestion buttons as the message they carry", () => {
    expect(incomingOf({ action: "ask", message: "all indicators" }).action).toEqual({
      id: "ask",
      value: "all indicators",
    });
  });

  it("reads a submission it does not recognise as the typed text", () => {
    for (const value of [
      { action: "decide", requestId: "FWA-2026-0001", decision: "maybe" },
      { action: "submit-form", type: "learning" },
      "just a string",
    ]) {
      const incoming = incomingOf(value);
      expect(incoming.text).toBe("typed");
      expect(incoming.form ?? incoming.decision ?? incoming.action).toBeUndefined();
    }
  });
});
