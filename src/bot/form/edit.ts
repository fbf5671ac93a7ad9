import { foldAccents } from "../../i18n/text.ts";
import { everyLanguage } from "../../i18n/words.ts";
import type { RequestTypeId } from "../../requests/model.ts";
import type { RequestFieldSpec } from "../../requests/types/fields.ts";
import { requestType } from "../../requests/types/index.ts";

/**
 * "edit end date", "change the start date to 1 March 2027", "修改结束日期", "把结束日期改为2027年3月1日",
 * "edit 2": which field to change and, when given, its new value. A phrase that names no field
 * ("change of duty station") is no command: at a field's prompt it is that field's answer.
 */

export interface EditCommand {
  /** What names the field: a label, part of one, or its number in the list. */
  wanted: string;
  /** The new value, when the command gives one. */
  value?: string;
}

/**
 * Every language's edit commands ("change the end date to …", "把结束日期改为…"), those opening
 * with their verb first, then those read anywhere ("结束日期改为…").
 */
const EDIT_COMMANDS = [
  ...everyLanguage((w) => w.form.editCommands),
  ...everyLanguage((w) => w.form.editAnywhere),
];

export function readEdit(text: string): EditCommand | undefined {
  let m: RegExpExecArray | null = null;
  for (const command of EDIT_COMMANDS) m ??= command.exec(text);
  if (!m) return undefined;
  const wanted = (m[1] ?? "").trim().replace(/[:：]$/, "");
  const value = m[2]?.trim();
  return { wanted, ...(value ? { value } : {}) };
}

/** Fields that apply now, answered or not, in form order: what can be edited. */
export function editableFields(
  type: RequestTypeId,
  values: Readonly<Record<string, unknown>>,
): RequestFieldSpec[] {
  const definition = requestType(type);
  return definition.fields.filter((f) => definition.applies(f.name, values));
}

const fold = (s: string) =>
  foldAccents(s)
    .toLowerCase()
    .replace(/\(.*?\)|（.*?）/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The field `wanted` names: by number, whole label, a label inside it, or part of a label. */
export function fieldNamed(
  fields: readonly RequestFieldSpec[],
  wanted: string,
): RequestFieldSpec | undefined {
  const w = fold(wanted);
  if (!w) return undefined;
  if (/^\d{1,2}$/.test(w)) return fields[Number(w) - 1];
  const labels = fields.map((f) => ({
    f,
    names: [f.label.en, f.label.zh, f.label.fr, f.label.es]
      .filter((label): label is string => label !== undefined)
      .map(fold)
      .concat(f.name.toLowerCase()),
  }));
  const exact = labels.find(({ names }) => names.includes(w));
  if (exact) return exact.f;
  // the longest label the phrase contains: "the end date please" → End date
  const inside = labels
    .flatMap(({ f, names }) => names.filter((n) => n.length > 1 && w.includes(n)).map((n) => ({ f, n })))
    .sort((a, b) => b.n.length - a.n.length)[0];
  if (inside) return inside.f;
  // part of a label, word-aligned in English: "end" → End date, never "e" → every field
  return labels.find(({ names }) =>
    names.some((n) => (/[a-z]/.test(w) ? new RegExp(`(?:^|\\s)${escapeRegExp(w)}`).test(n) : n.includes(w))),
  )?.f;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
