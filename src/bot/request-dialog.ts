import { randomUUID } from "node:crypto";
import { z } from "zod";
import { actorKey, FieldValues, type RequestRecord, RequestTypeId } from "../requests/model.ts";
import { extractFieldValues } from "../requests/parse.ts";
import type { RequestServices } from "../requests/services.ts";
import type { RequestFieldSpec } from "../requests/types/fields.ts";
import { requestType } from "../requests/types/index.ts";
import { describeValues, missingFields, validateAnswer, validateRequest } from "../requests/validate.ts";
import { requestFacts } from "../requests/views.ts";
import type { AnswerLang, FormView, Lang, ParsedIncoming, Reply, ReplyPart } from "./messages.ts";
import { makeReply, paragraph, suggest } from "./reply.ts";

/**
 * The request form as a conversation: take what the first message says, ask only for what is
 * missing, one question at a time, then a summary to submit, edit or cancel. The state is stored
 * (DialogStore), so an open form survives a restart.
 */

export const FormState = z.object({
  kind: z.literal("request-form"),
  type: RequestTypeId,
  values: FieldValues,
  /** Optional fields the user chose to skip: not asked again. */
  skipped: z.array(z.string()).default([]),
  /** The field being asked, or "confirm" when the summary is shown. */
  pending: z.string(),
  /** Idempotency key of the submission: a repeated "submit" gives the same request. */
  submissionId: z.string(),
  /** The language the form was started in: its questions and messages stay in it. */
  lang: z.enum(["en", "zh"]).default("en"),
});
export type FormState = z.infer<typeof FormState>;

const CONFIRM = "confirm";
const CANCEL = /^\s*(cancel|stop|quit|abort|never ?mind|forget it|取消|算了|不要了|放弃)\s*[.!。！]?\s*$/i;
const YES =
  /^\s*(yes|y|ok|okay|submit|send|confirm|go ahead|looks good|是|好|好的|确认|提交|发送|可以)\s*[.!。！]?\s*$/i;
const SKIP = /^\s*(skip|none|no|n\/a|-|nothing|pass|跳过|无|没有|不用)\s*[.!。！]?\s*$/i;
const EDIT = /^\s*((?:edit|change|modify)(?![a-z])|修改|更改|改)\s*(.*)$/i;

export function isCancel(text: string): boolean {
  return CANCEL.test(text);
}

/** "cancel" with no form open: nothing happens, and the user is told so. */
export function nothingToCancel(lang: Lang): Reply {
  const zh = lang === "zh";
  return makeReply("request_cancelled", lang, [
    paragraph(
      zh
        ? "目前没有正在填写的申请，无需取消。"
        : "There is no open request form, so there is nothing to cancel.",
    ),
  ]);
}

/** Another request asked for while a form is open: one form at a time. */
export function formAlreadyOpen(state: FormState, replyLang: Lang): Reply {
  const lang = state.lang;
  const title = requestType(state.type).title[lang];
  return makeReply(
    "request_form",
    replyLang,
    [
      paragraph(
        lang === "zh"
          ? `您正在填写“${title}”申请。请先完成它，或回复“取消”后再开始新的申请。`
          : `You are filling in a ${title} request. Finish it first, or say “cancel” to start another.`,
      ),
    ],
    { suggestions: suggest(lang, [{ en: "cancel", zh: "取消" }]) },
  );
}

export function dialogKey(message: ParsedIncoming): string {
  return `${message.platform}:${message.conversation.id}:${message.user.id}`;
}

export function actorOf(message: ParsedIncoming) {
  return {
    platform: message.platform,
    userId: message.user.id,
    ...(message.user.name ? { name: message.user.name } : {}),
  };
}

export function today(services: RequestServices): Date {
  return services.clock();
}

function nextPending(state: FormState): string {
  const missing = missingFields(state.type, state.values).filter((f) => !state.skipped.includes(f.name));
  return missing[0]?.name ?? CONFIRM;
}

export function fieldSpec(type: RequestTypeId, name: string): RequestFieldSpec | undefined {
  return requestType(type).fields.find((f) => f.name === name);
}

