import { describe, expect, it } from "vitest";
import { asksAboutOwnRecord } from "../../src/nlu/personal.ts";

describe("questions about one's own HR record", () => {
  it.each([
    "how many days of leave do I have left",
    "is my contract going to be renewed?",
    "when's my next step increment",
    "what rating did I get in my last performance appraisal",
    "am I eligible for home leave this year?",
    "我的年假还剩几天",
    "我下一次职级内晋档是什么时候",
    "我想申请调到曼谷办事处",
  ])("%s", (text) => {
    expect(asksAboutOwnRecord(text)).toBe(true);
  });

  it.each([
    "My director asked me whether we'll be measured on finishing selections before people leave their posts",
    "what is the leave policy in the strategy",
    "what is the mobility target",
    "我们的流动性目标是多少",
    "我的主管问流动性目标是多少",
  ])("not: %s", (text) => {
    expect(asksAboutOwnRecord(text)).toBe(false);
  });
});
