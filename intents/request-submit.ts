import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { startForm } from "../src/bot/request-dialog.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import {
  ABOUT_THE_STRATEGY,
  ASKS_FOR_A_REQUEST,
  asksFigures,
  namesIndicatorAsSuch,
  readingRule,
} from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t } from "../src/i18n/messages.ts";
import { localized } from "../src/knowledge/schema.ts";
import { asksForQuantity } from "../src/nlu/entities.ts";
import type { RequestTypeDefinition } from "../src/requests/types/define.ts";
import { onlyTypeNamed, REQUEST_TYPES } from "../src/requests/types/index.ts";
import { startPhrase } from "../src/requests/views.ts";

/** One intent per request type: its triggers train the classifier; the handler opens its form. */
function submitIntent(definition: RequestTypeDefinition): IntentSpec {
  return {
    id: `submit:${definition.id}`,
    description: definition.title,
    routing: {
      group: "request",
      rules: [
        readingRule(STAGES.request, { evidence: ASKS_FOR_A_REQUEST, opensForm: true }),
        {
          priority: STAGES.request - 1,
          why: "asks for a request in words and names this type by its declared names (“request reclassification of my post”)",
          when: (u) =>
            u.requestId === undefined &&
            !u.ownRequest &&
            !asksFigures(u) &&
            !namesIndicatorAsSuch(u) &&
            // "what % of new recruits do we need by 2024?" wants a number, not a form.
            !asksForQuantity(u.text) &&
            // A question about the strategy ("which kinds of mobility does the strategy … need")
            // names the topic, not a request; "申请人" is an applicant, not "apply".
            !ABOUT_THE_STRATEGY.test(u.text) &&
            ASKS_FOR_A_REQUEST.test(u.text.replace(/申请人/g, "")) &&
            definition.names.test(u.text) &&
            onlyTypeNamed(u.text) !== undefined,
        },
      ],
    },
    opensForm: definition.id,
    examples: definition.triggers,
    handle: withRequests(`submit:${definition.id}`, async (context, services) => {
      const { understanding } = context;
      return startForm(
        services,
        context.message,
        definition.id,
        understanding.text,
        understanding.answerLang,
        understanding.lang,
      );
    }),
  };
}

export const submitIntents: readonly IntentSpec[] = REQUEST_TYPES.map(submitIntent);

export const requestMenuIntent: IntentSpec = {
  id: "request_menu",
  description: { en: "Which HR requests can be made in chat", zh: "可以在聊天中提交哪些人事申请" },
  routing: {
    group: "request",
    rules: [readingRule(STAGES.request, { evidence: ASKS_FOR_A_REQUEST })],
  },
  examples: {
    en: [
      "I want to submit an HR request",
      "make a request",
      "new request",
      "what requests can I submit",
      "submit a request to HR",
      "open a request",
    ],
    zh: ["我想提交一个人事申请", "新申请", "可以提交哪些申请", "提交申请", "我要申请", "发起申请"],
  },
  handle({ understanding }) {
    const lang = understanding.answerLang;
    return makeReply(
      "request_menu",
      understanding.lang,
      [
        paragraph(t(lang, "requests.canSubmit")),
        {
          kind: "list",
          items: REQUEST_TYPES.map((type) =>
            t(lang, "requests.typeLine", { title: localized(type.title, lang), focusArea: type.focusArea }),
          ),
        },
      ],
      {
        suggestions: REQUEST_TYPES.map((type) => ({
          label: localized(type.title, lang),
          message: startPhrase(type, lang),
        })),
      },
    );
  },
};
