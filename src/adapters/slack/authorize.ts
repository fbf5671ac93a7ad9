import type { Authorize, webApi } from "@slack/bolt";
import { z } from "zod";

const AuthTest = z.object({ user_id: z.string().min(1), bot_id: z.string().min(1) });

/**
 * Authorization for a single workspace: the bot token with the bot's own ids from auth.test,
 * asked once on the first request and kept. A failed lookup is not kept, so the next request
 * tries again (Bolt's built-in one keeps the failure, or asks on every request).
 */
export function botAuthorization(token: string, client: () => webApi.WebClient): Authorize<boolean> {
  let identity: Promise<{ botUserId: string; botId: string }> | undefined;
  const lookUp = async () => {
    const result = AuthTest.parse(await client().auth.test({ token }));
    return { botUserId: result.user_id, botId: result.bot_id };
  };
  return async () => {
    identity ??= lookUp().catch((error: unknown) => {
      identity = undefined;
      throw error;
    });
    return { botToken: token, ...(await identity) };
  };
}
