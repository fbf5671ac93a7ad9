/** How requests read: statuses, lists, refusals, selection dates, notifications, HR's buttons, the form. */
export const requests = {
  "subject.forStaff": ", for {name}",
  "subject.flexible-work": "Flexible work: {arrangement} ({days}), {start} – {end}",
  "subject.mobility": "Mobility ({kind}): {current} → {proposed}, from {start} for {duration}",
  "subject.early-recruitment": "Early recruitment: {position} ({grade}), incumbent leaves {departure}",
  "subject.recognition": "Recognition ({category}): {nominees}",
  "subject.job-description": "Job description review: {position} ({grade})",
  "subject.learning": "Learning: {activity} ({provider}), {start} – {end}, {cost}",
  "advice.shortMove":
    "Please note: a move of {n, plural, one {# month} other {# months}} will not count toward the strategy's mobility indicator, which counts moves of more than one year. You can still submit it.",
  "status.submitted": "submitted, awaiting HR review",
  "status.more-info-requested": "more information requested",
  "status.resubmitted": "resubmitted, awaiting HR review",
  "status.approved": "approved",
  "status.rejected": "rejected",
  "status.withdrawn": "withdrawn",
  "status.unknown": "unknown",
  "view.waiting": "{days, plural, =0 {since today} one {1 day waiting} other {{days} days waiting}}",
  "view.from": "from {requester}",
  "view.submittedOn": "submitted {date}",
  "view.decidedBy.approve": "Approved by",
  "view.decidedBy.reject": "Rejected by",
  "view.decidedBy.request-info": "Information requested by",
  "view.decidedBy.other": "By",
  "view.fact.request": "Request",
  "view.fact.type": "Type",
  "view.fact.requester": "Requester",
  "view.fact.status": "Status",
  "view.fact.submitted": "Submitted",
  "view.historyComment": ": “{comment}”",
  "review.approve": "Approve",
  "review.reject": "Reject",
  "review.request-info": "Ask for information",
  "command.myRequests": "my requests",
  "command.statusOf": "status of {id}",
  "refusal.not-found":
    "I can't find that request, or it isn't yours to see. Check the id (e.g. FWA-2026-0007), or say “my requests” to list yours.",
  "refusal.forbidden": "Sorry, only HR reviewers can do that.",
  "refusal.comment-required":
    "A comment is needed to reject or ask for information, e.g. “reject FWA-2026-0007 the dates clash with the team rota”.",
  "refusal.invalid-input": "Something in that is not valid: {issues}",
  "refusal.issueSeparator": "; ",
  "refusal.closed":
    "That request is closed ({status}), so it can't be changed; submit a new request if needed.",
  "refusal.awaitingRequester":
    "That request is waiting for the requester's information: they can reply “resubmit <id>: <the information>”.",
  "refusal.awaitingHr": "That request is awaiting HR's decision ({status}).",
  "refusal.unavailable":
    "HR requests are not available here right now. Please try again later or contact HR.",
  "selection.not-early-recruitment": "Only early-recruitment requests (ERV-…) have a selection date.",
  "selection.not-approved":
    "That request is {status}: approve it first, then record the date its selection finished.",
  "selection.not-a-date": "That is not a date I can read: write it like 2026-10-01 or 1 October 2026.",
  "selection.before-submission":
    "The selection cannot have finished before the request was submitted ({date}): please check the date.",
  "selection.in-future":
    "A selection is recorded once it has finished: the date cannot be after today ({date}).",
  "selection.already-recorded": "That request already has a selection date ({date}).",
  "selection.recorded": "Recorded for {id}: selection finished on {date}.",
  "selection.replaced":
    "Changed for {id}: selection finished on {date} (was {was}). The change is in its history.",
  "selection.replace":
    "{id} already has a selection date, {was}. Replace it with {date}? Reply “yes” to confirm or “no” to keep it.",
  "withdraw.propose":
    "Withdraw {id} ({subject})? It stays on record as withdrawn. Reply “yes” to confirm or “no” to keep it.",
  "withdraw.done": "{id} is now {status}. It stays on record.",
  "request.dropped": "All right, nothing was changed.",
  "request.expired": "That confirmation has expired, so nothing was changed. Please ask again.",
  "home.intro": "I answer questions about the HR Strategy 2022–2025 and take HR requests.",
  "home.yourRequests": "Your requests ({count}):",
  "home.none": "No requests yet.",
  "home.awaitingReview": "Awaiting your review: {count}",
  "home.title": "HR Strategy Assistant",
  "notify.comment": "Comment: “{comment}”",
  "notify.submitted": "New request {id} ({type}) awaits review",
  "notify.resubmitted": "{id} was resubmitted with more information",
  "notify.withdrawn": "{id} was withdrawn by the requester",
  "notify.decided":
    "{status, select, approved {Your request {id} was approved by {who}} rejected {Your request {id} was not approved ({who})} moreinforequested {Your request {id} needs more information (asked by {who})} other {Your request {id} is now {statusText} ({who})}}",
  "notify.confirmed":
    "Submitted: {id}. HR has been notified and will review it; I'll let you know when they decide.",
  "notify.closed": "{id} ({type}): {statusText} ({who})",
  "notify.replyWithInfo": "Reply “resubmit {id}: <the information>” to answer.",
} as const;
