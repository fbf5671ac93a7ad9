/**
 * What /healthz, /readyz and a draining server answer. Short, fixed phrases for load balancers
 * and operators: never an error's own text, which may name files or carry data.
 */
export const STATUS = {
  alive: "ok",
  ready: "ready",
  unavailable: "unavailable",
  shuttingDown: "shutting down",
} as const;

export const REASONS = {
  shuttingDown: "shutting down",
  knowledgeNotLoaded: "knowledge base not loaded",
  requestLogUnreadable: "request log unreadable",
  dataDirUnwritable: "data directory unwritable",
  platformsNotMounted: "platforms not mounted",
  checkFailed: (name: string) => `${name} check failed`,
  checkTimedOut: (name: string) => `${name} check timed out`,
} as const;
