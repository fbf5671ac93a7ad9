import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HrMessageStore } from "../../../src/adapters/slack/hr-messages.ts";
import { createSlackNotifier } from "../../../src/adapters/slack/notifier.ts";
import { silentLogger } from "../../../src/log.ts";
import { createDispatcher, type Dispatcher } from "../../../src/notify/outbox.ts";
import type { RequestRecord } from "../../../src/requests/model.ts";
import { type FileRequestServices, openRequestServices } from "../../../src/requests/services.ts";
import {
  expectInLanguage,
  expectNoLeak,
  SCRIPTS,
  type Script,
  say,
  WORDS,
} from "../../support/flows-fr-es.ts";
import {
  blockActions,
  eventCallback,
  imMessage,
  type OpenedView,
  type RecordedCall,
  type SlackTestServer,
  sendToSlackEndpoint,
  slashCommand,
  startSlackTestServer,
  viewSubmission,
} from "../../support/slack.ts";

/**
 * Every request type in French and Spanish over Slack: the real Bolt app over HTTP with the local
 * Web API fake; a manager files by direct message, HR (HR_LANGUAGE=fr) gets the request in French
 * in its channel and decides with its button or by a typed command, and the requester is told in
 * the language of the request.
 */

const HR = "U0HR";
const HR_DM = "D0HRDIRECT";
const HR_CHANNEL = "C0HRCHANNEL";
const TODAY = new Date("2026-11-23T09:00:00Z");

let dir: string;
let requests: FileRequestServices;
let slack: SlackTestServer;
let dispatcher: Dispatcher;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "slack-flows-"));
  requests = await openRequestServices({
    dataDir: dir,
    hrUsers: [`slack:${HR}`],
    logger: silentLogger,
    clock: () => TODAY,
  });
  slack = await startSlackTestServer({
    requests,
    env: { SLACK_HR_CHANNEL: HR_CHANNEL, DATA_DIR: dir, HR_LANGUAGE: "fr" },
    logLevel: "warn",
  });
  dispatcher = createDispatcher({
    log: requests.log,
    notifiers: [createSlackNotifier({ ...slack.deps, requests })],
    logger: silentLogger,
    retry: { baseMs: 10, maxMs: 50 },
  });
});

afterAll(async () => {
  await dispatcher?.stop();
  await slack?.close();
  await requests?.log.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: Parameters<typeof sendToSlackEndpoint>[1]) => sendToSlackEndpoint(slack.url, body);
const postsTo = (channel: string) =>
  slack.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);

async function until<T>(find: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every text a user reads in a message: its text, and the blocks' texts (buttons included). */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    const own = typeof object.text === "string" ? [object.text] : [];
    return [...own, ...Object.entries(object).flatMap(([k, v]) => (k === "text" ? [] : texts(v)))];
  }
  return [];
}

/** Buttons' and labels' texts: plain_text elements. */
function plainTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(plainTexts);
  if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    const own = object.type === "plain_text" && typeof object.text === "string" ? [object.text] : [];
    return [...own, ...Object.values(object).flatMap(plainTexts)];
  }
  return [];
}

/** One direct message from `user`, and the bot's answer in that conversation. */
async function dm(user: string, channel: string, text: string): Promise<RecordedCall> {
  const before = postsTo(channel).length;
  const response = await post(eventCallback(imMessage({ user, channel, text })));
  expect(response.status).toBe(200);
  return until(() => postsTo(channel)[before], `the answer to “${text}”`);
}

function expectMessageIn(call: RecordedCall, lang: "fr" | "es", what: string): void {
  const all = texts(call.body);
  expectInLanguage(all.join("\n"), lang, `${what}: ${all.join(" | ")}`);
  for (const label of plainTexts(call.body.blocks)) expectNoLeak(label, `${what}: button “${label}”`);
}

async function record(id: string): Promise<RequestRecord> {
  const found = await requests.workflow.get(id, { platform: "slack", userId: HR });
  if (!found.ok) throw new Error(`${id} not found`);
  return found.request;
}

