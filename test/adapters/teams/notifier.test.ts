import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeamsNotifier, NoTeamsConversationError } from "../../../src/adapters/teams/notifier.ts";
import { parseConfig } from "../../../src/config.ts";
import { silentLogger } from "../../../src/log.ts";
import type { NotificationEvent } from "../../../src/notify/events.ts";
import { type FileRequestServices, openRequestServices } from "../../../src/requests/services.ts";

let dataDir: string;
let requests: FileRequestServices;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "teams-notifier-"));
  requests = await openRequestServices({ dataDir, hrUsers: [], logger: silentLogger });
});

afterEach(async () => {
  await requests.log.close();
  await rm(dataDir, { recursive: true, force: true });
});

function event(audience: NotificationEvent["audience"]): NotificationEvent {
  return {
    id: "FWA-2026-0001#2",
    kind: audience === "hr" ? "request-submitted" : "request-decided",
    requestId: "FWA-2026-0001",
    audience,
    createdAt: "2026-11-23T09:00:00.000Z",
  };
}

describe("createTeamsNotifier without a known conversation", () => {
  const notifier = () =>
    createTeamsNotifier({
      config: parseConfig({ NODE_ENV: "test", DATA_DIR: dataDir }),
      logger: silentLogger,
      requests,
    });

  it("rejects a requester's notification, so the outbox keeps it for later", async () => {
    await expect(
      notifier().deliver(event({ requester: { platform: "teams", userId: "never-wrote-to-the-bot" } })),
    ).rejects.toBeInstanceOf(NoTeamsConversationError);
  });

  it("rejects an HR notification while no HR conversation is set or registered", async () => {
    await expect(notifier().deliver(event("hr"))).rejects.toThrow(/register HR channel/);
  });
});
