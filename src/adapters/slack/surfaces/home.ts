import type { HomeView, KnownBlock } from "@slack/types";
import { AppHomeOpenedEvent } from "../payloads.ts";
import { LIMITS, renderReply } from "../render.ts";
import { requestFormButtons } from "./request-forms.ts";
import { afterAck, localeOf, type Surface } from "./surface.ts";

/** The greeting below the overview: who the assistant is, with example questions as buttons. */
const WELCOME = "hello";

/**
 * The Home tab, published each time someone opens it: the user's requests and their status (for
 * HR, how many await a decision), buttons that open the request forms, then the welcome.
 */
export const home: Surface = (app, deps) => {
  const { bot, logger } = deps;
  app.event("app_home_opened", async ({ event, client }) => {
    const opened = AppHomeOpenedEvent.safeParse(event);
    if (!opened.success || (opened.data.tab !== undefined && opened.data.tab !== "home")) return;
    const { user } = opened.data;
    await afterAck(logger, "home", async () => {
      // In the user's language: their remembered choice, else their Slack locale.
      const locale = await localeOf(deps, client, user);
      const lang = await bot.localeOf("", locale.locale, { platform: "slack", id: user });
      const [overview, welcome] = await Promise.all([
        bot.home("slack", { id: user }, lang),
        bot.handle({
          platform: "slack",
          user: { id: user },
          conversation: { id: user, kind: "direct" },
          text: WELCOME,
          ...locale,
        }),
      ]);
      const forms = requestFormButtons(bot, overview.suggestions, lang);
      const divider: KnownBlock = { type: "divider" };
      const top = renderReply({ ...overview, suggestions: [] }, LIMITS.viewBlocks / 2 - forms.length).blocks;
      const rest = LIMITS.viewBlocks - top.length - forms.length - 1;
      const view: HomeView = {
        type: "home",
        blocks: [...top, ...forms, divider, ...renderReply(welcome, rest).blocks],
      };
      await client.views.publish({ user_id: user, view });
    });
  });
};
