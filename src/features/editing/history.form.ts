/** The edit forms of a collection object, a person and an event (fuzzy dates, people links, aliases, roles). */
import type { Field } from "../../web/admin/forms/form-types.ts";
import { choicesOf, mediaField, slugField, summaryFields, themesField, words, type FormContext } from "./editing.form-fields.ts";

const OBJECT_TYPES = choicesOf({
  collection: words("Collection", "Collection"), object: words("Object", "Objet"), photograph: words("Photograph", "Photographie"),
  film: words("Film", "Film"), video: words("Video", "Vidéo"), archive: words("Archive", "Archive"), document: words("Document", "Document"),
  letter: words("Letter", "Lettre"), drawing: words("Drawing", "Dessin"), furniture: words("Furniture", "Mobilier"),
  uniform: words("Uniform", "Uniforme"), weapon: words("Weapon", "Arme"), poster: words("Poster", "Affiche"), audio: words("Sound recording", "Enregistrement sonore"),
});

const COUNT_QUALIFIERS = choicesOf({
  exactly: words("exactly", "exactement"), round: words("a round figure", "un chiffre rond"), about: words("about", "environ"), nearly: words("nearly", "près de"),
  more_than: words("more than", "plus de"), over: words("over", "au-delà de"),
});

const ALIAS_KINDS = choicesOf({
  birth_name: words("Birth name", "Nom de naissance"), nom_de_guerre: words("Nom de guerre", "Nom de guerre"), title: words("Title", "Titre"),
  spelling_variant: words("Spelling variant", "Variante orthographique"), later_name: words("Later name", "Nom ultérieur"),
});

const EVENT_KINDS = choicesOf({
  liberation: words("Liberation", "Libération"), battle: words("Battle", "Bataille"), uprising: words("Uprising", "Insurrection"),
  repression: words("Repression", "Répression"), trial: words("Trial", "Procès"), founding: words("Founding", "Fondation"),
  opening: words("Opening", "Inauguration"), commemoration: words("Commemoration", "Commémoration"), other: words("Other", "Autre"),
});

const peopleField = (ctx: FormContext): Field => ({
  type: "group", name: "people", label: words("People", "Personnes"), itemLabel: words("Person", "Personne"),
  addLabel: words("Add a person", "Ajouter une personne"), fields: [
    { type: "reference", name: "person", required: true, label: words("Person (identifier)", "Personne (identifiant)"), choices: ctx.choices.people },
    { type: "localized", name: "role", label: words("Role", "Rôle") },
  ],
});

const ownerField = (ctx: FormContext): Field => ({
  type: "select", name: "owner", label: words("Kept by", "Tenu par"), choices: ctx.choices.ownPlaces,
  hint: words("The place whose staff keep this record; none: the network's administrators.",
    "Le lieu dont l'équipe tient cette fiche ; aucun : les administrateurs du réseau."),
});

export function objectFormFields(ctx: FormContext): Field[] {
  return [
    slugField(ctx),
    { type: "select", name: "holder", required: true, label: words("Held by", "Conservé par"), choices: ctx.choices.ownPlaces },
    { type: "reference", name: "partOf", label: words("Part of (collection identifier)", "Fait partie de (identifiant de la collection)"), choices: ctx.choices.objects },
    { type: "select", name: "type", required: true, label: words("Type", "Type"), choices: OBJECT_TYPES },
    { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
    ...summaryFields(),
    { type: "fuzzyDate", name: "date", label: words("Date", "Date") },
    { type: "number", name: "itemCount", integer: true, label: words("Number of items", "Nombre de pièces") },
    { type: "select", name: "itemCountQualifier", label: words("Number of items is", "Le nombre de pièces est"), choices: COUNT_QUALIFIERS },
    { type: "localized", name: "provenance", label: words("Provenance", "Provenance"), multiline: true },
    { type: "localized", name: "credit", label: words("Credit", "Crédit") },
    { type: "text", name: "rights", label: words("Rights", "Droits") },
    { type: "text", name: "inventoryNumber", label: words("Inventory number", "Numéro d'inventaire") },
    peopleField(ctx),
    { type: "checkboxes", name: "events", label: words("Events", "Événements"), choices: ctx.choices.events },
    { type: "checkboxes", name: "places", label: words("Places", "Lieux"), choices: ctx.choices.places },
    themesField(ctx),
    mediaField(),
  ];
}

export function personFormFields(ctx: FormContext): Field[] {
  return [
    slugField(ctx),
    { type: "text", name: "name", required: true, label: words("Name", "Nom") },
    { type: "text", name: "givenName", label: words("Given name", "Prénom") },
    { type: "text", name: "familyName", label: words("Family name", "Nom de famille") },
    { type: "localized", name: "title", label: words("Title or function", "Titre ou fonction") },
    ...summaryFields(),
    { type: "fuzzyDate", name: "birth", label: words("Birth", "Naissance") },
    { type: "fuzzyDate", name: "death", label: words("Death", "Décès") },
    ownerField(ctx),
    { type: "group", name: "aliases", label: words("Other names", "Autres noms"), itemLabel: words("Name", "Nom"),
      addLabel: words("Add a name", "Ajouter un nom"), fields: [
        { type: "text", name: "name", required: true, label: words("Name", "Nom") },
        { type: "select", name: "kind", required: true, label: words("Kind", "Type"), choices: ALIAS_KINDS },
        { type: "localized", name: "note", label: words("Note", "Note") },
      ] },
    { type: "group", name: "roles", label: words("Roles", "Rôles"), itemLabel: words("Role", "Rôle"),
      addLabel: words("Add a role", "Ajouter un rôle"), fields: [
        { type: "localized", name: "role", required: true, label: words("Role", "Rôle") },
        { type: "reference", name: "place", label: words("Place (identifier)", "Lieu (identifiant)"), choices: ctx.choices.places },
        { type: "fuzzyDate", name: "period", label: words("Period", "Période") },
      ] },
    mediaField(),
  ];
}

export function eventFormFields(ctx: FormContext): Field[] {
  return [
    slugField(ctx),
    { type: "select", name: "kind", required: true, label: words("Kind", "Type"), choices: EVENT_KINDS },
    { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
    ...summaryFields(),
    { type: "fuzzyDate", name: "date", required: true, label: words("Date", "Date") },
    { type: "object", name: "location", label: words("Location", "Lieu de l'événement"), fields: [
      { type: "localized", name: "name", required: true, label: words("Name", "Nom") },
      { type: "reference", name: "place", label: words("Place (identifier)", "Lieu (identifiant)"), choices: ctx.choices.places },
      { type: "number", name: "latitude", label: words("Latitude", "Latitude") },
      { type: "number", name: "longitude", label: words("Longitude", "Longitude") },
    ] },
    { type: "text", name: "factsSource", label: words("Source of the facts", "Source des informations") },
    ownerField(ctx),
    peopleField(ctx),
    themesField(ctx),
    mediaField(),
  ];
}
