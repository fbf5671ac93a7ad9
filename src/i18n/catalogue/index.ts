import type { Locale } from "../locale.ts";
import { en } from "./en/index.ts";
import { es } from "./es/index.ts";
import { fr } from "./fr/index.ts";
import { zh } from "./zh/index.ts";

/** The English catalogue is the base: its keys are the keys, its placeholders the placeholders. */
export type Base = typeof en;
export type MessageKey = keyof Base;

/** A catalogue that lacks one of the base's keys does not compile. */
export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, zh, fr, es };
