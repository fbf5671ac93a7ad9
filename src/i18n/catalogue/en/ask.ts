/**
 * "Ask HR" (handing a question to a person in HR), HR's side of it, feedback on answers and the
 * unanswered report. The offers ("Ask HR", "Helpful") are sent back as typed: the intents read
 * them in every language.
 */
export const ask = {
  "ask.offer": "Ask HR",
  "ask.helpful": "Helpful",
  "ask.notHelpful": "Not helpful",
  "ask.propose": "Send your question to HR? “{question}”",
  "ask.noteLabel": "Note",
  "ask.questionLabel": "Question",
  "ask.askedBy": "Asked by",
  "ask.askedOn": "Asked on",
  "ask.statusLabel": "Status",
  "ask.answerLabel": "Answer",
  "ask.answeredBy": "Answered by",
  "ask.closedBy": "Closed by",
  "ask.filed":
    "Sent to HR as {id}. A person in HR will answer you here; meanwhile say “status of {id}” or “my questions”.",
  "ask.duplicate":
    "You have already sent this question to HR: {id}. Say “status of {id}” to see where it stands.",
  "ask.noQuestion":
    "What would you like to ask HR? Write it after “ask HR:”, e.g. “ask HR: how many leave days do I have left?”.",
  "ask.emptyNote":
    "The note is empty. Write it after “note:” (e.g. “ask HR note: I need this before my mission”), or say just “ask HR” to send your question without one.",
  "ask.tooLong":
    "That {what, select, question {question} note {note} other {answer}} is {length, number} characters long; HR questions take at most {limit, number}. Please shorten it and send it again.",
  "ask.notFound":
    "I can't find that HR question, or it isn't yours to see. Check the id (e.g. ASK-2026-0001), or say “my questions” to list yours.",
  "ask.forbidden": "Sorry, only HR can answer or close a question sent to HR.",
  "ask.notOpen":
    "{id} is already {status}, so it cannot be answered or closed again. The asker can send a new question with “ask HR”.",
  "ask.emptyAnswer":
    "The answer is empty. Write it after the id, e.g. “answer ASK-2026-0001: you have 12 days of annual leave left”.",
  "ask.whichQuestion":
    "Which question? Name its id, e.g. “answer ASK-2026-0001: …” or “close ASK-2026-0001”.",
  "ask.openForHr": "Questions awaiting an answer:",
  "ask.invalid": "Something in that could not be recorded. Please try again with plain text.",
  "ask.status.open": "waiting for HR",
  "ask.status.answered": "answered",
  "ask.status.closed": "closed",
  "ask.mine": "Your questions to HR ({count, number}):",
  "ask.noneMine":
    "You have not sent any questions to HR. When I can't answer something, say “ask HR” and a person in HR will.",
  "ask.statusOf": "status of {id}",
  "ask.myQuestions": "my questions",
  "ask.closeCommand": "close {id}",
  "hrAnswer.proposeAnswer": "Send this answer to {asker} for {id}? “{answer}”",
  "hrAnswer.proposeClose":
    "Close {id} (asked by {asker}) without an answer? They will be told it was closed.",
  "hrAnswer.answered": "{id} answered. The asker has been sent your answer.",
  "hrAnswer.closed": "{id} closed. The asker has been told.",
  "hrAnswer.answerButton": "Answer",
  "hrAnswer.closeButton": "Close",
  "hrAnswer.askedHeadline": "New question for HR {id} from {who}",
  "hrAnswer.reminderHeadline": "Reminder: {id} from {who} is still waiting for an answer",
  "hrAnswer.howToAnswer": "Press Answer, or reply “answer {id}: <your answer>” (or “close {id}”).",
  "hrAnswer.closedHeadline": "{id}: {status} ({who})",
  "hrAnswer.answerToAsker": "HR answered your question {id} ({who})",
  "hrAnswer.closedToAsker": "HR closed your question {id} without an answer ({who})",
  "hrAnswer.stillNeed": "If you still need help, say “ask HR” with your question.",
  "feedback.thanksHelpful": "Thank you — glad it helped.",
  "feedback.thanksNotHelpful":
    "Thank you — I've noted that this answer did not help, so HR can improve what I know. If you need a person, say “ask HR”.",
  "feedback.nothingToRate":
    "There is no recent answer of mine to rate. Ask me about the HR Strategy 2022–2025, then tell me whether the answer helped.",
  "report.title": "Unanswered questions, {from} – {to}",
  "report.summary":
    "{total, plural, one {# declined or “not helpful” question} other {# declined or “not helpful” questions}}, in {groups, plural, one {# group} other {# groups}} of similar questions:",
  "report.none": "No questions went unanswered in that period.",
  "report.column.question": "Question",
  "report.column.language": "Language",
  "report.column.topic": "Topic",
  "report.column.count": "Count",
  "report.column.declined": "Declined",
  "report.column.notHelpful": "Not helpful",
  "report.private": "(personal-record question, words not kept)",
  "report.csvHint": "For a spreadsheet: npm run report -- unanswered --csv",
  "report.forbidden": "Sorry, only HR can see what went unanswered.",
} as const;
