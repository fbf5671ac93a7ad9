import { findFromTo } from "../parse/phrases.ts";
import { requestFor, startDate } from "./common.ts";
import { defineRequestType } from "./define.ts";
import { choice, months, text } from "./fields.ts";

const current = text({
  name: "current",
  label: { en: "Current position or duty station", zh: "现任职位或工作地点" },
  prompt: { en: "What is the current position or duty station?", zh: "目前的职位或工作地点是什么？" },
  find: (_t, _lang, raw) => findFromTo(raw)?.from,
});

const proposed = text({
  name: "proposed",
  label: { en: "Proposed position or duty station", zh: "拟议职位或工作地点" },
  prompt: { en: "What is the proposed position or duty station?", zh: "拟议的职位或工作地点是什么？" },
  find: (_t, _lang, raw) => findFromTo(raw)?.to,
});

const [forWhom, staffMember] = requestFor("self");

const kind = choice({
  name: "kind",
  label: { en: "Kind of move", zh: "流动类型" },
  prompt: {
    en: "Which kind of move: functional, geographical, both, or inter-agency?",
    zh: "哪种流动：岗位流动、地域流动、两者兼有，还是机构间流动？",
  },
  choices: [
    {
      value: "functional",
      label: { en: "Functional", zh: "岗位流动" },
      aliases: ["functional mobility", "change of function", "new function", "职能流动", "职能"],
    },
    {
      value: "geographical",
      label: { en: "Geographical", zh: "地域流动" },
      aliases: [
        "geo",
        "geographic",
        "geographical mobility",
        "change of duty station",
        "duty station change",
        "地域",
        "工作地点变动",
      ],
    },
    {
      value: "both",
      label: { en: "Functional and geographical", zh: "岗位和地域流动" },
      aliases: [
        "both functional and geographical",
        "functional and geographic",
        "岗位和地域",
        "两者兼有",
        "两者",
      ],
    },
    {
      value: "inter-agency",
      label: { en: "Inter-agency", zh: "机构间流动" },
      aliases: ["inter agency", "interagency", "another un agency", "secondment", "loan", "机构间", "借调"],
    },
  ],
});

/** Moves counted by the strategy's mobility indicator last more than one year. */
const COUNTED_AFTER_MONTHS = 12;

const duration = months({
  name: "duration",
  label: { en: "Duration (months)", zh: "期限(月)" },
  prompt: { en: "For how many months? (1 to 60)", zh: "为期几个月？(1 至 60)" },
  help: {
    en: "The strategy's mobility indicator counts moves of more than one year: a move of 12 months or less will not count toward it.",
    zh: "战略的流动性指标统计的是一年以上的流动：12 个月及以下的流动不计入该指标。",
  },
  min: 1,
  max: 60,
});

export const mobility = defineRequestType({
  id: "mobility",
  prefix: "MOB",
  focusArea: "1.3",
  indicator: "mobility",
  title: { en: "Mobility", zh: "流动" },
  names:
    /mobility|transfer|\bmove\b|reassign|duty station|\bmob\b|assignment|流动|调动|调任|轮岗|工作地点|mobilit[ée]|mutation|transfert|affectation|r[ée]affect|lieu d'affectation|movilidad|traslado|reasignaci[oó]n|lugar de destino/i,
  summary: {
    en: "Propose a functional, geographical or inter-agency move. It serves focus area 1.3, Developing capacity to deliver, which calls for more functional, geographical and inter-agency mobility, and the strategy's indicator on increased functional and geographical mobility.",
    zh: "提出岗位、地域或机构间流动。属于重点领域 1.3“发展交付能力”，该领域呼吁加强岗位、地域和机构间流动，并对应战略的“增加岗位和地域流动”指标。",
  },
  triggers: {
    en: [
      "submit a mobility request",
      "I want to request a mobility assignment",
      "request a transfer to another duty station",
      "propose a functional move for a staff member",
      "apply for geographical mobility",
      "request an inter-agency move",
      "move a staff member to a field office",
    ],
    zh: [
      "我想申请流动",
      "提交流动申请",
      "申请调动到其他工作地点",
      "申请岗位轮换",
      "申请地域流动",
      "申请机构间流动",
    ],
  },
  fields: [forWhom, staffMember, current, proposed, kind, startDate, duration],
  advice: [
    {
      fields: [duration.spec.name],
      note: (values, lang) => {
        const n = values[duration.spec.name];
        if (typeof n !== "number" || n > COUNTED_AFTER_MONTHS) return undefined;
        return lang === "zh"
          ? `请注意：为期 ${n} 个月的流动不会计入战略的流动性指标，该指标只统计一年以上的流动。您仍可提交此申请。`
          : `Please note: a move of ${n} ${n === 1 ? "month" : "months"} will not count toward the strategy's mobility indicator, which counts moves of more than one year. You can still submit it.`;
      },
    },
  ],
  notes: [
    {
      en: "The strategy's mobility indicator counts staff who change function or duty station for more than one year.",
      zh: "战略的流动性指标统计轮换岗位或工作地点达一年以上的职员人数。",
    },
  ],
  subject: (v, lang) =>
    lang === "zh"
      ? `流动(${v.kind})：${v.current} → ${v.proposed}，自${v.start}起，为期 ${v.duration}${v.staffMember ? `，申请对象：${v.staffMember}` : ""}`
      : `Mobility (${v.kind}): ${v.current} → ${v.proposed}, from ${v.start} for ${v.duration}${v.staffMember ? `, for ${v.staffMember}` : ""}`,
});
