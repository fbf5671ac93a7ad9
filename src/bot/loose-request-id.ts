import { OPEN_STATUSES } from "../requests/model.ts";
import type { RequestServices } from "../requests/services.ts";
import { onlyTypeNamed, REQUEST_TYPES } from "../requests/types/index.ts";
import { actorOf } from "./form/state.ts";
import type { Understanding } from "./intent.ts";
import type { ParsedIncoming } from "./messages.ts";

/** How many years back a number typed without its year ("fwa 1") is looked for. */
const YEARS_BACK = 2;

/**
 * "send back JDR 6", "status fwa 1", "reject the learning request #2", "#6": a request named by
 * its number without the year (with its type's prefix, its one type named, or neither) is the
 * one request of that number the user may see (HR any, staff their own), of that type if named,
 * in this year or the two before (the open one, when several years' answer); then it is read as
 * if its id had been typed. When none or several answer, the understanding is left as it was (the number alone still finds the user's own).
 */
export async function withLooseRequestId(
  services: RequestServices | undefined,
  message: ParsedIncoming,
  u: Understanding,
): Promise<Understanding> {
  if (!services || u.requestId !== undefined || u.requestNumber === undefined) return u;
  // "reject the learning request #2": the one type named gives the prefix "#2" lacks; with
  // none named, "for #6 can you ask the manager…" is whichever request has that number.
  const typed = u.requestPrefix ?? onlyTypeNamed(u.text)?.prefix;
  const prefixes = typed ? [typed] : REQUEST_TYPES.map((t) => t.prefix);
  const year = services.clock().getUTCFullYear();
  const number = String(u.requestNumber).padStart(4, "0");
  const ids = prefixes.flatMap((prefix) =>
    Array.from({ length: YEARS_BACK + 1 }, (_, i) => `${prefix}-${year - i}-${number}`),
  );
  const visible = await services.workflow.visibleAmong(ids, actorOf(message));
  // Several years' "FWA-…-0001": the one still open is the one meant, as for the user's own requests.
  const open = visible.filter((r) => OPEN_STATUSES.includes(r.status));
  const found = (visible.length > 1 && open.length > 0 ? open : visible).map((r) => r.id);
  const [only] = found;
  if (!only || found.length > 1) return u;
  const { requestNumber: _number, requestPrefix: _prefix, ...rest } = u;
  return { ...rest, requestId: only, ownRequest: false };
}
