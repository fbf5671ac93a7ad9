import { createIntl, createIntlCache, type IntlShape } from "@formatjs/intl";
import type { MessageArgs } from "./catalogue/args.ts";
import { type Base, CATALOGUES, type MessageKey } from "./catalogue/index.ts";
import { INTL_TAG, type Locale } from "./locale.ts";

export type { MessageKey };

/** The values a message takes, by the names its English text uses. */
export type MessageValues<K extends MessageKey> = MessageArgs<Base[K]>;
type ValuesArg<K extends MessageKey> = keyof MessageValues<K> extends never ? [] : [values: MessageValues<K>];

const cache = createIntlCache();
const shapes = new Map<Locale, IntlShape<string>>();

/** One formatter per locale (ICU messages, dates, numbers, lists), built on first use. */
export function intl(locale: Locale): IntlShape<string> {
  let shape = shapes.get(locale);
  if (!shape) {
    shape = createIntl<string>(
      {
        locale: INTL_TAG[locale],
        defaultLocale: INTL_TAG.en,
        messages: CATALOGUES[locale],
        // a message that cannot be formatted is a defect the catalogue test catches; at run time
        // the reply still goes out with the message's key rather than nothing
        onError: () => {},
      },
      cache,
    );
    shapes.set(locale, shape);
  }
  return shape;
}

/**
 * The text of `key` in `locale`, its ICU placeholders, plurals and selects filled from `values`.
 * Angle brackets are text ("edit <field>"), not markup.
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...values: ValuesArg<K>): string {
  const [given] = values;
  return intl(locale).formatMessage(
    { id: key },
    given as Record<string, string | number | Date> | undefined,
    {
      ignoreTag: true,
    },
  );
}

/** The same message in every locale, for the words a user may type back in any of them ("cancel"). */
export function inEveryLocale<K extends MessageKey>(key: K, ...values: ValuesArg<K>): string[] {
  return (Object.keys(CATALOGUES) as Locale[]).map((locale) => t(locale, key, ...values));
}

/**
 * For a key chosen at run time among messages that take different values (a proposal's question,
 * a refusal): the values are checked by the catalogue test rather than the compiler.
 */
export function tAny(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number | Date> = {},
): string {
  return intl(locale).formatMessage({ id: key }, values, { ignoreTag: true });
}
