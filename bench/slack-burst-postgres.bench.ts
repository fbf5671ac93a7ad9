import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { z } from "zod";
import { FormMeta, formModal } from "../src/adapters/slack/modals.ts";
import { createAssistant } from "../src/app.ts";
import { migrate } from "../src/storage/postgres/migrate.ts";
import { startPostgres } from "../test/support/postgres-server.ts";
import {
  BOT_TOKEN,
  nowSeconds,
  type OpenedView,
  SIGNING_SECRET,
  signature,
  startFakeSlackApi,
  viewSubmission,
} from "../test/support/slack.ts";
import { seededRecord } from "./requests.bench.ts";
import { quantile, round } from "./stats.ts";

/**
 * Slack's 3-second budget under a burst, on PostgreSQL: two real `serve` processes on one
 * database that already holds 10,000 requests, 400 signed view_submission posts at once split over
 * both (each half from a client process of its own). Reports the time to each acknowledgement,
 * then until all were recorded (in the database) and confirmed (posted to the fake Web API).
 */

const Acks = z.array(z.object({ ms: z.number(), ok: z.boolean() }));
const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

function burst(url: string, file: string): Promise<z.infer<typeof Acks>> {
  const client = fileURLToPath(new URL("./burst-client.mjs", import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [client, url, file], { maxBuffer: 1 << 24 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(Acks.parse(JSON.parse(stdout)));
    });
  });
}

/** Starts `serve` and resolves with its URL once it listens (bounded). */
function serve(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("serve did not start within 60 s")), 60_000);
    let rest = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.includes('"server listening"')) continue;
        clearTimeout(timer);
        resolve({ child, url: (JSON.parse(line) as { url: string }).url });
      }
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export async function benchSlackBurstPostgres(options: { submissions?: number; seeded?: number } = {}) {
  const submissions = options.submissions ?? 400;
  const seeded = options.seeded ?? 10_000;
  const server = await startPostgres();
  const fake = await startFakeSlackApi();
  const dir = mkdtempSync(path.join(tmpdir(), "hr-burst-pg-"));
  const children: ChildProcess[] = [];
  const url = `${server.adminUrl}/postgres`;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await migrate(pool);
    for (let from = 0; from < seeded; from += 5_000) {
      const records = Array.from({ length: Math.min(5_000, seeded - from) }, (_, i) =>
        seededRecord(from + i),
      );
      await pool.query(
        `INSERT INTO store_requests (id, requester_key, idempotency_key, status, created_at, updated_at, record)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::jsonb[])`,
        [
          records.map((r) => r.id),
          records.map((r) => `${r.requester.platform}:${r.requester.userId}`),
          records.map((r) => r.idempotencyKey),
          records.map((r) => r.status),
          records.map((r) => r.createdAt),
          records.map((r) => r.updatedAt),
          records.map((r) => JSON.stringify(r)),
        ],
      );
    }
    await pool.query("VACUUM (FREEZE, ANALYZE)");
    const env = (n: number) => ({
      DATABASE_URL: url,
      DATA_DIR: path.join(dir, `instance-${n}`),
      PORT: "0",
      HOST: "127.0.0.1",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_HR_CHANNEL: "C0HRCHANNEL",
      LOG_LEVEL: "warn",
    });
    // "server listening" is an info line: the instances log at info to be found, then quietly.
    const instances = await Promise.all([1, 2].map((n) => serve({ ...env(n), LOG_LEVEL: "info" })));
    children.push(...instances.map((i) => i.child));

    const { bot } = createAssistant();
    const form = bot.formFor("flexible-work", "en", "view");
    if (!form) throw new Error("no flexible-work form");
    const view = formModal(
      form,
      FormMeta.parse({ type: form.type, lang: "en", channel: "U0ALICE" }),
    ) as OpenedView;
    const values = {
      "field:forWhom": "self",
      "field:arrangement": "telework",
      "field:days": "Mondays and Fridays",
      "field:start": day(30),
      "field:end": day(120),
    };
    const timestamp = nowSeconds();
    const prepare = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const { body, contentType } = viewSubmission({
          view,
          values,
          viewId: `V0PG${from + i}`,
          user: "U0ALICE",
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
    const half = Math.ceil(submissions / 2);
    const files = [prepare(0, half), prepare(half, submissions - half)].map((prepared, i) => {
      const file = path.join(dir, `burst-${i}.json`);
      writeFileSync(file, JSON.stringify(prepared));
      return file;
    });
    const started = performance.now();
    const acks = (
      await Promise.all(instances.map((instance, i) => burst(`${instance.url}/slack/events`, files[i] ?? "")))
    ).flat();
    const times = acks.map((a) => a.ms);
    let recordedMs = Number.NaN;
    let confirmedMs = Number.NaN;
    const confirmations = () =>
      fake
        .callsTo("chat.postMessage")
        .filter((c) => c.body.channel === "U0ALICE" && String(c.body.text).includes("Submitted:")).length;
    while (performance.now() - started < 120_000 && Number.isNaN(confirmedMs)) {
      if (Number.isNaN(recordedMs)) {
        const { rows } = await pool.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM store_requests WHERE id LIKE 'FWA-%'",
        );
        if ((rows[0]?.n ?? 0) >= submissions) recordedMs = performance.now() - started;
      }
      if (confirmations() >= submissions) confirmedMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      instances: instances.length,
      submissions,
      seeded,
      acksOk: acks.filter((a) => a.ok).length,
      ackMedianMs: round(quantile(times, 0.5), 1),
      ackP99Ms: round(quantile(times, 0.99), 1),
      ackMaxMs: round(Math.max(...times), 1),
      within3s: times.filter((ms) => ms < 3_000).length,
      allRecordedAfterS: round(recordedMs / 1000, 1),
      allConfirmedAfterS: round(confirmedMs / 1000, 1),
      confirmations: confirmations(),
    };
  } finally {
    for (const child of children) child.kill("SIGKILL");
    await pool.end();
    await fake.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await benchSlackBurstPostgres(), null, 2)}\n`);
}
