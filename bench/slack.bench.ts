import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import {
  eventCallback,
  imMessage,
  nowSeconds,
  type SlackBody,
  signature,
  startSlackTestServer,
} from "../test/support/slack.ts";

/**
 * Throughput and latency of the Slack endpoint: signed message events against the real server
 * (Bolt, signature check, ack, then the bot's answer posted to a local fake Web API), side by
 * side with a bare Node http server answering 200 on the same machine in the same run.
 * Loopback only; bounded in count and time.
 */

export interface SlackBenchOptions {
  requests?: number;
  concurrency?: number;
  /** Each phase stops at this time even if not all requests were sent. */
  timeLimitMs?: number;
}

interface Prepared {
  body: string;
  headers: Record<string, string>;
}

interface LoadResult {
  requests: number;
  failed: number;
  seconds: number;
  requestsPerSecond: number;
  medianMs: number;
  p99Ms: number;
}

const QUESTIONS = [
  "what is the mobility target?",
  "all indicators",
  "hello",
  "women in P5 and above: target?",
];

function prepare(count: number): Prepared[] {
  const timestamp = nowSeconds();
  return Array.from({ length: count }, (_, i) => {
    const message: SlackBody = eventCallback(
      imMessage({ channel: `D0BENCH${i % 50}`, text: QUESTIONS[i % QUESTIONS.length] ?? "hello" }),
    );
    return {
      body: message.body,
      headers: {
        "content-type": message.contentType,
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": signature(message.body, timestamp),
      },
    };
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Sends the prepared requests with `concurrency` in flight, timing each. */
async function load(url: string, prepared: Prepared[], concurrency: number, timeLimitMs: number) {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < prepared.length && performance.now() - started < timeLimitMs) {
      const request = prepared[next++];
      if (!request) break;
      const t0 = performance.now();
      try {
        const response = await fetch(url, { method: "POST", headers: request.headers, body: request.body });
        await response.arrayBuffer();
        if (response.status !== 200) failed += 1;
      } catch {
        failed += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const result: LoadResult = {
    requests: latencies.length,
    failed,
    seconds: round(seconds),
    requestsPerSecond: round(latencies.length / seconds),
    medianMs: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
  };
  return { result, started };
}

async function bareServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function benchSlack(options: SlackBenchOptions = {}): Promise<object> {
  const requests = options.requests ?? 2000;
  const concurrency = options.concurrency ?? 20;
  const timeLimitMs = options.timeLimitMs ?? 60_000;

  const slack = await startSlackTestServer({ logLevel: "silent" });
  const bare = await bareServer();
  try {
    // Warm up both (JIT, auth.test, connection pool) outside the measurement.
    await load(`${slack.url}/slack/events`, prepare(50), concurrency, timeLimitMs);
    await load(bare.url, prepare(50), concurrency, timeLimitMs);
    await slack.fake.waitFor("chat.postMessage", 50, 10_000);

    const answeredBefore = slack.fake.callsTo("chat.postMessage").length;
    const measured = await load(`${slack.url}/slack/events`, prepare(requests), concurrency, timeLimitMs);
    // Acks come first; the answers follow. Wait (bounded) until every one has been posted.
    await slack.fake
      .waitFor("chat.postMessage", answeredBefore + measured.result.requests, timeLimitMs)
      .catch(() => undefined);
    const answered = slack.fake.callsTo("chat.postMessage").length - answeredBefore;
    const answerSeconds = (performance.now() - measured.started) / 1000;

    const baseline = await load(bare.url, prepare(requests), concurrency, timeLimitMs);
    return {
      requests,
      concurrency,
      slack: {
        ...measured.result,
        answersPosted: answered,
        answersPerSecond: round(answered / answerSeconds),
      },
      bareNodeHttp: baseline.result,
      ratio: {
        throughput: round(baseline.result.requestsPerSecond / measured.result.requestsPerSecond),
        medianLatency: round(measured.result.medianMs / baseline.result.medianMs),
        p99Latency: round(measured.result.p99Ms / baseline.result.p99Ms),
      },
    };
  } finally {
    await bare.close();
    await slack.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchSlack();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
