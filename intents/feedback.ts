import { forgetAnswer, lastAnswer } from "../src/bot/ask-offers.ts";
import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t as say } from "../src/i18n/messages.ts";
import { foldAccents, normalize } from "../src/i18n/text.ts";
import { alternatives, everyLanguage } from "../src/i18n/words.ts";

/**
 * A rating of the last answer, alone in its message: "helpful", "not helpful", "没有帮助", "pas utile",
 * "útil", "👍". Read without accents ("tres utile", "no me ayudo"): staff often leave them out.
 */
const unicode = (re: RegExp) => new RegExp(re.source, "u");
const NOT_HELPFUL = everyLanguage((w) => w.feedback.notHelpful).map(unicode);
const HELPFUL = everyLanguage((w) => w.feedback.helpful).map(unicode);
const SHORT = 40;
const REST = new RegExp(`^([\\s,，!！。]|${alternatives((w) => w.feedback.rest)})*$`, "u");
const THANKS = new RegExp(`^(${alternatives((w) => w.feedback.thanks)})[,，!！\\s]*`, "u");

export function ratingOf(text: string): "helpful" | "not-helpful" | undefined {
  const t = foldAccents(normalize(text))
    .replace(/[\s.!?,，。！？]+$/u, "")
    .replace(THANKS, "");
  if (t.length === 0 || t.length > SHORT) return undefined;
  // The rating alone, perhaps with thanks: "not helpful answers this month" is not one.
  const alone = (m: RegExpExecArray | null) => m !== null && REST.test(t.slice(m.index + m[0].length));
  if (NOT_HELPFUL.some((re) => alone(re.exec(t)))) return "not-helpful";
  return HELPFUL.some((re) => alone(re.exec(t))) ? "helpful" : undefined;
}

export const feedbackIntent: IntentSpec = {
  id: "feedback",
  description: { en: "Rate the last answer: helpful or not helpful", zh: "评价上一个答复：有帮助或没有帮助" },
  routing: {
    group: "smalltalk",
    rules: [
      {
        priority: STAGES.smallTalk + 1,
        why: "a short rating of the last answer, the words of the Helpful / Not helpful buttons",
        when: (u) => ratingOf(u.text) !== undefined,
      },
    ],
  },
  examples: { en: [], zh: [] },
  // Chosen by its own words (an id, a button's words), never by the classifier.
  trainsClassifier: false,
  handle: withRequests("feedback", async (context, services) => {
    const lang = context.understanding.answerLang;
    const rating = ratingOf(context.understanding.text);
    const answer = await lastAnswer(services.dialogs, context.message, services.clock());
    if (!rating || !answer) {
      return makeReply("feedback", context.understanding.lang, [
        paragraph(say(lang, "feedback.nothingToRate")),
      ]);
    }
    await services.feedback.record({
      kind: rating,
      intent: answer.intent,
      subjects: answer.subjects,
      lang: answer.lang,
      question: answer.text,
    });
    await forgetAnswer(services.dialogs, context.message);
    const said = say(lang, rating === "helpful" ? "feedback.thanksHelpful" : "feedback.thanksNotHelpful");
    return makeReply("feedback", context.understanding.lang, [paragraph(said)], {
      outcome: "done",
      subjects: answer.subjects,
    });
  }),
};
