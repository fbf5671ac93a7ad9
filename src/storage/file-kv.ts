import path from "node:path";
import { z } from "zod";
import type { Logger } from "../log.ts";
import { JsonFile } from "./json-file.ts";
import type { KeyValuePort } from "./port.ts";

/**
 * The key-value space in files: one validated, locked, atomic JSON file per namespace
 * (DATA_DIR/state-<namespace>.json), expired entries dropped whenever the file is written.
 */

const Namespace = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/);
const Key = z
  .string()
  .min(1)
  .max(500)
  .refine((key) => !(key in Object.prototype), "reserved key");
const Entry = z.strictObject({ value: z.unknown(), expiresAt: z.number().int().optional() });
const SpaceFile = z.strictObject({ version: z.literal(1), entries: z.record(z.string(), Entry) });
type SpaceFile = z.infer<typeof SpaceFile>;

export function fileKeyValue(dataDir: string, logger: Logger): KeyValuePort {
  const spaces = new Map<string, JsonFile<SpaceFile>>();
  const space = (namespace: string) => {
    const name = Namespace.parse(namespace);
    let file = spaces.get(name);
    if (!file) {
      file = new JsonFile(path.join(dataDir, `state-${name}.json`), SpaceFile, empty, logger);
      spaces.set(name, file);
    }
    return file;
  };
  const live = (entry: z.infer<typeof Entry> | undefined, now: Date) =>
    entry !== undefined && (entry.expiresAt === undefined || entry.expiresAt > now.getTime());
  const entryOf = (value: unknown, now: Date, ttlMs?: number) => ({
    // Stored as it will be read back: plain JSON.
    value: JSON.parse(JSON.stringify(value)) as unknown,
    ...(ttlMs !== undefined && { expiresAt: now.getTime() + ttlMs }),
  });
  const sweep = (data: SpaceFile, now: Date) => {
    for (const [key, entry] of Object.entries(data.entries)) if (!live(entry, now)) delete data.entries[key];
  };
  return {
    async get(namespace, key, now) {
      const { entries } = await space(namespace).read();
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      return live(entry, now) ? entry?.value : undefined;
    },
    async set(namespace, key, value, { now, ttlMs }) {
      const valid = Key.parse(key);
      const entry = entryOf(value, now, ttlMs);
      await space(namespace).update((data) => {
        sweep(data, now);
        data.entries[valid] = entry;
        return true;
      });
    },
    async setIfAbsent(namespace, key, value, { now, ttlMs }) {
      const valid = Key.parse(key);
      const entry = entryOf(value, now, ttlMs);
      let set = false;
      await space(namespace).update((data) => {
        const current = Object.hasOwn(data.entries, valid) ? data.entries[valid] : undefined;
        set = !live(current, now);
        if (!set) return false;
        sweep(data, now);
        data.entries[valid] = entry;
        return true;
      });
      return set;
    },
    async delete(namespace, key) {
      await space(namespace).update((data) => {
        if (!Object.hasOwn(data.entries, key)) return false;
        delete data.entries[key];
        return true;
      });
    },
    async entries(namespace, now) {
      const { entries } = await space(namespace).read();
      return Object.entries(entries)
        .filter(([, entry]) => live(entry, now))
        .map(([key, entry]) => [key, entry.value] as [string, unknown])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    },
  };
}

function empty(): SpaceFile {
  return { version: 1, entries: {} };
}
