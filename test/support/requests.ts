import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { type Assistant, createAssistant } from "../../src/app.ts";
import type { Incoming, Reply } from "../../src/bot/messages.ts";
import { toPlainText } from "../../src/bot/plain-text.ts";
import { silentLogger } from "../../src/log.ts";
import type { RequestRecord } from "../../src/requests/model.ts";
import { type FileRequestServices, openRequestServices } from "../../src/requests/services.ts";

/**
 * A bot over a real request log in a temporary directory, with a clock that stands still on
 * 23 November 2026 (so "past" and "future" dates are exact), and people who talk to it.
 */

export const NOW = "2026-11-23T09:00:00.000Z";
export const HR_USER = "hr1";
export const HR_USERS = [`console:${HR_USER}`];

export interface World {
  dataDir: string;
  requests: FileRequestServices;
  assistant: Assistant;
  /** Stops this bot (closes its log); the data directory stays for `reopen`. */
  close(): Promise<void>;
  /** A new RequestServices and assistant over the same data directory: a restart. */
  reopen(): Promise<World>;
  /** Someone talking to this bot, in their own direct conversation. */
  person(id: string, name?: string): Person;
  /** A stored request as it is in the log, whoever owns it. */
  record(id: string): Promise<RequestRecord | undefined>;
  all(): Promise<RequestRecord[]>;
}

export interface Said {
  reply: Reply;
  text: string;
}

export interface Person {
  id: string;
  say(text: string): Promise<Said>;
  /** Anything else this person sends: a whole form, a decision button. */
  send(extra: Partial<Incoming>): Promise<Said>;
}

const dirs: string[] = [];
const open: World[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((world) => world.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function openOn(dataDir: string, options: WorldOptions = {}): Promise<World> {
  const requests = await openRequestServices({
    dataDir,
    hrUsers: HR_USERS,
    logger: silentLogger,
    clock: options.clock ?? (() => new Date(NOW)),
  });
  const assistant = createAssistant({ requests });
  let closed = false;
  const world: World = {
    dataDir,
    requests,
    assistant,
    async close() {
      if (closed) return;
      closed = true;
      await requests.log.close();
    },
    reopen: () => openOn(dataDir),
    person(id, name) {
      const send = async (extra: Partial<Incoming>): Promise<Said> => {
        const reply = await assistant.bot.handle({
          platform: "console",
          user: { id, ...(name ? { name } : {}) },
          conversation: { id: `console:${id}`, kind: "direct" },
          ...extra,
        });
        return { reply, text: toPlainText(reply) };
      };
      return { id, send, say: (text) => send({ text }) };
    },
    async record(id) {
      return (await requests.log.snapshot()).requests.find((r) => r.id === id);
    },
    async all() {
      return [...(await requests.log.snapshot()).requests];
    },
  };
  open.push(world);
  return world;
}

export interface WorldOptions {
  /** The application's clock (default: standing still at NOW). */
  clock?: () => Date;
}

/** A fresh world in a new temporary directory, removed after the test. */
export async function openWorld(options: WorldOptions = {}): Promise<World> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hr-dialog-"));
  dirs.push(dir);
  return openOn(dir, options);
}

/** Says each line in turn and returns the last answer. */
export async function sayAll(person: Person, lines: readonly string[]): Promise<Said> {
  let last: Said | undefined;
  for (const line of lines) last = await person.say(line);
  if (!last) throw new Error("nothing was said");
  return last;
}

/** The answers that take a flexible-work request from its first message to the submitted record. */
export const FLEXIBLE_WORK = {
  first: "submit a flexible-work request for telework on Mondays and Fridays from 1 March to 31 August 2027",
  answers: ["me", "skip", "submit"],
};

/** Submits a flexible-work request through the dialog and returns its id. */
export async function submitFlexibleWork(person: Person): Promise<string> {
  await person.say(FLEXIBLE_WORK.first);
  const { reply } = await sayAll(person, FLEXIBLE_WORK.answers);
  if (reply.intent !== "request_submitted" || !reply.title) {
    throw new Error(`the flexible-work dialog did not submit: ${toPlainText(reply)}`);
  }
  return reply.title;
}

/** The request ids in a text, in order. */
export function requestIds(text: string): string[] {
  return [...text.matchAll(/\b[A-Z]{3}-\d{4}-\d{4}\b/g)].map((m) => m[0]);
}

/** What a manager types to submit an early-recruitment request through the dialog, answer by answer. */
export const EARLY_RECRUITMENT_SCRIPT = [
  "submit an early recruitment request",
  "Senior Economist, 12345",
  "P4",
  "30 June 2027",
  "retirement",
  "1 February 2027",
  "submit",
];

/**
 * Says a command with a side effect and confirms it: a typed command only proposes (nothing
 * changes until "confirm"). A command refused before any proposal returns that refusal.
 */
export async function sayConfirmed(person: Person, text: string): Promise<Said> {
  const proposed = await person.say(text);
  if (!proposed.text.includes("Nothing has changed yet") && !proposed.text.includes("目前尚未做任何更改")) {
    return proposed;
  }
  return person.say(proposed.reply.lang === "zh" ? "确认" : "confirm");
}
