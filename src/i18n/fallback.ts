/**
 * Texts written in English and Chinese only, given French and Spanish entries that repeat the
 * English, so that they can be read in any locale. A stopgap for modules not yet moved into the
 * message catalogues (the Ask HR texts): a French or Spanish user reads those in English.
 */
export type WithFallbackLocales<T> = T extends { en: infer E; zh: unknown }
  ? T & { fr: E; es: E }
  : T extends (...args: never[]) => unknown
    ? T
    : T extends object
      ? { [K in keyof T]: WithFallbackLocales<T[K]> }
      : T;

export function withFallbackLocales<T>(texts: T): WithFallbackLocales<T> {
  return fill(texts) as WithFallbackLocales<T>;
}

function fill(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, fill(v)] as const);
  const out: Record<string, unknown> = Object.fromEntries(entries);
  if ("en" in out && "zh" in out) {
    out.fr ??= out.en;
    out.es ??= out.en;
  }
  return out;
}
