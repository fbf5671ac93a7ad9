import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { NotificationEvent } from "../../notify/events.ts";

/**
 * Finding a notification Slack may already show. Every post carries the outbox event's id in its
 * message metadata; when an earlier attempt was cut off between a successful chat.postMessage and
 * the outbox recording it (a crash), the notifier looks for that id in the conversation's recent
 * history before posting again. Asked only then: most deliveries cost one call.
 */

export const DELIVERY_METADATA_TYPE = "hr_assistant_notification";

/** The `metadata` argument of chat.postMessage for an event. */
export function deliveryMetadata(event: NotificationEvent) {
  return { event_type: DELIVERY_METADATA_TYPE, event_payload: { event_id: event.id } };
}

const Opened = z.object({ channel: z.object({ id: z.string().min(1) }) });
const History = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string().min(1),
        metadata: z
          .object({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()).optional() })
          .optional(),
      }),
    )
    .default([]),
});

/** At most this many recent messages are read: the post, if it was made, is among the newest. */
const HISTORY_LIMIT = 200;

/** The message already posted for `event` in `channel` (a channel id, or a user for their DM), if any. */
export async function findPosted(
  client: webApi.WebClient,
  channel: string,
  event: NotificationEvent,
): Promise<{ channel: string; ts: string } | undefined> {
  const conversation = /^[UW]/.test(channel)
    ? Opened.parse(await client.conversations.open({ users: channel })).channel.id
    : channel;
  // Nothing about the event was posted before the event was made.
  const oldest = Math.floor(new Date(event.createdAt).getTime() / 1000) - 1;
  const history = History.parse(
    await client.conversations.history({
      channel: conversation,
      oldest: String(oldest),
      limit: HISTORY_LIMIT,
      include_all_metadata: true,
    }),
  );
  const found = history.messages.find(
    (m) =>
      m.metadata?.event_type === DELIVERY_METADATA_TYPE && m.metadata.event_payload?.event_id === event.id,
  );
  return found && { channel: conversation, ts: found.ts };
}
