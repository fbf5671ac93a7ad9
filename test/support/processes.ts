import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach } from "vitest";

/**
 * Child processes for end-to-end tests: each line of their standard output and error is kept with
 * the time it arrived, and every process a test started is killed afterwards if still running.
 */

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface Line {
  text: string;
  at: number;
}

export interface Child {
  process: ChildProcess;
  pid: number;
  stdout: Line[];
  stderr: Line[];
  /** Processes it started that outlive it when it is killed (the server behind npm): killed with it. */
  descendants: number[];
  /** Resolves with the first line (on either stream) that `match` accepts, checking past lines too. */
  waitFor(match: (line: string) => boolean, timeoutMs?: number): Promise<Line>;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** Processes killed after the test that started them, and after the file (`scope: "file"`). */
const started: Child[] = [];
const startedForFile: Child[] = [];

async function killAll(children: Child[]): Promise<void> {
  for (const child of children.splice(0)) {
    if (child.process.exitCode === null && child.process.signalCode === null) {
      child.process.kill("SIGKILL");
      await child.exited;
    }
    for (const pid of child.descendants) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }
}

afterEach(() => killAll(started));
afterAll(() => killAll(startedForFile));

export function start(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
  scope: "test" | "file" = "test",
): Child {
  const proc = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  if (proc.pid === undefined) throw new Error(`could not start ${command}`);
  const stdout: Line[] = [];
  const stderr: Line[] = [];
  const waiters = new Set<() => void>();
  const collect = (into: Line[]) => {
    let rest = "";
    return (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      for (const text of lines) into.push({ text, at: performance.now() });
      for (const wake of waiters) wake();
    };
  };
  proc.stdout?.on("data", collect(stdout));
  proc.stderr?.on("data", collect(stderr));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) => {
      proc.once("exit", (code, signal) => {
        resolve({ code, signal, at: performance.now() });
        for (const wake of waiters) wake();
      });
    },
  );
  const child: Child = {
    process: proc,
    pid: proc.pid,
    stdout,
    stderr,
    descendants: [],
    exited,
    waitFor(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = [...stdout, ...stderr].find((l) => match(l.text));
          if (line) finish(() => resolve(line));
          else if (proc.exitCode !== null || proc.signalCode !== null)
            finish(() => reject(new Error(`process ended first:\n${describe(child)}`)));
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`timed out waiting:\n${describe(child)}`))),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
  };
  (scope === "file" ? startedForFile : started).push(child);
  return child;
}

/** A TypeScript file of the project run by Node with the tsx loader, as the npm scripts do. */
export function startTs(
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
  scope: "test" | "file" = "test",
): Child {
  return start(process.execPath, ["--import", "tsx", script, ...args], env, scope);
}

function describe(child: Child): string {
  return [...child.stdout, ...child.stderr]
    .map((l) => l.text)
    .join("\n")
    .slice(-2_000);
}

/** True while a process with this pid exists (a zombie counts until its parent reaps it). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A server process as it announced itself in its "server listening" log line. */
export interface ServerProcess extends Child {
  url: string;
  /** The server's own pid (behind npm it differs from `pid`). */
  serverPid: number;
}

/** Waits for a started server to listen; it must be started with PORT=0 and HOST=127.0.0.1. */
export async function listening(child: Child, timeoutMs = 40_000): Promise<ServerProcess> {
  const line = await child.waitFor((text) => text.includes('"server listening"'), timeoutMs);
  const { url, pid } = JSON.parse(line.text) as { url: string; pid: number };
  if (pid !== child.pid) child.descendants.push(pid);
  return { ...child, url, serverPid: pid };
}

/** Resolves once nothing accepts connections at `url` any more. */
export async function refused(url: string, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await fetch(`${url}/healthz`).then(
      () => true,
      () => false,
    );
    if (!answered) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
