import type { Pattern } from "./words-type.ts";

/**
 * The words of whole-message commands, of the router's shared tests, of the intents' rules and of
 * forms' answers (`src/i18n/catalogue/<locale>/words-routing.ts`).
 */
export interface RoutingWords {
  /**
   * `src/bot/language-command.ts`: a language chosen in words, whole messages, folded, `u`. The
   * slots are read as `^asking? verb object? preposition NAME polite*$` and the like.
   */
  languageCommand: {
    /** "/hr language es", "langue fr". */
    command: Pattern;
    fromNow: Pattern;
    polite: Pattern;
    /** A wish before the verb ("I'd like you to"). */
    wish: Pattern;
    /** Asking before the verb ("can you", "peux-tu"), each with its trailing space. */
    asking: Pattern;
    /** A pronoun before the verb ("me puedes", "m'écrire"). */
    pronoun: Pattern;
    verbs: Pattern;
    object: Pattern;
    /** The preposition before the language, with its space. */
    preposition: Pattern;
    /** "I'd prefer", "je préfère". */
    prefer: Pattern;
    /** An article before the preferred language or answers, with its space. */
    preferArticle: Pattern;
    preferAnswers: Pattern;
    preferPreposition: Pattern;
    /** "speak", "parle": a verb that takes the language bare. */
    speak: Pattern;
    withMe: Pattern;
    /** "answers in …" before a language named politely. */
    answers: Pattern;
    namePreposition: Pattern;
    /** The whole request in a language written without spaces, on the message without them; captures the name. */
    requestWithoutSpaces: Pattern;
  };
  /** `src/bot/route-predicates.ts`, `i`, as typed. */
  routing: {
    asksWhy: Pattern;
    aboutAName: Pattern;
    namesAnIndicator: Pattern;
    /** The strategy named in words the knowledge base does not take for the paper's name ("the new strategy", "战略"). */
    strategyWord: Pattern;
    /** Indicators compared ("which indicator has the highest target"). */
    comparesIndicators: Pattern;
    /** More than one thing asked at once ("the baseline and the target", "…et on vise quoi"). */
    compound: Pattern;
  };
  /** The rule words of intents (`intents/`). */
  intents: {
    /** `indicator.ts`: progress asked ("achieved", "实现了"), `i`. */
    progress: Pattern;
    /** `indicator.ts`: an amount asked, with or without a facet word, `i`. */
    quantity: Pattern;
    /** `focus-area.ts`: which focus area, accents off, `i`. */
    whichFocusArea: Pattern;
    /** `search.ts`: words of "target" that also mean an aim, blanked (`gi`) on word boundaries. */
    aim: Pattern;
    /** `search.ts`: a part of the paper named by its number, before `\s*[1-3]` (`giu`). */
    scope: Pattern;
    /** `search.ts`: a paragraph's number, before `\s*\d+` (`gi`). */
    paragraph: Pattern;
    /** `ask-hr.ts`: the hand-off to HR opening the message, `iu`; its match is cut off. */
    askHead: Pattern;
    /** `ask-hr.ts`: a person in HR asked for mid-sentence, `iu`. */
    asksForAPerson: Pattern;
    /** `ask-hr.ts`: the word before a note, `i`. */
    note: Pattern;
    /** `ask-hr.ts`: words after the hand-off that ask nothing ("this", "这个"), `i`. */
    askFiller: Pattern;
    /** `ask-hr.ts`: "about" before the question, `i`. */
    askAbout: Pattern;
  };
  /** `src/requests/parse/`: days, months and numbers in forms' answers. */
  calendar: {
    /** Monday to Sunday as a list of days is written back ("Monday, Friday"). */
    dayNames: readonly string[];
    daySeparator: string;
    /**
     * Read by the French and Spanish grammar of `dates-romance.ts` and `numbers-romance.ts` (a
     * language read by another grammar leaves them empty): January to December and Monday to
     * Sunday, each its spellings joined by "|", accents optional.
     */
    months: readonly string[];
    weekdays: readonly string[];
    /** Numbers of a duration ("dans deux semaines"). */
    countWords: Readonly<Record<string, number>>;
    /** Numbers written in words ("dix-huit"), and the words joining their parts ("et"). */
    numberWords: Readonly<Record<string, number>>;
    numberJoiners: readonly string[];
  };
  /** `src/bot/confirmation.ts`: a whole answer to a proposal, accents folded, `^(words)$`. */
  answers: {
    yes: Pattern;
    no: Pattern;
  };
  /** `src/bot/form/`: the words that steer an open form, whole messages, `i`. */
  form: {
    cancel: Pattern;
    submit: Pattern;
    /** "yes" as well as "submit", at the summary. */
    confirm: Pattern;
    skip: Pattern;
    /** A message opening with an edit, each word with its own end ("edit(?![a-z])"). */
    edit: Pattern;
    /** Edit commands opening with their verb, one capture for the field and one for the value. */
    editCommands: readonly RegExp[];
    /** Edit commands read anywhere in the message, tried after every language's `editCommands`. */
    editAnywhere: readonly RegExp[];
  };
}
