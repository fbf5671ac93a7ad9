import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import { teamsMount } from "../../../src/adapters/teams/mount.ts";
import { BOT_TOKEN, type FakeSlackApi, SIGNING_SECRET, startFakeSlackApi } from "../../support/slack.ts";
import {
  type FakeConnector,
  HR_USER,
  messageActivity,
  postActivity,
  startFakeConnector,
} from "../../support/teams.ts";
import {
  APP_ID,
  type FakeOpenId,
  type Recorder,
  signedJwt,
  signingKey,
  startFakeOpenId,
  startRecorder,
  startTeamsTestServer,
  type TeamsTestServer,
  unsignedJwt,
} from "../../support/teams-server.ts";

/**
 * The attack: a POST to /api/messages as an HR reviewer (their aadObjectId) pressing "Approve" on
 * an existing request, with a serviceUrl of the attacker's choosing. Only a server told to run
 * unauthenticated for local testing, called with a trusted service URL, may act on it.
 */

/** As the README's Slack section configures it (its Web API a local fake, so nothing leaves loopback). */
const slackOnly = () => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slackApi.apiUrl,
});
const AUTHENTICATED = {
  NODE_ENV: "production",
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: "not-a-secret",
};

let connector: FakeConnector;
let attacker: Recorder;
let slackApi: FakeSlackApi;
let running: TeamsTestServer | undefined;
/** Set before any request, so it sees what reaches the console past the endpoint's guard. */
let consoleError: MockInstance<typeof console.error>;

beforeAll(async () => {
  consoleError = vi.spyOn(console, "error");
  connector = await startFakeConnector();
  attacker = await startRecorder();
  slackApi = await startFakeSlackApi();
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  connector.clear();
});
afterAll(async () => {
  consoleError.mockRestore();
  await connector?.close();
  await attacker?.close();
  await slackApi?.close();
});

/** HR's "Approve" on the request, as Teams would send it from the HR card's thread. */
function forgedApproval(requestId: string, serviceUrl: string) {
  return messageActivity({
    serviceUrl,
    conversationType: "channel",
    conversationId: "19:hr@thread.tacv2;messageid=1700000000001",
    replyToId: "1700000000001",
    from: HR_USER,
    value: { action: "decide", requestId, decision: "approve", comment: "" },
  });
}

/** Nothing happened: the request awaits HR, only its submission is in the outbox, no reference kept. */
async function expectUntouched(server: TeamsTestServer): Promise<void> {
  const { requests, outbox } = await server.requests.log.snapshot();
  expect(requests.find((r) => r.id === server.requestId)?.status).toBe("submitted");
  expect(outbox.map((e) => e.event.kind)).toEqual(["request-submitted"]);
  const store = path.join(server.deps.config.DATA_DIR, "teams-conversations.json");
  const stored = await readFile(store, "utf8").catch(() => "");
  expect(stored).not.toContain(attacker.url);
}

async function refusedWith(response: Response, status: number, error?: string): Promise<void> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toEqual(error ? { error } : expect.objectContaining({ error: expect.any(String) }));
}

describe("a forged HR approval with the fake connector as serviceUrl", () => {
  it("is accepted by a server started with TEAMS_LOCAL_UNAUTHENTICATED=true (negative control)", async () => {
    running = await startTeamsTestServer({
      TEAMS_LOCAL_UNAUTHENTICATED: "true",
      TEAMS_TRUSTED_SERVICE_URLS: connector.url,
    });
    const response = await postActivity(running.url, forgedApproval(running.requestId, connector.url));
    expect(response.status).toBe(200);
    const { requests, outbox } = await running.requests.log.snapshot();
    expect(requests[0]?.status).toBe("approved");
    expect(outbox.map((e) => e.event.kind)).toEqual([
      "request-submitted",
      "request-decided",
      "review-closed",
    ]);
    const [reply] = await connector.waitForCalls(1);
    expect(reply).toMatchObject({ method: "PUT", activityId: "1700000000001" });
    expect(running.logs.some((l) => l.level === 40 && String(l.msg).includes("UNAUTHENTICATED"))).toBe(true);
  });

  it("is refused by the default Slack-only server: /api/messages is not mounted", async () => {
    running = await startTeamsTestServer(slackOnly());
    const response = await postActivity(running.url, forgedApproval(running.requestId, connector.url));
    await refusedWith(response, 404, "not found");
    await expectUntouched(running);
    expect(connector.calls).toHaveLength(0);
  });

  it("is refused by an authenticated server: 401 without a token, and with an unsigned one", async () => {
    running = await startTeamsTestServer(AUTHENTICATED);
    const activity = forgedApproval(running.requestId, connector.url);
    await refusedWith(await postActivity(running.url, activity), 401, "unauthorized");
    const unsigned = { authorization: `Bearer ${unsignedJwt({ serviceurl: connector.url })}` };
    await refusedWith(await postActivity(running.url, activity, unsigned), 401, "unauthorized");
    await expectUntouched(running);
    expect(connector.calls).toHaveLength(0);
  });
});

