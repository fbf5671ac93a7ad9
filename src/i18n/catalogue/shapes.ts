/** Shapes the languages' patterns capture, shared by their words files. */

/** A request type in one to three words after an article: "télétravail", "flexible work". */
export const TYPE = "([\\p{L}][\\p{L}'-]*(?:\\s[\\p{L}][\\p{L}'-]*){0,2})";
/** A request type in Chinese: its name right after the verb, "申请弹性工作". */
export const HAN_TYPE = "([\\p{Script=Han}a-z-]{1,12})";
