/** Order statistics for benchmark samples: medians and tails, never means of noisy timings. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

export function summary(samples: readonly number[]): { median: number; p99: number; n: number } {
  return { median: quantile(samples, 0.5), p99: quantile(samples, 0.99), n: samples.length };
}

export const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
