import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { nowSeconds, signature, viewSubmission } from "../test/support/slack.ts";
import { ALICE, openSlackRequests, seedRequests } from "../test/support/slack-requests.ts";

/**
 * Slack's 3-second budget under a burst: `submissions` signed view_submission posts at once
 * against the real server, with `seeded` requests already in the log. Reports the time to each
 * acknowledgement (what Slack waits for), then how long until all were recorded and confirmed
 * through the outbox. Loopback only; every server is stopped.
 */

export interface SlackBurstOptions {
  submissions?: number;
  seeded?: number;
  timeLimitMs?: number;
}

const Acks = z.array(z.object({ ms: z.number(), ok: z.boolean() }));

/** The client runs in a process of its own, so its work is not counted in the server's time. */
function loadFromAnotherProcess(url: string, file: string): Promise<z.infer<typeof Acks>> {
  const client = fileURLToPath(new URL("./burst-client.mjs", import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [client, url, file], { maxBuffer: 1 << 24 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(Acks.parse(JSON.parse(stdout)));
    });
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export async function benchSlackBurst(options: SlackBurstOptions = {}): Promise<object> {
  const submissions = options.submissions ?? 400;
  const seeded = options.seeded ?? 3000;
  const timeLimitMs = options.timeLimitMs ?? 120_000;
  const world = await openSlackRequests();
  try {
    await seedRequests(world.requests, seeded);
    const dispatcher = world.dispatcher({ pollMs: 50 });
    dispatcher.start();
    // Warm up (authorization, JIT) with one submission outside the measurement.
    await world.submit("V0BENCHWARM");
    const timestamp = nowSeconds();
    const prepared = Array.from({ length: submissions }, (_, i) => {
      const { body, contentType } = viewSubmission({
        view: world.view,
        values: VALID_VALUES,
        viewId: `V0BENCH${i}`,
      });
      return {
        body,
        headers: {
          "content-type": contentType,
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": signature(body, timestamp),
        },
      };
    });
    const file = path.join(world.dir, "burst.json");
    writeFileSync(file, JSON.stringify(prepared));
    const started = performance.now();
    const acks = await loadFromAnotherProcess(`${world.slack.url}/slack/events`, file);
    const sorted = acks.map((a) => a.ms).sort((a, b) => a - b);
    const expected = submissions + 1;
    let recordedMs = Number.NaN;
    let confirmedMs = Number.NaN;
    while (performance.now() - started < timeLimitMs && Number.isNaN(confirmedMs)) {
      if (Number.isNaN(recordedMs)) {
        const count = (await world.all()).filter((r) => r.id.startsWith("FWA-2026-")).length;
        if (count >= expected) recordedMs = performance.now() - started;
      }
      if (world.postsTo(ALICE, "Submitted:").length >= expected) confirmedMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      submissions,
      seeded,
      acksOk: acks.filter((a) => a.ok).length,
      ackMedianMs: round(percentile(sorted, 50)),
      ackP99Ms: round(percentile(sorted, 99)),
      ackMaxMs: round(sorted.at(-1) ?? Number.NaN),
      allRecordedAfterS: round(recordedMs / 1000),
      allConfirmedAfterS: round(confirmedMs / 1000),
      confirmations: world.postsTo(ALICE, "Submitted:").length - 1,
    };
  } finally {
    await world.close();
  }
}

const VALID_VALUES = {
  "field:forWhom": "self",
  "field:arrangement": "telework",
  "field:days": "Mondays and Fridays",
  "field:start": "2026-04-01",
  "field:end": "2026-09-30",
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await benchSlackBurst(), null, 2)}\n`);
}
