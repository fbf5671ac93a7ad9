import type { Words } from "../../words-type.ts";
import { TYPE } from "../shapes.ts";
import { modules } from "./words-modules.ts";
import { routing } from "./words-routing.ts";

/** English vocabulary. Codes shared by every language (usd, chf, gs, p5, d1) are kept here. */
export const en: Words = {
  ...routing,
  ...modules,
  languages: {
    names: { en: ["english"], zh: ["chinese", "mandarin"], fr: ["french"], es: ["spanish"] },
    namesInRun: { en: [], zh: [], fr: [], es: [] },
    // Latin look-alikes of the names in several languages, kept in one place.
    notATypo: ["france", "frances", "chines", "angles"],
    asksAbility: /\b(?:do|can|does) (?:you|u|it) (?:speak|understand|read|write)\b/,
  },
  commands: {
    requestInfo:
      /ask(ing)? for (more )?(info|details)|\bask (the |him |her |them )?(manager|requester|staff member|supervisor|applicant|him|her|them) (for|to (send|provide|add|share))\b|request(ing)? (more )?(info|details)|more (information|details|info)|need(s)? (more )?(info|details)|send .{0,30}\bback\b.{0,20}\b(ask|for)|^\s*(please |pls )?send\b(?! me\b).{0,30}\bback\b/,
    reject: /reject|decline|deny|refuse|turn down|\bno to\b/,
    approve: /\bapprov(e|es|ed|ing)\b|\baccept|\bgrant|go ahead|sign off/,
    withdraw:
      /withdraw|cancel|retract|pull back|take (it|that|this) back|\bscrap\b|\bpull\b|\bdrop\b|don'?t need .{0,30}\banymore/,
    resubmit:
      /resubmit|re-submit|resend|re-send|send .{0,40}\bagain\b|^(here is |here's )?(the )?(more )?info(rmation)? for|info(rmation)? (hr|you) (asked|wanted|requested|needed)|reply(ing)? to hr|answer(ing)? hr|(add|added|send|here are|attached) (the )?(missing |extra |more )?(details|info|information)|\bupdated\b/,
    selection: /selection|selected/,
    status: /status|happening|where|news|update|progress|going/,
    asksForARequest:
      /(^|[.,;:!?]\s*|\b(i|we|i'd|i'll|we'd|just|really|also|still|do|would|will|pls|please)\s+)(want|need)\b|\b(pls|plz|please|submit|request|apply|file|open|start|launch|begin|'d like|would like|let's|can i|could i|can we|could we|how do i|is it possible|(would|will|could) it be possible|is there a way|sign up|enrol{1,2}|register for|nominate|propose|put .{1,30} forward|recommend|sign me up|set me up)\b|\b(can|could|would|will) (the office|the ilo|my unit|my department|my team|they|you|hr|we) (pay|fund|cover|sponsor|reimburse) (for )?(it|this|that|me|my \w+)\b|\b(get|have) (it|this|that|my \w+) (funded|sponsored|reimbursed|paid for)\b/,
    mine: /\bmy\b.*\b(requests?|submissions?|applications?)\b|\brequests?\b.*\b(i|me)\b|\b(what|everything|all) (have |did )?i('ve)? (submitted|filed|sent)/,
    queue:
      /pending|waiting|queue|inbox|to (approve|review|decide|process)|awaiting|undecided|not yet decided|unprocessed|not (yet )?(processed|handled|reviewed)|left to (review|process|decide)/,
    speaksOfRequests: /\b(requests?|submi\w*)(?![a-zà-ÿ])/,
    pluralRequests: /\b(requests|applications|submissions|nominations)\b/,
    export: /export|csv|download/,
    stats:
      /requests?\b.*\b(stat|analytic|count|number|by type)|\b(stat|statistics|analytics|count)\b.*\brequests?|approval rate|turnaround|backlog|share of early|how many .{0,25}\brequests?\b/,
    hrPerson: /\b(hr|human resources|person|human)\b/,
    reportedDecision:
      /\b(hr|you|they|someone|human resources)\s+(has |have |had )?(asked|requested|wanted|needed)\b|\bas (requested|asked)\b|\bhere (it is|is|are|you go)\b/,
  },
  mood: {
    leadingCommand:
      /^\s*(please |pls |kindly )?(approve|reject|decline|deny|refuse|accept|grant|withdraw|retract|resubmit|re-submit|ask (the requester )?for (more )?info(rmation)?|request (more )?info(rmation)?|record)\b/,
    leadingPlease: null,
    leadingVerb: null,
    negated:
      /\b(don'?t|do not|dont|never|shouldn'?t|should not|no need to|wait before|wait to)\s+(\w+\s+){0,3}?(approve|reject|decline|deny|refuse|accept|grant|withdraw|cancel|retract|resubmit|record|decide|ask|send|touch|do|process|act)\b|\b(not yet|hold off)\b/,
    politeRequest:
      /^\s*(please\s+)?(can|could|would|will) you (please |kindly )?(approve|reject|decline|deny|refuse|accept|grant|withdraw|cancel|retract|resubmit|record|ask|request)\b/,
    politeAsk: null,
    politeObject: null,
    politeVerb: null,
    // A question mark ends a question in any language written with Latin letters.
    question:
      /\?\s*$|^\s*(by\s+|until\s+)?(has|have|had|was|were|is|are|did|does|do|will|when|what|why|how|where|who|which|whose|any|anything|status)\b|\b(yet|already)\s*\??\s*$|\b(been|got|get|getting) (approved|rejected|declined|accepted|decided|withdrawn|resubmitted|granted)\b/,
    already: null,
    decidedStem: null,
  },
  facets: {
    baseline:
      /baseline|base line|starting (point|value|figure)|start(ed)? (from|at)|\b20(1[89]|2[01]) (result|figure|value|level|score)s?\b|\b(result|figure|value|level|score)s? (in|for|of) 20(1[89]|2[01])\b/,
    // "by 23", "end-25", "in '23": the strategy's years shortened (not "by 23 June", "in 23 days").
    milestone:
      /milestone|mid-?term|interim|\b(by|end|end of|in|for|until|till?)[\s-]*'?23(?![\d%:/]|[.,]\d|\s*[a-z])|(?<![\w'])'23\b/,
    target:
      /target|goal|aim(ed|ing)? (for|at)|\b(by|end|end of|in|for|until|till?)[\s-]*'?25(?![\d%:/]|[.,]\d|\s*[a-z])|(?<![\w'])'25\b/,
    // "verif" is also French and Spanish.
    verification:
      /verif|data source|source of (the )?data|means of|measured (how|with|by)|how (is|are) (it|they) measured|which (survey|system|data)/,
    definition:
      /what does .* measure|measures? what|what (is|are) .* measur|definition|define|defined|mean(s|ing)?\b|cover(s|ed)?\b|which (staff|grades|positions|groups)/,
    outcome: /which outcome|what outcome|belong|fall under|under which/,
    all: /all (the )?(figures|numbers|values)|full (set|trajectory|picture)|every (figure|number)|overview|summar|trajectory|figures|numbers/,
    rewrites: [],
  },
  amounts: {
    outcomeWord: /outcome/,
    outcomeNumbered: null,
    numerals: {},
    notAnIdPrefix: [
      "in",
      "on",
      "at",
      "by",
      "for",
      "from",
      "till",
      "til",
      "to",
      "the",
      "of",
      "and",
      "or",
      "since",
    ],
    list: /\b(list|enumerate|all (of )?the|every one of|summari[sz]e)\b|\b(what|which) (are |were )?(the )?(main |key )?(lessons|risks|assumptions|deliverables|partners)\b/,
    quantity:
      /how (many|much)|what (percentage|percent|pct|share|proportion|number)|\bwhat\s*%|(?<!\ba )\b(total )?(number|no\.|count) of\b/,
    quantityFolded: null,
    planned: null,
    // "will salaries go up? any figure?", "how far along … like in %": a change or a figure asked of the topic itself.
    figureWords:
      /\b(kpi|any (figures?|numbers?)|(go|goes|going) up|increase by|rise by|by how much|how far (along|advanced))\b|\b(in|as an?|like in) (%|percent\b|percentage\b)/,
    funding: /\b(regular[- ]budget|extra-?budgetary|zero[- ]growth budget)\b/,
    money:
      /\b(dollars?|usd|chf|euros?)\b|us\$|\b(how much|what)\b[^.?!]{0,25}\b(budget|cost|funding)\b|\b(budget|cost)\b[^.?!]{0,15}\bhow much\b/,
    moneyWords: /\b(budgets?|costs?)\b/,
    days: /days?\b/,
    weeks: /weeks?\b/,
    months: /months?\b/,
    hours: /how many (\w+ )?(hours|hrs)|\b(hours?|hrs?) (per|a|each)\b/,
    durationAsked:
      /\b(how many|number of|no\. of|target( number of)?|average)\s+(\w+\s+)?(days|weeks|months)\b|\b(days|weeks|months) to (fill|recruit|hire|complete)\b|\btime[- ]to[- ](hire|recruit|fill)\b/,
    percent: /percentage/,
    figureDays: /days?/,
    figureWeeks: /weeks?/,
    figureMonths: /months?/,
    figureHours: /hours?|\bhrs?\b/,
    figurePercent: null,
    currencyBefore: /chf|usd|us\$|\$|€|francs?|dollars?/,
    amountAfter: /chf|usd|francs?|dollars?|millions?/,
    strategyAfterPeriod: /strategy/,
    strategyBeforeYear: /strategy/,
    previousStrategy: /(previous|last|earlier|former|old) (hr )?strategy/,
    laterPeriod:
      /\bnext (biennium|strategy|hr strategy|strategic plan|programme and budget|p&b)\b|\b(after|beyond|post)[- ]2025\b/,
  },
  ownRequest: {
    named:
      /\bmy\b.{0,40}\b(request|application|nomination|submission)s?\b|\b(request|application|nomination)\b.{0,30}\bi (submitted|filed|made|sent|put in)\b|\b(the|that) .{0,30}\bi (submitted|filed|sent|put in)\b/,
    typeBefore: /\b(my|the|that|this)\b[\w\s&-]{0,15}$/,
    // "my team award get rejected": a decision on it says it is a request of the user's.
    typeAfter:
      /^[\w\s&-]{0,15}\b(request|application|one|review|nomination|submission)s?\b|^[\w\s&-]{0,15}\b(get|got|gets|been|was|were|is)\s+(rejected|approved|refused|turned down|declined|denied|accepted)\b|^\s{0,3}(rejected|approved|refused|turned down|declined|denied|accepted)\b/,
    typeArticle: null,
    typeNoun: null,
    fileVerb: null,
    filePossessive: null,
    fileNoun: null,
  },
  personal: {
    asTyped: [
      /\bmy\s+(?:[\w-]+\s+){0,3}?(?:leave|sick days|sick leave|holidays?|vacation|contract|salary|pay|payslip|payroll|step|increment|promotion|appraisal|rating|pension|grade|allowances?|entitlements?|reclassification|overtime|visa|tax|benefits?)\b/,
      /\b(?:am|can|do|will|did|should|may|could)\s+i\s+(?:[\w-]+\s+){0,4}?(?:eligible|entitled|promoted|paid|earn|renewed|retire|transfer|get\s+(?:a|my|the)?\s*(?:raise|promotion|step|increment|leave|contract))\b/,
      /\b(?:leave|sick days|sick leave|holidays?|vacation|contract|salary|pay|payslip|payroll|step|increment|promotion|appraisal|rating|pension|grade|allowances?|entitlements?|reclassification|overtime|visa|tax|benefits?)\b.*\b(?:do|did|have)\s+i\s+(?:have|get|got|left|used|taken|had)\b/,
      /\b(scores?|ratings?|results?|feedback)\b.{0,40}\b(gave|give|given)\s+me\b/,
      /\b(i|i've|i have)\s+applied\b|\bmy (job )?applications?\b/,
      // Another person's record is no more the paper's than one's own: "my colleague's disciplinary case".
      /\b(?:my\s+)?(?:colleague|supervisor|boss|manager|assistant|staff member|someone|somebody)'s\s+(?:[\w-]+\s+){0,3}?(?:case|file|contract|salary|pay|appraisal|rating|leave|grade|promotion|pension|complaint|investigation)\b/,
    ],
    folded: [],
  },
  platform: {
    // "register HR channel", "register this channel as the HR channel", "set this as the HR channel"
    registerHrChannel:
      /^(?:register|set)\s+(?:this\s+(?:channel\s+)?|the\s+)?(?:as\s+)?(?:the\s+|our\s+)?hr\s+channel$/u,
    openForm: new RegExp(`^request\\s+(?:an?\\s+|for\\s+)?${TYPE}$`, "u"),
    slashRequest: ["request"],
  },
  population: {
    sexAny: /\b(sex|gender)\b/,
    women: /\b(women|woman|female)\b/,
    men: /\b(men|man|male)\b/,
    generalService: /\b(gs|g[1-7]|general[- ]service)\b/,
    director: /\bd[12]\b|\bdirector[- ]level\b/,
    senior: /\bp5\b|\b(senior (staff|positions?|posts?|levels?|grades?))\b/,
    professional: /\bp[1-4]\b|\bp[- ]staff\b|\bprofessional (staff|positions?|posts?|category|grades?)\b/,
    gradeAny: /\b(by|per) (grade|category)\b/,
    region:
      /\b(africa|african|asia|asian|asia-pacific|pacific|americas|latin america|caribbean|arab states|middle east|europe|european|central asia)\b/,
    regionAny: /\b(by|per|each|every|across) regions?\b|\bregional breakdown\b/,
    age: /\b(under|over|below|above|aged)[- ]?\d\d\b|\b\d\ds\b|\bage (group|bracket)s?\b|\b(older|younger) staff\b/,
    ageAny: /\b(by|per) age\b/,
    headquarters: /\b(headquarters|hq)\b/,
    field: /\bfield(-based)?( offices?| staff| duty stations?)?\b|\b(country|regional) offices?\b/,
    regularBudget: /\bregular[- ]budget\b|\brb[- ](staff|funded|positions?)\b/,
    extraBudgetary:
      /\bextra-?budgetary\b|\bxb(dc)?\b|\bproject[- ](funded|staff|positions?)\b|\bdevelopment cooperation (staff|funded|projects?)\b|\bdonor[- ]funded\b|\bdc[- ]funded\b|\b(funded|paid) (by|from|through) (donors?|projects?|development cooperation|xb)\b/,
    unitAny: /\b(by|per|each|every) (department|unit|office|country|duty station)s?\b/,
    contract: /\b(fixed-term|temporary|short-term|consultants?)\b/,
    asker:
      /\b(i'?m|i am|as an?|new|fellow)\s+(an?\s+)?(d[12]|p[1-5]|g[1-7]|gs)\b(\s+(here|officer|staff member))?|\b(d[12]|p[1-5]|g[1-7]|gs)\s+here\b|\b(my|our|your|his|her|their)\s+(d[12]|p[1-5])\b/,
    filler: /\b(staff|positions?|posts?|in|at|the|of|and|above|and up|share|percentage|personnel)\b/,
  },
  synonyms: [
    "effect impact consequence implication",
    "consider consideration account regard",
    "improve enhance strengthen boost",
    "employee staff personnel workforce worker colleague",
    "hire recruit recruitment hiring selection",
    "job position post role vacancy",
    "target goal aim objective",
    "fast quick speed accelerate faster quicker time",
    "verify verification measure data source",
    "boss manager supervisor",
    "train training learning development course skill",
    "harassment violence abuse bullying",
    "wellbeing well-being health wellness",
    "remote telework teleworking home hybrid flexible",
    "review revise revision update",
    "partner partnership cooperation collaborate collaboration cooperate",
    "risk threat danger",
    "money fund funding resource budget cost finance",
    "rule policy regulation framework",
    "woman women female gender",
    "young youth junior",
    "disability disabled disabilities",
    "mobility rotation move transfer reassignment",
    "digital digitalization digitization digitalisation digitisation technology automation online",
    "reward recognition award recognise recognize",
    "misconduct discipline disciplinary wrongdoing sanction",
    "retire retirement separation",
    "diversity diverse inclusion inclusive",
    "country nationality geographical geographic",
    "onboarding induction",
    "survey questionnaire feedback",
    "approve endorse adopt adoption decision decide",
    "analytics analysis dashboard report reporting",
    "ethics ethical integrity conduct",
    "culture mindset",
    "plan planning forecast anticipate",
    "write wrote author prepare prepared",
    // abbreviations staff use for the paper's names
    "gb govern",
    "ilc conference",
    "hrd department",
    "dc cooperation",
  ],
  subjects: {
    asksFocusArea: /\bfocus areas?\b(?!\s*\d)/,
    whichHead: /which|what/,
    areaNoun: /areas?/,
    asksDeliverable:
      /\b(key )?deliverables?\b|\bpromis\w* to deliver\b|\bwill (hr|the office|the strategy|it) deliver\b|\bto be delivered\b/,
    asksOutcome: /\boutcomes?\b(?!\s*\d)/,
  },
};
