import type { z } from "zod";
import type { Logger } from "../log.ts";
import type { KeyValuePort } from "./port.ts";

/**
 * A small document of keyed maps (the adapters' delivery addresses: Slack HR messages, Teams
 * conversation references) kept in the key-value space, one entry per map key, so several
 * instances share it: the same `read` / `update` as a `JsonFile`. Each key is written on its own
 * (the last writer of a key wins); these are addresses that any instance writes the same way.
 */

export interface DocumentStore<T> {
  read(): Promise<T>;
  update(change: (data: T) => boolean): Promise<void>;
}

export interface KvDocumentOptions<T> {
  kv: KeyValuePort;
  /** Namespaces are `${prefix}-${field}`. */
  prefix: string;
  /** The fields that are maps (by key), and the fields that are single values. */
  maps: readonly string[];
  scalars?: readonly string[];
  schema: z.ZodType<T>;
  empty: () => T;
  logger: Logger;
  clock?: () => Date;
}

type Loose = Record<string, unknown>;

export function kvDocument<T>(options: KvDocumentOptions<T>): DocumentStore<T> {
  const { kv, prefix, maps, schema, logger } = options;
  const scalars = options.scalars ?? [];
  const clock = options.clock ?? (() => new Date());
  const namespace = (field: string) => `${prefix}-${field}`;

  async function load(): Promise<Loose> {
    const now = clock();
    const data: Loose = { ...(options.empty() as Loose) };
    for (const field of maps) data[field] = Object.fromEntries(await kv.entries(namespace(field), now));
    for (const field of scalars) {
      const value = await kv.get(namespace("value"), field, now);
      if (value !== undefined) data[field] = value;
    }
    return data;
  }

  async function read(): Promise<T> {
    const parsed = schema.safeParse(await load());
    if (parsed.success) return parsed.data;
    logger.error({ store: prefix }, "unreadable stored document; starting afresh");
    return options.empty();
  }

  return {
    read,
    async update(change) {
      const data = await read();
      const before = structuredClone(data) as Loose;
      if (!change(data)) return;
      const after = data as Loose;
      const now = clock();
      for (const field of maps) {
        const was = (before[field] ?? {}) as Loose;
        const is = (after[field] ?? {}) as Loose;
        for (const [key, value] of Object.entries(is)) {
          if (JSON.stringify(was[key]) !== JSON.stringify(value))
            await kv.set(namespace(field), key, value, { now });
        }
        for (const key of Object.keys(was))
          if (!Object.hasOwn(is, key)) await kv.delete(namespace(field), key);
      }
      for (const field of scalars) {
        if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
        if (after[field] === undefined) await kv.delete(namespace("value"), field);
        else await kv.set(namespace("value"), field, after[field], { now });
      }
    },
  };
}