describe("a forged activity whose serviceUrl is the attacker's", () => {
  it("makes no call to it from a local-testing server that trusts another URL, nor from one that trusts none", async () => {
    for (const trusted of [{ TEAMS_TRUSTED_SERVICE_URLS: connector.url }, {}]) {
      running = await startTeamsTestServer({ TEAMS_LOCAL_UNAUTHENTICATED: "true", ...trusted });
      const response = await postActivity(running.url, forgedApproval(running.requestId, attacker.url));
      await refusedWith(response, 403, "untrusted service url");
      await expectUntouched(running);
      const refusals = running.logs.filter((l) => l.msg === "Teams request refused");
      expect(refusals).toEqual([
        expect.objectContaining({ level: 40, status: 403, serviceUrl: new URL(attacker.url).origin }),
      ]);
      await running.close();
      running = undefined;
    }
    expect(attacker.calls).toHaveLength(0);
  });

  it("makes no call to it from the Slack-only server (404) nor the authenticated one (401)", async () => {
    for (const [env, status] of [
      [slackOnly(), 404],
      [AUTHENTICATED, 401],
    ] as const) {
      running = await startTeamsTestServer(env);
      const response = await postActivity(running.url, forgedApproval(running.requestId, attacker.url));
      expect(response.status).toBe(status);
      await expectUntouched(running);
      await running.close();
      running = undefined;
    }
    expect(attacker.calls).toHaveLength(0);
  });
});

describe("a token signed by a key the Bot Framework does not publish (local signing-key service)", () => {
  const published = signingKey("published-key");
  const forger = signingKey("published-key");
  let openId: FakeOpenId;
  beforeAll(async () => {
    openId = await startFakeOpenId([published]);
  });
  afterAll(async () => {
    await openId?.close();
  });

  async function authenticatedServer(): Promise<TeamsTestServer> {
    return startTeamsTestServer(AUTHENTICATED, (deps) => [
      teamsMount({ ...deps, authEndpoints: { openIdMetadataUrl: openId.metadataUrl } }),
    ]);
  }

  it("is refused with 401 whether its key id is unknown or its signature is wrong, and nothing is called", async () => {
    running = await authenticatedServer();
    const activity = forgedApproval(running.requestId, connector.url);
    for (const token of [
      signedJwt(signingKey("unknown-key"), { serviceurl: connector.url }),
      signedJwt(forger, { serviceurl: connector.url }),
      signedJwt(published, { serviceurl: connector.url, iss: "https://evil.example" }),
    ]) {
      const response = await postActivity(running.url, activity, { authorization: `Bearer ${token}` });
      await refusedWith(response, 401, "unauthorized");
    }
    await expectUntouched(running);
    expect(connector.calls).toHaveLength(0);
    expect(openId.calls.length).toBeGreaterThan(0);
    const refusals = running.logs.filter((l) => l.msg === "Teams request refused");
    expect(refusals).toHaveLength(3);
    expect(refusals.every((l) => l.level === 40 && l.status === 401)).toBe(true);
    // botbuilder prints a rejected signature's error and the signing keys; none of it gets out.
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("even properly signed, cannot direct the bot to the attacker's serviceUrl (403, no call)", async () => {
    running = await authenticatedServer();
    const token = signedJwt(published, { serviceurl: attacker.url });
    const response = await postActivity(running.url, forgedApproval(running.requestId, attacker.url), {
      authorization: `Bearer ${token}`,
    });
    await refusedWith(response, 403, "untrusted service url");
    await expectUntouched(running);
    expect(attacker.calls).toHaveLength(0);
  });
});
