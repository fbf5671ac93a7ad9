import type { HomeView, KnownBlock } from "@slack/types";
import type { Locale } from "../../../bot/messages.ts";
import { AppHomeOpenedEvent } from "../payloads.ts";
import { LIMITS, renderReply } from "../render.ts";
import { requestFormButtons } from "./request-forms.ts";
import { afterAck, type Surface } from "./surface.ts";

/** The greeting below the overview: who the assistant is, with example questions as buttons. */
const WELCOME = "hello";
/** Slack does not tell the Home tab a user's language; it is shown in English. */
const HOME_LANG: Locale = "en";

/**
 * The Home tab, published each time someone opens it: the user's requests and their status (for
 * HR, how many await a decision), buttons that open the request forms, then the welcome.
 */
export const home: Surface = (app, { bot, logger }) => {
  app.event("app_home_opened", async ({ event, client }) => {
    const opened = AppHomeOpenedEvent.safeParse(event);
    if (!opened.success || (opened.data.tab !== undefined && opened.data.tab !== "home")) return;
    const { user } = opened.data;
    await afterAck(logger, "home", async () => {
      const [overview, welcome] = await Promise.all([
        bot.home("slack", { id: user }, HOME_LANG),
        bot.handle({
          platform: "slack",
          user: { id: user },
          conversation: { id: user, kind: "direct" },
          text: WELCOME,
        }),
      ]);
      const forms = requestFormButtons(bot, overview.suggestions, HOME_LANG);
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
