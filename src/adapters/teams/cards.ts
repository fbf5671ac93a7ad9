import type { ButtonDecision } from "../../bot/messages.ts";

/**
 * A small typed model of the Adaptive Card 1.5 elements this adapter sends (no maintained
 * TypeScript types package exists; the `adaptivecards` package in node_modules is a 1.2-era
 * transitive dependency of botbuilder). Only the properties we use are modelled.
 * Reference: https://adaptivecards.io/explorer/
 */

export const ADAPTIVE_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
export const ADAPTIVE_CARD_VERSION = "1.5";

type Spacing = "None" | "Small" | "Default" | "Medium" | "Large" | "ExtraLarge";
type ContainerStyle = "default" | "emphasis" | "good" | "attention" | "warning" | "accent";

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
  /** Shown by clients that do not support this element (e.g. Table before 1.5). */
  fallback?: CardElement | "drop";
}

export interface TextBlock extends ElementBase {
  type: "TextBlock";
  text: string;
  wrap?: boolean;
  size?: "Small" | "Default" | "Medium" | "Large" | "ExtraLarge";
  weight?: "Lighter" | "Default" | "Bolder";
  color?: "Default" | "Dark" | "Light" | "Accent" | "Good" | "Warning" | "Attention";
  isSubtle?: boolean;
  style?: "default" | "heading";
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: "FactSet";
  facts: Fact[];
}

export interface Container extends ElementBase {
  type: "Container";
  items: CardElement[];
  style?: ContainerStyle;
}

export interface TableCell {
  type: "TableCell";
  items: CardElement[];
}

export interface TableRow {
  type: "TableRow";
  cells: TableCell[];
  style?: ContainerStyle;
}

export interface Table extends ElementBase {
  type: "Table";
  /** Relative widths of the columns. */
  columns: { width: number }[];
  rows: TableRow[];
  showGridLines?: boolean;
}

/** Inputs (1.3+): `label`, `isRequired` and `errorMessage` are checked and shown by the client. */
interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputText extends InputBase {
  type: "Input.Text";
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
}

/** The client shows a date picker and submits the date as YYYY-MM-DD. */
export interface InputDate extends InputBase {
  type: "Input.Date";
  value?: string;
}

export interface InputNumber extends InputBase {
  type: "Input.Number";
  value?: number;
}

export interface InputChoiceSet extends InputBase {
  type: "Input.ChoiceSet";
  choices: { title: string; value: string }[];
  /** "compact" is a drop-down. */
  style?: "compact" | "expanded";
  value?: string;
  placeholder?: string;
}

export type CardInput = InputText | InputDate | InputNumber | InputChoiceSet;

export type CardElement = TextBlock | FactSet | Container | Table | CardInput;

/** A suggestion button's data: it arrives as the activity's value, like a form's submission. */
export interface MessageData {
  action: string;
  message: string;
}

/** The submit button of a request form; the client adds each input's value under its id. */
export const FORM_ACTION = "submit-form";
export interface FormData {
  action: typeof FORM_ACTION;
  type: string;
  submissionId: string;
}

/** An HR decision button; the client adds the comment input's value. */
export const DECIDE_ACTION = "decide";
export interface DecisionData {
  action: typeof DECIDE_ACTION;
  requestId: string;
  decision: ButtonDecision;
}

/** The ids of a form's inputs are prefixed, so a field can never overwrite the button's own keys. */
export const FIELD_PREFIX = "field.";
/** The id of the comment input of a decision card. */
export const COMMENT_INPUT = "comment";

export interface SubmitAction {
  type: "Action.Submit";
  title: string;
  data: MessageData | FormData | DecisionData;
  style?: "default" | "positive" | "destructive";
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: typeof ADAPTIVE_CARD_VERSION;
  body: CardElement[];
  actions?: SubmitAction[];
  /** Read by clients that cannot render the card at all. */
  fallbackText?: string;
  lang?: string;
  /** Teams: use the full width of the conversation for tables and long facts. */
  msteams?: { width: "Full" };
}

export function adaptiveCard(init: Omit<AdaptiveCard, "type" | "$schema" | "version">): AdaptiveCard {
  return { type: "AdaptiveCard", $schema: ADAPTIVE_CARD_SCHEMA, version: ADAPTIVE_CARD_VERSION, ...init };
}

export function textBlock(text: string, style: Omit<TextBlock, "type" | "text"> = {}): TextBlock {
  return { type: "TextBlock", text, wrap: true, ...style };
}

/**
 * A button that sends `message` back as if the user typed it. Plain `data`, as the form's Submit
 * has: `msteams` messageBack data works in Teams but not in the Agents Playground, whose client
 * fails on it ("Cannot add property msTeams, object is not extensible"). The value is read in
 * incoming.ts.
 */
export function submitAction(title: string, message: string, action = "ask"): SubmitAction {
  return { type: "Action.Submit", title, data: { action, message } };
}
