/**
 * The bottom layer's notion of language, shared by every folder above it: the languages the
 * assistant understands, and those it answers in (the languages issue widens the second).
 */
export type Lang = "en" | "zh" | "fr" | "es";
export type AnswerLang = "en" | "zh";
