import type { Classification, Example } from "./classifier.ts";
import {
  type FeatureOptions,
  FeatureSpace,
  type FeatureSpaceState,
  rawFeatures,
  type SparseVector,
} from "./features.ts";

export interface LogisticOptions {
  features?: Partial<FeatureOptions>;
  /** L2 penalty λ on the weights (objective: mean log-loss + λ/2 ‖W‖²). */
  l2?: number;
  /**
   * SGD steps (one example each), rounded to whole passes over the examples. A fixed budget keeps
   * the model deterministic and start-up time bounded: more examples means fewer passes, each of
   * which tells the model more.
   */
  steps?: number;
  /** Initial SGD step; it decays as η₀ / (1 + η₀ λ t), the schedule that suits an L2 objective. */
  learningRate?: number;
  /** Seed of the example order shuffled before every pass. */
  seed?: number;
  /**
   * Softmax temperature: a number, or "cv" to fit it at start-up by minimising the log-loss of
   * cross-validated predictions on the examples (costs `folds` extra trainings, too slow for the
   * start-up budget; the default is the value "cv" finds on the project's examples, and a test
   * checks that it still does).
   */
  temperature?: number | "cv";
  /** Folds for the "cv" temperature. */
  folds?: number;
}

/**
 * Chosen by cross-validation on the project's examples (scripts/classifier-eval.ts). Four passes
 * over the 8,700 examples rather than the two start-up could once afford: with the model cached
 * on disk, training is paid once per change of examples, and two passes left the model so far from
 * converged that adding eight examples moved a dozen evaluation answers.
 */
export const DEFAULT_LOGISTIC: Required<Omit<LogisticOptions, "features">> = {
  l2: 3e-5,
  steps: 35000,
  learningRate: 2,
  seed: 1,
  temperature: 0.53,
  folds: 5,
};

/** A trained model, everything classifying needs: what a model cache keeps. */
export interface ClassifierState {
  intents: string[];
  temperature: number;
  /** How many examples trained it. */
  count: number;
  space: FeatureSpaceState;
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Multinomial logistic regression over words (optionally word bigrams) and character n-grams,
 * trained at start-up by seeded SGD; its scores are probabilities, calibrated by one softmax
 * temperature.
 * Same examples and options → the same model and outputs, bit for bit.
 */
export class LogisticClassifier {
  readonly intents: readonly string[];
  /** The fitted (or given) softmax temperature. */
  readonly temperature: number;
  private readonly space: FeatureSpace;
  /** Feature-major weights: the K weights of feature j are at j·K … j·K+K−1. */
  private readonly weights: Float64Array;
  private readonly bias: Float64Array;
  private readonly count: number;

  /** Trained on the examples, or, given the state of a model trained on them before, restored. */
  constructor(examples: readonly Example[], options: LogisticOptions = {}, trained?: ClassifierState) {
    if (trained) {
      this.count = trained.count;
      this.intents = [...trained.intents];
      this.space = new FeatureSpace(trained.space);
      this.weights = trained.weights;
      this.bias = trained.bias;
      this.temperature = trained.temperature;
      return;
    }
    const o = { ...DEFAULT_LOGISTIC, ...options };
    this.count = examples.length;
    // Intents in order of first appearance, so the model does not depend on a sort's locale.
    this.intents = [...new Set(examples.map((e) => e.intent))];
    this.space = new FeatureSpace(
      examples.map((e) => e.text),
      options.features,
    );
    const label = new Map(this.intents.map((intent, k) => [intent, k]));
    const data = this.space.trainingVectors.map((x, i) => ({
      x,
      y: label.get(examples[i]?.intent ?? "") as number,
    }));
    const K = this.intents.length;
    this.weights = new Float64Array(this.space.dimension * K);
    this.bias = new Float64Array(K);
    train(data, this.weights, this.bias, K, o);
    this.temperature =
      typeof o.temperature === "number" ? o.temperature : fitTemperature(data, this.space.dimension, K, o);
  }

