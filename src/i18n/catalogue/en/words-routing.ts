import type { RoutingWords } from "../../words-routing-type.ts";

/** English words of whole-message commands and of the router's shared tests. */
export const routing: RoutingWords = {
  languageCommand: {
    command: /language|lang/,
    fromNow: /now|from now on|from now/,
    polite: /please|pls|thanks|thank you|instead|only|again/,
    wish: /i(?:'d| would) like you to|i want you to|i(?:'d| would) rather you|i(?:'d| would) prefer (?:it )?if you/,
    asking:
      /(?:please|pls)\s+|(?:can|could|would|will) (?:you|u)\s+(?:please\s+)?|would you mind\s+|(?:let's|let us|can we|could we|shall we)\s+/,
    pronoun: null,
    verbs:
      /answer|reply|respond|speak|talk|write|switch|change|continue|use|chat|set|go back|come back|switch back|change back|back|answering|replying|responding|speaking|talking|writing|switching|answered|replied|responded|spoke|wrote/,
    object:
      /to me|with me|in the future|language|the language|my language|your answers|the answers|your replies/,
    preposition: /(?:in|to|into|in the|to the)\s+/,
    prefer: /i(?:'d| would)? (?:prefer|rather have)|i(?:'d| would) rather(?: have)?/,
    preferArticle: /(?:the|your)\s+/,
    preferAnswers: /answers|replies|responses/,
    preferPreposition: /in|to chat in|to talk in|to speak/,
    speak: /speak|talk|use/,
    withMe: /with me|to me/,
    answers: /answers|replies/,
    namePreposition: /in/,
    requestWithoutSpaces: null,
  },
  routing: {
    // "mentionn" is French and English ("mentionné", "mentioned").
    asksWhy: /^\s*why\b|\bwhy (is|does|do|are|did|was)\b/,
    aboutAName:
      /\b(what|who) (is|are)\b|\brole of\b|\bstand for\b|mentionn|\bhow does (the )?(strategy|paper|ilo|it) (deal|work|engage|handle|treat)\b|\bwhat does the (strategy|paper) say about\b|\bwhy (does|do|did) (the )?(strategy|paper|document|it) (mention|talk about|refer to|cite|include)\b/,
    namesAnIndicator: /indicator|\bkpi/,
    strategyWord: /\b(the|this|our|new|current|hr|ilo'?s?) (new |current |hr )?strateg(y|ies)\b/,
    comparesIndicators:
      /\b(highest|lowest|biggest|largest|smallest|most ambitious|least ambitious|most demanding|compare[sd]?|comparison|ranks?|ranking)\b/,
    compound: /\b(and|or|also|plus|as well as|vs|versus|compared|both)\b/,
  },
  intents: {
    progress: /\b(achiev|reach|met|meet|on track|progress)/,
    quantity: /\b(share|percentage|proportion|rate|figure|value|number|level|how (much|many))\b/,
    whichFocusArea: /\b(which|what) focus areas?\b|[,;]\s*(which )?(focus )?area\s*\?/,
    aim: /goals?|aims?/,
    scope: /focus area|outcome/,
    paragraph: /para\.?|paragraph|No\./,
    askHead:
      /^\s*(please\s+|pls\s+)?((can|could|would) you\s+(please\s+)?)?(i want to\s+|i'd like to\s+|let me\s+)?(ask|contact|message|email|check with|find out from|escalate (this |it )?to|forward (this|it|my question) to|send (this|it|my question) to|pass (this|it|my question) (on )?to|put me through to|connect me (to|with)|talk to|speak (to|with)|hand (this|it) (over )?to|refer (this|it|me) to|(send|forward|pass|put) (a|this|my|the) (question|message|note|query) (on )?to|leave (a |an )?(message|note|question) (for|with))\s+(an?\s+|the\s+|someone (in|from)\s+|somebody (in|from)\s+|a person (in|from)\s+)?(real\s+)?(hr|human resources|person|human|hr team|hr colleague|hr staff)\b/,
    asksForAPerson:
      /\b(talk|speak|chat) (to|with) (a real person|a human|someone in hr|somebody in hr|hr)\b|\bconnect me (to|with) (hr|a person|a human)\b|\b(someone|somebody|a person|a human|a real person)\s+(from|in|at)\s+(hr|human resources)\b/,
    note: /note/,
    askFiller: /this|it|that|about (this|it|that)|please|for me|my question|this question|the question/,
    askAbout: /about|regarding/,
  },
  calendar: {
    dayNames: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    daySeparator: ", ",
    // Read by the grammar of dates.ts and numbers.ts, which keeps its own words.
    months: [],
    weekdays: [],
    countWords: {},
    numberWords: {},
    numberJoiners: [],
  },
  answers: {
    yes: /yes|y|yep|yeah|ok|okay|sure|confirm|confirmed|go ahead|do it|proceed|correct|that's right/,
    no: /no|n|nope|cancel|stop|don't|do not|abort|never ?mind/,
  },
  form: {
    cancel: /cancel|stop|quit|abort|never ?mind|forget it/,
    submit: /submit|send|send it|submit it/,
    confirm: /yes|y|ok|okay|submit|send|send it|submit it|confirm|go ahead|looks good/,
    skip: /skip|none|no|n\/a|-|nothing|pass/,
    edit: /(?:edit|change|modify)(?![a-z])/,
    editCommands: [
      /^\s*(?:please\s+)?(?:edit|change|modify|update|correct|fix)(?![a-z])\s*(?:the\s+|my\s+)?(.*?)(?:\s+(?:to|into|as)\s+(.+))?\s*$/i,
    ],
    editAnywhere: [],
  },
};
