import { z } from "zod";
import { DialogState, type RequestLog } from "./log.ts";

/**
 * Open dialog state (a request form half filled in) per conversation key, kept in the request log's
 * file under its lock, so a form survives a restart and both share one consistent store.
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

export function createDialogStore(log: RequestLog): DialogStore {
  return {
    async get(key) {
      const dialogs = (await log.snapshot()).dialogs;
      const state = Object.hasOwn(dialogs, key) ? dialogs[key] : undefined;
      return state && structuredClone(state);
    },
    async set(key, value) {
      const valid = DialogKey.parse(key);
      // Stored as it will be read back: plain JSON.
      const state = DialogState.parse(JSON.parse(JSON.stringify(value)));
      await log.change((draft) => {
        draft.dialogs[valid] = state;
        return { result: undefined, write: true };
      });
    },
    async delete(key) {
      await log.change((draft) => {
        const present = Object.hasOwn(draft.dialogs, key);
        if (present) delete draft.dialogs[key];
        return { result: undefined, write: present };
      });
    },
  };
}
