import type { NotificationEvent, Platform } from "./events.ts";

/** Delivers notifications on one platform: HR events to its HR channel, the others to the requester. */
export interface Notifier {
  platform: Platform;
  /** Resolves once delivered; rejects when it should be retried later. */
  deliver(event: NotificationEvent): Promise<void>;
}

const SENTENCES: Record<NotificationEvent["kind"], string> = {
  "request-submitted": "was submitted and awaits HR review",
  "request-decided": "has a decision",
  "request-withdrawn": "was withdrawn by the requester",
  "request-resubmitted": "was resubmitted with more information",
};

/**
 * The console's notifier: the notification as plain text on the given stream (the chat's output,
 * or standard error under --json). Without a renderer it writes one line per event.
 */
export function createConsoleNotifier(
  stream: { write(text: string): unknown },
  render?: (event: NotificationEvent) => Promise<string | undefined>,
): Notifier {
  return {
    platform: "console",
    async deliver(event) {
      const text = await render?.(event);
      if (text) {
        stream.write(`🔔 ${text.replace(/\n(?=.)/g, "\n   ")}\n\n`);
        return;
      }
      const to =
        event.audience === "hr"
          ? "HR"
          : `${event.audience.requester.platform}:${event.audience.requester.userId}`;
      stream.write(`[notification for ${to}] request ${event.requestId} ${SENTENCES[event.kind]}\n`);
    },
  };
}
