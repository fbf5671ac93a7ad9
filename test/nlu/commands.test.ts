import { describe, expect, it } from "vitest";
import { decisionIn } from "../../intents/hr-decide.ts";
import { RESUBMIT_WORDS, SELECTION_WORDS, WITHDRAW_WORDS } from "../../src/nlu/command-words.ts";
import {
  detectFacets,
  detectRequestId,
  detectRequestNumber,
  mentionsOwnRequest,
} from "../../src/nlu/entities.ts";
import { moodOf } from "../../src/nlu/mood.ts";
import { REQUEST_TYPES } from "../../src/requests/types/index.ts";

const typeNames = REQUEST_TYPES.map((t) => t.names);

describe("request ids as people type them", () => {
  it.each([
    ["status jdr 2026 6", "JDR-2026-0006"],
    ["FWA-2026-0001 please", "FWA-2026-0001"],
    ["fwa-2026-1?", "FWA-2026-0001"],
  ])("reads %s", (text, id) => {
    expect(detectRequestId(text)).toBe(id);
  });

  it.each([
    "wfh tues+thurs from 2027-01-12 til end of June",
    "in 2026 5 people moved",
    "telework 2026-03-01 to 2026-06-30",
  ])("reads no id in a date or a phrase: %s", (text) => {
    expect(detectRequestId(text)).toBeUndefined();
  });

  const prefixes = REQUEST_TYPES.map((t) => t.prefix);
  it.each([
    ["status fwa 1", { number: 1, prefix: "FWA" }],
    ["send back JDR 6 - need the org chart", { number: 6, prefix: "JDR" }],
    ["JDR-6 退回", { number: 6, prefix: "JDR" }],
    ["cancel #6", { number: 6 }],
    ["status fwa 1.", { number: 1, prefix: "FWA" }],
  ])("reads a request's number without its year: %s", (text, found) => {
    expect(detectRequestNumber(text, prefixes)).toEqual(found);
  });

  it.each(["fwa 2026", "is mob 13% right?", "rec 0", "fwa 1 day a week", "fwa 2 days per week", "jdr 1.5"])(
    "reads no number in a year or a figure: %s",
    (text) => {
      expect(detectRequestNumber(text, prefixes)).toBeUndefined();
    },
  );
});

describe("the strategy's years, shortened", () => {
  it.each([
    ["wht % JD updated by 23", "milestone"],
    ["target for end-25?", "target"],
    ["mobility in '23", "milestone"],
    ["数字化基准42%对吗 23年呢", "milestone"],
    ["到25年底要达到多少", "target"],
  ])("reads %s as the %s's year", (text, facet) => {
    expect(detectFacets(text)).toContain(facet);
  });

  it.each(["telework until 20 June", "in 23 days", "by 23 June", "我工作了23年", "我有25年的经验", "18年前"])(
    "reads no year in a date, a duration or an age: %s",
    (text) => {
      expect(detectFacets(text).filter((f) => f === "milestone" || f === "target")).toEqual([]);
    },
  );
});

describe("decisions in four languages", () => {
  it.each([
    ["approve FWA-2026-0001", "approve"],
    ["go ahead and approve jdr 2026 6", "approve"],
    ["no to FWA-2026-0001: telework cap reached", "reject"],
    ["FWA-2026-0001 不行，理由：名额已满", "reject"],
    ["不同意 FWA-2026-0001", "reject"],
    ["LRN-2026-0002 退回，让申请人补一下主管签字", "request-info"],
    ["approuve la demande FWA-2026-0001", "approve"],
    ["je refuse MOB-2026-0003 : poste gelé", "reject"],
    ["demander des précisions sur LRN-2026-0002", "request-info"],
    ["aprueba FWA-2026-0001", "approve"],
    ["rechazar REC-2026-0005, no cumple los criterios", "reject"],
    ["pide más información sobre LRN-2026-0002", "request-info"],
  ])("%s → %s", (text, decision) => {
    expect(decisionIn(text)).toBe(decision);
  });

  it("reads no decision in a question about approvals or a rate", () => {
    expect(decisionIn("what's our approval rate this year")).toBeUndefined();
  });
});

describe("the mood of a command", () => {
  it.each([
    ["FWA-2026-0001 批准了吗？", "question"],
    ["has FWA-2026-0001 been approved yet?", "question"],
    ["don't approve FWA-2026-0001 yet", "negated"],
    ["please do not reject it", "negated"],
    ["先别批 FWA-2026-0001", "negated"],
    ["i don't need the JD review anymore, take it back", "imperative"],
    ["jdr-2026-6 不要了", "imperative"],
    ["LRN-2026-0002 请补充说明用哪条预算线", "imperative"],
    ["need more details on LRN-2026-0002 - which budget line?", "imperative"],
    ["reject FWA-2026-0003: why now?", "imperative"],
    ["Je souhaite suivre un cours, pouvez-vous enregistrer ma demande ?", "imperative"],
    ["Quiero hacer un curso, ¿pueden registrar mi solicitud?", "imperative"],
    ["pouvez-vous me dire où en est ma demande ?", "question"],
  ])("%s is %s", (text, mood) => {
    expect(moodOf(text)).toBe(mood);
  });
});

describe("words of request commands", () => {
  it("withdraw, resubmit and selection in several languages and registers", () => {
    for (const t of ["scrap it", "take it back", "撤掉吧", "je retire ma demande", "anula mi solicitud"])
      expect(WITHDRAW_WORDS.test(t), t).toBe(true);
    for (const t of ["send REC-2026-0005 again", "voici les informations demandées", "回复HR：已获主管同意"])
      expect(RESUBMIT_WORDS.test(t), t).toBe(true);
    // HR asking for material is not the requester giving it.
    expect(RESUBMIT_WORDS.test("JDR-2026-0006 请申请人补充信息")).toBe(false);
    expect(SELECTION_WORDS.test("erv-2026-4：昨天选完人了")).toBe(true);
  });
});

describe("one's own request named in words", () => {
  it.each([
    "what's happening with the training one?",
    "I'd like to withdraw the training request",
    "我想撤回培训申请",
    "JD审核不需要了，撤掉吧",
    "où en est ma demande de télétravail ?",
    "¿cómo va mi solicitud de movilidad?",
    "retrait de la demande de revue de description de poste",
    "retiro de la solicitud de revisión de descripción de puesto",
  ])("%s", (text) => {
    expect(mentionsOwnRequest(text, typeNames)).toBe(true);
  });

  it.each([
    "I want to apply for training",
    "申请培训",
    "what does the strategy say about mobility?",
    "je voudrais un atelier de formation, pouvez-vous enregistrer ma demande ?",
    "quiero un curso, ¿pueden registrar mi solicitud?",
  ])("not in %s", (text) => {
    expect(mentionsOwnRequest(text, typeNames)).toBe(false);
  });
});
