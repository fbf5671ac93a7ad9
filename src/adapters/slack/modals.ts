import type {
  Datepicker,
  InputBlock,
  KnownBlock,
  ModalView,
  NumberInput,
  PlainTextInput,
  PlainTextOption,
  StaticSelect,
} from "@slack/types";
import { z } from "zod";
import { type FormFieldView, type FormView, REVIEW_DECISIONS } from "../../bot/messages.ts";
import { LOCALES } from "../../i18n/locale.ts";
import { t } from "../../i18n/messages.ts";
import type { ViewSubmission } from "./payloads.ts";
import { header, sections } from "./render.ts";
import { escapeMrkdwn, plain } from "./text.ts";

/** Slack's documented limits for modals and their inputs. */
export const MODAL_LIMITS = {
  title: 24,
  button: 24,
  label: 2000,
  hint: 2000,
  placeholder: 150,
  options: 100,
  optionText: 75,
  optionValue: 150,
  textInput: 3000,
  blocks: 100,
  metadata: 3000,
} as const;

export const FORM_CALLBACK = "request-form";
export const COMMENT_CALLBACK = "review-comment";
/** Every input's action id: the block id says which field it is. */
const INPUT_ACTION = "value";
const FIELD_BLOCK = "field:";
export const COMMENT_BLOCK = "comment";

const Lang = z.enum(LOCALES);
export const Decision = z.enum(REVIEW_DECISIONS);

/** What a request modal carries: its type, its language, and where to answer (the user's DMs). */
export const FormMeta = z.object({ type: z.string().min(1).max(60), lang: Lang, channel: z.string().min(1) });
export type FormMeta = z.infer<typeof FormMeta>;

/** What a comment modal carries: the decision, and the message whose button opened it. */
export const CommentMeta = z.object({
  requestId: z.string().min(1).max(40),
  decision: Decision,
  lang: Lang,
  channel: z.string().min(1).optional(),
  ts: z.string().min(1).optional(),
});
export type CommentMeta = z.infer<typeof CommentMeta>;

/** Our own metadata back from a submitted modal, validated (undefined when it is not ours). */
export function metadataOf<T>(schema: z.ZodType<T>, submission: ViewSubmission): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(submission.view.private_metadata));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function text(value: string, max: number) {
  return { type: "plain_text" as const, text: plain(value, max), emoji: false };
}

/** A modal's title (24 characters): a longer one is shortened, and given whole as a header. */
function titled(title: string): { title: ModalView["title"]; lead: KnownBlock[] } {
  return {
    title: text(title, MODAL_LIMITS.title),
    lead: title.length > MODAL_LIMITS.title ? [header(title)] : [],
  };
}

/** A request form as a modal: one input per field, labelled and hinted by the field itself. */
export function formModal(form: FormView, meta: FormMeta): ModalView {
  const { title, lead } = titled(form.title);
  const inputs = form.fields.map(fieldInput);
  return {
    type: "modal",
    callback_id: FORM_CALLBACK,
    title,
    submit: text(form.submitLabel, MODAL_LIMITS.button),
    close: text(t(meta.lang, "confirm.cancel"), MODAL_LIMITS.button),
    private_metadata: JSON.stringify(meta),
    blocks: [...lead, ...inputs].slice(0, MODAL_LIMITS.blocks),
  };
}

function fieldInput(field: FormFieldView): InputBlock {
  return {
    type: "input",
    block_id: `${FIELD_BLOCK}${field.name}`,
    label: text(field.label, MODAL_LIMITS.label),
    ...(field.help ? { hint: text(field.help, MODAL_LIMITS.hint) } : {}),
    optional: !field.required,
    element: fieldElement(field),
  };
}

