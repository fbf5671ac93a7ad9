/**
 * npm run bench: every benchmark in one run on this machine, printed as medians, tails and
 * ratios. Only loopback traffic; every server started here is stopped.
 */
import { benchBot } from "./bot.bench.ts";
import { benchClassifier } from "./classifier.bench.ts";
import { benchRequests } from "./requests.bench.ts";
import { benchSlack } from "./slack.bench.ts";
import { benchSlackBurst } from "./slack-burst.bench.ts";
import { benchSlackBurstPostgres } from "./slack-burst-postgres.bench.ts";
import { benchStore } from "./store.bench.ts";

const sections: [string, () => Promise<unknown>][] = [
  ["assistant (in process)", () => benchBot()],
  ["intent classifiers: training and classify time", () => benchClassifier()],
  ["request log: submission latency by log size", () => benchRequests()],
  ["Slack endpoint vs bare Node http (loopback)", () => benchSlack()],
  ["Slack: 400 modal submissions at once, 3,000 requests in the log (ack times)", () => benchSlackBurst()],
  ["store: submission latency, file store and PostgreSQL side by side", () => benchStore()],
  [
    "Slack on PostgreSQL: 400 modal submissions at once over two instances, 10,000 requests stored",
    () => benchSlackBurstPostgres(),
  ],
];

for (const [name, run] of sections) {
  console.log(`\n## ${name}`);
  console.table(await run());
}
