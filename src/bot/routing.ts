import type { IntentSpec, Understanding } from "./intent.ts";

/**
 * The router: a generic interpreter of the intents' declarations. It knows no intent by name:
 * each intent declares the rules that choose it, with a priority; the highest-priority rule that
 * holds wins, and the intent declared as the fallback answers when none does. Adding an intent is
 * adding its declaration (a module and its examples) to the registry.
 */

/** An intent's reading of a message: its probability once the readings the message rules out are set aside. */
export interface Reading {
  intent: string;
  score: number;
}

export interface RouteContext {
  /**
   * The classifier's readings the message allows (set by the router), best first, renormalised:
   * an intent that needs a request the message does not name, a side effect from a message that
   * is not an imperative, or a question about the strategy in a message naming a request id is
   * no reading of it.
   */
  reading?: readonly Reading[];
  /** The conversation has just been about an indicator ("and the baseline?" follows on from it). */
  followsIndicator?: boolean;
  /** The group an intent declares (set by the router): rules may ask what kind of intent the classifier voted for. */
  groupOf?: (intent: string) => IntentGroup | undefined;
}

/**
 * What kind of intent it is. "topic" answers a part of the strategy as a whole (the outcomes, the
 * risks…), "strategy" answers a detail (an indicator's figure, a passage); both and "smalltalk"
 * answer a question asked in the middle of a form, which stays open. "request" intents are
 * commands about requests; "decline" say what the assistant cannot answer.
 */
export type IntentGroup = "topic" | "strategy" | "smalltalk" | "request" | "decline";

/** The groups whose questions are answered in the middle of a form without disturbing it. */
export const ANSWERS_MID_FORM: ReadonlySet<IntentGroup> = new Set(["topic", "strategy", "smalltalk"]);

/** One way an intent is chosen. `self` is the intent's own id, so a rule can read the classifier's vote for it. */
export interface RoutingRule {
  /** Higher first; see STAGES for the bands. */
  priority: number;
  /** Why this rule exists, for the architecture document and for reading logs. */
  why: string;
  when(u: Understanding, context: RouteContext, self: string): boolean;
}

/**
 * The priority bands, in the order the router tries them: small talk the classifier is sure of,
 * commands on a named request, other request commands, scope (out of period, personal records,
 * off-topic), then the question frame's subjects, then topics the classifier recognises.
 */
export const STAGES = {
  smallTalk: 100,
  requestId: 90,
  request: 80,
  scope: 70,
  subject: 55,
  topic: 50,
  shortMention: 40,
} as const;

/**
 * What an intent needs the message to name: "requestId" a request id (a decision on FWA-…),
 * "request" a request by id or in the user's own words ("withdraw my telework request"),
 * "language" one of the languages the assistant answers in ("switch to Spanish").
 */
export type RequestNeed = "requestId" | "request" | "language";

export interface Routing {
  group: IntentGroup;
  needs?: RequestNeed;
  rules: readonly RoutingRule[];
  /** The intent that answers when no rule holds (one in the registry: passage search). */
  fallback?: true;
}

/** What the router knows of each intent to read a message: its group, needs and whether it acts. */
interface IntentTraits {
  group: IntentGroup;
  needs?: RequestNeed;
  acts: boolean;
  opensForm: boolean;
}

export class Router {
  private readonly rules: { intent: string; rule: RoutingRule }[];
  private readonly traits: Map<string, IntentTraits>;
  /** The intent that answers when no rule holds. */
  readonly fallback: string;
  private readonly groups: Map<string, IntentGroup>;

  constructor(intents: readonly IntentSpec[]) {
    this.groups = new Map(intents.map((i) => [i.id, i.routing.group]));
    this.traits = new Map(
      intents.map((i) => [
        i.id,
        {
          group: i.routing.group,
          acts: i.effect !== undefined,
          opensForm: i.opensForm !== undefined,
          ...(i.routing.needs ? { needs: i.routing.needs } : {}),
        },
      ]),
    );
    // An intent the classifier is not trained on is chosen by its own words alone, so those are
    // read before any classifier vote: the classifier cannot vote for it, only for another.
    const untrained = new Set(intents.filter((i) => i.trainsClassifier === false).map((i) => i.id));
    this.rules = intents
      .flatMap((intent) => intent.routing.rules.map((rule) => ({ intent: intent.id, rule })))
      .sort(
        (a, b) =>
          Number(untrained.has(b.intent)) - Number(untrained.has(a.intent)) ||
          b.rule.priority - a.rule.priority,
      );
    const fallbacks = intents.filter((i) => i.routing.fallback);
    const [fallback] = fallbacks;
    if (!fallback || fallbacks.length > 1) throw new Error("exactly one intent must be the routing fallback");
    this.fallback = fallback.id;
  }

  route(u: Understanding, context: RouteContext = {}): string {
    const full: RouteContext = {
      ...context,
      groupOf: (id) => this.groups.get(id),
      reading: this.reading(u),
    };
    return this.rules.find(({ intent, rule }) => rule.when(u, full, intent))?.intent ?? this.fallback;
  }

  /** The classifier's ranking without the readings the message rules out, renormalised. */
  reading(u: Understanding): Reading[] {
    const allowed = u.classified.ranking.filter(({ intent }) => {
      const traits = this.traits.get(intent);
      return traits !== undefined && allows(u, traits);
    });
    const total = allowed.reduce((sum, r) => sum + r.score, 0);
    return total > 0 ? allowed.map((r) => ({ intent: r.intent, score: r.score / total })) : [];
  }

  groupOf(intent: string): IntentGroup | undefined {
    return this.groups.get(intent);
  }
}

/** Whether a message can be read as an intent with these traits at all. */
function allows(u: Understanding, traits: IntentTraits): boolean {
  const named = u.requestId !== undefined;
  if (traits.needs === "requestId" && !named) return false;
  if (traits.needs === "request" && !named && !u.ownRequest) return false;
  if (traits.needs === "language" && u.languagesNamed.length === 0) return false;
  // Only an imperative may propose a side effect: "has FWA-… been approved?" asks its status.
  if (traits.acts && u.mood !== "imperative") return false;
  // A question about the user's own request ("did HR reject my nomination?") asks about it, not for a new one.
  if (traits.opensForm && u.ownRequest && u.mood === "question") return false;
  // A message naming a request id is about that request (or small talk), not the strategy.
  if (named && traits.group !== "smalltalk" && traits.needs === undefined) return false;
  return true;
}