describe("Slack: every request type in French and Spanish", () => {
  SCRIPTS.forEach((script: Script, index) => {
    const user = `U0FLOW${index}`;
    const channel = `D0FLOW${index}`;
    const byButton = index % 2 === 0;
    it(`${script.type} in ${script.lang}: filed by DM, decided by HR ${byButton ? "with its button" : "typed"}, requester told`, async () => {
      let last: RecordedCall | undefined;
      for (const line of script.lines) {
        last = await dm(user, channel, line);
        expectMessageIn(last, script.lang, `the answer to “${line}”`);
      }
      const id = /[A-Z]{3}-\d{4}-\d{4}/.exec(String(last?.body.text))?.[0] ?? "";
      const filed = await record(id);
      expect(filed).toMatchObject({ type: script.type, lang: script.lang, fields: script.fields });

      // the confirmation by DM in the request's language, HR's post in HR_LANGUAGE (French)
      await dispatcher.runOnce();
      const hrPost = await until(
        () => postsTo(HR_CHANNEL).find((c) => String(c.body.text).includes(id)),
        "HR's post",
      );
      expectMessageIn(hrPost, "fr", "HR's post");

      const words = WORDS[script.lang];
      const status = await dm(user, channel, say(words.status, id));
      expect(String(status.body.text)).toContain(id);
      expectMessageIn(status, script.lang, "status");

      if (byButton && index % 4 === 2) {
        // Reject opens HR's comment modal, in HR_LANGUAGE; its submission decides
        const stored = await new HrMessageStore(dir, silentLogger).recall(id);
        const opens = slack.fake.callsTo("views.open").length;
        await post(
          blockActions({
            actionId: "review:reject:comment",
            value: id,
            label: "Rejeter",
            user: HR,
            responseUrl: slack.fake.responseUrl(`actions/${id}`),
            container: { type: "message", channel: HR_CHANNEL, messageTs: stored?.ts ?? "" },
          }),
        );
        const opened = await until(() => slack.fake.callsTo("views.open")[opens], "HR's comment modal");
        const modal = opened.body.view as OpenedView;
        for (const label of plainTexts(modal)) expectNoLeak(label, `HR's comment modal: “${label}”`);
        const response = await post(
          viewSubmission({
            view: modal,
            values: { comment: "pas de budget" },
            viewId: `V0REJECT${index}`,
            user: HR,
          }),
        );
        expect(response.status).toBe(200);
        await until(
          async () => ((await record(id)).status === "rejected" ? true : undefined),
          "the rejection",
        );
      } else if (byButton) {
        const stored = await new HrMessageStore(dir, silentLogger).recall(id);
        const response = await post(
          blockActions({
            actionId: "review:approve",
            value: id,
            label: "Approuver",
            user: HR,
            responseUrl: slack.fake.responseUrl(`actions/${id}`),
            container: { type: "message", channel: HR_CHANNEL, messageTs: stored?.ts ?? "" },
          }),
        );
        expect(response.status).toBe(200);
        await until(
          async () => ((await record(id)).status === "approved" ? true : undefined),
          "the approval",
        );
      } else {
        // HR writes in the script's language; its confirmation is in that language too
        const proposed = await dm(HR, HR_DM, say(words.reject, id));
        expectMessageIn(proposed, script.lang, "HR's proposal");
        expect((await record(id)).status).toBe("submitted");
        const done = await dm(HR, HR_DM, words.confirm);
        expectMessageIn(done, script.lang, "HR's decision");
        expect((await record(id)).status).toBe("rejected");
      }

      // the requester is told in the request's language; HR's post is updated in French
      const updatesBefore = slack.fake.callsTo("chat.update").length;
      await dispatcher.runOnce();
      const told = await until(
        () =>
          postsTo(user).find((c) =>
            /\b(approuvée|aprobada|n'a pas été|no ha sido)\b/.test(String(c.body.text)),
          ),
        "the requester's notification",
      );
      expectMessageIn(told, script.lang, "the requester's notification");
      const update = await until(() => slack.fake.callsTo("chat.update")[updatesBefore], "HR's update");
      expectMessageIn(update, "fr", "HR's updated post");
    });
  });

  it("withdraws and resubmits in Spanish and French, each proposed then confirmed", async () => {
    const [fwaEs, lrnFr] = [SCRIPTS[1], SCRIPTS[2]] as [Script, Script];
    for (const line of fwaEs.lines) await dm("U0WITHDRAW", "D0WITHDRAW", line);
    const [withdrawn] = await requests.workflow.listMine({ platform: "slack", userId: "U0WITHDRAW" });
    const id = withdrawn?.id ?? "";
    const proposed = await dm("U0WITHDRAW", "D0WITHDRAW", say(WORDS.es.withdraw, id));
    expectMessageIn(proposed, "es", "the withdrawal's proposal");
    expect((await record(id)).status).toBe("submitted");
    expectMessageIn(await dm("U0WITHDRAW", "D0WITHDRAW", "sí"), "es", "the withdrawal");
    expect((await record(id)).status).toBe("withdrawn");

    for (const line of lrnFr.lines) await dm("U0RESUBMIT", "D0RESUBMIT", line);
    const [asked] = await requests.workflow.listMine({ platform: "slack", userId: "U0RESUBMIT" });
    const askedId = asked?.id ?? "";
    await dm(HR, HR_DM, say(WORDS.fr.askInfo, askedId));
    await dm(HR, HR_DM, "oui");
    expect((await record(askedId)).status).toBe("more-info-requested");
    await dispatcher.runOnce();
    const question = await until(
      () => postsTo("U0RESUBMIT").find((c) => String(c.body.text).includes("informations")),
      "the request for information",
    );
    expectMessageIn(question, "fr", "the request for information");
    await dm("U0RESUBMIT", "D0RESUBMIT", say(WORDS.fr.resubmit, askedId));
    expectMessageIn(await dm("U0RESUBMIT", "D0RESUBMIT", "oui"), "fr", "the resubmission");
    expect((await record(askedId)).status).toBe("resubmitted");
  });

  it("opens the request modal in French and Spanish, with no English in its labels", async () => {
    for (const [text, lang] of [
      ["demande de télétravail", "fr"],
      ["solicitud de teletrabajo", "es"],
    ] as const) {
      const before = slack.fake.callsTo("views.open").length;
      await post(slashCommand({ text, user: "U0MODAL", responseUrl: slack.fake.responseUrl(`c/${lang}`) }));
      const opened = await until(() => slack.fake.callsTo("views.open")[before], `the ${lang} modal`);
      const view = opened.body.view as OpenedView;
      expect(JSON.parse(view.private_metadata ?? "").lang).toBe(lang);
      for (const label of plainTexts(opened.body.view)) expectNoLeak(label, `modal (${lang}): “${label}”`);
      // a start in the past and an end before it: the errors by their inputs, in the modal's language
      const response = await post(
        viewSubmission({
          view,
          viewId: `V0FLOWS${lang}`,
          user: "U0MODAL",
          values: {
            "field:forWhom": "self",
            "field:arrangement": "telework",
            "field:days": lang === "fr" ? "les lundis" : "los lunes",
            "field:start": "2026-01-05",
            "field:end": "2025-12-31",
          },
        }),
      );
      const answer = (await response.json()) as { response_action?: string; errors?: Record<string, string> };
      expect(answer.response_action).toBe("errors");
      expect(Object.keys(answer.errors ?? {})).toContain("field:start");
      for (const error of Object.values(answer.errors ?? {}))
        expectInLanguage(error, lang, `modal error: ${error}`);
    }
    expect(await requests.workflow.listMine({ platform: "slack", userId: "U0MODAL" })).toEqual([]);
  });
});