  get size(): number {
    return this.count;
  }

  state(): ClassifierState {
    return {
      intents: [...this.intents],
      temperature: this.temperature,
      count: this.count,
      space: this.space.state(),
      weights: this.weights,
      bias: this.bias,
    };
  }

  /** Raw scores (logits) of every intent, in `intents` order, before the temperature. */
  logits(text: string): Float64Array {
    return scores(this.space.vector(text), this.weights, this.bias, this.intents.length);
  }

  classify(text: string): Classification {
    const x = this.space.vector(text);
    // No known feature (empty, punctuation, an unknown script): no evidence, so no preference.
    // The biases alone are not a prior: they were fitted alongside unit-length vectors.
    const p =
      x.indices.length === 0
        ? new Float64Array(this.intents.length).fill(1 / this.intents.length)
        : softmax(scores(x, this.weights, this.bias, this.intents.length), this.temperature);
    // ties broken by intent order, so equal probabilities rank the same way every run
    const order = this.intents.map((_, k) => k).sort((a, b) => (p[b] as number) - (p[a] as number) || a - b);
    const ranking = order.map((k) => ({ intent: this.intents[k] as string, score: p[k] as number }));
    const top = ranking[0];
    return { intent: top?.intent ?? "unknown", score: top?.score ?? 0, ranking };
  }
}

function scores(x: SparseVector, weights: Float64Array, bias: Float64Array, K: number): Float64Array {
  const z = Float64Array.from(bias);
  for (let n = 0; n < x.indices.length; n++) {
    const base = (x.indices[n] as number) * K;
    const v = x.values[n] as number;
    for (let k = 0; k < K; k++) z[k] = (z[k] as number) + v * (weights[base + k] as number);
  }
  return z;
}

export function softmax(z: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  const p = new Float64Array(z.length);
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    const e = Math.exp(((z[k] as number) - max) / temperature);
    p[k] = e;
    sum += e;
  }
  for (let k = 0; k < z.length; k++) p[k] = (p[k] as number) / sum;
  return p;
}

/** mulberry32: a tiny seeded PRNG, so the example order is random but reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * SGD on mean log-loss + λ/2‖W‖². The weight decay of every step is kept in one scalar
 * (W = s·V, Bottou's trick), so a step costs only the example's non-zero features × K; classes
 * whose gradient is negligible (p < 1e-4 and not the label) are not updated at all.
 */
