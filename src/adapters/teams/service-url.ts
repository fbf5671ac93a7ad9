/**
 * Where the bot may send Bot Framework calls. An activity names its own serviceUrl, and the bot
 * posts its reply there (with its token, when it has an app id): an unchecked serviceUrl lets
 * whoever reaches /api/messages make the bot call any address. Only the Bot Framework's own hosts
 * are trusted, plus origins configured explicitly for local testing (TEAMS_TRUSTED_SERVICE_URLS).
 *
 * The hosts are those the Teams SDK allows by cloud (Public, GCC, GCC High, DoD, 21Vianet; see
 * microsoft.github.io/teams-sdk "Service URL Validation") and the Bot Framework's channel hosts
 * botbuilder used to trust (*.botframework.com, *.botframework.azure.us: Web Chat, Direct Line).
 */
const BOT_FRAMEWORK_HOSTS: ReadonlySet<string> = new Set([
  "smba.trafficmanager.net",
  "smba.onyx.prod.teams.trafficmanager.net",
  "smba.infra.gcc.teams.microsoft.com",
  "smba.infra.gov.teams.microsoft.us",
  "smba.infra.dod.teams.microsoft.us",
  "frontend.botapi.msg.infra.teams.microsoftonline.cn",
]);
const BOT_FRAMEWORK_DOMAINS = [".botframework.com", ".botframework.azure.us"] as const;

export type ServiceUrlPolicy = (serviceUrl: string | undefined) => boolean;

function parse(serviceUrl: string): URL | undefined {
  try {
    return new URL(serviceUrl);
  } catch {
    return undefined;
  }
}

/** The Bot Framework's hosts over https on the default port, or one of `trustedOrigins` exactly. */
export function serviceUrlPolicy(trustedOrigins: readonly string[] = []): ServiceUrlPolicy {
  const origins = new Set(trustedOrigins.map((origin) => parse(origin)?.origin).filter(Boolean));
  return (serviceUrl) => {
    const url = serviceUrl ? parse(serviceUrl) : undefined;
    if (!url || url.username || url.password) return false;
    if (origins.has(url.origin)) return true;
    if (url.protocol !== "https:" || url.port !== "") return false;
    const host = url.hostname.toLowerCase();
    return BOT_FRAMEWORK_HOSTS.has(host) || BOT_FRAMEWORK_DOMAINS.some((domain) => host.endsWith(domain));
  };
}

/** Bot Framework hosts only: what a store or messenger trusts when nothing else is configured. */
export const botFrameworkOnly: ServiceUrlPolicy = serviceUrlPolicy();

export class UntrustedServiceUrlError extends Error {
  override name = "UntrustedServiceUrlError";
  constructor() {
    // The URL itself stays out of the message: it is the caller's, and errors end up in logs.
    super("the conversation's service URL is not a trusted Bot Framework service");
  }
}

/** What a log line may say about an untrusted URL: its origin, bounded. */
export function shownOrigin(serviceUrl: string | undefined): string | undefined {
  if (!serviceUrl) return undefined;
  return (parse(serviceUrl)?.origin ?? "invalid").slice(0, 200);
}
