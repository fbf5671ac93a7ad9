/** The intents' own wording around the knowledge base's texts: answers' frames, refusals, suggestions. */
export const intents = {
  "suggest.allIndicators": "all indicators",
  "suggest.mobilityTarget": "mobility target",
  "suggest.womenP5": "women in P5 and above",
  "suggest.whatCanYouDo": "what can you do?",
  "suggest.WhatCanYouDo": "What can you do?",
  "suggest.focusArea22": "What is focus area 2.2 about?",
  "suggest.lessonsLearned": "lessons learned",
  "suggest.allLessons": "all lessons learned",
  "suggest.outcome1": "Outcome 1",
  "suggest.risksAssumptions": "risks and assumptions",
  "suggest.partnerships": "partnerships",
  "suggest.submitFlexibleWork": "submit a flexible-work request",
  "suggest.withdrawId": "withdraw {id}",
  "suggest.indicatorsOfOutcome": "indicators of Outcome {number}",
  "starter.mobility": "What is the mobility target?",
  "starter.womenP5": "Women in P5 and above: target?",
  "starter.allIndicators": "All indicators",
  "starter.focusArea22": "What is focus area 2.2 about?",
  "command.statusOfVerb": "status of",
  "greeting.thanks": "You're welcome! Anything else I can help with?",
  "greeting.hello":
    "Hello! I'm the HR Strategy Assistant. I answer questions about the {title}: its three outcomes, eight focus areas, key deliverables and key indicators.",
  "help.intro":
    "I answer questions about the Human Resources Strategy 2022–2025: Diversity, accountability and respect (GB.343/PFA/14), in English, Chinese, French or Spanish:",
  "help.indicators":
    "Key indicators: baseline, 2023 milestone, 2025 target, means of verification (e.g. “mobility target”, “P5+ women baseline”, “all indicators”)",
  "help.outcomes":
    "The three outcomes and eight focus areas with their key deliverables (e.g. “Outcome 2”, “focus area 1.3”)",
  "help.context":
    "Lessons learned, assumptions and risks, partnerships, context figures (e.g. “how many staff retired in 2018–2021?”)",
  "help.paper": "Anything in the paper: ask in your own words and I quote the passage with its section",
  "help.requests":
    "HR requests: flexible work, early recruitment, learning, mobility, recognition, job description review (e.g. “submit a flexible-work request”); “my requests”, “status of FWA-2026-0001”, “withdraw <id>”",
  "help.process":
    "What happens to a request: the HR team is told when you submit it, and approves it, rejects it or asks you for more information; you are told here at each step. I send it to no one else, your supervisor included",
  "help.reviewers":
    "HR reviewers: “pending requests”, “approve <id>”, “reject <id> <comment>”, “request statistics”, “export requests as CSV”",
  "help.language":
    "The language of my answers: I answer in the language you write in; say “language” or “answer in French” to choose English, Chinese, French or Spanish",
  "help.personal": "For your own HR matters (leave, contract, salary), please contact Human Resources.",
  "personal.refusal":
    "Sorry, I can't see personal HR records (leave balances, contracts, salary, grade or appraisals), and the HR Strategy 2022–2025 doesn't cover them. Please contact your HR partner or the Human Resources Development Department (HRD).",
  "scope.previousStrategy":
    "The HR Strategy 2022–2025 sets no targets or milestones for 2018–2021 (the previous strategy); figures from that period appear only as this strategy's baselines, e.g. “mobility baseline”.",
  "scope.yearsOutside":
    "The HR Strategy 2022–2025 covers 2022–2025 only (with baselines from 2018–2021): it sets milestones for the end of 2023 and targets for the end of 2025, and says nothing about {years}. I can't give figures for that period.",
  "scope.laterPeriod":
    "The HR Strategy 2022–2025 covers 2022–2025 only: it sets nothing for the next biennium or the periods after it (their budget, plans or figures), so I can't answer that. Human Resources can tell you more.",
  "scope.offTopic":
    "Sorry, that is outside the HR Strategy 2022–2025, so I can't answer it. I can only help with questions about the strategy: its outcomes, focus areas, deliverables and key indicators.",
  "scope.yearSeparator": ", ",
  "overview.paper": "{title}: {subtitle} ({symbol}, {session}). {purpose}",
  "overview.counts": "It has {outcomes} outcomes, {focusAreas} focus areas and {indicators} key indicators:",
  "partnerships.intro": "Partners in implementing the HR Strategy:",
  "partnerships.title": "Internal and external partnerships",
  "risks.assumptions": "The strategy rests on {count} key assumptions:",
  "risks.residual": "Residual risks:",
  "risks.mitigation": "Mitigation",
  "risks.title": "Key assumptions and residual risks",
  "lessons.title": "Lesson learned",
  "lessons.all": "The new strategy draws on {count} lessons learned from the HR Strategy 2018–2021:",
  "indicators.title": "Key indicators ({count})",
  "indicator.otherYears":
    "The strategy sets milestones for the end of 2023 and targets for the end of 2025 only; it gives no figure for {years}.",
  "indicator.noProgress":
    "The paper (2021) sets the baseline, milestone and target; it does not report progress made since.",
  "indicator.measures": "It measures: {text}. ",
  "indicator.baseline": "Baseline: {text}. ",
  "indicator.milestone": "Milestone for the end of 2023: {text}. ",
  "indicator.target": "Target for the end of 2025: {text}. ",
  "indicator.targetSame": "Target for the end of 2025: {text}, the same as the milestone. ",
  "indicator.verification": "Means of verification: {text}. ",
  "indicator.outcome": "It belongs to Outcome {number}: {outcome}. ",
  "indicator.named": "{name}: {lines}",
  "indicator.yearsUnset":
    "The strategy sets figures for {indicator} for the end of 2023 (milestone) and the end of 2025 (target) only; it gives none for {years}. Which do you want?",
  "indicator.yearsUnsetAny":
    "The strategy sets milestones for the end of 2023 and targets for the end of 2025 only; it gives no figure for {years}. Which indicator, and which of the two, do you mean?",
  "indicator.choiceMilestone": "{indicator}: milestone for the end of 2023",
  "indicator.choiceTarget": "{indicator}: target for the end of 2025",
  "indicators.compared":
    "The strategy does not rank its indicators. Here are all their figures side by side; some targets are stated as an increase or a range rather than a level.",
  "indicator.noSeparateFigure":
    "The strategy sets no target or figure of its own for that part of the staff.",
  "indicator.notBrokenDown":
    "{indicator} is not broken down by {dimensions}, and I won't give its figure as theirs. It measures: {measure}.",
  "indicator.choiceOverall": "{indicator}: figures overall",
  "indicator.otherUnit":
    "{indicator} is a percentage: {measure}. The strategy sets no figure in {unit} for it, and I won't give its percentages as one.",
  "unit.hours": "hours (of training or work)",
  "unit.duration": "days, weeks or months (a duration)",
  "unit.money": "money (a budget or a cost)",
  "population.sex": "sex",
  "population.grade": "grade or staff category",
  "population.region": "region",
  "population.age": "age",
  "population.location": "headquarters and field",
  "population.funding": "source of funding",
  "population.unit": "department, office or country",
  "population.contract": "type of contract",
  "indicator.which":
    "Which indicator do you mean? The appendix sets a baseline, a milestone for the end of 2023 and a target for the end of 2025 for each of its {count} key indicators:",
  "indicator.didYouMean":
    "The HR Strategy 2022–2025 does not set a figure under that name, and I won't guess one. Did you mean one of these key indicators?",
  "indicator.notFound":
    "The HR Strategy 2022–2025 does not set an indicator or figure for that, and I won't guess one. The key indicators in its appendix are:",
  "focusArea.list": "The focus areas of the strategy:",
  "focusArea.deliverables": "{count, plural, one {# key deliverable} other {# key deliverables}}:",
  "focusArea.partners": "Partners it names: {names}.",
  "outcome.list": "The three outcomes of the HR Strategy 2022–2025:",
  "outcome.focusAreas": "Focus areas:",
  "outcome.indicators": "Key indicators:",
  "outcome.comesUnder": "That comes under Outcome {number}: {title}.",
  "outcome.comesUnderIn": "That comes under Outcome {number}: {title}, in focus area {area}: {areaTitle}.",
  "outcome.title": "Outcome {number}: {title}",
  "search.noFigure":
    "The strategy gives no figure for this, and I won't guess one. Here is what it says on the subject.",
  "search.noFigureAlone":
    "The strategy gives no figure for this, and I won't guess one. You can ask for an indicator overall, or for all indicators.",
  "search.says": "What the strategy says:",
  "search.lead": "{label}: {value}. ",
  "requests.none": "You have not submitted any requests yet.",
  "requests.mine": "Your requests ({count}):",
  "requests.history": "History:",
  "requests.canSubmit": "You can submit these requests in chat:",
  "requests.typeLine": "{title} — focus area {focusArea}",
  "pending.none": "No requests are waiting for review.",
  "pending.list": "Waiting for review ({count}), oldest first:",
  "pending.howTo": "Reply “approve <id>”, “reject <id> <comment>” or “ask for information <id> <comment>”.",
  "decide.ask":
    "Say the decision and the id, e.g. “approve FWA-2026-0007” or “reject FWA-2026-0007 the dates clash”.",
  "decide.done": "{id}: {status}. The requester has been notified.",
  "decide.comment": "Comment",
  "selection.ask": "Give the id and the date, e.g. “selection for ERV-2026-0003 finished on 2026-10-01”.",
  "resubmit.ask": "Give the id and the information, e.g. “resubmit FWA-2026-0007: Mondays only”.",
  "resubmit.done": "{id} was resubmitted; HR has been notified.",
  "export.count": "{count, plural, one {# request} other {# requests}} (CSV):",
  "export.whole":
    "The whole file: npm run --silent requests -- export --csv --output requests.csv (with --type, --status, --from, --to).",
  "stats.total": "Requests{when}: {total}",
  "stats.noComparison": "nothing to compare yet (HR records the selection date when closing a request).",
  "stats.earlyShare": "Early-recruitment requests with selection finished before the incumbent left: {share}",
} as const;
