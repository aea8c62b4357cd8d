/**
 * The edit form of each kind of record, described for the form engine (web/admin/forms). Field
 * names are the dataset document's paths, so the record store's validation issues land on them.
 * Choices (places, people, themes...) are read per request and passed in.
 */
import type { Field, FormDescription } from "../../web/admin/forms/form-types.ts";
import type { RecordKind } from "./editing.types.ts";
import { slugField, words, type FormContext } from "./editing.form-fields.ts";
import { placeFormFields } from "./place.form.ts";
import { exhibitionFormFields, roomFormFields } from "./exhibition.form.ts";
import { eventFormFields, objectFormFields, personFormFields } from "./history.form.ts";

export const themeFormFields = (ctx: FormContext): Field[] => [
  slugField(ctx),
  { type: "localized", name: "name", required: true, label: words("Name", "Nom") },
  { type: "localized", name: "description", label: words("Description", "Description"), multiline: true },
];

const FIELDS: Record<RecordKind, (ctx: FormContext) => Field[]> = {
  place: placeFormFields,
  exhibition: exhibitionFormFields,
  room: roomFormFields,
  object: objectFormFields,
  person: personFormFields,
  event: eventFormFields,
  theme: themeFormFields,
};

/** The edit form of a kind. */
export function formFor(kind: RecordKind, ctx: FormContext): FormDescription {
  return { id: `${kind}-form`, fields: FIELDS[kind](ctx) };
}
