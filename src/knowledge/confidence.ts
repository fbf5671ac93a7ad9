/**
 * How surely a name was found in a text: one scale for every matcher (subject names, indicator
 * aliases), so that every reader of a confidence means the same by it.
 */
export const NAMED = {
  /** The name as written. */
  exactly: 1,
  /** Written together or apart: "well-being" for "wellbeing". */
  joined: 0.95,
  /** Another form of its words: "disabilities" for "disability". */
  otherForm: 0.9,
  /** An abbreviation in another case: "jd" for "JD". */
  otherCase: 0.85,
  /** Within a typo's distance: "mobilty". */
  typo: 0.8,
  /** Its content words, scattered in the text. */
  scattered: 0.75,
} as const;

/** Named in its own words (perhaps in another form), not by a typo or scattered words. */
export const SURELY = NAMED.otherForm;
/** Named at least within a typo: enough to name an item, not to outrank one named surely. */
export const PLAUSIBLY = NAMED.typo;
