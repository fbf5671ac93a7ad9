import type { IntentSpec } from "../src/bot/intent.ts";
import { allIndicatorsIntent } from "./all-indicators.ts";
import { askHrIntent } from "./ask-hr.ts";
import { countIntent } from "./count.ts";
import { withExampleFiles } from "./examples.ts";
import { factsIntent } from "./facts.ts";
import { feedbackIntent } from "./feedback.ts";
import { focusAreaIntent } from "./focus-area.ts";
import { greetingIntent } from "./greeting.ts";
import { helpIntent } from "./help.ts";
import { hrAnswerIntent } from "./hr-answer.ts";
import { hrCloseQuestionIntent } from "./hr-close-question.ts";
import { hrDecideIntent } from "./hr-decide.ts";
import { hrExportIntent } from "./hr-export.ts";
import { hrPendingIntent } from "./hr-pending.ts";
import { hrRecordSelectionIntent } from "./hr-record-selection.ts";
import { hrStatsIntent } from "./hr-stats.ts";
import { indicatorIntent } from "./indicator.ts";
import { lessonsIntent } from "./lessons.ts";
import { myQuestionsIntent } from "./my-questions.ts";
import { myRequestsIntent } from "./my-requests.ts";
import { noTargetIntent } from "./no-target.ts";
import { outOfScopeIntent } from "./out-of-scope.ts";
import { outcomeIntent } from "./outcome.ts";
import { overviewIntent } from "./overview.ts";
import { partnershipsIntent } from "./partnerships.ts";
import { personSpecificIntent } from "./person-specific.ts";
import { questionStatusIntent } from "./question-status.ts";
import { requestResubmitIntent } from "./request-resubmit.ts";
import { requestStatusIntent } from "./request-status.ts";
import { requestMenuIntent, submitIntents } from "./request-submit.ts";
import { requestWithdrawIntent } from "./request-withdraw.ts";
import { risksIntent } from "./risks.ts";
import { searchIntent } from "./search.ts";
import { setLanguageIntent } from "./set-language.ts";
import { unansweredReportIntent } from "./unanswered-report.ts";

/** The registry: every intent the assistant knows, with the examples of its language files. */
export const INTENTS: readonly IntentSpec[] = withExampleFiles([
  greetingIntent,
  helpIntent,
  setLanguageIntent,
  overviewIntent,
  outcomeIntent,
  focusAreaIntent,
  indicatorIntent,
  allIndicatorsIntent,
  countIntent,
  lessonsIntent,
  risksIntent,
  partnershipsIntent,
  factsIntent,
  searchIntent,
  outOfScopeIntent,
  noTargetIntent,
  personSpecificIntent,
  ...submitIntents,
  requestMenuIntent,
  myRequestsIntent,
  requestStatusIntent,
  requestWithdrawIntent,
  requestResubmitIntent,
  hrPendingIntent,
  hrDecideIntent,
  hrExportIntent,
  hrStatsIntent,
  hrRecordSelectionIntent,
  askHrIntent,
  myQuestionsIntent,
  questionStatusIntent,
  hrAnswerIntent,
  hrCloseQuestionIntent,
  feedbackIntent,
  unansweredReportIntent,
]);
