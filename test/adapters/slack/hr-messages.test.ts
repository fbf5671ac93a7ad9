import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { HR_MESSAGES_FILE, type HrMessage, HrMessageStore } from "../../../src/adapters/slack/hr-messages.ts";
import { silentLogger } from "../../../src/log.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "slack-messages-"));
  dirs.push(dir);
  return dir;
}

const message = (ts: string): HrMessage => ({
  channel: "C0HR",
  ts,
  text: "New request FWA-2026-0001 awaits review",
  blocks: [{ type: "section", text: { type: "mrkdwn", text: "x" } }],
});

describe("the HR message store", () => {
  it("remembers a request's message across instances (a restart), the latest one winning", async () => {
    const dir = tempDir();
    await new HrMessageStore(dir, silentLogger).remember("FWA-2026-0001", message("1.1"));
    await new HrMessageStore(dir, silentLogger).remember("FWA-2026-0001", message("1.2"));
    expect(await new HrMessageStore(dir, silentLogger).recall("FWA-2026-0001")).toEqual(message("1.2"));
    expect(await new HrMessageStore(dir, silentLogger).recall("FWA-2026-0002")).toBeUndefined();
  });

  it("forgets, and keeps every change when two instances write at once", async () => {
    const dir = tempDir();
    const [a, b] = [new HrMessageStore(dir, silentLogger), new HrMessageStore(dir, silentLogger)];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).remember(`FWA-2026-000${i}`, message(`1.${i}`))),
    );
    await a.forget("FWA-2026-0003");
    const stored = JSON.parse(readFileSync(path.join(dir, HR_MESSAGES_FILE), "utf8")) as {
      messages: Record<string, unknown>;
    };
    expect(Object.keys(stored.messages).sort()).toEqual(
      ["0", "1", "2", "4", "5", "6", "7", "8", "9"].map((n) => `FWA-2026-000${n}`),
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"))).toEqual([]);
  });

  it("sets an unreadable file aside, logs it and starts afresh", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, HR_MESSAGES_FILE), '{"version":1,"messages":{"FWA-2026-0001":{"ts":');
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "warn" }, { write: (l: string) => void lines.push(JSON.parse(l)) });
    const store = new HrMessageStore(dir, logger);
    expect(await store.recall("FWA-2026-0001")).toBeUndefined();
    expect(lines[0]?.msg).toBe("unreadable data file set aside; starting afresh");
    expect(readdirSync(dir).some((name) => name.startsWith(`${HR_MESSAGES_FILE}.invalid-`))).toBe(true);
    await store.remember("FWA-2026-0002", message("1.3"));
    expect(await new HrMessageStore(dir, silentLogger).recall("FWA-2026-0002")).toEqual(message("1.3"));
  });
});
