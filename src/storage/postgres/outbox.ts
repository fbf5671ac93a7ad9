import type pg from "pg";
import type { ClaimedEvent, DeliveryState, OutboxPort, OutboxTargets, Settled } from "../port.ts";
import { type Decode, inTransaction, isoOrUndefined } from "./sql.ts";

/**
 * The outbox on PostgreSQL. A claim locks the due events with FOR UPDATE SKIP LOCKED (so instances
 * claiming at once take different events, none waits), then writes a lease on each delivery: a
 * dead instance's claims fall due again when their lease runs out and another instance takes them.
 */

interface DeliveryDbRow {
  event_id: string;
  platform: string;
  attempts: number;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  last_error: string | null;
  claimed_by: string | null;
  claimed_until: Date | null;
}

const TARGETED = `((o.audience = 'hr' AND cardinality($1::text[]) > 0)
  OR (o.audience <> 'hr' AND o.audience_platform = ANY($2::text[]) AND ($3::text IS NULL OR o.audience = $3)))`;

function targetParams(t: OutboxTargets): unknown[] {
  return [[...t.hrPlatforms], [...t.requesterPlatforms], t.requesterKey ?? null];
}

function toState(row: DeliveryDbRow): DeliveryState {
  const state: DeliveryState = { attempts: row.attempts };
  const set = (key: keyof Omit<DeliveryState, "attempts">, value: string | undefined) => {
    if (value !== undefined) state[key] = value;
  };
  set("nextAttemptAt", isoOrUndefined(row.next_attempt_at));
  set("deliveredAt", isoOrUndefined(row.delivered_at));
  set("lastError", row.last_error ?? undefined);
  set("claimedBy", row.claimed_by ?? undefined);
  set("claimedUntil", isoOrUndefined(row.claimed_until));
  return state;
}

function isDue(d: DeliveryDbRow | undefined, now: Date): boolean {
  if (!d) return true;
  if (d.delivered_at) return false;
  if (d.next_attempt_at && d.next_attempt_at > now) return false;
  return !(d.claimed_until && d.claimed_until > now);
}

