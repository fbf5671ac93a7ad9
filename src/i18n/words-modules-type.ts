import type { Pattern } from "./words-type.ts";

/**
 * The words single modules read with rules of their own: a few intents, the NLU's keyboard typos
 * and the console (`src/i18n/catalogue/<locale>/words-modules.ts`). Slots ("the same as slots of …")
 * are parts that French and Spanish combine in one pattern of the reading module.
 */
export interface ModuleWords {
  /** `intents/count.ts`: what is counted, on text with accents off (`foldAccents`), `i`. */
  count: {
    /** Each kind of item by its name, tried in the module's order. */
    items: {
      deliverables: Pattern;
      focusAreas: Pattern;
      indicators: Pattern;
      outcomes: Pattern;
      lessons: Pattern;
      risks: Pattern;
      assumptions: Pattern;
    };
    /** A share asked, not a number of items ("quelle part", "比例"), beside `%`. */
    share: Pattern;
    /** A request named ("how many requests"): no count of the paper's items; as typed, `i`. */
    request: Pattern;
  };
  /** `intents/lessons.ts`: words that ask for the lessons as such, compared as tokens (`tokenize`). */
  lessonsList: readonly string[];
  /**
   * `intents/feedback.ts`: a rating alone in its message, on normalised text with accents off,
   * `u`, read by `exec` (each anchored at the start; what follows must be `rest`).
   */
  feedback: {
    /** Each language's patterns, tried one after another. */
    notHelpful: readonly RegExp[];
    helpful: readonly RegExp[];
    /** Words that may follow a rating beside spaces and punctuation ("thanks", "du tout"). */
    rest: Pattern;
    /** Thanks before the rating, cut off as `^(thanks)[,!\s]*`. */
    thanks: Pattern;
  };
  /** `intents/greeting.ts`: thanks rather than hello, `i`, as typed. */
  greetingThanks: Pattern;
  /** `intents/hr-answer.ts`, `intents/hr-close-question.ts`: HR's verb opening the message, `iu`, as typed. */
  hrQuestion: {
    answer: Pattern;
    close: Pattern;
    /** The same as slots of `^\s*(please)?(verb)\b`, for languages sharing that pattern. */
    please: Pattern;
    answerVerb: Pattern;
    closeVerb: Pattern;
  };
  /** `intents/my-questions.ts`: the asker's own questions sent to HR asked after. */
  myQuestions: {
    /** As typed, `i`. */
    asked: Pattern;
    /**
     * Slots on folded text, no flags: `(possessivePlural) (questionsPlural)` unless followed by
     * `statesVerb` or ":", `(possessive) (question) (toHr) (hr)` unless followed by `isVerb`,
     * `(questionsPlural) (iSent)`, `(askedHr) (toHr) (hr)`.
     */
    possessive: Pattern;
    possessivePlural: Pattern;
    question: Pattern;
    questionsPlural: Pattern;
    /** Singular or plural, after `possessive` or `possessivePlural` in `hrAnsweredMe`. */
    questionAny: Pattern;
    statesVerb: Pattern;
    isVerb: Pattern;
    toHr: Pattern;
    hr: Pattern;
    iSent: Pattern;
    askedHr: Pattern;
    /** HR answered (`hrAnsweredMe`, beside `hr` and the asker). */
    answered: Pattern;
    /** The asker as an object pronoun ("m'", "me"). */
    me: Pattern;
  };
  /** `intents/unanswered-report.ts`: what the assistant could not answer asked for. */
  unanswered: {
    /** As typed, `i`. */
    asked: Pattern;
    /** Folded, no flags: said in one piece. */
    askedFolded: Pattern;
    /**
     * Slots on folded text, no flags, each a word: `(topic)[^.?!]{0,40}(unanswered)`,
     * `(remained)[^.?!]{0,10}(noAnswer)`, `(gaps)[^.?!]{0,25}(knowledgeBase)`,
     * `(report) (of)?(gapsPlural)`, `(add)[^.?!]{0,10}(knowledgeBase)`,
     * `(answers)[^.?!]{0,25}(notUseful)`.
     */
    topic: Pattern;
    unanswered: Pattern;
    remained: Pattern;
    noAnswer: Pattern;
    gaps: Pattern;
    gapsPlural: Pattern;
    knowledgeBase: Pattern;
    report: Pattern;
    of: Pattern;
    add: Pattern;
    answers: Pattern;
    notUseful: Pattern;
    /** The asker's own ("my unanswered questions" is my_questions), folded, `i`. */
    own: Pattern;
  };
  /** `src/bot/route-predicates.ts`: the strategy or the paper named (a question about it names a topic, not a request); `i`, as typed. */
  aboutTheStrategy: Pattern;
  /** `src/nlu/nlu.ts`: keyboard homophones and shortenings of a word, replaced (`g`) before anything is read. */
  commonTypos: readonly (readonly [RegExp, string])[];
  /** `src/adapters/console/`: whole lines, trimmed and lower-cased, that end the session. */
  consoleExit: readonly string[];
}
