/**
 * The values an ICU message takes, read from its text at the type level, so that
 * `t("en", "form.submitted", { id })` is checked against the English catalogue's placeholders:
 * `{name}` takes a string or a number, `{n, plural, …}` and `{n, number}` a number,
 * `{s, select, …}` a string, `{d, date}` a date. Text inside a plural's or select's branches is
 * skipped (it is text again, whose own `{…}` are arguments).
 */

type Value<Spec extends string> = Spec extends
  | `${" " | ""}plural${string}`
  | `${" " | ""}selectordinal${string}`
  ? number
  : Spec extends `${" " | ""}number${string}`
    ? number
    : Spec extends `${" " | ""}date${string}` | `${" " | ""}time${string}`
      ? Date | number
      : Spec extends `${" " | ""}select${string}`
        ? string
        : string | number;

type ArgumentAt<S extends string> = S extends `${infer Name}}${string}`
  ? Name extends `${infer Id},${infer Spec}`
    ? { id: Id; value: Value<Spec> }
    : { id: Name; value: string | number }
  : never;

// Depth counts open braces: even depth is text (a `{` opens an argument), odd is inside one.
type Walk<S extends string, Depth extends unknown[], Acc> = S extends `${infer C}${infer Rest}`
  ? C extends "{"
    ? Depth["length"] extends 0 | 2 | 4 | 6
      ? Walk<Rest, [...Depth, 0], Acc | ArgumentAt<Rest>>
      : Walk<Rest, [...Depth, 0], Acc>
    : C extends "}"
      ? Walk<Rest, Depth extends [unknown, ...infer Less] ? Less : [], Acc>
      : Walk<Rest, Depth, Acc>
  : Acc;

type Found<S extends string> = Walk<S, [], never>;

/** `{ id: string; n: number }` for "{id} … {n, plural, …}"; `never` keys for a message with none. */
export type MessageArgs<S extends string> = {
  [A in Found<S> as A extends { id: infer Id extends string } ? Id : never]: A extends { value: infer V }
    ? V
    : never;
};