function train(
  data: readonly { x: SparseVector; y: number }[],
  weights: Float64Array,
  bias: Float64Array,
  K: number,
  o: { l2: number; steps: number; learningRate: number; seed: number },
): void {
  const random = prng(o.seed);
  const epochs = Math.max(2, Math.round(o.steps / Math.max(1, data.length)));
  const order = data.map((_, i) => i);
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  const active = new Int32Array(K);
  let s = 1;
  let t = 0;
  // Tail averaging: the model returned is the mean of snapshots taken over the second half of
  // training, not the last iterate, whose weights depend on the last few examples seen (adding
  // one example reordered training and moved answers). Snapshots are dense but rare.
  const averaged = new Float64Array(weights.length);
  const averagedBias = new Float64Array(K);
  const total = epochs * order.length;
  const averageFrom = Math.floor(total / 2);
  const every = Math.max(1, Math.floor((total - averageFrom) / SNAPSHOTS));
  let snapshots = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const { x, y } = data[i] as { x: SparseVector; y: number };
      const { indices, values } = x;
      const nnz = indices.length;
      const eta = o.learningRate / (1 + o.learningRate * o.l2 * t++);
      z.fill(0);
      for (let n = 0; n < nnz; n++) {
        const base = (indices[n] as number) * K;
        const v = values[n] as number;
        for (let k = 0; k < K; k++) z[k] = (z[k] as number) + v * (weights[base + k] as number);
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        const zk = (bias[k] as number) + s * (z[k] as number);
        z[k] = zk;
        if (zk > max) max = zk;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp((z[k] as number) - max);
        z[k] = e;
        sum += e;
      }
      let m = 0;
      for (let k = 0; k < K; k++) {
        const gk = (z[k] as number) / sum - (k === y ? 1 : 0);
        if (gk > 1e-4 || gk < -1e-4) {
          g[m] = gk;
          active[m++] = k;
        }
      }
      s *= 1 - eta * o.l2;
      const step = eta / s;
      for (let n = 0; n < nnz; n++) {
        const base = (indices[n] as number) * K;
        const v = (values[n] as number) * step;
        for (let a = 0; a < m; a++) {
          const at = base + (active[a] as number);
          weights[at] = (weights[at] as number) - v * (g[a] as number);
        }
      }
      for (let a = 0; a < m; a++) {
        const k = active[a] as number;
        bias[k] = (bias[k] as number) - eta * (g[a] as number);
      }
      if (s < 1e-6) {
        for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) * s;
        s = 1;
      }
      if (t > averageFrom && (t - averageFrom) % every === 0) {
        for (let j = 0; j < weights.length; j++)
          averaged[j] = (averaged[j] as number) + s * (weights[j] as number);
        for (let k = 0; k < K; k++) averagedBias[k] = (averagedBias[k] as number) + (bias[k] as number);
        snapshots++;
      }
    }
  }
  if (snapshots === 0) {
    for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) * s;
    return;
  }
  for (let j = 0; j < weights.length; j++) weights[j] = (averaged[j] as number) / snapshots;
  for (let k = 0; k < K; k++) bias[k] = (averagedBias[k] as number) / snapshots;
}

/** Snapshots averaged over the second half of training. */
const SNAPSHOTS = 64;

/** Stratified folds: examples of each intent dealt round-robin, so every fold sees every intent. */
export function stratifiedFolds(examples: readonly Example[], folds: number): number[] {
  const seen = new Map<string, number>();
  return examples.map((e) => {
    const n = seen.get(e.intent) ?? 0;
    seen.set(e.intent, n + 1);
    return n % folds;
  });
}

/**
 * The temperature minimising the log-loss of out-of-fold predictions: each fold is scored by a
 * model trained on the other folds. The folds reuse the full set's feature vectors: with "log"
 * weighting a vector does not depend on the other texts, so this equals building each fold's
 * classifier from scratch, at a fraction of the cost. Golden-section search over log T.
 */
function fitTemperature(
  data: readonly { x: SparseVector; y: number }[],
  dimension: number,
  K: number,
  o: typeof DEFAULT_LOGISTIC,
): number {
  const fold = stratifiedFolds(
    data.map((d) => ({ intent: String(d.y), text: "" })),
    o.folds,
  );
  const held: { z: Float64Array; y: number }[] = [];
  for (let f = 0; f < o.folds; f++) {
    const part = data.filter((_, i) => fold[i] !== f);
    if (part.length === data.length) continue;
    const weights = new Float64Array(dimension * K);
    const bias = new Float64Array(K);
    train(part, weights, bias, K, o);
    data.forEach((d, i) => {
      if (fold[i] === f) held.push({ z: scores(d.x, weights, bias, K), y: d.y });
    });
  }
  if (held.length === 0) return 1;
  const loss = (logT: number): number => {
    let sum = 0;
    for (const { z, y } of held) sum -= Math.log(Math.max(softmax(z, Math.exp(logT))[y] as number, 1e-300));
    return sum / held.length;
  };
  let [lo, hi] = [Math.log(0.05), Math.log(20)];
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (loss(a) < loss(b)) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

/**
 * The source of the code that trains and applies a model: part of a cached model's key, so a
 * change to it is never answered by a model trained the old way. (The tokenizer's behaviour is
 * checked apart, by the cache's probe.)
 */
export const TRAINING_CODE = [
  LogisticClassifier,
  FeatureSpace,
  rawFeatures,
  train,
  scores,
  softmax,
  fitTemperature,
]
  .map(String)
  .join("\n");
