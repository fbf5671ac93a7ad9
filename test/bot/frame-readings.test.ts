import { describe, expect, it } from "vitest";
import { ask } from "../support/assistant.ts";
import { openWorld } from "../support/requests.ts";

/**
 * Readings the question frame gets from the way staff write: indicators compared, a part of the
 * staff named in pieces, units and funding the indicators do not measure, an indicator called
 * an indicator, a risk in other words, and requests described as a situation.
 */
describe("the frame reads what is asked", () => {
  it("indicators compared are shown side by side, with no ranking made up", async () => {
    for (const q of [
      "Which key indicator has the highest target for end-2025?",
      "哪个关键指标的2025年目标最高？",
    ]) {
      const { reply, text } = await ask(q);
      expect(reply.intent).toBe("all_indicators");
      expect(text).toContain("75%");
      expect(text).toMatch(/does not rank|没有对各项指标进行排序/);
    }
  });

  it("a target equal to its milestone is said to be the same", async () => {
    const { text } = await ask("is the P1-P4 gender target different from the 2023 milestone?");
    expect(text).toContain("the same as the milestone");
    // and not said where they differ
    expect((await ask("P5+ women milestone and target")).text).not.toContain("the same as the milestone");
  });

  it("directors named with P5 are the senior grades together: the P5+ figure answers", async () => {
    const { reply, text } = await ask("how many women D1/D2 and P5 now, baseline?");
    expect(reply.subjects).toEqual(["indicator:gender_p5_plus"]);
    expect(text).toContain("38%");
    // directors alone are a part the paper does not give
    const alone = await ask("women at D1 level: target 2025?");
    expect(alone.text).not.toContain("42%");
  });

  it("a part of the staff the indicator does not count gets no figure, and says so first", async () => {
    const { reply, text } = await ask("women in DC-funded P posts target 2025");
    expect(reply.outcome).toBe("clarify");
    expect(text.startsWith("The strategy sets no target or figure of its own")).toBe(true);
    expect(text).not.toContain("42%");
    expect(text).not.toContain("47–53%");
  });

  it("a duration asked of a percentage indicator gets no percentage", async () => {
    const { text } = await ask("how fast should recruitment be - target number of days to fill a post?");
    expect(text).toContain("no figure in days, weeks or months");
    expect(text).not.toContain("50%");
  });

  it("a figure asked of the managers' learning programme is no training indicator's", async () => {
    const { reply, text } = await ask(
      "what % of managers must complete the new managers' learning programme by 2023",
    );
    expect(reply.intent).toBe("no_target");
    expect(text).not.toContain("12%");
  });

  it("another person's record is as private as one's own", async () => {
    expect((await ask("what was the outcome of my colleague's disciplinary case")).reply.intent).toBe(
      "person_specific",
    );
  });

  it("hours asked of a percentage indicator, however abbreviated, get no percentage", async () => {
    const { text } = await ask("training hrs per staff per year target?");
    expect(text).toContain("no figure in hours");
    expect(text).not.toContain("25%");
  });

  it("an indicator called an indicator is asked about, never a form opened", async () => {
    for (const q of [
      "How long does an assignment need to last before it counts toward the mobility indicator?",
      "for mobility KPI what counts as a move - 6 months detail enough?",
    ]) {
      const { reply, text } = await ask(q);
      expect(reply.intent).toBe("indicator");
      expect(reply.form).toBeUndefined();
      expect(text).toContain("more than one year");
    }
  });

  it("a risk named in other words is not declined as off topic", async () => {
    const { reply, text } = await ask("what happens if there's a big change in the Office's resources?");
    expect(reply.intent).toBe("risks");
    expect(text).toMatch(/review/i);
  });

  it("a convention named as labour standards is cited", async () => {
    expect(
      (await ask("Does the strategy cite any international labour standards on harassment?")).text,
    ).toContain("No. 190");
  });

  it("a year in a clause that asks nothing is no period asked about", async () => {
    const { reply, text } = await ask(
      "I'm a GS assistant at HQ, my JD is from 2009 lol. does the strategy have a target on updated generic job descriptions?",
    );
    expect(reply.intent).toBe("indicator");
    expect(text).toContain("70%");
    // a year the question asks about is still declined
    const asked = await ask("I joined in 2015. what is the mobility target for 2030?");
    expect(asked.reply.intent).toBe("out_of_scope");
    expect(asked.text).not.toContain("5%");
  });

  it.each([
    ["will salaries go up under the strategy? any figure?", "unsetTopic:salaries"],
    ["whats the budget for the HR strategy 2022-25", "unsetTopic:strategy-budget"],
  ])("a figure asked of a topic the paper sets none for says so: %s", async (q, id) => {
    const { reply } = await ask(q);
    expect(reply.intent).toBe("no_target");
    expect(reply.subjects).toContain(id);
  });

  it("where something belongs names its focus area as well as its outcome", async () => {
    expect((await ask("which outcome is 'ILO Respect' under?")).text).toContain("focus area 2.3");
    expect((await ask("人力资源分析属于哪个成果目标")).text).toContain("3.2");
  });

  it("a deliverable asked of a topic is found in the focus area that lists it", async () => {
    const { reply, text } = await ask("is there a deliverable on mobility and where");
    expect(reply.intent).toBe("focus_area");
    expect(text).toContain("mobility mechanisms");
    expect(reply.subjects).toContain("focusArea:focus-1.3");
  });

  it("an outcome of another plan, named as such, is answered by the fact that states it", async () => {
    for (const q of [
      "which P&B outcome does the HR strategy link to",
      "Which policy and budget outcome is this strategy linked to?",
    ]) {
      expect((await ask(q)).text).toContain("Enabling outcome C");
    }
  });

  it("a fact named with the part of the staff it is about states its figure", async () => {
    expect((await ask("发展合作项目职员占总数多少")).text).toContain("50%");
  });

  it("a question about a part of the paper it names finds that part, even in other words", async () => {
    const { reply } = await ask(
      "What's the main idea behind outcome 1 - why does the Office think it needs a 'future-ready' workforce?",
    );
    expect(reply.intent).not.toBe("out_of_scope");
    expect(reply.citations.join(" ")).toContain("Outcome 1");
  });

  it("a figure asked alone is shown without the indicator's other figures beside it", async () => {
    const { text } = await ask(
      "geographical diversity KPI: target end-2025 for new RB hires from underrepresented countries?",
    );
    expect(text).toContain("28%");
    for (const other of ["18%", "23%"]) expect(text).not.toContain(other);
    // a baseline year named asks the baseline too
    const zh = await ask("人力资源数字化流程 2021年是多少%，2023里程碑呢");
    expect(zh.text).toContain("42%");
    expect(zh.text).toContain("65%");
  });

  it("a target the strategy does not set, asked of it, is said not to be set rather than declined", async () => {
    for (const q of [
      "target ratio HQ vs field staff?",
      "What is the target time-to-recruit (days) in the HR strategy? My DDG asked",
    ]) {
      const { reply, text } = await ask(q);
      expect(reply.intent).toBe("indicator");
      expect(text).toContain("does not set an indicator or figure for that");
      expect(text).not.toMatch(/\d+\s*%/);
    }
    // with nothing of the strategy in it, still off topic
    expect((await ask("what's the weather target in Geneva")).reply.intent).toBe("out_of_scope");
  });

  it("a survey's response rate is no upward-feedback indicator's figure", async () => {
    for (const q of ["upward feedback response rate target?", "向上反馈的答复率目标"]) {
      const { reply, text } = await ask(q);
      expect(reply.intent).toBe("no_target");
      expect(reply.subjects).toContain("unsetTopic:survey-response-rate");
      expect(text).not.toMatch(/\d+\s*%/);
    }
  });
});

