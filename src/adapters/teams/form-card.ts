import type { Activity } from "botbuilder";
import type { FormFieldView, FormView, Lang } from "../../bot/messages.ts";
import { t } from "../../i18n/messages.ts";
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  type CardInput,
  FIELD_PREFIX,
  FORM_ACTION,
  textBlock,
} from "./cards.ts";
import { cardActivity, cardLang, escapeMarkdown } from "./render.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The input for one field, with what is known filled in (a value the input cannot hold is left out). */
function input(field: FormFieldView, required: string, error: string | undefined): CardInput {
  const common = {
    id: `${FIELD_PREFIX}${field.name}`,
    label: field.label,
    ...(field.required ? { isRequired: true } : {}),
    ...(field.required || error ? { errorMessage: error ?? required } : {}),
  };
  const value = field.value;
  switch (field.kind) {
    case "date":
      return { type: "Input.Date", ...common, ...(value && isCalendarDate(value) ? { value } : {}) };
    case "number": {
      const number = value === undefined ? Number.NaN : Number(value);
      return { type: "Input.Number", ...common, ...(Number.isFinite(number) ? { value: number } : {}) };
    }
    case "choice":
      return {
        type: "Input.ChoiceSet",
        ...common,
        style: "compact",
        choices: (field.choices ?? []).map((c) => ({ title: c.label, value: c.value })),
        ...(value ? { value } : {}),
      };
    case "text":
    case "longtext":
    case "person":
      return {
        type: "Input.Text",
        ...common,
        ...(field.kind === "longtext" ? { isMultiline: true } : {}),
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(value ? { value } : {}),
      };
  }
}

function attention(text: string): CardElement {
  return textBlock(escapeMarkdown(text), { color: "Attention", size: "Small", spacing: "Small" });
}

/**
 * A request form as an Adaptive Card: one labelled input per field, its help below it, and the
 * error of a rejected submission under the field it is about (errors about no shown field go first).
 */
export function formToCard(form: FormView, lang: Lang): AdaptiveCard {
  const required = t(lang, "adapter.fieldRequired");
  const names = new Set(form.fields.map((f) => f.name));
  const body: CardElement[] = [
    textBlock(escapeMarkdown(form.title), { size: "Medium", weight: "Bolder", style: "heading" }),
  ];
  for (const [name, error] of Object.entries(form.errors)) {
    if (!names.has(name)) body.push(attention(error));
  }
  for (const field of form.fields) {
    const error = form.errors[field.name];
    body.push(input(field, required, error));
    if (field.help)
      body.push(textBlock(escapeMarkdown(field.help), { isSubtle: true, size: "Small", spacing: "None" }));
    if (error) body.push(attention(error));
  }
  return adaptiveCard({
    body,
    actions: [
      {
        type: "Action.Submit",
        title: form.submitLabel,
        style: "positive",
        data: { action: FORM_ACTION, type: form.type, submissionId: form.submissionId },
      },
    ],
    fallbackText: t(lang, "adapter.formFallback", { title: form.title }),
    lang: cardLang(lang),
  });
}

export function formActivity(form: FormView, lang: Lang): Partial<Activity> {
  return cardActivity(formToCard(form, lang), form.title);
}
