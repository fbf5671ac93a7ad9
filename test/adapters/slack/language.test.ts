import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { t } from "../../../src/i18n/messages.ts";
import { appHomeOpened, eventCallback, imMessage, slashCommand } from "../../support/slack.ts";
import {
  ALICE,
  eventually,
  HR_CHANNEL,
  openSlackRequests,
  type SlackRequests,
} from "../../support/slack-requests.ts";

/**
 * The language of Slack answers, through the real Bolt app: the user's Slack locale (users.info
 * with include_locale, asked once and cached) when their words show no language, their own
 * choice ("/hr language fr") over it, and a failing or slow users.info never holds a reply back.
 */

const PEDRO = "U0PEDRO";
let world: SlackRequests;
// Each test starts a server with its own assistant: slow on a busy machine.
beforeEach(async () => {
  world = await openSlackRequests();
}, 60_000);
afterEach(async () => {
  world.fake.release();
  await world.close();
}, 30_000);

/** The text of the direct messages the bot posted to `user`, waiting until there are `count`. */
async function dms(user: string, count: number): Promise<string[]> {
  const channel = `D${user}`;
  await eventually(() => world.postsTo(channel).length >= count, `${count} message(s) to ${user}`);
  return world.postsTo(channel).map((c) => String(c.body.text));
}

const say = (user: string, text: string) =>
  world.post(eventCallback(imMessage({ user, text, channel: `D${user}` })));

/** The start of a catalogue message, which the Slack text carries (escaped, with more after it). */
const opening = (text: string) => text.slice(0, 30);

describe("the language of Slack answers", { timeout: 60_000 }, () => {
  it("answers a bare request id in the user's Slack locale, asking users.info once", async () => {
    world.fake.setUserLocale(PEDRO, "es-ES");
    await say(PEDRO, "FWA-2026-0001?");
    const [first] = await dms(PEDRO, 1);
    expect(first).toContain(opening(t("es", "refusal.not-found")));
    await say(PEDRO, "status FWA-2026-0002");
    await say(PEDRO, "What is the mobility target?");
    const all = await dms(PEDRO, 3);
    expect(all[1]).toContain(opening(t("es", "refusal.not-found")));
    // Written in English: answered in English.
    expect(all[2]).toContain("Target for the end of 2025");
    const lookups = world.fake.callsTo("users.info").filter((c) => c.body.user === PEDRO);
    expect(lookups).toHaveLength(1);
    expect(String(lookups[0]?.body.include_locale)).toBe("true");
  });

  it("still answers when users.info fails, in the default language, with a warning logged", async () => {
    world.fake.fail("users.info", "ok_false");
    await say(PEDRO, "FWA-2026-0001?");
    const [reply] = await dms(PEDRO, 1);
    expect(reply).toContain(opening(t("en", "refusal.not-found")));
    const warned = world.slack.logs.filter((l) => String(l.msg).includes("users.info failed"));
    expect(warned).toHaveLength(1);
    expect(JSON.stringify(warned)).not.toContain("FWA-2026-0001");
  });

  it("does not wait long for a users.info that never answers", async () => {
    world.fake.hang("users.info");
    const started = Date.now();
    await say(PEDRO, "FWA-2026-0001?");
    const [reply] = await dms(PEDRO, 1);
    expect(reply).toContain(opening(t("en", "refusal.not-found")));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("remembers /hr language over the Slack locale, shows the options as buttons, and words the Home tab in it", async () => {
    world.fake.setUserLocale(PEDRO, "es-ES");
    const shown = world.fake.responseUrl("language-show");
    await world.post(
      slashCommand({ text: "language", user: PEDRO, channel: `D${PEDRO}`, responseUrl: shown }),
    );
    const [options] = await world.fake.waitFor("response_url", 1);
    const buttons = JSON.stringify(options?.body.blocks);
    for (const name of ["English", "中文", "Français", "Español"]) expect(buttons).toContain(name);

    await world.post(
      slashCommand({
        text: "language fr",
        user: PEDRO,
        channel: `D${PEDRO}`,
        responseUrl: world.fake.responseUrl("language-fr"),
      }),
    );
    const [, chosen] = await world.fake.waitFor("response_url", 2);
    expect(String(chosen?.body.text)).toContain("désormais en français");

    await say(PEDRO, "FWA-2026-0001?");
    const [reply] = await dms(PEDRO, 1);
    expect(reply).toContain(opening(t("fr", "refusal.not-found")));

    await world.post(eventCallback(appHomeOpened(PEDRO)));
    const [home] = await world.fake.waitFor("views.publish", 1);
    expect(JSON.stringify(home?.body.view)).toContain(t("fr", "home.title"));
  });

  it("notifies a requester who chose French in French, and HR in HR_LANGUAGE", async () => {
    world.dispatcher().start();
    await say(ALICE, "réponds en français");
    await dms(ALICE, 1);
    // The modal was opened in English: the choice still wins for her notifications.
    expect((await world.submit("V0LANG1")).status).toBe(200);
    // Notifications go to the user's id (Slack opens the direct message).
    await eventually(() => world.postsTo(ALICE).length >= 1, "the confirmation");
    const [id] = (await world.all()).map((r) => r.id);
    const confirmation = String(world.postsTo(ALICE)[0]?.body.text);
    expect(confirmation).toContain(opening(t("fr", "notify.confirmed", { id: id ?? "" })));
    await eventually(() => world.postsTo(HR_CHANNEL).length >= 1, "the HR post");
    expect(String(world.postsTo(HR_CHANNEL)[0]?.body.text)).toContain(
      opening(t("en", "notify.submitted", { id: id ?? "", type: "Flexible working arrangement" })),
    );
  });
});
