import { isValidSlackRequest } from "@slack/bolt";
import type { NextFunction, Request, Response } from "express";
import { z } from "zod";
import type { Logger } from "../../log.ts";

/**
 * Bodies Slack signed but Bolt cannot route (`null`, a string, a number, an array, an event
 * callback without its event, an unknown type) are answered 400 at once: Bolt would throw on some
 * (a 500) and leave the rest unacknowledged until its 3-second timeout (a 404). Only signed bodies
 * are judged here; an unsigned or badly signed one goes on to Bolt, which refuses it (401).
 */

const Typed = z.object({ type: z.string().min(1).max(100) });

/** What the Events API posts as JSON. */
const EventsBody = z.union([
  z.object({ type: z.literal("url_verification"), challenge: z.string().max(500) }),
  z.object({ type: z.literal("event_callback"), event_id: z.string().min(1), event: Typed }),
  z.object({ type: z.literal("app_rate_limited") }),
]);

/** What interactivity posts as `payload=`. */
const InteractivePayload = z.object({
  type: z.enum([
    "block_actions",
    "block_suggestion",
    "view_submission",
    "view_closed",
    "shortcut",
    "message_action",
    "interactive_message",
    "dialog_submission",
    "dialog_cancellation",
  ]),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether a body has a shape Bolt routes: an event, an interaction, a slash command, Slack's SSL check. */
export function routable(body: string, contentType: string | undefined): boolean {
  if (contentType?.startsWith("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(body);
    const payload = form.get("payload");
    if (payload !== null) return InteractivePayload.safeParse(parseJson(payload)).success;
    return /^\/\S+$/.test(form.get("command") ?? "") || form.has("ssl_check");
  }
  return EventsBody.safeParse(parseJson(body)).success;
}

/** Express middleware after the raw body is read (as `req.body`, a Buffer), before Bolt. */
export function rejectUnroutable(signingSecret: string, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = Buffer.isBuffer(req.body) ? req.body.toString("utf8") : "";
    const signatureHeader = req.headers["x-slack-signature"];
    const timestamp = Number(req.headers["x-slack-request-timestamp"]);
    const signed =
      typeof signatureHeader === "string" &&
      Number.isFinite(timestamp) &&
      isValidSlackRequest({
        signingSecret,
        body,
        headers: { "x-slack-signature": signatureHeader, "x-slack-request-timestamp": timestamp },
      });
    if (!signed || routable(body, req.headers["content-type"])) {
      next();
      return;
    }
    logger.warn({ bytes: body.length }, "signed slack request with an unroutable body rejected");
    res.status(400).json({ error: "bad request" });
  };
}
