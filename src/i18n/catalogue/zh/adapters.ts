import type { adapters as en } from "../en/adapters.ts";

export const adapters = {
  "adapter.formNotOpened": "抱歉，申请表未能打开，请稍后再试。",
  "adapter.chooseRequest": "您要提交哪种申请？请选择，打开申请表。",
  "adapter.commentHint": "申请人会看到这段说明。",
  "adapter.commentNeeded": "({actions}时必填)",
  "adapter.commentLabel": "说明{when}",
  "adapter.fieldRequired": "此项为必填项。",
  "adapter.formFallback": "{title}：请在 Microsoft Teams 中打开此表单。",
  "console.welcome":
    "人力资源战略助手——《2022-2025 年人力资源战略：多样性、问责制和尊重》\n可以用中文、英文、法文或西班牙文提问，例如“流动性的目标是多少？”、“What is the mobility target?”、“所有指标”、“帮助”。\n输入“退出”或按 Ctrl+D 离开。",
  "console.hrNotification": "{title} — 请说“{command}”",
  "adapter.helpWord": "帮助",
  "teams.registered":
    "已设置：人事申请通知将发布在此频道，每条通知都带有供人力资源审核人员使用的“批准”“拒绝”“要求补充信息”按钮。",
  "teams.forbidden": "抱歉，只有人力资源审核人员可以设置接收人事通知的频道。请联系人力资源审核人员。",
  "teams.howTo": "请在应接收申请通知的团队频道中 @我 并输入“注册HR频道”。",
} as const satisfies Record<keyof typeof en, string>;
