/** The few words of the platforms' own surfaces: modals, cards, slash commands. */
export const adapters = {
  "adapter.formNotOpened": "Sorry, the form could not be opened. Please try again in a moment.",
  "adapter.chooseRequest": "Which request would you like to make? Choose one to open its form.",
  "adapter.commentHint": "The requester will see it.",
  "adapter.commentNeeded": " (needed to {actions})",
  "adapter.commentLabel": "Comment{when}",
  "adapter.fieldRequired": "This field is required.",
  "adapter.formFallback": "{title}: open this form in Microsoft Teams.",
  "console.welcome":
    "HR Strategy Assistant — Human Resources Strategy 2022–2025: Diversity, accountability and respect\nAsk in English, Chinese, French or Spanish, e.g. “What is the mobility target?”, “女性担任P5及以上职位的目标是多少？”, “Quelle est la cible de mobilité ?”, “all indicators”, “help”.\nType “exit” or press Ctrl+D to leave.",
  "console.hrNotification": "{title} — say “{command}”",
  "adapter.helpWord": "help",
  "teams.registered":
    "Done: HR request notifications will be posted in this channel, each with Approve, Reject and Ask for information buttons for HR reviewers.",
  "teams.forbidden":
    "Sorry, only HR reviewers can choose the channel for HR notifications. Ask an HR reviewer to do it.",
  "teams.howTo":
    "Mention me with “register HR channel” in the team channel where HR should receive request notifications.",
} as const;
