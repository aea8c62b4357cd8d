/** Small helpers every presenter uses. */
import type { Locale } from "../lib/locales.ts";
import type { Localizer } from "../lib/localized-text.ts";

/** The `language` block of a presented record: which language it is in and which fields fell back. */
export function languageOf(l: Localizer): { language: Locale; fallbacks?: Record<string, Locale> } {
  const fallbacks = l.fallbacks();
  return Object.keys(fallbacks).length > 0 ? { language: l.locale, fallbacks } : { language: l.locale };
}

/** Removes null and undefined members so JSON carries only the facts that exist. */
export function present<T extends Record<string, unknown>>(record: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as never;
}

/** A time of day as HH:MM; a time that is always there (a non-null column) always gives one. */
export function hhmm(time: string): string;
export function hhmm(time: string | null | undefined): string | undefined;
export function hhmm(time: string | null | undefined) {
  return time ? time.slice(0, 5) : undefined;
}