/** The question for one field, with its choices and whether it may be skipped. */
function prompt(spec: RequestFieldSpec, lang: AnswerLang): ReplyPart[] {
  const zh = lang === "zh";
  const parts: ReplyPart[] = [paragraph(spec.prompt[lang])];
  if (spec.choices)
    parts.push({ kind: "list", items: spec.choices.map((c, i) => `${i + 1}. ${c.label[lang]}`) });
  const hints = [
    spec.help?.[lang],
    spec.required ? undefined : zh ? "回复“跳过”可略过此项。" : "Say “skip” to leave it out.",
  ];
  const hint = hints.filter(Boolean).join(" ");
  if (hint) parts.push(paragraph(hint));
  return parts;
}

export function formView(
  type: RequestTypeId,
  values: Readonly<Record<string, unknown>>,
  lang: AnswerLang,
  submissionId: string,
  errors: Record<string, string> = {},
): FormView {
  const definition = requestType(type);
  return {
    type,
    title: definition.title[lang],
    fields: definition.fields.map((f) => {
      const value = values[f.name];
      return {
        name: f.name,
        kind: f.kind,
        label: f.label[lang],
        ...(f.help ? { help: f.help[lang] } : {}),
        required: f.required,
        ...(f.choices ? { choices: f.choices.map((c) => ({ value: c.value, label: c.label[lang] })) } : {}),
        ...(value !== undefined && value !== null ? { value: String(value) } : {}),
        ...(f.maxLength ? { maxLength: f.maxLength } : {}),
      };
    }),
    errors,
    submitLabel: lang === "zh" ? "提交" : "Submit",
    submissionId,
  };
}

function summary(state: FormState, lang: AnswerLang, replyLang: Lang, lead: ReplyPart[] = []): Reply {
  const zh = lang === "zh";
  const definition = requestType(state.type);
  return makeReply(
    "request_form",
    replyLang,
    [
      ...lead,
      paragraph(zh ? "请核对您的申请：" : "Please check your request:"),
      { kind: "facts", facts: describeValues(state.type, state.values, lang) },
      paragraph(
        zh
          ? "回复“提交”发送，“修改 <栏目>”更改某一项，或“取消”。"
          : "Reply “submit” to send it, “edit <field>” to change something, or “cancel”.",
      ),
    ],
    {
      title: definition.title[lang],
      suggestions: suggest(lang, [
        { en: "submit", zh: "提交" },
        { en: "edit", zh: "修改" },
        { en: "cancel", zh: "取消" },
      ]),
    },
  );
}

function ask(state: FormState, lang: AnswerLang, replyLang: Lang, lead: ReplyPart[] = []): Reply {
  if (state.pending === CONFIRM) return summary(state, lang, replyLang, lead);
  // As it is asked now: a field that applies only in some cases is required when it does.
  const spec =
    missingFields(state.type, state.values).find((f) => f.name === state.pending) ??
    fieldSpec(state.type, state.pending);
  if (!spec) return summary(state, lang, replyLang, lead);
  return makeReply("request_form", replyLang, [...lead, ...prompt(spec, lang)], {
    title: requestType(state.type).title[lang],
    suggestions: suggest(lang, [{ en: "cancel", zh: "取消" }]),
  });
}

