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

/** The console's notifier: one line per event on the given stream. */
export function createConsoleNotifier(stream: { write(text: string): unknown }): Notifier {
  return {
    platform: "console",
    async deliver(event) {
      const to =
        event.audience === "hr"
          ? "HR"
          : `${event.audience.requester.platform}:${event.audience.requester.userId}`;
      stream.write(`[notification for ${to}] request ${event.requestId} ${SENTENCES[event.kind]}\n`);
    },
  };
}
