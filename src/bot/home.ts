import type { RequestServices } from "../requests/services.ts";
import { REQUEST_TYPES } from "../requests/types/index.ts";
import { requestLine } from "../requests/views.ts";
import type { AnswerLang, Reply } from "./messages.ts";
import { makeReply, paragraph } from "./reply.ts";

/**
 * A user's overview for a home screen (the Slack Home tab): their requests and status, quick
 * actions, and for HR the number of requests awaiting a decision.
 */
export async function homeReply(
  services: RequestServices | undefined,
  user: { platform: "console" | "slack" | "teams"; userId: string; name?: string },
  lang: AnswerLang,
): Promise<Reply> {
  const zh = lang === "zh";
  const parts: Reply["parts"] = [
    paragraph(
      zh
        ? "我回答有关《2022-2025 年人力资源战略》的问题，并受理人事申请。"
        : "I answer questions about the HR Strategy 2022–2025 and take HR requests.",
    ),
  ];
  if (services) {
    const mine = await services.workflow.listMine(user);
    parts.push(paragraph(zh ? `您的申请(${mine.length})：` : `Your requests (${mine.length}):`));
    parts.push(
      mine.length > 0
        ? { kind: "list", items: mine.slice(0, 10).map((r) => requestLine(r, lang)) }
        : paragraph(zh ? "还没有申请。" : "No requests yet."),
    );
    const pending = await services.workflow.listPending(user);
    if (pending.ok) {
      parts.push(
        paragraph(
          zh
            ? `待审核的申请：${pending.requests.length}`
            : `Awaiting your review: ${pending.requests.length}`,
        ),
      );
    }
  }
  return makeReply("home", lang, parts, {
    title: zh ? "人力资源战略助手" : "HR Strategy Assistant",
    suggestions: REQUEST_TYPES.map((t) => ({
      label: t.title[lang],
      message: t.triggers[lang][0] ?? t.title[lang],
    })),
  });
}
