/** The edit forms of an exhibition and of a room (its sections in order). Rooms are ordered on the exhibition's page. */
import type { Field } from "../../web/admin/forms/form-types.ts";
import { choicesOf, mediaField, slugField, summaryFields, themesField, words, type FormContext } from "./editing.form-fields.ts";

const EXHIBITION_KINDS = choicesOf({ permanent: words("Permanent", "Permanente"), temporary: words("Temporary", "Temporaire") });

export function exhibitionFormFields(ctx: FormContext): Field[] {
  return [
    slugField(ctx),
    { type: "select", name: "place", required: true, label: words("Place", "Lieu"), choices: ctx.choices.ownPlaces },
    { type: "select", name: "kind", required: true, label: words("Kind", "Type"), choices: EXHIBITION_KINDS },
    { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
    ...summaryFields(),
    { type: "date", name: "opensOn", label: words("Opens on", "Ouvre le") },
    { type: "date", name: "closesOn", label: words("Closes on", "Ferme le") },
    themesField(ctx),
    mediaField(),
  ];
}

export function roomFormFields(ctx: FormContext): Field[] {
  return [
    slugField(ctx),
    // Fixed when the room is created from its exhibition's page.
    { type: "hidden", name: "exhibition", label: words("Exhibition", "Exposition") },
    { type: "number", name: "number", integer: true, label: words("Room number", "Numéro de salle") },
    { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
    { type: "localized", name: "subtitle", label: words("Subtitle", "Sous-titre") },
    ...summaryFields(),
    { type: "group", name: "sections", label: words("Sections", "Sections"), itemLabel: words("Section", "Section"),
      addLabel: words("Add a section", "Ajouter une section"),
      hint: words("In the order visitors meet them.", "Dans l'ordre où les visiteurs les découvrent."), fields: [
        { type: "text", name: "key", required: true, label: words("Identifier (slug)", "Identifiant (slug)") },
        { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
        { type: "localized", name: "body", label: words("Text", "Texte"), multiline: true },
        mediaField(),
      ] },
    { type: "slugLines", name: "objects", label: words("Objects shown, in order", "Objets présentés, dans l'ordre"), choices: ctx.choices.objects },
    { type: "slugLines", name: "events", label: words("Events told, in order", "Événements racontés, dans l'ordre"), choices: ctx.choices.events },
    themesField(ctx),
    mediaField(),
  ];
}
