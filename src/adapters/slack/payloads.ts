import { z } from "zod";

/**
 * The parts of Slack's payloads the adapter reads, validated as they arrive. Slack adds fields
 * over time, so unknown keys are ignored rather than rejected.
 */

const Id = z.string().min(1).max(200);

/** A message event (message.im): only what a person typed, not edits, joins or bots. */
export const MessageEvent = z.object({
  type: z.literal("message"),
  channel: Id,
  channel_type: z.string().optional(),
  user: Id,
  text: z.string().default(""),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type MessageEvent = z.infer<typeof MessageEvent>;

export const AppMentionEvent = z.object({
  type: z.literal("app_mention"),
  channel: Id,
  user: Id,
  text: z.string().default(""),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
});
export type AppMentionEvent = z.infer<typeof AppMentionEvent>;

export const AppHomeOpenedEvent = z.object({
  type: z.literal("app_home_opened"),
  user: Id,
  tab: z.string().optional(),
});

export const SlashCommand = z.object({
  command: z.string(),
  text: z.string().default(""),
  user_id: Id,
  user_name: z.string().optional(),
  channel_id: Id,
  /** Opens a modal, within 3 seconds of the command. */
  trigger_id: z.string().min(1),
});

/** A button press in a message (or ephemeral message) or in the Home tab. */
export const BlockActions = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: Id, name: z.string().optional(), username: z.string().optional() }),
  container: z.object({
    type: z.string(),
    channel_id: z.string().optional(),
    message_ts: z.string().optional(),
    thread_ts: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  channel: z.object({ id: Id }).optional(),
  message: z.object({ thread_ts: z.string().optional() }).optional(),
  trigger_id: z.string().min(1).optional(),
});

export const ButtonAction = z.object({
  type: z.literal("button"),
  action_id: z.string().max(200),
  value: z.string().max(2000).optional(),
  text: z.object({ text: z.string().max(200) }).optional(),
});

/** One input's value in a submitted modal, by the kind of its element. */
const InputState = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_user: z.string().nullish(),
});

/** A modal submitted: its id, our metadata, and its inputs' values by block id and action id. */
export const ViewSubmission = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: Id, name: z.string().optional(), username: z.string().optional() }),
  view: z.object({
    id: Id,
    callback_id: z.string(),
    private_metadata: z.string().max(3000).default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), InputState)) }),
  }),
});
export type ViewSubmission = z.infer<typeof ViewSubmission>;

/** The id Slack gives every Events API delivery; a retry carries the same one. */
export const EventEnvelope = z.object({ type: z.literal("event_callback"), event_id: z.string().min(1) });