/** Starts a request form from the message that asked for it, keeping what it already says. */
export async function startForm(
  services: RequestServices,
  message: ParsedIncoming,
  type: RequestTypeId,
  text: string,
  lang: AnswerLang,
  replyLang: Lang,
): Promise<Reply> {
  const definition = requestType(type);
  const extracted = extractFieldValues(type, text, { today: today(services), lang });
  // Keep only what passes the field's own checks: a past date in the first message is asked again.
  const values: FieldValues = {};
  for (const [name, value] of Object.entries(extracted)) {
    const checked = validateAnswer(type, name, value, values, { lang, today: today(services) });
    if (checked.ok && checked.value !== undefined) values[name] = checked.value;
  }
  // Unique per form: two forms of the same type by the same person are two requests.
  const submissionId = `${actorKey(actorOf(message))}:${type}:${randomUUID()}`;
  const state: FormState = {
    kind: "request-form",
    type,
    values,
    skipped: [],
    pending: CONFIRM,
    submissionId,
    lang,
  };
  state.pending = nextPending(state);
  await services.dialogs.set(dialogKey(message), state);
  const zh = lang === "zh";
  const known = describeValues(type, values, lang);
  const lead: ReplyPart[] = [
    paragraph(
      zh
        ? `好的，我们来填写“${definition.title.zh}”申请(重点领域 ${definition.focusArea})。${definition.summary.zh}`
        : `Let's fill in your request: ${definition.title.en} (focus area ${definition.focusArea}). ${definition.summary.en}`,
    ),
  ];
  if (known.length > 0) {
    lead.push(paragraph(zh ? "我已记下：" : "I have noted:"), { kind: "facts", facts: known });
  }
  for (const note of definition.notes ?? []) lead.push(paragraph(note[lang]));
  lead.push(paragraph(zh ? "随时可以回复“取消”。" : "You can say “cancel” at any time."));
  const reply = ask(state, lang, replyLang, lead);
  return { ...reply, form: formView(type, values, lang, submissionId) };
}

/** What a question looks like, so a strategy question in the middle of a form is answered. */
function looksLikeQuestion(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    /[?？]$/.test(t) ||
    /^(what|how|which|when|who|why|where|is|are|does|do|can|could|tell me)\b/.test(t) ||
    /(吗|呢|什么|多少|哪些|哪个|如何|怎么)[?？]?$/.test(t)
  );
}

export type DialogStep = { kind: "reply"; reply: Reply } | { kind: "not-an-answer"; reminder: ReplyPart[] };

async function submit(
  services: RequestServices,
  message: ParsedIncoming,
  state: FormState,
  lang: AnswerLang,
  replyLang: Lang,
): Promise<Reply> {
  const zh = lang === "zh";
  const checked = validateRequest(state.type, state.values, { lang, today: today(services) });
  if (!checked.ok) {
    // A value that was valid when given may not be now (a start date that has passed).
    const [field, error] = Object.entries(checked.errors)[0] ?? ["_", ""];
    const next: FormState = { ...state, values: { ...state.values }, pending: field };
    delete next.values[field];
    if (!fieldSpec(state.type, field)) next.pending = nextPending(next);
    await services.dialogs.set(dialogKey(message), next);
    return ask(next, lang, replyLang, [paragraph(error)]);
  }
  const definition = requestType(state.type);
  const outcome = await services.workflow.submit({
    type: state.type,
    requester: actorOf(message),
    subject: definition.subject(checked.values, lang),
    fields: checked.values,
    idempotencyKey: state.submissionId,
    lang,
  });
  await services.dialogs.delete(dialogKey(message));
  if (!outcome.ok) {
    return makeReply("request_form", replyLang, [
      paragraph(
        zh
          ? "抱歉，申请未能保存。请稍后再试；如果问题仍然存在，请联系人力资源部门。"
          : "Sorry, the request could not be saved. Please try again later; if it keeps happening, contact HR.",
      ),
    ]);
  }
  return submittedReply(outcome.request, checked.notes, lang, replyLang);
}

export function submittedReply(
  record: RequestRecord,
  notes: string[],
  lang: AnswerLang,
  replyLang: Lang,
): Reply {
  const zh = lang === "zh";
  return makeReply(
    "request_submitted",
    replyLang,
    [
      paragraph(
        zh
          ? `已提交：${record.id}。已通知人力资源部门审核；作出决定后我会通知您。`
          : `Submitted: ${record.id}. HR has been notified and will review it; I'll let you know when they decide.`,
      ),
      { kind: "facts", facts: requestFacts(record, lang) },
      ...notes.map((n) => paragraph(n)),
    ],
    {
      title: record.id,
      suggestions: suggest(lang, [
        { en: `status of ${record.id}`, zh: `${record.id} 的状态` },
        { en: "my requests", zh: "我的申请" },
      ]),
    },
  );
}

