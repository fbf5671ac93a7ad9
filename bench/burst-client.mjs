// The load of the burst benchmark, in a process of its own (as Slack is not in the server's):
// posts every prepared request at once and prints each one's time to its response, as JSON.
import { readFileSync } from "node:fs";

const [url, file] = process.argv.slice(2);
const prepared = JSON.parse(readFileSync(file, "utf8"));
const results = await Promise.all(
  prepared.map(async ({ body, headers }) => {
    const t0 = performance.now();
    try {
      const response = await fetch(url, { method: "POST", headers, body });
      const text = await response.text();
      return { ms: performance.now() - t0, ok: response.status === 200 && text === "" };
    } catch {
      return { ms: performance.now() - t0, ok: false };
    }
  }),
);
process.stdout.write(JSON.stringify(results));
