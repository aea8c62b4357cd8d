/** Dates, times, numbers and prices written the way each language writes them (Intl). */
import type { Locale } from "../../lib/locales.ts";

const TAG: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

/** "Tuesday 24 November 2026" / "mardi 24 novembre 2026" for a YYYY-MM-DD date. */
export const formatDate = (locale: Locale, isoDate: string, withWeekday = false) =>
  new Intl.DateTimeFormat(TAG[locale], { ...(withWeekday ? { weekday: "long" } : {}), day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(`${isoDate}T00:00:00Z`));

/** "18:00" in both languages (24-hour clock), "18 h" is not used so times line up in tables. */
export const formatTime = (_locale: Locale, hhmm: string) => hhmm.slice(0, 5);

/** Weekday name, 1 = Monday: "Tuesday" / "mardi". */
export const weekdayName = (locale: Locale, weekday: number) =>
  new Intl.DateTimeFormat(TAG[locale], { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, weekday)));

/** An instant as staff read it, in the network's zone: "21 Nov 2026, 08:15" / "21 nov. 2026, 08:15". */
export const formatInstant = (locale: Locale, at: Date, timeZone = "Europe/Paris") =>
  new Intl.DateTimeFormat(TAG[locale], { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);

export const formatNumber = (locale: Locale, value: number) => new Intl.NumberFormat(TAG[locale]).format(value);

export const formatPrice = (locale: Locale, amount: number, currency: string) =>
  new Intl.NumberFormat(TAG[locale], { style: "currency", currency, minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount);

/** A price in cents, always with its cents: "€12.50" / "12,50 €" (tickets and visit prices). */
export const formatCents = (locale: Locale, cents: number, currency = "EUR") =>
  new Intl.NumberFormat(TAG[locale], { style: "currency", currency }).format(cents / 100);

/** A number as typed in a form field, without grouping: "12.50" / "12,50". */
export const formatDecimal = (locale: Locale, value: number, fractionDigits: number) =>
  new Intl.NumberFormat(TAG[locale], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits, useGrouping: false }).format(value);

/**
 * The space French puts before : ; ! ? and inside « ». The catalogues and pages write a no-break
 * space (U+00A0), so it is this one; switching to the narrow no-break space (U+202F) happens here.
 */
export const FRENCH_SPACE = "\u00a0";

/** What separates a label from its value: ": " in English, " : " (no-break before the colon) in French. */
export const colon = (locale: Locale) => (locale === "fr" ? `${FRENCH_SPACE}: ` : ": ");

/** "Label: value" / "Libellé : valeur". */
export const labelled = (locale: Locale, label: string, value: string) => `${label}${colon(locale)}${value}`;

/** A quotation: “text” in English, « text » with no-break spaces in French. */
export const quoted = (locale: Locale, text: string) => (locale === "fr" ? `«${FRENCH_SPACE}${text}${FRENCH_SPACE}»` : `“${text}”`);

/**
 * French spacing of a text written with ordinary spaces (or none): a no-break space before : ; ! ?
 * ending a word and inside « ». Times (10:00) and addresses (https://, ?next=) are left alone,
 * since their mark is not followed by a space. English text is returned as it is.
 */
export function punctuate(locale: Locale, text: string): string {
  if (locale !== "fr") return text;
  return text
    .replace(/(?<=\S)[ \u00a0\u202f]?([:;!?])(?=\s|$)/g, `${FRENCH_SPACE}$1`)
    .replace(/«[ \u00a0\u202f]?/g, `«${FRENCH_SPACE}`)
    .replace(/[ \u00a0\u202f]?»/g, `${FRENCH_SPACE}»`);
}

/** Compares texts as readers of `locale` sort them. */
export const collatorFor = (locale: Locale) => new Intl.Collator(TAG[locale]);

/** "Tuesday, Wednesday and Thursday" / "mardi, mercredi et jeudi". */
export const formatList = (locale: Locale, items: string[]) => new Intl.ListFormat(TAG[locale], { style: "long", type: "conjunction" }).format(items);

export const htmlLang = (locale: Locale) => locale;
