import { compact } from "../i18n/text.ts";
import { RequestTypeId } from "../requests/model.ts";
import { onlyTypeNamed, REQUEST_TYPES } from "../requests/types/index.ts";

/**
 * The request type a few words name: its id ("flexible-work"), its title in any language, the
 * words only one type declares ("télétravail", "teletrabajo"), or failing those the classifier's
 * vote for one of the submit intents ("telework", "弹性工作").
 */
export function requestTypeNamed(
  text: string,
  classified: { intent: string; score: number },
): RequestTypeId | undefined {
  const words = compact(text);
  if (words.length === 0) return undefined;
  const byName = REQUEST_TYPES.find(
    (t) =>
      words === compact(t.id) || Object.values(t.title).some((title) => title && words === compact(title)),
  );
  if (byName) return byName.id;
  const byWords = onlyTypeNamed(text);
  if (byWords) return byWords.id;
  const voted = classified.intent.startsWith("submit:")
    ? classified.intent.slice("submit:".length)
    : undefined;
  const parsed = RequestTypeId.safeParse(voted);
  return parsed.success && classified.score >= 0.3 ? parsed.data : undefined;
}
