import type { RequestTypeId } from "../model.ts";
import type { RequestTypeDefinition } from "./define.ts";
import { earlyRecruitment } from "./early-recruitment.ts";
import { flexibleWork } from "./flexible-work.ts";
import { jobDescription } from "./job-description.ts";
import { learning } from "./learning.ts";
import { mobility } from "./mobility.ts";
import { recognition } from "./recognition.ts";

/** Every request type, one per RequestTypeId: adding a type is adding its file and a line here. */
const BY_ID: Record<RequestTypeId, RequestTypeDefinition> = {
  "flexible-work": flexibleWork,
  "early-recruitment": earlyRecruitment,
  learning,
  mobility,
  recognition,
  "job-description": jobDescription,
};

export const REQUEST_TYPES: readonly RequestTypeDefinition[] = Object.values(BY_ID);

export function requestType(id: RequestTypeId): RequestTypeDefinition {
  return BY_ID[id];
}

/** The type a request id belongs to, by its prefix ("FWA-2027-0007" → flexible-work). */
export function requestTypeOfId(requestId: string): RequestTypeDefinition | undefined {
  const prefix = requestId.split("-")[0]?.toUpperCase();
  return REQUEST_TYPES.find((t) => t.prefix === prefix);
}

/** The types a text names by their declared names ("telework", "培训"). */
export function typesNamed(text: string): RequestTypeDefinition[] {
  return REQUEST_TYPES.filter((t) => t.names.test(text));
}

/** The one type a text names, when it names exactly one. */
export function onlyTypeNamed(text: string): RequestTypeDefinition | undefined {
  const named = typesNamed(text);
  return named.length === 1 ? named[0] : undefined;
}
