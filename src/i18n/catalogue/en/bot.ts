/** The bot's own wording: confirmations, clarifications, counts, its replies when there is no answer. */
export const bot = {
  "confirm.confirm": "Confirm",
  "confirm.cancel": "Cancel",
  "confirm.howTo": "Nothing has changed yet. Reply “confirm” to go ahead or “cancel” to leave it as it is.",
  "confirm.cancelled": "Cancelled: nothing was changed.",
  "confirm.expired":
    "That confirmation has expired, so nothing was changed. Say the command again if you still want it done.",
  "confirm.nothingPending":
    "Nothing is waiting for your confirmation. Ask me about the HR Strategy 2022–2025, or say “my requests”.",
  "confirm.replaced": "I left the earlier command unconfirmed: nothing was changed.",
  "proposal.approve": "Approve {id} ({type}, {requester})?",
  "proposal.reject": "Reject {id} ({type}, {requester}) with the comment “{detail}”?",
  "proposal.request-info": "Ask {requester} for more information on {id} ({type}): “{detail}”?",
  "proposal.withdraw": "Withdraw your request {id} ({type})? It stays on record as withdrawn.",
  "proposal.resubmit": "Resubmit {id} ({type}) to HR with this information: “{detail}”?",
  "proposal.recordSelection":
    "Record for {id} ({type}, {requester}) that the selection finished on {detail}?",
  "requestWords.whichOne": "You have several requests of that kind. Which one do you mean?",
  "requestWords.noneOfThose": "I can't find a request of yours of that kind. Say “my requests” to list them.",
  "organisation.notOurs":
    "The HR Strategy 2022–2025 is the ILO's own: it sets no targets for {org}, and I can't speak for another organisation's strategy. Ask me about the ILO's indicators instead, for example “what is the mobility target?”.",
  "noTarget.noFigure":
    "The HR Strategy 2022–2025 sets no target or figure for {topic}, and I won't guess one.",
  "noTarget.mentions": "What the strategy says about it:",
  "noTarget.notMentioned": "The strategy does not mention it.",
  "noTarget.didYouMean": "Did you mean the key indicator “{indicator}”? It has a target of its own.",
  "noTarget.indicatorTarget": "{indicator} target",
  "choice.pick": "Reply with a number, or say it in your own words.",
  "decision.whichRequest": "Which request? These are waiting for a decision:",
  "decision.verb.approve": "approve",
  "decision.verb.reject": "reject",
  "decision.verb.request-info": "ask for information on",
  "count.deliverables": "The strategy has {n} key deliverables, across its eight focus areas:",
  "count.focusAreas": "The strategy has {n} focus areas:",
  "count.indicators": "The strategy has {n} key indicators:",
  "count.outcomes": "The strategy has {n} outcomes:",
  "count.lessons": "The strategy draws {n} lessons from the previous strategy:",
  "count.risks": "The strategy names {n} risks:",
  "count.assumptions": "The strategy rests on {n} assumptions:",
  "bot.starter.mobility": "What is the mobility target?",
  "bot.starter.whatCanYouDo": "What can you do?",
  "bot.noQuestion":
    "I didn't find a question in that message. Ask me about the HR Strategy 2022–2025, for example one of its key indicators.",
  "bot.apology":
    "Sorry, something went wrong on my side and I couldn't answer. Please try again; if it keeps happening, contact HRD.",
  "bot.truncated": "Your message was very long, so I read only its first {max} characters.",
  "bot.answeredInEnglish": "The strategy's own words are quoted in English.",
} as const;
