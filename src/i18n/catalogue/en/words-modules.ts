import type { ModuleWords } from "../../words-modules-type.ts";

/** English words of the modules that read their own rules. */
export const modules: ModuleWords = {
  count: {
    items: {
      deliverables: /\bdeliverables\b/,
      // "areas" is Spanish too ("áreas" with accents off).
      focusAreas: /\bfocus areas\b|\bareas\b/,
      indicators: /\b(key )?indicators\b|\bkpis?\b/,
      outcomes: /\boutcomes\b/,
      lessons: /\blessons\b/,
      risks: /\brisks\b/,
      assumptions: /\bassumptions\b/,
    },
    // "proportion" and "part" are French too.
    share: /\b(share|percentage|proportion|part)\b/,
    request: /\brequests?\b/,
  },
  lessonsList: ["lesson", "learn", "learnt", "key", "main", "previou", "last", "strategy", "hr"],
  feedback: {
    notHelpful: [
      /^(that |this |it )?(was |is |wasn't |isn't )?(not|wasn't|isn't|didn't|did not|no|un)[\s-]?(very |really |that |at all )?(helpful|useful|help( me)?|answer (it|my question))|^(useless|unhelpful|👎|thumbs down|wrong answer|that's wrong|bad answer|not what i asked)/,
    ],
    helpful: [
      /^(that |this |it )?(was |is )?(very |really |quite |super |so )?(helpful|useful|great answer|perfect|exactly what i needed|that helps|that helped|👍|thumbs up)/,
    ],
    rest: /at all|thanks|thank you|for me|my question/,
    thanks: /thanks|thank you/,
  },
  greetingThanks: /thank|thx|cheers/,
  hrQuestion: {
    answer: /^\s*(please\s+)?(answer|reply( to)?|respond( to)?)\b/,
    close: /^\s*(please\s+)?(close|dismiss|resolve|mark)\b/,
    please: null,
    answerVerb: null,
    closeVerb: null,
  },
  myQuestions: {
    asked:
      /\b(my|mine)\b[^.?!]{0,20}\bquestions?\b(?! (is|are|was)\b)|\bquestions?\b[^.?!]{0,25}\b(i|i've|i have)\b[^.?!]{0,10}\b(asked|ask|sent|send|raised|raise|submitted|escalated|forwarded)\b|\b(did|has|have) (hr|human resources) (answered|replied|responded|got back)|\bwhat have i asked\b/,
    possessive: null,
    possessivePlural: null,
    question: null,
    questionsPlural: null,
    questionAny: null,
    statesVerb: null,
    isVerb: null,
    toHr: null,
    hr: null,
    iSent: null,
    askedHr: null,
    answered: null,
    me: null,
  },
  unanswered: {
    asked:
      /\bunanswered\b|\b(went|go|were|are) (un|not )answered\b|\b(questions?|things)\b[^.?!]{0,30}\b(couldn't|could not|failed to|didn't|did not) (you )?answer|\bwhat (couldn't|could not|did not|didn't) you answer|\bnot helpful (answers|questions|ratings)\b|\bwhat (did|do) you not answer|\b(could not|couldn't) answer\b[^.?!]{0,20}$|\b(were|was) not answered\b|\bwhat didn't you answer|\b(gaps in|add to) the knowledge base|\bknowledge (base )?gaps?\b/,
    askedFolded: null,
    topic: null,
    unanswered: null,
    remained: null,
    noAnswer: null,
    gaps: null,
    gapsPlural: null,
    knowledgeBase: null,
    report: null,
    of: null,
    add: null,
    answers: null,
    notUseful: null,
    own: /\b(my|mine)\b/,
  },
  aboutTheStrategy: /\bstrateg(y|ies)\b|\bthe paper\b/,
  // "para. 49", "paras 48", "§49": the paper's paragraphs as staff shorten them ("para 49" without
  // the point is Spanish "for 49", and stays as typed).
  commonTypos: [
    [/\b[Pp]aras?\.\s*(?=\d)|\b[Pp]aras\s+(?=\d)/, "paragraph "],
    [/§\s*(?=\d)/, "paragraph "],
  ],
  consoleExit: ["exit", "quit", "/exit", "/quit"],
};
