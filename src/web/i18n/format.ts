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

/** "Tuesday, Wednesday and Thursday" / "mardi, mercredi et jeudi". */
/** Compares texts as readers of `locale` sort them. */
export const collatorFor = (locale: Locale) => new Intl.Collator(TAG[locale]);

export const formatList = (locale: Locale, items: string[]) => new Intl.ListFormat(TAG[locale], { style: "long", type: "conjunction" }).format(items);

export const htmlLang = (locale: Locale) => locale;
