/** Choosing a word's plural form by the language's CLDR rules (Intl.PluralRules), never by `n === 1`. */
import type { Locale } from "../../lib/locales.ts";

/** One form of a counted phrase: a text where `{n}` stands for the count, or a function of the count. */
export type PluralForm = string | ((n: number) => string);

/**
 * The forms a phrase takes. English and French need `one` and `other`; the other CLDR categories
 * (French `many` for millions, say) fall back to `other` when not given.
 */
export type PluralForms = { one: PluralForm; other: PluralForm } & Partial<Record<"zero" | "two" | "few" | "many", PluralForm>>;

const TAG: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };
const rules: Partial<Record<Locale, Intl.PluralRules>> = {};
const rulesFor = (locale: Locale) => (rules[locale] ??= new Intl.PluralRules(TAG[locale]));

/** The plural category of `n` in `locale`: French 0 and 1.5 are "one", English 0 is "other". */
export const pluralCategory = (locale: Locale, n: number) => rulesFor(locale).select(n);

/** The form of `forms` that `n` takes in `locale`, with `{n}` replaced by the count as written. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = pluralCategory(locale, n);
  const form = (category === "one" || category === "other" ? forms[category] : forms[category] ?? forms.other);
  return typeof form === "function" ? form(n) : form.replaceAll("{n}", String(n));
}
