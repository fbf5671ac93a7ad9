import type { HomeView, KnownBlock } from "@slack/types";
import { AppHomeOpenedEvent } from "../payloads.ts";
import { header, LIMITS, renderReply } from "../render.ts";
import { afterAck, type Surface } from "./surface.ts";

const TITLE = "HR Strategy Assistant";
/** The Home tab shows the bot's greeting: who it is and example questions as buttons. */
const WELCOME = "hello";
/** Where the person's own HR requests will be listed (the request workflow fills it in). */
export const YOUR_REQUESTS_BLOCK = "your-requests";

const YOUR_REQUESTS: KnownBlock[] = [
  { type: "divider" },
  {
    type: "section",
    block_id: YOUR_REQUESTS_BLOCK,
    text: { type: "mrkdwn", text: "*Your requests*\nYour HR requests will be listed here." },
  },
];

/** The Home tab, published each time someone opens it. */
export const home: Surface = (app, { bot, logger }) => {
  app.event("app_home_opened", async ({ event, client }) => {
    const opened = AppHomeOpenedEvent.safeParse(event);
    if (!opened.success || (opened.data.tab !== undefined && opened.data.tab !== "home")) return;
    const { user } = opened.data;
    await afterAck(logger, "home", async () => {
      const welcome = await bot.handle({
        platform: "slack",
        user: { id: user },
        conversation: { id: user, kind: "direct" },
        text: WELCOME,
      });
      const view: HomeView = {
        type: "home",
        blocks: [
          header(TITLE),
          ...renderReply(welcome, LIMITS.viewBlocks - 1 - YOUR_REQUESTS.length).blocks,
          ...YOUR_REQUESTS,
        ],
      };
      await client.views.publish({ user_id: user, view });
    });
  });
};
