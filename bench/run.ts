/**
 * npm run bench: every benchmark in one run on this machine, printed as medians, tails and
 * ratios. Only loopback traffic; every server started here is stopped.
 */
import { benchBot } from "./bot.bench.ts";

const sections: [string, () => Promise<unknown>][] = [["assistant (in process)", () => benchBot()]];

for (const [name, run] of sections) {
  console.log(`\n## ${name}`);
  console.table(await run());
}
