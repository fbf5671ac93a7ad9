import type { IntentSpec } from "../src/bot/intent.ts";
import { allIndicatorsIntent } from "./all-indicators.ts";
import { factsIntent } from "./facts.ts";
import { focusAreaIntent } from "./focus-area.ts";
import { greetingIntent } from "./greeting.ts";
import { helpIntent } from "./help.ts";
import { indicatorIntent } from "./indicator.ts";
import { lessonsIntent } from "./lessons.ts";
import { outOfScopeIntent } from "./out-of-scope.ts";
import { outcomeIntent } from "./outcome.ts";
import { overviewIntent } from "./overview.ts";
import { partnershipsIntent } from "./partnerships.ts";
import { personSpecificIntent } from "./person-specific.ts";
import { risksIntent } from "./risks.ts";
import { searchIntent } from "./search.ts";

/** The registry: every intent the assistant knows. */
export const INTENTS: readonly IntentSpec[] = [
  greetingIntent,
  helpIntent,
  overviewIntent,
  outcomeIntent,
  focusAreaIntent,
  indicatorIntent,
  allIndicatorsIntent,
  lessonsIntent,
  risksIntent,
  partnershipsIntent,
  factsIntent,
  searchIntent,
  outOfScopeIntent,
  personSpecificIntent,
];
