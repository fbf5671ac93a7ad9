import type { Locale } from "../../i18n/locale.ts";
import { hasHan, normalize } from "../../i18n/text.ts";
import type { FieldValues, RequestTypeId } from "../model.ts";
import type { RequestTypeDefinition } from "../types/define.ts";
import type { DateCues, Field } from "../types/fields.ts";
import { requestType } from "../types/index.ts";
import { isoDay } from "./calendar.ts";
import {
  type DateMention,
  findRange,
  type ParseOptions,
  resolveDate,
  resolveRange,
  scanDates,
} from "./dates.ts";

/**
 * The fields a first message already states ("telework on Mondays and Fridays from 1 March to
 * 31 August 2027"), so the dialog asks only for the rest. Values are read, not yet validated:
 * a start date in the past is returned as stated and refused later with a clear message.
 */

/** A first message longer than this is read only in part: its request is in its first lines. */
const MAX_MESSAGE = 2000;
/** How far before a date its cue may stand ("leaves the office on 30 June"). */
const CUE_REACH = 24;

function cueBefore(cues: DateCues | undefined): RegExp | undefined {
  return cues?.before
    ? new RegExp(`(?<![a-z])(?:${cues.before})(?![a-z])(?=[^\\d]{0,${CUE_REACH}}$)`, "g")
    : undefined;
}

function cueAfter(cues: DateCues | undefined): RegExp | undefined {
  return cues?.after ? new RegExp(`^[\\s,，]*(?:${cues.after})`) : undefined;
}

/** The date field a mention's surrounding words announce, the nearest cue winning. */
function cuedField(fields: readonly Field[], before: string, after: string): Field | undefined {
  let chosen: Field | undefined;
  let nearest = -1;
  for (const field of fields) {
    const pattern = cueBefore(field.cues);
    const last = pattern ? [...before.matchAll(pattern)].pop() : undefined;
    if (last && last.index > nearest) {
      nearest = last.index;
      chosen = field;
    }
  }
  return chosen ?? fields.find((f) => cueAfter(f.cues)?.test(after));
}

function extractDates(
  definition: RequestTypeDefinition,
  text: string,
  mentions: readonly DateMention[],
  today: string,
  out: FieldValues,
): void {
  const taken = new Set<DateMention>();
  const { period } = definition;
  const pair = period ? findRange(text, mentions) : undefined;
  const range = pair && resolveRange(pair[0].date, pair[1].date, today);
  if (period && pair && range) {
    out[period.start] = range.start;
    out[period.end] = range.end;
    taken.add(pair[0]).add(pair[1]);
  }
  mentions.forEach((mention, i) => {
    if (taken.has(mention)) return;
    const open = definition.declared.filter((f) => f.spec.kind === "date" && out[f.spec.name] === undefined);
    const before = text.slice(Math.max(mentions[i - 1]?.end ?? 0, mention.index - 60), mention.index);
    const after = text.slice(mention.end, mentions[i + 1]?.index ?? text.length);
    const field = cuedField(open, before, after) ?? open[0];
    if (!field) return;
    // an end stated without a year is the first such date after the start
    const start = period && field.spec.name === period.end ? out[period.start] : undefined;
    const iso = resolveDate(mention.date, typeof start === "string" ? start : today);
    if (iso) out[field.spec.name] = iso;
  });
}

/** The message with its dates blanked, so that "1 March 2027" is no amount and "next Monday" no pattern. */
function withoutDates(text: string, mentions: readonly DateMention[]): string {
  let rest = text;
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.index)} | ${rest.slice(m.end)}`;
  return rest;
}

export function extractFieldValues(typeId: RequestTypeId, text: string, options: ParseOptions): FieldValues {
  const definition = requestType(typeId);
  const t = normalize(text).slice(0, MAX_MESSAGE);
  const raw = text.normalize("NFKC").replace(/\s+/g, " ").trim().slice(0, MAX_MESSAGE);
  const lang: Locale = options.lang ?? (hasHan(t) ? "zh" : "en");
  const today = isoDay(options.today);
  const mentions = scanDates(t, today);
  const out: FieldValues = {};
  extractDates(definition, t, mentions, today, out);
  const rest = withoutDates(t, mentions);
  for (const field of definition.declared) {
    const value = out[field.spec.name] ?? field.find?.(rest, lang, raw);
    if (value !== undefined && definition.applies(field.spec.name, out)) out[field.spec.name] = value;
  }
  return out;
}
