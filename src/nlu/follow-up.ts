import { tokenize } from "../i18n/text.ts";

/**
 * Whether a message names a subject of its own, or only asks more about the last one: "and the
 * baseline?", "它属于哪个成果目标？" follow on; "disability target", "残疾人的目标" do not — their
 * subject word starts afresh, even when nothing in the paper matches it.
 */

/** Words that ask about a subject without naming one: facets, pronouns, follow-up phrasing. */
const ASKING_WORDS = new Set(
  tokenize(
    [
      // facets and figures
      "baseline base line starting point value figures numbers milestone mid term interim target goal aim",
      "2023 2025 end verification verified source data means measure measured measures definition defined",
      "cover covers outcome belong falls under overview summary trajectory full set all every percentage",
      "percent share rate level",
      // follow-up phrasing and pronouns
      "and what about how which it its this that one same also then so again tell me more please show",
      "give indicator kpi is the of for by in to a an should be would will does do there mean",
    ].join(" "),
    { keepStopWords: true },
  ),
);
const ZH_ASKING =
  /基准|基线|起点|里程碑|中期|目标值|目标|数值|数据来源|来源|验证|衡量|定义|属于|归在|哪个|哪一个|成果目标|成果|指标|它|该|这个|那个|那|呢|吗|什么|多少|是|的|和|还有|以及|呢|请问|告诉我|一下|年底|到|年|[0-9]+|[？?。，,！!\s]/g;

export function namesOwnSubject(text: string): boolean {
  const han = text.match(/\p{Script=Han}+/gu)?.join("") ?? "";
  if (han.replace(ZH_ASKING, "").length >= 2) return true;
  const latin = text.replace(/\p{Script=Han}+/gu, " ");
  return tokenize(latin, { keepStopWords: true }).some(
    (t) => !t.startsWith("~") && !/^\d+%?$/.test(t) && !ASKING_WORDS.has(t) && t.length > 1,
  );
}
