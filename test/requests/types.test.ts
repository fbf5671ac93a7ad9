import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { FieldKind, RequestTypeId } from "../../src/requests/model.ts";
import { REQUEST_TYPES, requestType, requestTypeOfId } from "../../src/requests/types/index.ts";

const kb = loadKnowledgeBase();
const ctx = { lang: "en" as const, today: "2027-02-24" };
const HAN = /\p{Script=Han}/u;

describe("the request type registry", () => {
  it("has one definition for every request type id, with a unique prefix", () => {
    expect(REQUEST_TYPES.map((t) => t.id).sort()).toEqual([...RequestTypeId.options].sort());
    for (const id of RequestTypeId.options) expect(requestType(id).id).toBe(id);
    const prefixes = REQUEST_TYPES.map((t) => t.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[A-Z]{2,4}$/);
  });

  it("declares the prefixes and focus areas the strategy work asks for", () => {
    const shape = Object.fromEntries(REQUEST_TYPES.map((t) => [t.id, [t.prefix, t.focusArea]]));
    expect(shape).toEqual({
      "flexible-work": ["FWA", "2.2"],
      "early-recruitment": ["ERV", "1.1"],
      learning: ["LRN", "1.3"],
      mobility: ["MOB", "1.3"],
      recognition: ["REC", "2.1"],
      "job-description": ["JDR", "1.1"],
    });
  });

  it("finds a type from a request id", () => {
    expect(requestTypeOfId("FWA-2027-0007")?.id).toBe("flexible-work");
    expect(requestTypeOfId("mob-2027-0001")?.id).toBe("mobility");
    expect(requestTypeOfId("XYZ-2027-0001")).toBeUndefined();
    expect(requestTypeOfId("")).toBeUndefined();
  });
});

describe.each(REQUEST_TYPES.map((t) => [t.id, t] as const))("the %s request type", (_id, type) => {
  it("points at a focus area and an indicator that exist in the knowledge base", () => {
    const focus = kb.focusAreas.find((f) => f.number === type.focusArea);
    expect(focus).toBeDefined();
    if (type.indicator) expect(kb.indicators.map((i) => i.id)).toContain(type.indicator);
    expect(type.summary.en).toContain(`focus area ${type.focusArea}`);
    expect(type.summary.zh).toContain(`重点领域 ${type.focusArea}`);
    expect(type.summary.en).toContain(focus?.title.en);
    expect(type.summary.zh).toContain(focus?.title.zh);
  });

  it("has example utterances in both languages, each in its own language", () => {
    expect(type.triggers.en.length).toBeGreaterThanOrEqual(5);
    expect(type.triggers.zh.length).toBeGreaterThanOrEqual(5);
    for (const t of type.triggers.en) expect(t).not.toMatch(HAN);
    for (const t of type.triggers.zh) expect(t).toMatch(HAN);
  });

  it("derives a complete form from its declaration", () => {
    const names = type.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(type.fields).toEqual(type.declared.map((f) => f.spec));
    for (const spec of type.fields) {
      expect(FieldKind.safeParse(spec.kind).success).toBe(true);
      for (const text of [spec.label, spec.prompt, ...(spec.help ? [spec.help] : [])]) {
        expect(text.en.trim()).not.toBe("");
        expect(text.zh).toMatch(HAN);
      }
      expect(spec.choices !== undefined).toBe(spec.kind === "choice");
      if (["text", "longtext", "person"].includes(spec.kind)) expect(spec.maxLength).toBeGreaterThan(0);
      if (spec.kind === "number") expect(spec.min).toBeDefined();
    }
  });

  it("has a zod schema that agrees with the form: required flags", () => {
    const result = type.schema(ctx).safeParse({});
    const missing = result.success ? [] : result.error.issues.map((i) => String(i.path[0]));
    const required = type.fields.filter((f) => f.required).map((f) => f.name);
    expect(missing.sort()).toEqual(required.sort());
    for (const field of type.declared) {
      expect(field.schema(ctx).safeParse(undefined).success).toBe(!field.spec.required);
      expect(field.schema(ctx).safeParse("   ").success).toBe(!field.spec.required);
    }
  });

  it("has a zod schema that agrees with the form: choices and limits", () => {
    for (const field of type.declared) {
      const { spec } = field;
      const schema = field.schema(ctx);
      for (const option of spec.choices ?? []) {
        expect(schema.parse(option.value)).toBe(option.value);
        expect(schema.parse(option.label.en)).toBe(option.value);
        expect(schema.parse(option.label.zh)).toBe(option.value);
      }
      if (spec.choices) expect(schema.safeParse("no such option at all").success).toBe(false);
      if (spec.maxLength) {
        expect(schema.safeParse("a".repeat(spec.maxLength)).success).toBe(true);
        expect(schema.safeParse("a".repeat(spec.maxLength + 1)).success).toBe(false);
      }
      if (spec.kind === "number" && spec.min !== undefined) {
        expect(schema.safeParse(spec.min).success).toBe(true);
        expect(schema.safeParse(spec.min - 1).success).toBe(false);
      }
      if (spec.kind === "number" && spec.max !== undefined) {
        expect(schema.safeParse(spec.max).success).toBe(true);
        expect(schema.safeParse(spec.max + 1).success).toBe(false);
      }
    }
  });

  it("keeps its subject within the record's 300 characters", () => {
    const long = Object.fromEntries(type.fields.map((f) => [f.name, "x".repeat(400)]));
    for (const lang of ["en", "zh"] as const) {
      expect([...type.subject(long, lang)].length).toBeLessThanOrEqual(300);
    }
  });
});

