import { z } from "zod";
import { DIALOG_NAMESPACE } from "../storage/file-store.ts";
import { DialogState, RequestLog } from "./log.ts";
import { type AppStore, fileStoreOf } from "./store.ts";

/**
 * Open dialog state (a request form half filled in) per conversation key, in the store's key-value
 * space: in the request log's file with the file store, in PostgreSQL with several instances, so
 * a form begun on one instance continues on another and survives a restart.
 */

export interface DialogStore {
  /** A copy of the state, free to change before `set`. */
  get(key: string): Promise<DialogState | undefined>;
  set(key: string, value: DialogState): Promise<void>;
  delete(key: string): Promise<void>;
}

/** "console:alice:console:alice"; never an inherited property name of a plain object. */
const DialogKey = z
  .string()
  .min(1)
  .max(500)
  .refine((key) => !(key in Object.prototype), "reserved key");

export function createDialogStore(
  source: AppStore | RequestLog,
  clock: () => Date = () => new Date(),
): DialogStore {
  const { kv } = source instanceof RequestLog ? fileStoreOf(source) : source;
  return {
    async get(key) {
      const stored = await kv.get(DIALOG_NAMESPACE, key, clock());
      if (stored === undefined) return undefined;
      // What another instance or version wrote is checked like any stored record.
      const state = DialogState.safeParse(stored);
      return state.success ? structuredClone(state.data) : undefined;
    },
    async set(key, value) {
      const valid = DialogKey.parse(key);
      // Stored as it will be read back: plain JSON.
      const state = DialogState.parse(JSON.parse(JSON.stringify(value)));
      await kv.set(DIALOG_NAMESPACE, valid, state, { now: clock() });
    },
    async delete(key) {
      await kv.delete(DIALOG_NAMESPACE, key);
    },
  };
}
