import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../../log.ts";
import { EventEnvelope } from "./payloads.ts";

export interface SeenEventsOptions {
  /** How long an id is remembered; Slack retries within about five minutes. */
  ttlMs?: number;
  /** At most this many ids are kept; the oldest go first. */
  max?: number;
  now?: () => number;
}

/**
 * The Events API deliveries already taken on, so that a retry (X-Slack-Retry-Num, same event_id)
 * does not answer twice. Bounded and time-limited, in memory: enough for one instance; several
 * instances, or a restart between a delivery and its retry, would need a shared durable store.
 */
export class SeenEvents {
  private readonly expiries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(options: SeenEventsOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.max = options.max ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** True the first time an id is seen (and remembers it), false for a repeat within the TTL. */
  firstSighting(id: string): boolean {
    const now = this.now();
    // Ids are inserted with the same TTL, so the map is in expiry order: drop from the front.
    for (const [seen, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(seen);
    }
    if (this.expiries.has(id)) return false;
    if (this.expiries.size >= this.max) {
      const oldest = this.expiries.keys().next().value;
      if (oldest !== undefined) this.expiries.delete(oldest);
    }
    this.expiries.set(id, now + this.ttlMs);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }
}

/**
 * Global middleware: an event already taken on is acknowledged (Bolt acks events before any
 * middleware runs) and goes no further. The id is claimed on arrival, so a retry that comes
 * while the first delivery is still being answered is skipped too.
 */
export function skipRepeatedEvents(seen: SeenEvents, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = EventEnvelope.safeParse(body);
    if (envelope.success && !seen.firstSighting(envelope.data.event_id)) {
      logger.info(
        { eventId: envelope.data.event_id, retryNum: context.retryNum },
        "slack event repeated, skipped",
      );
      return;
    }
    await next();
  };
}