function fieldElement(field: FormFieldView): InputBlock["element"] {
  const value = field.value;
  switch (field.kind) {
    case "date":
      return {
        type: "datepicker",
        action_id: INPUT_ACTION,
        ...(value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { initial_date: value } : {}),
      } satisfies Datepicker;
    case "number":
      return {
        type: "number_input",
        action_id: INPUT_ACTION,
        // Whole numbers or not is the field's rule, checked by the bot with a clear message.
        is_decimal_allowed: true,
        ...(value && Number.isFinite(Number(value)) ? { initial_value: value } : {}),
      } satisfies NumberInput;
    case "choice":
      return choiceElement(field);
    default:
      // Text, long text and people (named as written: a name is what a reviewer reads).
      return {
        type: "plain_text_input",
        action_id: INPUT_ACTION,
        multiline: field.kind === "longtext",
        max_length: Math.min(field.maxLength ?? MODAL_LIMITS.textInput, MODAL_LIMITS.textInput),
        ...(value ? { initial_value: value.slice(0, MODAL_LIMITS.textInput) } : {}),
      } satisfies PlainTextInput;
  }
}

function choiceElement(field: FormFieldView): StaticSelect | PlainTextInput {
  const options: PlainTextOption[] = (field.choices ?? [])
    .filter((c) => c.value.length <= MODAL_LIMITS.optionValue)
    .slice(0, MODAL_LIMITS.options)
    .map((c) => ({ text: text(c.label, MODAL_LIMITS.optionText), value: c.value }));
  // A list Slack cannot show (none, or too long to be complete) is typed instead; the bot reads it.
  if (options.length === 0 || options.length < (field.choices?.length ?? 0)) {
    return {
      type: "plain_text_input",
      action_id: INPUT_ACTION,
      ...(field.value ? { initial_value: field.value } : {}),
    };
  }
  const initial = options.find((o) => o.value === field.value);
  return {
    type: "static_select",
    action_id: INPUT_ACTION,
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

/** The values of a submitted request form by field name: text as typed, dates ISO, the option chosen. */
export function formValues(submission: ViewSubmission): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, inputs] of Object.entries(submission.view.state.values)) {
    const input = inputs[INPUT_ACTION];
    if (!blockId.startsWith(FIELD_BLOCK) || !input) continue;
    const value = input.value ?? input.selected_date ?? input.selected_option?.value ?? input.selected_user;
    if (value) values[blockId.slice(FIELD_BLOCK.length)] = value;
  }
  return values;
}

/**
 * The bot's errors by field as Slack's `errors` by block id. An error about no single input (a
 * rule across fields the form does not show) goes under the first input, so it is seen.
 */
export function formErrors(
  errors: Record<string, string>,
  submission: ViewSubmission,
): Record<string, string> {
  const blockIds = Object.keys(submission.view.state.values).filter((id) => id.startsWith(FIELD_BLOCK));
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const own = `${FIELD_BLOCK}${field}`;
    const blockId = blockIds.includes(own) ? own : blockIds[0];
    if (!blockId) continue;
    out[blockId] = plain(out[blockId] ? `${out[blockId]} ${message}` : message, MODAL_LIMITS.label);
  }
  return out;
}

export interface CommentModalInit extends CommentMeta {
  /** The decision's button label ("Reject"), the modal's submit button. */
  label: string;
}

/** The comment a decision needs (reject, ask for information), asked before it is taken. */
export function commentModal(init: CommentModalInit): ModalView {
  const { label, ...meta } = init;
  return {
    type: "modal",
    callback_id: COMMENT_CALLBACK,
    title: text(meta.requestId, MODAL_LIMITS.title),
    submit: text(label, MODAL_LIMITS.button),
    close: text(t(meta.lang, "confirm.cancel"), MODAL_LIMITS.button),
    private_metadata: JSON.stringify(meta),
    blocks: [
      ...sections(`*${escapeMrkdwn(label)}* · ${escapeMrkdwn(meta.requestId)}`),
      {
        type: "input",
        block_id: COMMENT_BLOCK,
        label: text(t(meta.lang, "decide.comment"), MODAL_LIMITS.label),
        hint: text(t(meta.lang, "adapter.commentHint"), MODAL_LIMITS.hint),
        element: {
          type: "plain_text_input",
          action_id: INPUT_ACTION,
          multiline: true,
          max_length: MODAL_LIMITS.textInput,
        },
      },
    ],
  };
}

/** The comment typed in a submitted comment modal. */
export function commentOf(submission: ViewSubmission): string {
  return submission.view.state.values[COMMENT_BLOCK]?.[INPUT_ACTION]?.value ?? "";
}
