import type { FieldValues, RequestTypeId } from "../model.ts";
import { requestType } from "../types/index.ts";
import type { ParseOptions } from "./dates.ts";
import { extractFieldValues } from "./extract.ts";

/**
 * One answer in the form, read for the field asked and for the other missing fields it states:
 * "Data analysis with R, ITCILO Turin, 3-14 May 2027, cost 2500 USD" answers the activity and gives
 * the provider, the dates and the cost. The parts that gave another field are taken out of the
 * answer. Long text (a reason) is prose and is kept whole.
 */

export interface ReadAnswer {
  /** What is checked as the asked field's value. */
  value: string;
  /** Values of other fields that are still missing. */
  others: FieldValues;
}

const SEPARATOR = /\s*[,，;；]\s*/;

export function extractAnswer(
  typeId: RequestTypeId,
  field: string,
  text: string,
  known: Readonly<Record<string, unknown>>,
  options: ParseOptions,
): ReadAnswer {
  const definition = requestType(typeId);
  const spec = definition.fields.find((f) => f.name === field);
  if (!spec || spec.kind === "longtext") return { value: text, others: {} };
  const missing = (name: string) => name !== field && known[name] === undefined;
  const found = extractFieldValues(typeId, text, options);
  const others = Object.fromEntries(Object.entries(found).filter(([name]) => missing(name)));
  if (Object.keys(others).length === 0) return { value: text, others: {} };
  // A date asked for: the date the message gives for it ("3-14 May" at the start date gives 3 May).
  if (spec.kind === "date") {
    const own = found[field];
    return { value: typeof own === "string" ? own : text, others };
  }
  if (spec.kind !== "text" && spec.kind !== "person") return { value: text, others };
  // A segment that gives another field is not part of this one: "P4" is the grade, not the title.
  const zh = /[\u3400-\u9fff]/.test(text);
  const segments = text.split(SEPARATOR).filter((s) => s.trim() !== "");
  const kept = segments.filter((segment) => {
    const gives = extractFieldValues(typeId, segment, options);
    return !Object.keys(gives).some((name) => name in others);
  });
  const value = kept.length > 0 ? kept.join(zh ? "，" : ", ") : text;
  return { value, others };
}
