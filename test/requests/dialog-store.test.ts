import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDialogStore } from "../../src/requests/dialog-store.ts";
import { CorruptLogError, LogFile, REQUEST_LOG_FILE } from "../../src/requests/log.ts";
import { openLog, tempDir } from "../requests/helpers.ts";

const KEY = "console:alice:console:alice";

describe("the dialog store", () => {
  it("keeps, replaces and deletes the state of a conversation in the request log's file", async () => {
    const log = await openLog(tempDir());
    const store = createDialogStore(log);
    expect(await store.get(KEY)).toBeUndefined();
    await store.set(KEY, { type: "flexible-work", step: 2, fields: { pattern: "4x9" } });
    expect(await store.get(KEY)).toEqual({ type: "flexible-work", step: 2, fields: { pattern: "4x9" } });
    expect(LogFile.parse(JSON.parse(readFileSync(log.file, "utf8"))).dialogs).toEqual({
      [KEY]: { type: "flexible-work", step: 2, fields: { pattern: "4x9" } },
    });
    await store.set(KEY, { type: "flexible-work", step: 3 });
    expect(await store.get(KEY)).toEqual({ type: "flexible-work", step: 3 });
    await store.delete(KEY);
    expect(await store.get(KEY)).toBeUndefined();
    await store.delete(KEY);
  });

  it("survives a restart", async () => {
    const dir = tempDir();
    await createDialogStore(await openLog(dir)).set(KEY, {
      step: 1,
      startedAt: new Date("2026-03-02T09:00:00Z"),
    });
    const again = createDialogStore(await openLog(dir));
    expect(await again.get(KEY)).toEqual({ step: 1, startedAt: "2026-03-02T09:00:00.000Z" });
  });

  it("hands out a copy that can be changed freely", async () => {
    const store = createDialogStore(await openLog(tempDir()));
    await store.set(KEY, { fields: { a: "1" } });
    const state = await store.get(KEY);
    if (!state) throw new Error("missing state");
    (state.fields as Record<string, string>).a = "2";
    expect(await store.get(KEY)).toEqual({ fields: { a: "1" } });
  });

  it("refuses keys that are not plain names", async () => {
    const store = createDialogStore(await openLog(tempDir()));
    await expect(store.set("", {})).rejects.toThrow();
    await expect(store.set("__proto__", {})).rejects.toThrow();
    expect(await store.get("constructor")).toBeUndefined();
  });

  it("is validated when read: a state that is not a record stops start-up", async () => {
    const dir = tempDir();
    const { writeFileSync } = await import("node:fs");
    const path = await import("node:path");
    writeFileSync(
      path.join(dir, REQUEST_LOG_FILE),
      JSON.stringify({ version: 1, requests: [], outbox: [], dialogs: { [KEY]: "not a record" } }),
    );
    const error = await openLog(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptLogError);
    expect((error as CorruptLogError).at).toBe(`dialogs.${KEY}`);
  });
});
