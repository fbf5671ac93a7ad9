import type { Locale } from "../../i18n/locale.ts";
import { hasHan, normalize } from "../../i18n/text.ts";
import { WORDS } from "../../i18n/words.ts";
import { weekdayNumber } from "./dates.ts";
import { ROMANCE_WEEKDAY } from "./dates-romance.ts";

/** Days of the week a pattern names ("Mondays and Fridays", "Mon-Thu", "每周一、三"), in a normal form. */

interface DayToken {
  index: number;
  end: number;
  days: number[];
}

const WORKING_WEEK = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];

const TOKEN = new RegExp(
  [
    `(?<![a-z])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)s?(?![a-z])|(?<![a-zà-ÿ])${ROMANCE_WEEKDAY}`,
    "(?:每\\s*)?(?:个|個)?(?:周|星期|礼拜|禮拜)([一二三四五六日天1-7])",
    "(?<![a-z])(weekdays|workdays|working days|工作日|jours ouvrables|jours ouvr[ée]s|d[ií]as (?:laborables|h[áa]biles))(?![a-z])",
    "(?<![a-z])(weekends?|周末|週末|week-ends?|fins? de semana)(?![a-z])",
  ].join("|"),
  "g",
);
/** "每周一、三、五": after a Chinese day, a bare numeral continues the list. */
const ZH_CONTINUATION = /^\s*[、,，和与及/]\s*([一二三四五六日天])(?![一二三四五六七八九十月号日])/;
const LIST_GAP =
  /^[\s,，、/&+;；]*(?:and|or|plus|和|与|及|以及|或|还有|et|ou|y|o|e)?[\s,，、/&+]*(?:every|each|on|les|le|los|el)?\s*$/;
const RANGE_GAP = /^\s*(?:-|to|through|thru|till|until|至|到|au|à|a|al|hasta(?:\s+el)?)\s*(?:le|el)?\s*$/;
/** What may surround a list of days in an answer that is nothing more than that list. */
const FILLER =
  /(?<![a-zà-ÿ])(?:every|each|on|only|the|a|per|weekly|week|days?|of|in|are|is|will be|all|les|le|tous|chaque|seulement|uniquement|jours?|du|de|los|el|todos|cada|solo|sólo|solamente|d[ií]as?)(?![a-zà-ÿ])|每|个|個|都|是|在|的|只|仅|天|[\s.,，。、;；:：!！()（）]/g;

function tokens(text: string): DayToken[] {
  const found: DayToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let end = m.index + m[0].length;
    // Groups: an English day, a French or Spanish one, a Chinese one, working days, the weekend.
    const word = m[1] ?? m[2] ?? m[3];
    const days = word ? [weekdayNumber(word) ?? 1] : m[4] ? WORKING_WEEK : WEEKEND;
    if (m[3]) {
      for (
        let more = ZH_CONTINUATION.exec(text.slice(end));
        more;
        more = ZH_CONTINUATION.exec(text.slice(end))
      ) {
        days.push(weekdayNumber(more[1] ?? "") ?? 1);
        end += more[0].length;
      }
    }
    found.push({ index: m.index, end, days });
  }
  return found;
}

/** Runs of day tokens joined by "and", ",", "/", or a range ("Mon-Thu", "周一至周四"). */
function runs(text: string, list: DayToken[]): DayToken[] {
  const out: DayToken[] = [];
  for (const token of list) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, token.index) : "";
    const from = last?.days[last.days.length - 1];
    const to = token.days[0];
    if (last && from !== undefined && to !== undefined && RANGE_GAP.test(gap) && from < to) {
      for (let d = from + 1; d < to; d++) last.days.push(d);
      last.days.push(...token.days);
      last.end = token.end;
    } else if (last && LIST_GAP.test(gap)) {
      last.days.push(...token.days);
      last.end = token.end;
    } else {
      out.push({ ...token, days: [...token.days] });
    }
  }
  return out;
}

function render(days: readonly number[], lang: Locale): string {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  const { dayNames, daySeparator } = WORDS[lang].calendar;
  return unique.map((d) => dayNames[d - 1]).join(daySeparator);
}

function outputLang(text: string, lang: Locale | undefined): Locale {
  return lang ?? (hasHan(text) ? "zh" : "en");
}

/**
 * A whole answer that is a list of weekdays → "Monday, Friday" (or "周一、周五"), in `lang`
 * when given, else in the language of the text. Undefined when the answer says more than
 * that ("Mondays, mornings only"): such a pattern is kept as the user wrote it.
 */
export function parseDays(text: string, lang?: Locale): string | undefined {
  const t = normalize(text);
  if (t.length > 200) return undefined;
  const found = runs(t, tokens(t));
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return undefined;
  const rest = `${t.slice(0, only.index)} ${t.slice(only.end)}`.replace(FILLER, "");
  return rest ? undefined : render(only.days, outputLang(t, lang));
}

/** The first list of weekdays inside a longer message ("telework on Mondays and Fridays from …"). */
export function findDays(text: string, lang?: Locale): string | undefined {
  const t = normalize(text);
  const first = runs(t, tokens(t))[0];
  return first && render(first.days, outputLang(t, lang));
}