describe("commands in the words of a situation", () => {
  it.each([
    ["my kid starts school in sept, I need to leave at 3 every day. how do i set that up", "flexible-work"],
    ["wfh tues+thurs pls, commute is killing me", "flexible-work"],
    ["孩子九月开学，我以后每天得三点走，能不能帮我申请一下", "flexible-work"],
    [
      "mon fils commence l'ecole en septembre, serait-il possible de finir a 15h tous les jours ?",
      "flexible-work",
    ],
    ["la titular del puesto se jubila en agosto, podemos empezar a reclutar ya?", "early-recruitment"],
  ])("opens the form it describes, changing nothing: %s", async (text, type) => {
    const world = await openWorld();
    const { reply } = await world.person("staff-1").say(text);
    expect(reply.form?.type).toBe(type);
    expect(await world.all()).toEqual([]);
  });

  it("what HR asked for, reported back by the requester, is no decision", async () => {
    const world = await openWorld();
    const { reply } = await world
      .person("staff-1")
      .say("HR asked for more info on LRN-2026-0002 - here it is: 5 days online, supervisor ok'd it");
    expect(reply.intent).not.toBe("hr_decide");
  });

  it("a language chosen, then why, is still a choice of language; naming others or asking is not", async () => {
    expect((await ask("reply in spanish from now on pls, quisiera practicar")).reply.intent).toBe(
      "set_language",
    );
    expect((await ask("French, Spanish and Chinese are supported")).reply.intent).not.toBe("set_language");
  });

  it("asking to check with HR is a question for HR", async () => {
    const { reply } = await ask(
      "can you check with HR if a course taught in spanish counts for the learning requirement",
    );
    expect(reply.intent).toBe("ask_hr");
  });

  it("a request described to an HR reviewer as waiting is the queue", async () => {
    const world = await openWorld();
    const { reply } = await world.person("hr1").say("我这边还有哪些申请等着处理？");
    expect(reply.intent).toBe("hr_pending");
  });
});
