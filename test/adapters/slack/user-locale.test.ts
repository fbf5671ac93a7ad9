import type { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { SlackUserLocales } from "../../../src/adapters/slack/user-locale.ts";
import { silentLogger } from "../../../src/log.ts";

/**
 * The cache of Slack users' locales: asked once per user within its time to live, bounded, a
 * failure remembered briefly, a slow answer not waited for. The Web API client is Slack's; here a
 * stand-in of its one method answers from a table (the adapter's own tests use the fake Web API).
 */

function slackClient(answer: (user: string) => Promise<unknown>) {
  const asked: string[] = [];
  const client = {
    users: {
      info: async ({ user }: { user: string; include_locale?: boolean }) => {
        asked.push(user);
        return answer(user);
      },
    },
  } as unknown as webApi.WebClient;
  return { client, asked };
}

const ok = (locale: string) => async () => ({ ok: true, user: { id: "U", locale } });

describe("Slack users' locales", () => {
  it("asks once per user until the entry expires", async () => {
    let now = 0;
    const locales = new SlackUserLocales({ logger: silentLogger, ttlMs: 1000, clock: () => now });
    const { client, asked } = slackClient(ok("es-ES"));
    expect(await locales.of(client, "U1")).toBe("es-ES");
    expect(await locales.of(client, "U1")).toBe("es-ES");
    expect(asked).toEqual(["U1"]);
    now = 1000;
    await locales.of(client, "U1");
    expect(asked).toEqual(["U1", "U1"]);
  });

  it("keeps at most maxUsers, dropping the oldest", async () => {
    const locales = new SlackUserLocales({ logger: silentLogger, maxUsers: 2 });
    const { client, asked } = slackClient(ok("fr-FR"));
    for (const user of ["U1", "U2", "U3", "U2", "U1"]) await locales.of(client, user);
    expect(asked).toEqual(["U1", "U2", "U3", "U1"]);
  });

  it("answers undefined for a failure, and asks again only after the failure's shorter time", async () => {
    let now = 0;
    const locales = new SlackUserLocales({ logger: silentLogger, failureTtlMs: 100, clock: () => now });
    const { client, asked } = slackClient(async () => {
      throw new Error("ratelimited");
    });
    expect(await locales.of(client, "U1")).toBeUndefined();
    expect(await locales.of(client, "U1")).toBeUndefined();
    expect(asked).toHaveLength(1);
    now = 100;
    await locales.of(client, "U1");
    expect(asked).toHaveLength(2);
  });

  it("does not wait longer than timeoutMs, and keeps the late answer for next time", async () => {
    const locales = new SlackUserLocales({ logger: silentLogger, timeoutMs: 20 });
    let release: () => void = () => {};
    const late = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { client, asked } = slackClient(async () => {
      await late;
      return { ok: true, user: { locale: "zh-CN" } };
    });
    expect(await locales.of(client, "U1")).toBeUndefined();
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await locales.of(client, "U1")).toBe("zh-CN");
    expect(asked).toHaveLength(1);
  });
});
