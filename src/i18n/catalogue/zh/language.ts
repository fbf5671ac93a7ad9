import type { language as en } from "../en/language.ts";

export const language = {
  "language.endonym": "中文",
  "language.name": "{language, select, en {英文} zh {中文} fr {法文} es {西班牙文} other {英文}}",
  "language.chosen": "好的，今后我会用中文回答您。回复“语言”可以查看选项或更改。",
  "language.current": "按照您的选择，我用{name}回答您。可以选择其他语言：",
  "language.notChosen": "您还没有选择语言：我会用您提问所用的语言回答，否则用{name}。请选择：",
  "language.unknown": "我可以用英文、中文、法文或西班牙文回答。请选择：",
  "language.command": "语言 {language}",
} as const satisfies Record<keyof typeof en, string>;