/** Moves an open form one step with the user's message. */
export async function continueForm(
  services: RequestServices,
  message: ParsedIncoming,
  state: FormState,
  text: string,
  lang: AnswerLang,
  replyLang: Lang,
  isStrategyQuestion: boolean,
): Promise<DialogStep> {
  const zh = lang === "zh";
  const key = dialogKey(message);
  const reminder = () => [
    paragraph(
      zh
        ? `(我们还在填写“${requestType(state.type).title.zh}”申请。)`
        : `(We're still filling in your ${requestType(state.type).title.en.toLowerCase()} request.)`,
    ),
    ...ask(state, lang, replyLang).parts,
  ];
  if (CANCEL.test(text)) {
    await services.dialogs.delete(key);
    return {
      kind: "reply",
      reply: makeReply("request_cancelled", replyLang, [
        paragraph(zh ? "已取消，没有提交任何内容。" : "Cancelled. Nothing was submitted."),
      ]),
    };
  }
  if (state.pending === CONFIRM) {
    if (YES.test(text))
      return { kind: "reply", reply: await submit(services, message, state, lang, replyLang) };
    // "edit 2", "修改 开始日期", or just the number from the list of fields.
    const edit = EDIT.exec(text) ?? (/^\s*\d{1,2}\s*$/.test(text) ? ["", "edit", text] : null);
    if (edit) {
      const wanted = (edit[2] ?? "").trim().toLowerCase();
      // Every field that applies, answered or skipped: a skipped optional one can be filled in too.
      const fields = requestType(state.type).fields.filter((f) =>
        requestType(state.type).applies(f.name, state.values),
      );
      const field = fields.find(
        (f, i) =>
          wanted === String(i + 1) ||
          (wanted.length > 0 && (f.label.en.toLowerCase().includes(wanted) || f.label.zh.includes(wanted))),
      );
      if (!field) {
        const items = fields.map((f, i) => `${i + 1}. ${f.label[lang]}`);
        return {
          kind: "reply",
          reply: makeReply(
            "request_form",
            replyLang,
            [
              paragraph(zh ? "要修改哪一项？回复“修改 <编号>”：" : "Which field? Reply “edit <number>”:"),
              { kind: "list", items },
            ],
            { suggestions: suggest(lang, [{ en: "cancel", zh: "取消" }]) },
          ),
        };
      }
      const next: FormState = {
        ...state,
        values: { ...state.values },
        skipped: state.skipped.filter((name) => name !== field.name),
        pending: field.name,
      };
      delete next.values[field.name];
      await services.dialogs.set(key, next);
      return { kind: "reply", reply: ask(next, lang, replyLang) };
    }
    if (looksLikeQuestion(text) || (isStrategyQuestion && text.split(/\s+/).length > 3)) {
      return { kind: "not-an-answer", reminder: reminder() };
    }
    return { kind: "reply", reply: summary(state, lang, replyLang) };
  }
  const spec = fieldSpec(state.type, state.pending);
  if (!spec) {
    const next = { ...state, pending: nextPending(state) };
    await services.dialogs.set(key, next);
    return { kind: "reply", reply: ask(next, lang, replyLang) };
  }
  if (isStrategyQuestion && looksLikeQuestion(text)) return { kind: "not-an-answer", reminder: reminder() };
  if (!spec.required && SKIP.test(text)) {
    const next: FormState = { ...state, skipped: [...state.skipped, spec.name] };
    next.pending = nextPending(next);
    await services.dialogs.set(key, next);
    return { kind: "reply", reply: ask(next, lang, replyLang) };
  }
  const checked = validateAnswer(state.type, spec.name, text, state.values, { lang, today: today(services) });
  if (!checked.ok) {
    if (looksLikeQuestion(text)) return { kind: "not-an-answer", reminder: reminder() };
    return { kind: "reply", reply: ask(state, lang, replyLang, [paragraph(checked.error)]) };
  }
  const next: FormState = { ...state, values: { ...state.values } };
  if (checked.value === undefined) next.skipped = [...next.skipped, spec.name];
  else next.values[spec.name] = checked.value;
  next.pending = nextPending(next);
  await services.dialogs.set(key, next);
  return {
    kind: "reply",
    reply: ask(
      next,
      lang,
      replyLang,
      checked.notes.map((n) => paragraph(n)),
    ),
  };
}
