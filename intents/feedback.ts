import { forgetAnswer, lastAnswer } from "../src/bot/ask-offers.ts";
import type { IntentSpec } from "../src/bot/intent.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { withRequests } from "../src/bot/request-replies.ts";
import { STAGES } from "../src/bot/routing.ts";
import { t as say } from "../src/i18n/messages.ts";
import { foldAccents, normalize } from "../src/i18n/text.ts";

/** A rating of the last answer, alone in its message: "helpful", "not helpful", "没有帮助", "pas utile", "útil", "👍". */
const NOT_HELPFUL =
  /^(这个?回答)?(一点|完全)(帮助)?(都)?没(有)?(帮助|用)?$|^(that |this |it )?(was |is |wasn't |isn't )?(not|wasn't|isn't|didn't|did not|no|un)[\s-]?(very |really |that |at all )?(helpful|useful|help( me)?|answer (it|my question))|^(useless|unhelpful|👎|thumbs down|wrong answer|that's wrong|bad answer|not what i asked)|^(这个?回答)?(没有?|不|没什么|不太|不是很|不怎么|一点|完全)(太|很|都)?(没有?)?(有帮助|帮助|用|有用|帮到|解决)|^(答非所问|没用|无用|不对|回答错了|不是我问的)/u;
const HELPFUL =
  /^(that |this |it )?(was |is )?(very |really |quite |super |so )?(helpful|useful|great answer|perfect|exactly what i needed|that helps|that helped|👍|thumbs up)|^(这个?回答)?(很|非常|挺|真|太)?(有帮助|有用|帮到我了|解决了|很好)/u;
/** In French and Spanish, read without accents ("tres utile", "no me ayudo"): staff often leave them out. */
const NOT_HELPFUL_FR_ES =
  /^((ce |c'|ca |cela )?(n')?(etait |est |a ete )?(pas|peu) (tres |vraiment |si |trop |du tout )?utile|inutile|(ca|cela) (ne )?m'a pas aidee?|(c'est (une |la )?)?mauvaise reponse|c'est faux|ce n'est pas (ce que j'ai demande|la bonne reponse)|(ca|cela) ne repond pas a (ma|la) question|no (fue |es |me fue |ha sido |me ha sido )?(muy |nada )?util|nada util|inutil|no (me )?(ayudo|sirvio|sirve|ha ayudado|ha servido)( de nada)?|respuesta (equivocada|incorrecta)|mala respuesta|(eso )?esta mal|(eso )?no es lo que (pregunte|preguntaba|he preguntado)|(eso )?no responde (a )?mi pregunta)/u;
const HELPFUL_FR_ES =
  /^((c'etait |c'est |ca m'a ete )?(tres |vraiment |super |hyper |bien )?utile|(ca|cela) m'a (bien |beaucoup |vraiment )?aidee?|(c'est )?parfait|(tres )?bonne reponse|(c'est )?exactement ce qu'il me fallait|(fue |es |me fue |me ha sido |ha sido )?(muy |super |bastante )?util|me (ayudo|sirvio|ha ayudado|ha servido)( mucho)?|(muy )?buena respuesta|perfecto|justo lo que necesitaba)/u;
const SHORT = 40;
const REST =
  /^([\s,，!！。]|at all|thanks|thank you|for me|my question|谢谢|了|的|啊|我的问题|我|merci|gracias|du tout|para nada|en absoluto|quand meme|de todos modos)*$/u;

export function ratingOf(text: string): "helpful" | "not-helpful" | undefined {
  const t = foldAccents(normalize(text))
    .replace(/[\s.!?,，。！？]+$/u, "")
    .replace(/^(thanks|thank you|谢谢|merci|gracias)[,，!！\s]*/u, "");
  if (t.length === 0 || t.length > SHORT) return undefined;
  // The rating alone, perhaps with thanks: "not helpful answers this month" is not one.
  const alone = (m: RegExpExecArray | null) => m !== null && REST.test(t.slice(m.index + m[0].length));
  if (alone(NOT_HELPFUL.exec(t)) || alone(NOT_HELPFUL_FR_ES.exec(t))) return "not-helpful";
  return alone(HELPFUL.exec(t)) || alone(HELPFUL_FR_ES.exec(t)) ? "helpful" : undefined;
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
