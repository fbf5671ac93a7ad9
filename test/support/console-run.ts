import { spawn } from "node:child_process";
import { PROJECT_ROOT } from "./processes.ts";

/** A console run is killed after this long: a hung console fails its test instead of the suite. */
export const RUN_TIMEOUT_MS = 45_000;

export interface ConsoleRun {
  stdout: string;
  stderr: string;
  code: number | null;
  timedOut: boolean;
}

/**
 * `npm start`'s entry point (`node --import tsx src/main.ts`) with piped, non-terminal standard
 * input, as an evaluator runs it: no platform credentials, the data directory and settings given.
 */
export function runConsole(options: {
  dataDir: string;
  args?: readonly string[];
  input: string;
  env?: Record<string, string>;
}): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...(options.args ?? [])], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATA_DIR: options.dataDir,
        LOG_LEVEL: "warn",
        SLACK_BOT_TOKEN: "",
        SLACK_SIGNING_SECRET: "",
        SLACK_APP_TOKEN: "",
        MicrosoftAppId: "",
        MicrosoftAppPassword: "",
        ...options.env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, RUN_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, timedOut });
    });
    child.stdin.end(options.input);
  });
}

/** The lines as typed, one per line, the last one ended. */
export const typed = (lines: readonly string[]): string => `${lines.join("\n")}\n`;
