/**
 * The intent classifier kept on disk between starts. Training on every example in four languages
 * is most of start-up; a model trained on the same examples, options and code is read back instead.
 * A file is used only when all of these agree: its key (a hash of the examples, the options and the
 * training code), a probe (the features the tokenizer gives today for a sample of the examples, so a
 * changed tokenizer or stemmer is never answered by an old model), its sizes and a digest of its
 * contents. Anything else — missing, stale, truncated, corrupt — means training, then rewriting it.
 * Files are written to a temporary name and renamed, so a crash mid-write leaves no partial model.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import type { Example } from "./classifier.ts";
import { DEFAULT_FEATURES, rawFeatures } from "./features.ts";
import { type ClassifierState, DEFAULT_LOGISTIC, LogisticClassifier, TRAINING_CODE } from "./logistic.ts";

const MAGIC = "HRSA-CLASSIFIER\n";
const FORMAT = 1;
/** Examples whose features make up the probe. */
const PROBE_SIZE = 64;

export type CacheOutcome = "loaded" | "trained";
/** Why a model was trained rather than loaded; "written" is false when the file could not be saved. */
export interface CacheReport {
  outcome: CacheOutcome;
  reason?: "missing" | "stale" | "corrupt";
  written?: boolean;
  ms: number;
}

const Header = z.object({
  format: z.literal(FORMAT),
  key: z.string().length(64),
  probe: z.string().length(64),
  endianness: z.enum(["LE", "BE"]),
  intents: z.array(z.string().min(1)).min(1),
  temperature: z.number().positive(),
  count: z.number().int().positive(),
  texts: z.number().int().positive(),
  // Strict: an option this schema does not know makes the file unusable rather than dropped on read.
  features: z.strictObject({
    wordNgrams: z.number().int(),
    latinChars: z.tuple([z.number().int(), z.number().int()]),
    hanChars: z.tuple([z.number().int(), z.number().int()]),
    charWeight: z.number(),
    weighting: z.enum(["log", "tfidf"]),
  }),
  dimension: z.number().int().positive(),
  digest: z.string().length(64),
});
type Header = z.infer<typeof Header>;

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** The examples, options and code a model depends on, as one hash. */
export function modelKey(examples: readonly Example[]): string {
  return sha256(
    JSON.stringify([
      FORMAT,
      DEFAULT_LOGISTIC,
      DEFAULT_FEATURES,
      TRAINING_CODE,
      examples.map((e) => [e.intent, e.text]),
    ]),
  );
}

/** What today's tokenizer makes of a sample of the examples. */
function probe(examples: readonly Example[]): string {
  const step = Math.max(1, Math.floor(examples.length / PROBE_SIZE));
  const hash = createHash("sha256");
  for (let i = 0; i < examples.length; i += step) {
    const features = [...rawFeatures(examples[i]?.text ?? "", DEFAULT_FEATURES)].sort((a, b) => a[0] - b[0]);
    hash.update(JSON.stringify(features));
  }
  return hash.digest("hex");
}

const pad8 = (n: number): number => Math.ceil(n / 8) * 8;

/** The classifier's arrays, one after another, each starting on an 8-byte boundary. */
function payload(state: ClassifierState): Buffer {
  const parts = [state.space.keys, state.space.idf, state.bias, state.weights];
  const out = Buffer.alloc(parts.reduce((n, p) => n + pad8(p.byteLength), 0));
  let at = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += pad8(p.byteLength);
  }
  return out;
}

