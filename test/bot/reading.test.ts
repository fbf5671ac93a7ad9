import { describe, expect, it } from "vitest";
import type { IntentSpec, Understanding } from "../../src/bot/intent.ts";
import { makeReply } from "../../src/bot/reply.ts";
import { readingRule } from "../../src/bot/route-predicates.ts";
import { Router, STAGES } from "../../src/bot/routing.ts";

/** An intent declared here, as a new intent would be: the router knows none by name. */
function intent(id: string, routing: IntentSpec["routing"], extra: Partial<IntentSpec> = {}): IntentSpec {
  return {
    id,
    description: { en: id, zh: id },
    routing,
    examples: { en: [id], zh: [id] },
    handle: async (context) => makeReply(id, context.understanding.lang, []),
    ...extra,
  };
}

const INTENTS: IntentSpec[] = [
  intent("answer", { group: "strategy", rules: [], fallback: true }),
  intent("status", { group: "request", needs: "request", rules: [readingRule(STAGES.requestId - 1)] }),
  intent(
    "decide",
    { group: "request", needs: "requestId", rules: [readingRule(STAGES.requestId - 1)] },
    { effect: { propose: async () => ({ kind: "none" }) } as unknown as IntentSpec["effect"] },
  ),
  intent(
    "submit",
    { group: "request", rules: [readingRule(STAGES.request, { evidence: /\bwant\b/, opensForm: true })] },
    { opensForm: "flexible-work" },
  ),
  intent("mine", { group: "request", rules: [readingRule(STAGES.request, { evidence: /\bmine\b/ })] }),
  intent("hello", { group: "smalltalk", rules: [] }),
];

function understood(ranking: [string, number][], over: Partial<Understanding> = {}): Understanding {
  const [top] = ranking;
  return {
    text: "message",
    lang: "en",
    answerLang: "en",
    classified: {
      intent: top?.[0] ?? "answer",
      score: top?.[1] ?? 0,
      ranking: ranking.map(([i, score]) => ({ intent: i, score })),
    },
    indicators: [],
    facets: [],
    populations: [],
    yearsOutside: [],
    yearsUnset: [],
    previousStrategy: false,
    laterPeriod: false,
    ownRequest: false,
    partnerNamed: false,
    unmentionedTopic: false,
    coverage: 1,
    subjects: [],
    ownSubject: false,
    languagesNamed: [],
    mood: "imperative",
    personal: false,
    ...over,
  };
}

describe("reading a message with one policy", () => {
  const router = new Router(INTENTS);

  it("takes the classifier's sure reading of a request intent", () => {
    expect(
      router.route(
        understood(
          [
            ["decide", 0.7],
            ["status", 0.2],
          ],
          { requestId: "FWA-2026-0001" },
        ),
      ),
    ).toBe("decide");
  });

  it("never reads a side effect from a question: the status is read instead", () => {
    const u = understood(
      [
        ["decide", 0.55],
        ["status", 0.3],
        ["answer", 0.15],
      ],
      {
        requestId: "FWA-2026-0001",
        mood: "question",
      },
    );
    expect(router.reading(u).map((r) => r.intent)).toEqual(["status"]);
    expect(router.route(u)).toBe("status");
  });

  it("sets aside an intent that needs a request the message does not name", () => {
    const u = understood(
      [
        ["decide", 0.5],
        ["submit", 0.3],
        ["answer", 0.2],
      ],
      { text: "I want this" },
    );
    expect(router.reading(u)[0]?.intent).toBe("submit");
    expect(router.route(u)).toBe("submit");
  });

  it("reads no question about the strategy from a message naming a request id", () => {
    const u = understood(
      [
        ["answer", 0.6],
        ["status", 0.4],
      ],
      { requestId: "FWA-2026-0001" },
    );
    expect(router.route(u)).toBe("status");
  });

  it("needs evidence below the sure level, and answers otherwise", () => {
    expect(
      router.route(
        understood(
          [
            ["submit", 0.5],
            ["answer", 0.5],
          ],
          { text: "telework" },
        ),
      ),
    ).toBe("answer");
    expect(
      router.route(
        understood(
          [
            ["submit", 0.5],
            ["answer", 0.5],
          ],
          { text: "I want telework" },
        ),
      ),
    ).toBe("submit");
  });

  it("takes a plausible reading its own words back when the best is neither sure nor a winning command", () => {
    const ranking: [string, number][] = [
      ["hello", 0.5],
      ["mine", 0.25],
      ["answer", 0.25],
    ];
    expect(router.route(understood(ranking, { text: "show requests of mine", mood: "question" }))).toBe(
      "mine",
    );
    // Without its words, or below the plausible level, or against a sure best reading: not read.
    expect(router.route(understood(ranking, { text: "show them", mood: "question" }))).toBe("answer");
    // Its words without any mention of requests: "what is mine to decide?" is no list of requests.
    expect(router.route(understood(ranking, { text: "what is mine to decide?", mood: "question" }))).toBe(
      "answer",
    );
    expect(
      router.route(
        understood(
          [
            ["hello", 0.85],
            ["mine", 0.15],
          ],
          { text: "show requests of mine" },
        ),
      ),
    ).toBe("answer");
    // A request command that wins on its own reading is not overtaken.
    expect(
      router.route(
        understood(
          [
            ["submit", 0.5],
            ["mine", 0.3],
            ["answer", 0.2],
          ],
          { text: "I want requests of mine" },
        ),
      ),
    ).toBe("submit");
  });

  it("does not open a form from a question that does not ask for one", () => {
    const u = understood(
      [
        ["submit", 0.9],
        ["answer", 0.1],
      ],
      { text: "is mobility reported apart?", mood: "question" },
    );
    expect(router.route(u)).toBe("answer");
  });
});
