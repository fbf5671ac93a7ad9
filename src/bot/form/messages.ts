import { formatList } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import { inSentence } from "../../requests/types/messages.ts";

/**
 * Labels of several fields in a sentence: "the start date and the end date", "开始日期和结束日期".
 * The form's own wording is in the catalogue (`form.*`, `word.*`).
 */
export function labelList(labels: readonly string[], lang: Locale): string {
  return formatList(
    labels.map((l) => inSentence(l, lang)),
    lang,
  );
}
