/** What the request form says, and the validation messages of its fields. */
export const form = {
  "form.nothingToCancel": "There is no open request form, so there is nothing to cancel.",
  "form.alreadyOpen":
    "You are filling in a {title} request. Finish it first, or say “cancel” to start another.",
  "form.skipHint": "Say “skip” to leave it out.",
  "form.check": "Please check your request:",
  "form.summaryHelp": "Reply “submit” to send it, “edit <field>” to change something, or “cancel”.",
  "form.start": "Let's fill in your request: {title} (focus area {focusArea}). {summary}",
  "form.noted": "I have noted:",
  "form.notKept": "I could not keep these, so I will ask for them again:",
  "form.conflict": "{error} I have cleared {labels}: please give it again.",
  "form.orEdit": "To change {labels} instead, say “edit {bare}”.",
  "form.cancelAnyTime": "You can say “cancel” at any time, or “edit <field>” to change something.",
  "form.stillFilling": "(We're still filling in your {title} request.)",
  "form.cancelled": "Cancelled. Nothing was submitted.",
  "form.notSaved":
    "Sorry, the request could not be saved. Please try again later; if it keeps happening, contact HR.",
  "form.submitted":
    "Submitted: {id}. HR has been notified and will review it; I'll let you know when they decide.",
  "form.whichField": "Which field? Reply “edit <number>”:",
  "form.cannotSkip": "{label} is needed for this request, so it cannot be skipped.",
  "form.submitTooEarly": "Nothing has been sent yet: still missing: {labels}.",
  "form.checkBeforeSending": "Nothing has been sent yet.",
  "form.unknownType": "That request type is not known.",
  "form.correct": "Please correct the following:",
  "form.openFormReminder":
    "You have an open {title} form{known, select, none {} other {: {known}}}. Answer the question below to go on, or type “cancel” to drop it.",
  "form.labelInSentence": "the {label}",
  "form.submitLabel": "Submit",
  "field.amount": "USD {amount}",
  "field.months": "{n, plural, one {{n} month} other {{n} months}}",
  "field.choiceSeparator": "; ",
  "form.droppedValue": "{label} ({value})",
  "form.droppedSeparator": ", ",
  "word.cancel": "cancel",
  "word.submit": "submit",
  "word.edit": "edit",
  "word.skip": "skip",
  "invalid.required": "{label} is required.",
  "invalid.notText": "{label} must be written in words or numbers.",
  "invalid.tooLong":
    "{label} is too long ({length} characters): please keep it to {max} characters or fewer.",
  "invalid.tooShort": "{label} is too short: please write at least {min} characters.",
  "invalid.notADate":
    "“{input}” is not a valid date for {inSentence}. Please write a date such as 1 March 2027 or 2027-03-01.",
  "invalid.pastDate": "{label} cannot be in the past (today is {today}). Please give today or a later date.",
  "invalid.tooFarAhead": "{label} is more than {years} years from now: please check the year.",
  "invalid.mustBeAfter": "{label} must be after {other} ({date}).",
  "invalid.mustNotBeBefore": "{label} cannot be before {other} ({date}).",
  "invalid.mustBeBefore": "{label} must be before {other} ({date}).",
  "invalid.notANumber":
    "“{input}” is not a number: please give {inSentence} as a number, for example {example}.",
  "invalid.notWhole": "{label} must be a whole number.",
  "invalid.between": "{label} must be between {min} and {max}.",
  "invalid.atLeast": "{label} must be {min} or more.",
  "invalid.wrongCurrency":
    "{label} is recorded in US dollars: please convert the amount in {currency} and give it in USD.",
  "invalid.badChoice":
    "“{input}” is not one of the options for {inSentence}. Please choose one of: {options}.",
  "invalid.badGrade":
    "“{input}” is not an ILO grade. Please give one of P1–P5, D1–D2, G1–G7, NO-A–NO-D, ADG or DDG.",
} as const;
