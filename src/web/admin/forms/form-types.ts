/**
 * A form described as data: which fields, of which type, under which dotted name. The names follow
 * the document the form edits (`highlights.0.text.en`), so a validation issue's path names its
 * field, and one renderer and one parser serve every kind of record.
 */
import type { Locale } from "../../../lib/locales.ts";

/** A word or sentence in each language of the back office. */
export type Words = Record<Locale, string>;

export interface Choice {
  value: string;
  label: Words;
}

interface FieldBase {
  /** Dotted name relative to the enclosing group or object (e.g. "summary", "address"). */
  name: string;
  label: Words;
  hint?: Words;
  required?: boolean;
}

export type LeafField = FieldBase & (
  | { type: "text"; inputType?: "text" | "email" | "url"; readonly?: boolean }
  | { type: "textarea" }
  /** English and French side by side; `multiline` for long texts. */
  | { type: "localized"; multiline?: boolean }
  | { type: "number"; integer?: boolean; step?: string }
  /** An amount typed in units with up to two decimals ("12,50" or "12.50"), stored as a whole number of cents. */
  | { type: "money" }
  | { type: "checkbox" }
  /** One value among `choices`; empty means absent. */
  | { type: "select"; choices: Choice[] }
  | { type: "date" }
  | { type: "time" }
  /** A date of known precision, written as the dataset notation ("mid 1945-04"). */
  | { type: "fuzzyDate" }
  /** The slug of another record: a text input offering `choices` through a datalist. */
  | { type: "reference"; choices: Choice[] }
  /** A set of values among `choices`, as checkboxes (themes, weekdays). */
  | { type: "checkboxes"; choices: Choice[] }
  /** An ordered list of slugs, one per line (a room's objects, in order). */
  | { type: "slugLines"; choices?: Choice[] }
  /** Sent with the form but not shown (e.g. a room's exhibition, fixed at creation). */
  | { type: "hidden" }
);

/** A fixed sub-object (address, coordinates): absent when every sub-field is empty. */
export interface ObjectField extends FieldBase {
  type: "object";
  fields: Field[];
}

/** A list of rows of sub-fields (highlights, opening hours...), edited with add/remove/move buttons. */
export interface GroupField extends FieldBase {
  type: "group";
  /** What one row is, for its heading and buttons: "highlight" / "point fort". */
  itemLabel: Words;
  /** The add button's text: "Add a highlight" (else the item label). */
  addLabel?: Words;
  fields: Field[];
}

export type Field = LeafField | ObjectField | GroupField;

export interface FormDescription {
  /** Stable id prefix of the form's inputs (anchors of the error summary). */
  id: string;
  fields: Field[];
}

/** Validation messages by dotted path ("highlights.0.text.en"), already in the editor's language. */
export type FieldErrors = Record<string, string>;

/** A document being edited: nested objects and arrays, with leaves as typed (strings kept when not parseable). */
export type FormValues = Record<string, unknown>;