export function postgresOutbox<E>(pool: pg.Pool, decode: Decode<unknown, E>): OutboxPort<E> {
  return {
    claim(options) {
      return inTransaction(pool, async (client) => {
        const { now } = options;
        const locked = await client.query<{
          id: string;
          event: unknown;
          audience: string;
          audience_platform: string | null;
        }>(
          `SELECT o.id, o.event, o.audience, o.audience_platform FROM store_outbox o
           WHERE o.open AND ${TARGETED} AND EXISTS (
             SELECT 1 FROM unnest(CASE WHEN o.audience = 'hr' THEN $1::text[] ELSE ARRAY[o.audience_platform] END)
               AS t(platform)
             LEFT JOIN store_deliveries d ON d.event_id = o.id AND d.platform = t.platform
             WHERE d.event_id IS NULL OR (d.delivered_at IS NULL
               AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= $4)
               AND (d.claimed_until IS NULL OR d.claimed_until <= $4)))
           ORDER BY o.position LIMIT $5
           FOR UPDATE OF o SKIP LOCKED`,
          [...targetParams(options), now, options.limit ?? 100],
        );
        if (locked.rows.length === 0) return { result: [], commit: false };
        // Read again now that the events are locked: a claim committed since this statement's
        // snapshot is seen, so no delivery is claimed twice.
        const current = await client.query<DeliveryDbRow>(
          "SELECT * FROM store_deliveries WHERE event_id = ANY($1::text[])",
          [locked.rows.map((r) => r.id)],
        );
        const byKey = new Map(current.rows.map((d) => [`${d.event_id}\n${d.platform}`, d]));
        const until = new Date(now.getTime() + options.leaseMs);
        const claimed: ClaimedEvent<E>[] = [];
        for (const row of locked.rows) {
          const targets = row.audience === "hr" ? [...options.hrPlatforms] : [row.audience_platform ?? ""];
          const platforms = targets.filter((p) => isDue(byKey.get(`${row.id}\n${p}`), now));
          if (platforms.length === 0) continue;
          const uncertain = platforms.filter((p) => {
            const d = byKey.get(`${row.id}\n${p}`);
            return d !== undefined && (d.claimed_by !== null || d.last_error !== null);
          });
          await client.query(
            `INSERT INTO store_deliveries (event_id, platform, claimed_by, claimed_until)
             SELECT $1, unnest($2::text[]), $3, $4
             ON CONFLICT (event_id, platform) DO UPDATE SET claimed_by = $3, claimed_until = $4`,
            [row.id, platforms, options.token, until],
          );
          claimed.push({ id: row.id, event: decode.event(row.event), platforms, uncertain });
        }
        return { result: claimed, commit: claimed.length > 0 };
      });
    },

    async renew(eventIds, options) {
      if (eventIds.length === 0) return;
      await pool.query(
        `UPDATE store_deliveries SET claimed_until = $3
         WHERE event_id = ANY($1::text[]) AND claimed_by = $2 AND delivered_at IS NULL`,
        [[...eventIds], options.token, new Date(options.now.getTime() + options.leaseMs)],
      );
    },

    settle(outcomes, options) {
      return inTransaction(pool, async (client) => {
        const { now } = options;
        const settled: Settled[] = [];
        for (const outcome of outcomes) {
          // Its lease ran out and another dispatcher took it over: that one's outcome stands.
          const held = await client.query<{ attempts: number }>(
            `SELECT attempts FROM store_deliveries WHERE event_id = $1 AND platform = $2 AND claimed_by = $3
             FOR UPDATE`,
            [outcome.eventId, outcome.platform, options.token],
          );
          const row = held.rows[0];
          if (!row) continue;
          const attempts = row.attempts + 1;
          const failed = outcome.error !== undefined;
          await client.query(
            `UPDATE store_deliveries SET attempts = $3, next_attempt_at = $4, delivered_at = $5,
               last_error = $6, claimed_by = NULL, claimed_until = NULL
             WHERE event_id = $1 AND platform = $2`,
            [
              outcome.eventId,
              outcome.platform,
              attempts,
              failed ? new Date(now.getTime() + options.backoffMs(attempts)) : null,
              failed ? null : now,
              failed ? outcome.error : null,
            ],
          );
          settled.push({ ...outcome, attempts });
        }
        const ids = [...new Set(outcomes.map((o) => o.eventId))];
        await client.query(
          `UPDATE store_outbox o SET open = false WHERE o.id = ANY($1::text[]) AND NOT EXISTS (
             SELECT 1 FROM store_deliveries d WHERE d.event_id = o.id AND d.delivered_at IS NULL)`,
          [ids],
        );
        await client.query("DELETE FROM store_outbox WHERE NOT open AND created_at < $1", [
          new Date(now.getTime() - options.keepDeliveredMs),
        ]);
        return { result: settled, commit: true };
      });
    },

    async nextRetry(targets) {
      const result = await pool.query<{ at: Date | null }>(
        `SELECT min(d.next_attempt_at) AS at FROM store_deliveries d JOIN store_outbox o ON o.id = d.event_id
         WHERE o.open AND d.delivered_at IS NULL AND d.next_attempt_at IS NOT NULL AND ${TARGETED}`,
        targetParams(targets),
      );
      return result.rows[0]?.at ?? undefined;
    },

    async entries() {
      const events = await pool.query<{ id: string; event: unknown }>(
        "SELECT id, event FROM store_outbox ORDER BY position",
      );
      const deliveries = await pool.query<DeliveryDbRow>("SELECT * FROM store_deliveries");
      const byEvent = new Map<string, Record<string, DeliveryState>>();
      for (const d of deliveries.rows) {
        const map = byEvent.get(d.event_id) ?? {};
        map[d.platform] = toState(d);
        byEvent.set(d.event_id, map);
      }
      return events.rows.map((e) => ({ event: decode.event(e.event), deliveries: byEvent.get(e.id) ?? {} }));
    },
  };
}
