import { date, integer, jsonb, pgEnum, text, timestamp } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../lib/locales.ts";

/** A JSONB column holding one text per locale, e.g. `{"en": "...", "fr": "..."}`. */
export const localized = () => jsonb().$type<LocalizedText>();

export const publicationStatus = pgEnum("publication_status", ["draft", "published"]);

export const datePrecision = pgEnum("date_precision", [
  "day",
  "month",
  "season",
  "year",
  "decade",
  "century",
  "range",
]);

/** Columns every editable kind of content carries: identity, stable slug, publication, optimistic version. */
export const contentColumns = () => ({
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  status: publicationStatus().notNull().default("published"),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

const fuzzyDateBuilders = () => ({
  Text: text(),
  Start: date({ mode: "string" }),
  End: date({ mode: "string" }),
  Precision: datePrecision(),
});
type FuzzyDateBuilders = ReturnType<typeof fuzzyDateBuilders>;

/**
 * Columns for a date of known precision ("6 November 1943", "mid-April 1945", "1940/1944", "before 1945"):
 * `<prefix>Text` is the notation as written in the data, `<prefix>Start`/`<prefix>End` the first and
 * last possible day (for sorting and filtering), `<prefix>Precision` how precise it is.
 */
export function fuzzyDate<P extends string>(prefix: P): { [K in keyof FuzzyDateBuilders as `${P}${K}`]: FuzzyDateBuilders[K] } {
  const builders = fuzzyDateBuilders();
  return Object.fromEntries(Object.entries(builders).map(([suffix, column]) => [prefix + suffix, column])) as never;
}
