import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { INTENTS } from "../../intents/index.ts";
import { createAssistant } from "../../src/app.ts";
import { silentLogger } from "../../src/log.ts";
import { RequestRecord } from "../../src/requests/model.ts";
import { openRequestServices } from "../../src/requests/services.ts";

/**
 * Command utterances, each said once by staff or HR over a request log seeded with the six
 * requests the sets refer to: is the right intent chosen, and does nothing change from a typed
 * command before it is confirmed?
 */
export const CommandCase = z.object({
  id: z.string(),
  lang: z.string(),
  role: z.enum(["staff", "hr"]),
  text: z.string(),
  expect: z.object({ intent: z.string(), acts: z.boolean() }),
  note: z.string().optional(),
});
export type CommandCase = z.infer<typeof CommandCase>;

export function readCommandCases(file: string): CommandCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => CommandCase.parse(JSON.parse(line)));
}

const NOW = "2026-11-23T09:00:00.000Z";
const STAFF = { platform: "console" as const, userId: "staff1", name: "Sam Staff" };
const HR = { platform: "console" as const, userId: "hr1", name: "Hana HR" };

const SEED: [id: string, type: string, status: string, subject: string][] = [
  ["FWA-2026-0001", "flexible-work", "submitted", "Telework on Mondays"],
  ["LRN-2026-0002", "learning", "more-info-requested", "Data analysis course"],
  ["MOB-2026-0003", "mobility", "approved", "Geneva to Bangkok"],
  ["ERV-2026-0004", "early-recruitment", "approved", "Senior Economist"],
  ["REC-2026-0005", "recognition", "rejected", "Team award"],
  ["JDR-2026-0006", "job-description", "submitted", "Statistician P3"],
];

function seedRecords(): RequestRecord[] {
  return SEED.map(([id, type, status, subject]) =>
    RequestRecord.parse({
      id,
      type,
      requester: STAFF,
      subject,
      fields: {},
      status,
      createdAt: NOW,
      updatedAt: NOW,
      idempotencyKey: `seed-${id}`,
      history: [{ at: NOW, by: STAFF, action: "submit", status: "submitted" }],
    }),
  );
}

export interface CommandResult {
  case: CommandCase;
  /** The intent as the reply shows it; a started form counts as "submit:<type>". */
  got: string;
  acted: boolean;
  passed: boolean;
}

/** What an expected label accepts: "strategy" is any answer about the strategy itself. */
function matches(expected: string, got: string): boolean {
  if (expected === "strategy") {
    const group = INTENTS.find((i) => i.id === got)?.routing.group;
    return group === "topic" || group === "strategy" || group === "decline";
  }
  return expected === got;
}

export async function runCommandCases(cases: readonly CommandCase[]): Promise<CommandResult[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "hr-commands-"));
  const requests = await openRequestServices({
    dataDir,
    hrUsers: [`console:${HR.userId}`],
    logger: silentLogger,
    clock: () => new Date(NOW),
  });
  try {
    await requests.log.change((draft) => {
      draft.requests.push(...seedRecords());
      return { result: undefined, write: true };
    });
    const { bot } = createAssistant({ requests });
    const results: CommandResult[] = [];
    for (const c of cases) {
      const before = JSON.stringify((await requests.log.snapshot()).requests);
      const who = c.role === "hr" ? HR : STAFF;
      const conversation = { id: `eval-${c.id}`, kind: "direct" as const };
      const reply = await bot.handle({
        platform: "console",
        user: { id: who.userId, name: who.name },
        conversation,
        text: c.text,
      });
      const dialogs = (await requests.log.snapshot()).dialogs;
      const form = Object.values(dialogs).find((d) => d.kind === "request-form");
      const got =
        reply.intent === "request_form" && typeof form?.type === "string"
          ? `submit:${form.type}`
          : reply.intent;
      const after = (await requests.log.snapshot()).requests;
      const acted = JSON.stringify(after) !== before;
      // Each case starts from the seed: no open form, no pending confirmation, no change.
      await requests.log.change((draft) => {
        draft.requests = seedRecords();
        draft.dialogs = {};
        draft.outbox = [];
        return { result: undefined, write: true };
      });
      results.push({ case: c, got, acted, passed: matches(c.expect.intent, got) && !acted });
    }
    return results;
  } finally {
    await requests.log.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
