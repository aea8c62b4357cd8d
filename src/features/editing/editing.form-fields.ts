/**
 * Pieces shared by the edit forms of every kind: the slug, texts, themes, media, and the helpers to
 * write labels in both languages.
 */
import type { Choice, Field, Words } from "../../web/admin/forms/form-types.ts";

/** Records the forms offer to refer to, by kind. */
export interface FormChoices {
  /** Places the editor may attach records to (holder, owner, an exhibition's place). */
  ownPlaces: Choice[];
  places: Choice[];
  exhibitions: Choice[];
  rooms: Choice[];
  people: Choice[];
  events: Choice[];
  objects: Choice[];
  themes: Choice[];
}

export const noChoices = (): FormChoices => ({ ownPlaces: [], places: [], exhibitions: [], rooms: [], people: [], events: [], objects: [], themes: [] });

export const words = (en: string, fr: string): Words => ({ en, fr });

/** Choices from enum values with their labels in each language. */
export const choicesOf = (labels: Record<string, Words>): Choice[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

export interface FormContext {
  choices: FormChoices;
  /** Creating a new record: the slug may be chosen (it is fixed afterwards). */
  creating: boolean;
}

export function slugField(ctx: FormContext): Field {
  return {
    type: "text", name: "slug", required: true, readonly: !ctx.creating,
    label: words("Identifier (slug)", "Identifiant (slug)"),
    hint: ctx.creating
      ? words("Part of the public address: lowercase letters, digits and hyphens, e.g. musee-liberation-paris. It cannot change later.",
        "Partie de l'adresse publique : minuscules, chiffres et tirets, par ex. musee-liberation-paris. Il ne pourra plus changer.")
      : words("Fixed once created.", "Fixé à la création."),
  };
}

export const summaryFields = (): Field[] => [
  { type: "localized", name: "summary", label: words("Summary", "Résumé"), multiline: true },
  { type: "localized", name: "description", label: words("Description", "Description"), multiline: true },
];

export const themesField = (ctx: FormContext): Field => ({
  type: "checkboxes", name: "themes", label: words("Themes", "Thèmes"), choices: ctx.choices.themes,
});

export const MEDIA_KINDS = choicesOf({
  image: words("Image", "Image"), film: words("Film", "Film"), video: words("Video", "Vidéo"),
  audio: words("Audio", "Audio"), document: words("Document", "Document"),
});

export const mediaField = (): Field => ({
  type: "group", name: "media", label: words("Media", "Médias"),
  itemLabel: words("Medium", "Média"), addLabel: words("Add a medium", "Ajouter un média"),
  fields: [
    { type: "text", name: "slug", required: true, label: words("Identifier (slug)", "Identifiant (slug)") },
    { type: "select", name: "kind", required: true, label: words("Kind", "Type"), choices: MEDIA_KINDS },
    { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
    { type: "localized", name: "altText", label: words("Alternative text", "Texte alternatif"),
      hint: words("What the image shows, for people who cannot see it (required for images).",
        "Ce que montre l'image, pour qui ne peut pas la voir (obligatoire pour les images).") },
    { type: "localized", name: "description", label: words("Description", "Description"), multiline: true },
    { type: "text", name: "url", inputType: "url", label: words("Address of the file", "Adresse du fichier") },
    { type: "text", name: "credit", label: words("Credit", "Crédit") },
    { type: "text", name: "rights", label: words("Rights", "Droits") },
    { type: "number", name: "durationSeconds", integer: true, label: words("Duration (seconds)", "Durée (secondes)") },
  ],
});

