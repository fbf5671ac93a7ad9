import type { NotificationEvent, Platform } from "./events.ts";

/** Delivers notifications on one platform: HR events to its HR channel, the others to the requester. */
export interface Notifier {
  platform: Platform;
  /** Resolves once delivered; rejects when it should be retried later. */
  deliver(event: NotificationEvent, attempt?: Attempt): Promise<void>;
}

export interface Attempt {
  /**
   * An earlier attempt was claimed and never settled (its dispatcher died mid-delivery): it may have
   * been posted. A notifier that can look the message up should do so before posting it again.
   */
  uncertain: boolean;
}

const SENTENCES: Record<NotificationEvent["kind"], string> = {
  "request-submitted": "was submitted and awaits HR review",
  "request-decided": "has a decision",
  "request-withdrawn": "was withdrawn by the requester",
  "request-resubmitted": "was resubmitted with more information",
  "request-confirmed": "was submitted and awaits HR review",
  "review-closed": "is closed for review",
  "question-asked": "was asked and awaits an answer from HR",
  "question-reminder": "still awaits an answer from HR",
  "question-answered": "was answered by HR",
  "question-closed": "was closed by HR",
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
      // The console has no earlier message to update; what was decided reaches the requester.
      if (event.kind === "review-closed") return;
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
