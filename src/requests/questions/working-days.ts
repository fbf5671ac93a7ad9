const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole working days (Monday to Friday, UTC) from `from` to `to`: a question asked on Friday
 * afternoon has waited one working day on Monday afternoon. Holidays are not known here.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  for (let t = from.getTime() + DAY_MS; t <= to.getTime(); t += DAY_MS) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) count += 1;
  }
  return count;
}
