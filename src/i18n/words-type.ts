import type { Locale } from "./locale.ts";
import type { ModuleWords } from "./words-modules-type.ts";
import type { RoutingWords } from "./words-routing-type.ts";

/**
 * A regular expression's source, written as a literal for its syntax: its flags are the composing
 * module's (`anyLanguage(pick, flags)`), never the literal's. `null`: the language has no such words.
 */
export type Pattern = RegExp | null;

/** The language names a language writes, keyed by the language they name. */
export type LanguageNames = Record<Locale, readonly string[]>;

/**
 * One language's vocabulary for understanding (`src/i18n/catalogue/<locale>/words.ts`). Patterns
 * note the text they are matched on: "folded" is lower-cased with accents off (`foldedForm`),
 * "normalised" is `normalize`'s, "as typed" is the message's text.
 */
export interface Words extends RoutingWords, ModuleWords {
  /** `src/nlu/language-names.ts`, `src/bot/language-command.ts`. */
  languages: {
    /** The four languages' names as whole words, accents folded ("anglais", "espanola"). */
    names: LanguageNames;
    /** Names found inside a run of characters, for a script written without spaces ("英文"). */
    namesInRun: LanguageNames;
    /** Words one letter from a name that are other words ("france"): no typo of a name. */
    notATypo: readonly string[];
    /** Asking what the assistant speaks, not choosing ("do you speak French?"); folded, `i`. */
    asksAbility: Pattern;
  };
  /** `src/nlu/command-words.ts`: the evidence words of request commands, `i`, as typed. */
  commands: {
    requestInfo: Pattern;
    reject: Pattern;
    approve: Pattern;
    withdraw: Pattern;
    resubmit: Pattern;
    selection: Pattern;
    status: Pattern;
    asksForARequest: Pattern;
    mine: Pattern;
    queue: Pattern;
    speaksOfRequests: Pattern;
    /** Several requests asked after ("my telework requests"): the list, not one of them. */
    pluralRequests: Pattern;
    export: Pattern;
    stats: Pattern;
    hrPerson: Pattern;
    /** What HR did, reported back ("HR asked for more info on X – here it is"): no decision to take. */
    reportedDecision: Pattern;
  };
  /** `src/nlu/mood.ts`: matched on normalised text without ids, no flags. */
  mood: {
    /** A command whose first word is the verb ("approve …", "请批准"). */
    leadingCommand: Pattern;
    /** The same as slots of `^\s*(please)?(verb)\b`, for languages sharing that pattern. */
    leadingPlease: Pattern;
    leadingVerb: Pattern;
    negated: Pattern;
    /** A polite request for the action ("could you approve …?"). */
    politeRequest: Pattern;
    /** Words that ask politely before a verb, read as `(^|[,;.]\s*)¿?\s*ask\s+(object)?verb`. */
    politeAsk: Pattern;
    politeObject: Pattern;
    politeVerb: Pattern;
    question: Pattern;
    /** "déjà approuvé", "ya aprobado": `\b(already)\s+(decided)`. */
    already: Pattern;
    decidedStem: Pattern;
  };
  /** `src/nlu/entities.ts`: facets on folded text (the period and document symbols blanked), no flags. */
  facets: {
    baseline: Pattern;
    milestone: Pattern;
    target: Pattern;
    verification: Pattern;
    definition: Pattern;
    outcome: Pattern;
    all: Pattern;
    /** Compounds rewritten before facets are read ("成果目标" is an outcome, not a target). */
    rewrites: readonly (readonly [RegExp, string])[];
  };
  /** `src/nlu/entities.ts`: numbers, amounts, units and periods. */
  amounts: {
    /** The word before an outcome's digit ("outcome 2"), normalised. */
    outcomeWord: Pattern;
    /** An outcome with its own numerals, one capture; normalised. */
    outcomeNumbered: Pattern;
    /** Numerals of `outcomeNumbered` that are no digits. */
    numerals: Readonly<Record<string, number>>;
    /** Short words that are no request-id prefix when spaced ("in 2026 5"). */
    notAnIdPrefix: readonly string[];
    /** The whole list asked, not one item ("list the lessons", "列出"), folded. */
    list: Pattern;
    /** A number asked, `i`, as typed. */
    quantity: Pattern;
    /** A number asked, folded. */
    quantityFolded: Pattern;
    /** A planned or expected amount, folded. */
    planned: Pattern;
    /** A change, a figure or an indicator named, folded. */
    figureWords: Pattern;
    /** A source of funding, not an amount (`gi`, blanked). */
    funding: Pattern;
    /** Money asked, `i`. */
    money: Pattern;
    /** Budget or cost named, `i`. */
    moneyWords: Pattern;
    /** Units asked, `i`. */
    days: Pattern;
    weeks: Pattern;
    months: Pattern;
    /** Hours as a quantity asked ("how many hours", "heures par"), never a duration named. */
    hours: Pattern;
    /** A duration asked as a quantity ("how many days to fill a post", "招聘周期"), never one named in passing. */
    durationAsked: Pattern;
    percent: Pattern;
    /** Units after a figure in an answer, `i`: `\d+\s*(unit)`. */
    figureDays: Pattern;
    figureWeeks: Pattern;
    figureMonths: Pattern;
    figureHours: Pattern;
    /** "百分之": a percentage in words, after `\d\s*%`. */
    figurePercent: Pattern;
    /** A currency before a figure, `(currency)\s*\d`. */
    currencyBefore: Pattern;
    /** A currency or a magnitude after a figure, `\d[\d\s,.]*\s*(unit)`. */
    amountAfter: Pattern;
    /** The strategy word after "2018-2021" (`2018-21 (hr)? strategy`), `i`, normalised. */
    strategyAfterPeriod: Pattern;
    /** The strategy word before "(2018". */
    strategyBeforeYear: Pattern;
    /** The previous strategy named in words. */
    previousStrategy: Pattern;
    /** A period after the strategy named in words, `i`, folded. */
    laterPeriod: Pattern;
  };
  /** `src/nlu/entities.ts`: one of the user's own requests named in words, normalised. */
  ownRequest: {
    named: Pattern;
    /** Before and after a request type's name ("my … request"); both must hold when both are given. */
    typeBefore: Pattern;
    typeAfter: Pattern;
    /** "ma demande de …": `\b(article)\s+(noun)\b[\s\w'À-ÿ]{0,20}$` before the type's name. */
    typeArticle: Pattern;
    typeNoun: Pattern;
    /** Asking to file a new one, `(verb)\s+(possessive)\s+(noun)`, blanked (`g`). */
    fileVerb: Pattern;
    filePossessive: Pattern;
    fileNoun: Pattern;
  };
  /** `src/nlu/personal.ts`: questions about one's own HR record. */
  personal: {
    /** Normalised. */
    asTyped: readonly RegExp[];
    /** Normalised, accents off. */
    folded: readonly RegExp[];
  };
  /** `src/nlu/platform-commands.ts`: whole messages, folded, `u`. */
  platform: {
    registerHrChannel: RegExp;
    /** One capture: the request type's words. */
    openForm: RegExp;
    /** The word after a slash command that opens a form ("/hr request …"). */
    slashRequest: readonly string[];
  };
  /** `src/nlu/population.ts`: parts of the staff, folded, no flags (blanked with `g`). */
  population: {
    sexAny: Pattern;
    women: Pattern;
    men: Pattern;
    generalService: Pattern;
    director: Pattern;
    senior: Pattern;
    professional: Pattern;
    gradeAny: Pattern;
    region: Pattern;
    regionAny: Pattern;
    age: Pattern;
    ageAny: Pattern;
    headquarters: Pattern;
    field: Pattern;
    regularBudget: Pattern;
    extraBudgetary: Pattern;
    unitAny: Pattern;
    contract: Pattern;
    /** Words left beside population words that name nothing ("staff", "the"), `g`. */
    /**
     * The asker's own grade, or a person by their grade, folded: "new P2 here", "I'm a P3", "our
     * D1 told us" — not a part of the staff asked about.
     */
    asker: Pattern;
    filler: Pattern;
  };
  /** `src/knowledge/synonyms.ts`: words staff use for the paper's own, one group a line, stemmed. */
  synonyms: readonly string[];
  /** `src/knowledge/subjects.ts`: asking which focus area or outcome, accents off, `i`. */
  subjects: {
    asksFocusArea: Pattern;
    /** "which areas", "qué ejes": `\b(which)\s(area)\b(?!\s*\d)`. */
    whichHead: Pattern;
    areaNoun: Pattern;
    /** A key deliverable asked for ("is there a deliverable on mobility?"): its focus area holds it. */
    asksDeliverable: Pattern;
    asksOutcome: Pattern;
  };
}