describe("what each type says about the strategy", () => {
  it("early recruitment feeds the indicator on selection before the incumbent leaves", () => {
    const type = requestType("early-recruitment");
    expect(type.summary.en).toContain("selection process is completed before the incumbent leaves");
    expect(type.summary.zh).toContain("在现任离职前完成遴选");
    const indicator = kb.indicators.find((i) => i.id === type.indicator);
    expect(type.summary.en).toContain(indicator?.measure.en.toLowerCase());
    expect(type.summary.zh).toContain(indicator?.measure.zh);
  });

  it("mobility tells the user that only moves of more than one year count", () => {
    const type = requestType("mobility");
    const duration = type.fields.find((f) => f.name === "duration");
    expect(duration?.help?.en).toContain("more than one year");
    expect(duration?.help?.en).toContain("12 months or less will not count");
    expect(duration?.help?.zh).toContain("一年以上");
    expect(type.notes?.[0]?.en).toContain("more than one year");
    expect(type.notes?.[0]?.zh).toContain("一年以上");
    expect(kb.indicators.find((i) => i.id === "mobility")?.measure.en).toContain("more than one year");
  });

  it("the learning provider's help names the Turin Centre", () => {
    const provider = requestType("learning").fields.find((f) => f.name === "provider");
    expect(provider?.help?.en).toContain("Turin Centre");
    expect(provider?.help?.zh).toContain("都灵中心");
  });

  it("flexible work asks for a staff member only when the request is for one", () => {
    const type = requestType("flexible-work");
    const staff = type.fields.find((f) => f.name === "staffMember");
    expect(staff?.kind).toBe("person");
    expect(staff?.required).toBe(false);
    expect(type.applies("staffMember", { forWhom: "self" })).toBe(false);
    expect(type.applies("staffMember", { forWhom: "staff-member" })).toBe(true);
    expect(type.fields.find((f) => f.name === "arrangement")?.choices?.map((c) => c.value)).toEqual([
      "telework",
      "flexible-hours",
      "compressed",
      "part-time",
      "remote",
    ]);
  });

  it("grades are the ILO's", () => {
    const grade = requestType("early-recruitment").fields.find((f) => f.name === "grade");
    const values = grade?.choices?.map((c) => c.value) ?? [];
    for (const g of ["P1", "P5", "D1", "D2", "G1", "G7", "NO-A", "NO-D"]) expect(values).toContain(g);
    for (const g of ["P6", "D3", "G8", "NO-E"]) expect(values).not.toContain(g);
  });

  it("subjects read naturally in both languages", () => {
    const fwa = requestType("flexible-work");
    const values = {
      forWhom: "staff-member",
      staffMember: "Alice Martin",
      arrangement: "telework",
      days: "Monday, Friday",
      start: "2027-03-01",
      end: "2027-08-31",
    };
    expect(fwa.subject(values, "en")).toBe(
      "Flexible work: Telework on set days (Monday, Friday), 1 March 2027 – 31 August 2027, for Alice Martin",
    );
    expect(fwa.subject(values, "zh")).toBe(
      "灵活工作安排：在固定日期远程办公(Monday, Friday)，2027年3月1日至2027年8月31日，申请对象：Alice Martin",
    );
    const lrn = requestType("learning").subject(
      { activity: "Data analysis", provider: "ITCILO", start: "2027-05-03", end: "2027-05-07", cost: 1200 },
      "en",
    );
    expect(lrn).toBe("Learning: Data analysis (ITCILO), 3 May 2027 – 7 May 2027, USD 1,200");
  });
});
