/** A date of known precision in the API: one presenter for every kind that has dates (events, people, objects, exhibitions). */
import type { Locale } from "../lib/locales.ts";
import { formatFuzzyDate } from "../lib/fuzzy-date.ts";
import { present } from "./presenting.ts";
import type { datePrecision } from "../db/schema/columns.ts";

type DatePrecision = (typeof datePrecision.enumValues)[number];

type FuzzyDateColumns<P extends string> = { [K in `${P}${"Text" | "Start" | "End" | "Precision"}`]: string | null };

/**
 * The `<prefix>` date of a row as { text, notation, start, end, precision }: `text` reads naturally in
 * the language ("mi-avril 1945"), `notation` is the stored form; undefined when the row has no such date.
 */
export function presentFuzzyDate<P extends string>(row: FuzzyDateColumns<P>, prefix: P, locale: Locale) {
  const notation = row[`${prefix}Text`];
  if (!notation) return undefined;
  return present({
    text: formatFuzzyDate(notation, locale),
    notation,
    start: row[`${prefix}Start`],
    end: row[`${prefix}End`],
    precision: row[`${prefix}Precision`] as DatePrecision | null,
  });
}
