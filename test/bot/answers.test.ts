import { describe, expect, it } from "vitest";
import { ask, assistant } from "../support/assistant.ts";

/** Every figure-like token ("42%", "47-53%") in a text. */
function figuresIn(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .match(/\d+(?:\.\d+)?\s*%/g)
      ?.map((f) => f.replace(/\s/g, "")) ?? []
  );
}

describe("indicator answers", () => {
  it("states the asked facet first, then the figure it builds on, the means of verification and a citation", async () => {
    const { reply, text } = await ask("what is the mobility target?");
    expect(reply.intent).toBe("indicator");
    const lead = reply.parts[0];
    expect(lead?.kind === "paragraph" && lead.text).toMatch(
      /^Target for the end of 2025: A further increase of 5%\*/,
    );
    // "a further increase" is over the milestone, so the milestone is shown; the baseline is not asked
    for (const figure of ["15%*", "A further increase of 5%*", "IRIS"]) expect(text).toContain(figure);
    expect(text).not.toContain("13%");
    expect(reply.citations[0]).toContain("Appendix");
    expect(reply.citations[0]).toContain("Increased functional and geographical mobility");
  });

  it("shows every figure when more than one thing is asked at once", async () => {
    for (const q of ["mobility baseline and target", "P5+ women: target? and the milestone?"]) {
      const { text } = await ask(q);
      for (const label of ["Baseline", "Milestone (end of 2023)", "Target (end of 2025)"])
        expect(text).toContain(label);
    }
  });

  it("answers in Chinese from the same entry", async () => {
    const { reply, text } = await ask("女性担任P5及以上职位的目标是多少？");
    expect(reply.lang).toBe("zh");
    expect(reply.intent).toBe("indicator");
    expect(text).toContain("到 2025 年底的目标：42%");
    expect(text).toContain("38%");
    expect(text).not.toContain("55%"); // P1–P4 is another indicator
  });

  it("reads fragments, typos and full-width characters", async () => {
    for (const [question, figure] of [
      ["whats the baseline for trainng", "46%"],
      ["P5+女性目标", "42%"],
      ["ｍｏｂｉｌｉｔｙ　ｔａｒｇｅｔ", "15%*"],
      ["digitalisation milestone", "65%"],
      ["相互尊重工作环境指标 2025年目标", "进一步增加 5%"],
    ] as const) {
      const { reply, text } = await ask(question);
      expect(reply.intent, question).toBe("indicator");
      expect(text, question).toContain(figure);
    }
  });

  it("names both gender indicators when the question does not say which grades", async () => {
    const { text } = await ask("gender parity targets");
    expect(text).toContain("47–53%");
    expect(text).toContain("42%");
  });

  it("follows on from the previous indicator in the same conversation", async () => {
    await ask("what is the geographical representation target?", "follow-up");
    const { reply, text } = await ask("and the baseline?", "follow-up");
    expect(reply.intent).toBe("indicator");
    expect(text).toMatch(/^Improved geographical representation/);
    expect(text).toContain("Baseline: 18%");
  });

  it("states only figures of the knowledge base", async () => {
    const known = new Set(
      figuresIn(JSON.stringify(assistant().knowledge.kb.indicators)).concat(
        figuresIn(JSON.stringify(assistant().knowledge.kb.passages)),
      ),
    );
    for (const question of [
      "all indicators",
      "mobility target",
      "P1-P4女性基准",
      "training milestone",
      "outcome 2",
    ]) {
      const { text } = await ask(question);
      for (const figure of figuresIn(text)) expect(known, `${question}: ${figure}`).toContain(figure);
    }
  });

  it("says the strategy sets no such target instead of guessing one", async () => {
    const { reply, text } = await ask("what's the target for the share of staff under 35?");
    expect(reply.intent).toBe("indicator");
    expect(text).toContain("does not set an indicator or figure for that");
    expect(figuresIn(text)).toEqual([]);
  });
});

describe("topic answers", () => {
  it("lists all indicators as a table per outcome", async () => {
    const { reply } = await ask("all indicators");
    expect(reply.intent).toBe("all_indicators");
    const tables = reply.parts.filter((p) => p.kind === "table");
    expect(tables).toHaveLength(3);
    expect(tables.flatMap((t) => (t.kind === "table" ? t.rows : []))).toHaveLength(11);
  });

  it("describes a focus area with its deliverables and citation", async () => {
    const { reply, text } = await ask("重点领域2.2");
    expect(reply.intent).toBe("focus_area");
    expect(reply.title).toContain("新的工作方式");
    expect(text).toContain("灵活工作安排的新框架");
    expect(reply.citations[0]).toContain("第 27–30 段");
  });

  it("answers which outcome a deliverable belongs to", async () => {
    const { reply, text } = await ask("Which outcome covers the ILO Respect campaign?");
    expect(reply.intent).toBe("outcome");
    expect(text).toContain("Outcome 2");
  });

  it("quotes the passage that answers a detailed question, with its section", async () => {
    const { reply, text } = await ask(
      "Why is strategic realignment of positions important under a zero-growth budget?",
    );
    expect(["search", "facts"]).toContain(reply.intent);
    expect(text).toMatch(/agility/i);
    expect(reply.citations.join(" ")).toContain("Focus area 1.1");
  });

  it("gives one lesson when asked about it, all eight otherwise", async () => {
    const one = await ask("What is the lesson learned about respect?");
    expect(one.reply.parts).toHaveLength(1);
    expect(one.text).toContain("dignity");
    const all = await ask("lessons learned");
    const list = all.reply.parts.find((p) => p.kind === "list");
    expect(list?.kind === "list" && list.items).toHaveLength(8);
  });

  it("greets and helps with example questions as suggested actions", async () => {
    const hello = await ask("hello");
    expect(hello.reply.intent).toBe("greeting");
    expect(hello.reply.suggestions.length).toBeGreaterThan(0);
    const help = await ask("你能做什么");
    expect(help.reply.intent).toBe("help");
    expect(help.reply.lang).toBe("zh");
  });
});

describe("out of scope and personal questions", () => {
  it.each([
    "What's the weather in Geneva tomorrow?",
    "Can you book a meeting room for me at 10?",
    "What's Nestlé's share price today?",
    "请推荐一家日内瓦的中餐馆。",
  ])("declines %s without a figure", async (question) => {
    const { reply, text } = await ask(question);
    expect(reply.intent).toBe("out_of_scope");
    expect(figuresIn(text)).toEqual([]);
  });

  it("declines another strategy period", async () => {
    const { reply, text } = await ask("What is the mobility target for 2030?");
    expect(reply.intent).toBe("out_of_scope");
    expect(text).toContain("2030");
    expect(figuresIn(text)).toEqual([]);
  });

  it("points personal HR questions to HR", async () => {
    for (const question of ["how many days of annual leave do I have left?", "我的合同会续签吗"]) {
      const { reply, text } = await ask(question);
      expect(reply.intent, question).toBe("person_specific");
      expect(text).toMatch(/HR|人力资源/);
    }
  });

  it("understands French and Spanish indicator questions and answers them in French and Spanish", async () => {
    const fr = await ask("Quel est l'objectif de mobilité pour 2025 ?");
    expect(fr.reply.lang).toBe("fr");
    expect(fr.reply.notice ?? "").not.toContain("anglais");
    expect(fr.text).toContain("Nouvelle augmentation de 5%*");
    expect(fr.text).not.toContain("A further increase");
    const es = await ask("¿Cuál es la meta para las mujeres en puestos P5 y superiores?");
    expect(es.reply.lang).toBe("es");
    expect(es.text).toContain("42%");
  });
});
