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

export type CardElement = TextBlock | FactSet | Container | Table;

/** What a button sends back. Teams reads `msteams`; every other client gets the whole object as `value`. */
export interface SubmitData {
  action: string;
  message: string;
  msteams?: { type: "messageBack"; text: string; displayText: string };
}

export interface SubmitAction {
  type: "Action.Submit";
  title: string;
  data: SubmitData;
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
 * A button that sends `message` back as if the user typed it: Teams shows the text in the chat
 * (messageBack) and the bot receives it as text; other clients send `data` as the activity value.
 */
export function submitAction(title: string, message: string, action = "ask"): SubmitAction {
  return {
    type: "Action.Submit",
    title,
    data: { action, message, msteams: { type: "messageBack", text: message, displayText: message } },
  };
}
