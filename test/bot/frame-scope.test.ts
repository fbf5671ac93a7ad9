import { describe, expect, it } from "vitest";
import { ask } from "../support/assistant.ts";

/**
 * Where the frame draws the edge of the strategy: a paragraph named in short, a topic the paper
 * never mentions asked of the strategy by name, a lesson named around an indicator's words, a
 * question after a statement, a deliverable's figure asked in a question of its own.
 */
describe("the edge of the strategy", () => {
  it.each(["What is the GB asked to decide in para 49?", "what's in § 49"])(
    "a paragraph named in short is the paper's: %s",
    async (q) => {
      const { reply, text } = await ask(q);
      expect(reply.intent).not.toBe("hr_pending");
      expect(reply.outcome).toBe("answer");
      expect(text).toContain("draft decision");
    },
  );

  it("a topic the paper never mentions, asked of the strategy, says what it says instead", async () => {
    for (const q of ["战略对职员加薪有什么安排", "what does the strategy say about salaries"]) {
      const { reply, text } = await ask(q);
      expect(reply.intent, q).toBe("no_target");
      expect(reply.subjects, q).toEqual(["unsetTopic:salaries"]);
      expect(text, q).toMatch(/International Civil Service Commission|国际公务员委员会/);
    }
    // not named with the strategy, it is declined
    expect((await ask("what are the Swiss tax rules for staff")).reply.outcome).toBe("decline");
  });

  it("a lesson named around an indicator's words is the lesson, with its figure", async () => {
    const { reply, text } = await ask(
      "What lesson does the paper draw on workforce planning from 2018-2021 — any figures?",
    );
    expect(reply.intent).toBe("lessons");
    expect(text).toContain("77");
    expect(text).not.toContain("50%");
  });

  it("a question after a statement is a question, and opens no form", async () => {
    const { reply } = await ask(
      "I work on staff wellbeing and flexible work arrangements — which of the three outcomes would my work fall under?",
    );
    expect(reply.intent).toBe("outcome");
    expect(reply.form).toBeUndefined();
  });

  it("a figure asked of a deliverable in a question of its own gets no indicator's figure", async () => {
    const { reply, text } = await ask("By when must all personal files be digitised — what % by 2023?");
    expect(reply.intent).toBe("no_target");
    expect(text).not.toContain("65%");
  });

  it("a why-question naming the paper is searched with the usual bar, whatever the classifier", async () => {
    const { reply } = await ask(
      "Why does the paper worry that the skills we have in-house today won't be enough tomorrow?",
    );
    expect(reply.outcome).toBe("answer");
    expect(reply.intent).toBe("search");
  });

  it("a partner named first, asked of in any words, is the partnership", async () => {
    const { reply, text } = await ask("CEB HR network — is that mentioned anywhere in the strategy?");
    expect(reply.intent).toBe("partnerships");
    expect(text).toContain("CEB HR Network");
  });

  it("a focus area names the partners it works with", async () => {
    const { text } = await ask("Which offices jointly strengthen ethical conduct under 2.3?");
    expect(text).toContain("Ethics Office");
    expect(text).toContain("Ombudsperson");
  });

  it.each([
    ["wht % JD updated by 23", "50%", "70%"],
    ["数字化基准42%对吗 23年呢", "65%", "75%"],
    ["代表性不足国家的新聘比例，23年要到多少", "23%", "28%"],
  ])("a year shortened is the strategy's year: %s", async (q, shown, notShown) => {
    const { reply, text } = await ask(q);
    expect(reply.intent).toBe("indicator");
    expect(text).toContain(shown);
    expect(text).not.toContain(notShown);
  });

  it("a topic the paper mentions, asked in words the classifier would decline, says what the paper says", async () => {
    const { reply, text } = await ask("劳工组织现在是不是想多招年轻人？");
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toEqual(["unsetTopic:youth"]);
    expect(text).toContain("年轻官员");
  });

  it("a question naming the strategy is not declined on the classifier's word alone", async () => {
    const { reply } = await ask("could changes in UN common system rules mess up the HR strategy?");
    expect(reply.intent).toBe("risks");
  });

  it("a figure asked of an indicator named in plain words, or called an indicator, is the indicator's", async () => {
    const digital = await ask("how far along is HR in going digital, like in %");
    expect(digital.reply.subjects).toEqual(["indicator:digital_processes"]);
    expect(digital.text).toContain("42%");
    const jd = await ask(
      "Im GS in a country office not HQ, does the JD indicator cover local staff like me?",
    );
    expect(jd.reply.subjects).toEqual(["indicator:job_descriptions"]);
    expect((await ask("mob baseline pls")).text).toContain("13%");
  });

  it("a partner named alone is asked about, whatever topic the words resemble", async () => {
    for (const q of [
      "anything in the 2022-25 strategy about the CEB HR network?",
      "战略有没有提到国际公务员委员会",
    ]) {
      expect((await ask(q)).reply.intent, q).toBe("partnerships");
    }
  });

  it("one's own appraisal result is personal, with no figure", async () => {
    const { reply, text } = await ask("我去年的绩效考核结果出来没有");
    expect(reply.intent).toBe("person_specific");
    expect(text).not.toMatch(/\d+\s*%/);
  });

  it.each([
    [
      "new P2 here - what's the end-2025 target for functional/geographic mobility?",
      "further increase of 5%",
    ],
    [
      "Our D1 told the team the baseline for under-represented nationalities among new recruits is 18%. What period is that based on?",
      "2018–2021",
    ],
  ])("the asker's own grade, or a person's, is no part of the staff asked about: %s", async (q, shown) => {
    const { reply, text } = await ask(q);
    expect(reply.intent).toBe("indicator");
    expect(text).toContain(shown);
    expect(text).not.toContain("for that part of the staff");
  });

  it("with no figure for what is asked, that is said first, before any figure found near it", async () => {
    const { text } = await ask(
      "what % of vacancies must be filled within 6 months of closing - is that in the strategy?",
    );
    expect(text.startsWith("The strategy gives no figure for this")).toBe(true);
  });
});
