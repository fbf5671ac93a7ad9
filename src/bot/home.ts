import { t } from "../i18n/messages.ts";
import { localized } from "../knowledge/schema.ts";
import type { RequestServices } from "../requests/services.ts";
import { REQUEST_TYPES } from "../requests/types/index.ts";
import { requestLine, startPhrase } from "../requests/views.ts";
import type { Locale, Reply } from "./messages.ts";
import { makeReply, paragraph } from "./reply.ts";

/**
 * A user's overview for a home screen (the Slack Home tab): their requests and status, quick
 * actions, and for HR the number of requests awaiting a decision.
 */
export async function homeReply(
  services: RequestServices | undefined,
  user: { platform: "console" | "slack" | "teams"; userId: string; name?: string },
  lang: Locale,
): Promise<Reply> {
  const parts: Reply["parts"] = [paragraph(t(lang, "home.intro"))];
  if (services) {
    const mine = await services.workflow.listMine(user);
    parts.push(paragraph(t(lang, "home.yourRequests", { count: mine.length })));
    parts.push(
      mine.length > 0
        ? { kind: "list", items: mine.slice(0, 10).map((r) => requestLine(r, lang)) }
        : paragraph(t(lang, "home.none")),
    );
    const pending = await services.workflow.listPending(user);
    if (pending.ok) parts.push(paragraph(t(lang, "home.awaitingReview", { count: pending.requests.length })));
  }
  return makeReply("home", lang, parts, {
    title: t(lang, "home.title"),
    suggestions: REQUEST_TYPES.map((type) => ({
      label: localized(type.title, lang),
      message: startPhrase(type, lang),
    })),
  });
}