function encode(state: ClassifierState, key: string, probeDigest: string): Buffer {
  const body = payload(state);
  const header: Header = {
    format: FORMAT,
    key,
    probe: probeDigest,
    endianness: os.endianness(),
    intents: state.intents,
    temperature: state.temperature,
    count: state.count,
    texts: state.space.texts,
    features: {
      ...state.space.options,
      latinChars: [...state.space.options.latinChars],
      hanChars: [...state.space.options.hanChars],
    },
    dimension: state.space.keys.length,
    digest: sha256(body),
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const head = Buffer.alloc(pad8(MAGIC.length + 4 + json.length));
  head.write(MAGIC, 0, "latin1");
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  return Buffer.concat([head, body]);
}

class Unusable extends Error {
  constructor(readonly reason: "stale" | "corrupt") {
    super(reason);
  }
}

/** Copies `count` elements of a typed array out of the file (which need not be aligned). */
function slice<T extends Int32Array | Float64Array>(
  make: new (n: number) => T,
  bytes: number,
  file: Buffer,
  at: number,
  count: number,
): T {
  const out = new make(count);
  if (at + count * bytes > file.length) throw new Unusable("corrupt");
  new Uint8Array(out.buffer).set(file.subarray(at, at + count * bytes));
  return out;
}

function decode(file: Buffer, key: string, examples: readonly Example[]): ClassifierState {
  if (file.length < MAGIC.length + 4 || file.toString("latin1", 0, MAGIC.length) !== MAGIC)
    throw new Unusable("corrupt");
  const length = file.readUInt32LE(MAGIC.length);
  let header: Header;
  try {
    header = Header.parse(JSON.parse(file.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + length)));
  } catch {
    throw new Unusable("corrupt");
  }
  if (header.key !== key || header.endianness !== os.endianness()) throw new Unusable("stale");
  const K = header.intents.length;
  const d = header.dimension;
  const start = pad8(MAGIC.length + 4 + length);
  const size = pad8(4 * d) + 8 * d + pad8(8 * K) + 8 * d * K;
  if (file.length !== start + size) throw new Unusable("corrupt");
  if (sha256(file.subarray(start)) !== header.digest) throw new Unusable("corrupt");
  if (header.probe !== probe(examples)) throw new Unusable("stale");
  let at = start;
  const keys = slice(Int32Array, 4, file, at, d);
  at += pad8(4 * d);
  const idf = slice(Float64Array, 8, file, at, d);
  at += 8 * d;
  const bias = slice(Float64Array, 8, file, at, K);
  at += pad8(8 * K);
  const weights = slice(Float64Array, 8, file, at, d * K);
  return {
    intents: header.intents,
    temperature: header.temperature,
    count: header.count,
    space: { options: header.features, keys, idf, texts: header.texts },
    weights,
    bias,
  };
}

export const cacheFile = (dir: string, key: string): string =>
  path.join(dir, `classifier-${key.slice(0, 16)}.bin`);

/** A temporary file older than this was left by a writer that crashed. */
const ABANDONED_MS = 60_000;
/**
 * Models kept, the newest: enough for checkouts sharing one node_modules or a test with examples
 * of its own, so they do not retrain in turn; few enough to stay small (about 8 MB each).
 */
const KEEP = 3;

/**
 * Writes the model, removing the oldest beyond KEEP and any temporary file a crashed writer
 * left; false when it cannot.
 */
function save(dir: string, file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
    const models: { path: string; time: number }[] = [];
    for (const name of fs.readdirSync(dir)) {
      const other = path.join(dir, name);
      if (!name.startsWith("classifier-") || other === file) continue;
      const time = fs.statSync(other).mtimeMs;
      if (name.endsWith(".tmp") && Date.now() - time > ABANDONED_MS) fs.rmSync(other, { force: true });
      else if (/^classifier-[0-9a-f]{16}\.bin$/.test(name)) models.push({ path: other, time });
    }
    models.sort((a, b) => b.time - a.time);
    for (const old of models.slice(KEEP - 1)) fs.rmSync(old.path, { force: true });
    return true;
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing was written where nothing can be written
    }
    return false;
  }
}

/**
 * The classifier for these examples: read from `dir` when a model trained on them is there,
 * else trained and saved there. Without a directory, always trained.
 */
export function cachedClassifier(
  examples: readonly Example[],
  dir: string | undefined,
): { classifier: LogisticClassifier; report: CacheReport } {
  const started = performance.now();
  if (!dir) {
    const classifier = new LogisticClassifier(examples);
    return { classifier, report: { outcome: "trained", ms: performance.now() - started } };
  }
  const key = modelKey(examples);
  const file = cacheFile(dir, key);
  let reason: CacheReport["reason"] = "missing";
  try {
    const state = decode(fs.readFileSync(file), key, examples);
    const classifier = new LogisticClassifier(examples, {}, state);
    return { classifier, report: { outcome: "loaded", ms: performance.now() - started } };
  } catch (error) {
    if (error instanceof Unusable) reason = error.reason;
    else if ((error as NodeJS.ErrnoException).code !== "ENOENT") reason = "corrupt";
  }
  const classifier = new LogisticClassifier(examples);
  const written = save(dir, file, encode(classifier.state(), key, probe(examples)));
  return { classifier, report: { outcome: "trained", reason, written, ms: performance.now() - started } };
}
