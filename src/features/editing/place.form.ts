/**
 * The edit form of a place: identity, texts, address, contacts, hours, closures, admission, audience,
 * accessibility, partners, suggestions and timed visits.
 */
import type { Field } from "../../web/admin/forms/form-types.ts";
import { choicesOf, mediaField, slugField, summaryFields, themesField, words, type FormContext } from "./editing.form-fields.ts";

const PLACE_KINDS = choicesOf({
  museum: words("Museum", "Musée"), memorial: words("Memorial", "Mémorial"), archive: words("Archive", "Archives"),
  historic_site: words("Historic site", "Site historique"), cinema: words("Cinema", "Cinéma"), library: words("Library", "Bibliothèque"),
  research_centre: words("Research centre", "Centre de recherche"), monument: words("Monument", "Monument"),
});

export const WEEKDAYS = choicesOf({
  mon: words("Monday", "Lundi"), tue: words("Tuesday", "Mardi"), wed: words("Wednesday", "Mercredi"),
  thu: words("Thursday", "Jeudi"), fri: words("Friday", "Vendredi"), sat: words("Saturday", "Samedi"), sun: words("Sunday", "Dimanche"),
});

const HIGHLIGHT_KINDS = choicesOf({ we_love: words("We love", "Coup de cœur"), we_also_like: words("We also like", "On aime aussi") });

const QUALIFIERS = choicesOf({
  exactly: words("exactly", "exactement"), round: words("a round figure", "un chiffre rond"), about: words("about", "environ"), nearly: words("nearly", "près de"),
  more_than: words("more than", "plus de"), over: words("over", "au-delà de"), millions: words("millions", "millions"),
});

const COVERS = choicesOf({
  whole_site: words("The whole site", "Tout le site"), permanent_collection: words("The permanent collection", "La collection permanente"),
  temporary_exhibitions: words("Temporary exhibitions", "Les expositions temporaires"), exhibition: words("One exhibition", "Une exposition"),
  guided_visit: words("A guided visit", "Une visite guidée"),
});

const AUDIENCES = choicesOf({
  everyone: words("Everyone", "Tout public"), families: words("Families", "Familles"), children: words("Children", "Enfants"),
  teenagers: words("Teenagers", "Adolescents"), adults: words("Adults", "Adultes"), school_groups: words("School groups", "Groupes scolaires"),
  researchers: words("Researchers", "Chercheurs"),
});

const ACCESS_FEATURES = choicesOf({
  steps: words("Steps", "Marches"), step_free: words("Step-free access", "Accès de plain-pied"), lift: words("Lift", "Ascenseur"),
  underground: words("Underground", "Souterrain"), headset: words("Headset", "Casque"), audio_guide: words("Audio guide", "Audioguide"),
  sign_language: words("Sign language", "Langue des signes"), seating: words("Seating", "Sièges"), other: words("Other", "Autre"),
});

const PARTNER_KINDS = choicesOf({
  partner_museum: words("Partner museum", "Musée partenaire"), network_member: words("Network member", "Membre du réseau"),
  sister_site: words("Sister site", "Site jumeau"),
});

const CHANNELS = choicesOf({
  online: words("Online (website and booking API)", "En ligne (site web et API de réservation)"),
  onsite: words("At the museum (front desk)", "Au musée (accueil)"),
});

/** Languages a visit may be given in, by code in alphabetical order (a visit's languages are kept sorted). */
const VISIT_LANGUAGES = choicesOf({
  de: words("German", "Allemand"), en: words("English", "Anglais"), es: words("Spanish", "Espagnol"),
  fr: words("French", "Français"), it: words("Italian", "Italien"), nl: words("Dutch", "Néerlandais"),
});

/** A bookable timed visit: its own fields, price, requirements shown before booking, channels and weekly start times. */
const visitsField = (): Field => ({
  type: "group", name: "visits", label: words("Timed visits", "Visites sur réservation"), itemLabel: words("Visit", "Visite"),
  addLabel: words("Add a timed visit", "Ajouter une visite sur réservation"),
  hint: words("Visits booked for a time. A visit removed while it holds bookings is archived with them: it is no longer offered.",
    "Visites réservées pour un horaire. Une visite retirée alors qu'elle a des réservations est archivée avec elles\u00a0: elle n'est plus proposée."),
  fields: [
    { type: "text", name: "slug", required: true, label: words("Identifier (slug)", "Identifiant (slug)"),
      hint: words("Unique within the place, e.g. underground-shelter-visit. Keep it: bookings follow the visit by it.",
        "Unique dans le lieu, par ex. underground-shelter-visit. Gardez-le\u00a0: les réservations suivent la visite par lui.") },
    { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
    { type: "localized", name: "description", label: words("Description", "Description"), multiline: true },
    { type: "number", name: "durationMinutes", integer: true, required: true, label: words("Duration (minutes)", "Durée (minutes)") },
    { type: "number", name: "capacity", integer: true, required: true, label: words("Places per time slot", "Places par créneau") },
    { type: "object", name: "partySize", required: true, label: words("Party size", "Taille des groupes"), fields: [
      { type: "number", name: "min", integer: true, label: words("Smallest party", "Groupe minimum"), hint: words("1 when left empty.", "1 si laissé vide.") },
      { type: "number", name: "max", integer: true, required: true, label: words("Largest party", "Groupe maximum") },
    ] },
    { type: "checkboxes", name: "languages", label: words("Languages of the visit", "Langues de la visite"), choices: VISIT_LANGUAGES },
    { type: "object", name: "price", label: words("Price", "Prix"),
      hint: words("Leave both empty when the price is given at the museum.", "Laissez les deux vides si le prix est donné au musée."), fields: [
        { type: "checkbox", name: "free", label: words("Free", "Gratuite") },
        { type: "money", name: "amountCents", label: words("Price per person (euros)", "Prix par personne (euros)"), hint: words("e.g. 8.50", "par ex. 8,50") },
      ] },
    { type: "object", name: "requirements", label: words("Shown before booking", "Indiqué avant la réservation"), fields: [
      { type: "number", name: "steps", integer: true, label: words("Steps to go down or up", "Marches à descendre ou à monter") },
      { type: "checkbox", name: "stepFree", label: words("Step-free", "De plain-pied") },
      { type: "number", name: "minimumAge", integer: true, label: words("Minimum age", "Âge minimum") },
      { type: "checkbox", name: "headset", label: words("Visitors wear a headset", "Les visiteurs portent un casque") },
      { type: "localized", name: "notes", label: words("Other requirements", "Autres conditions"), multiline: true },
    ] },
    { type: "checkboxes", name: "channels", required: true, label: words("Booked", "Réservation"), choices: CHANNELS },
    { type: "group", name: "schedule", label: words("Start times", "Heures de départ"), itemLabel: words("Weekly pattern", "Série hebdomadaire"),
      addLabel: words("Add start times", "Ajouter des heures de départ"),
      hint: words("Times outside the place's opening hours, and on its closures, are never offered.",
        "Les heures hors des horaires d'ouverture du lieu, et ses jours de fermeture, ne sont jamais proposées."), fields: [
        { type: "checkboxes", name: "days", required: true, label: words("Days", "Jours"), choices: WEEKDAYS },
        { type: "slugLines", name: "times", required: true, label: words("Start times", "Heures de départ"),
          hint: words("One per line, written HH:MM, e.g. 10:00.", "Une par ligne, écrite HH:MM, par ex. 10:00.") },
        { type: "date", name: "validFrom", label: words("Valid from", "Valable à partir du") },
        { type: "date", name: "validUntil", label: words("Valid until", "Valable jusqu'au") },
      ] },
    { type: "number", name: "bookingHorizonDays", integer: true, label: words("Bookable up to (days ahead)", "Réservable jusqu'à (jours à l'avance)"),
      hint: words("60 when left empty.", "60 si laissé vide.") },
    { type: "text", name: "factsSource", label: words("Source of the facts", "Source des informations") },
  ],
});

const ageFields = (): Field[] => [
  { type: "number", name: "minAge", integer: true, label: words("Minimum age", "Âge minimum") },
  { type: "number", name: "maxAge", integer: true, label: words("Maximum age", "Âge maximum") },
];

export function placeFormFields(ctx: FormContext): Field[] {
  const { choices } = ctx;
  return [
    slugField(ctx),
    { type: "select", name: "kind", required: true, label: words("Kind of place", "Type de lieu"), choices: PLACE_KINDS },
    { type: "localized", name: "name", required: true, label: words("Name", "Nom") },
    { type: "localized", name: "shortName", label: words("Short name", "Nom court") },
    { type: "localized", name: "tagline", label: words("Tagline", "Accroche") },
    ...summaryFields(),
    { type: "localized", name: "partnersIntro", label: words("Introduction to the partners", "Introduction aux partenaires"), multiline: true },
    { type: "object", name: "address", label: words("Address", "Adresse"), fields: [
      { type: "localized", name: "street", label: words("Street", "Rue") },
      { type: "text", name: "postalCode", label: words("Postal code", "Code postal") },
      { type: "text", name: "city", label: words("City", "Ville") },
      { type: "localized", name: "district", label: words("District", "Quartier") },
      { type: "text", name: "countryCode", label: words("Country code", "Code pays"), hint: words("Two letters, e.g. FR.", "Deux lettres, par ex. FR.") },
    ] },
    { type: "object", name: "coordinates", label: words("Coordinates", "Coordonnées géographiques"), fields: [
      { type: "number", name: "latitude", label: words("Latitude", "Latitude"), hint: words("e.g. 48.8336", "par ex. 48,8336") },
      { type: "number", name: "longitude", label: words("Longitude", "Longitude"), hint: words("e.g. 2.3324", "par ex. 2,3324") },
    ] },
    { type: "text", name: "timeZone", label: words("Time zone", "Fuseau horaire"), hint: words("e.g. Europe/Paris", "par ex. Europe/Paris") },
    { type: "object", name: "contacts", label: words("Contacts", "Contacts"), fields: [
      { type: "text", name: "phone", label: words("Telephone", "Téléphone") },
      { type: "text", name: "email", inputType: "email", label: words("Email", "Courriel") },
      { type: "text", name: "website", inputType: "url", label: words("Website", "Site web") },
    ] },
    { type: "text", name: "factsSource", label: words("Source of the facts", "Source des informations") },
    { type: "group", name: "highlights", label: words("Highlights", "Points forts"), itemLabel: words("Highlight", "Point fort"),
      addLabel: words("Add a highlight", "Ajouter un point fort"), fields: [
        { type: "select", name: "kind", required: true, label: words("Kind", "Type"), choices: HIGHLIGHT_KINDS },
        { type: "localized", name: "text", required: true, label: words("Text", "Texte") },
      ] },
    { type: "group", name: "figures", label: words("Key figures", "Chiffres clés"), itemLabel: words("Figure", "Chiffre"),
      addLabel: words("Add a figure", "Ajouter un chiffre"), fields: [
        { type: "number", name: "value", label: words("Value", "Valeur") },
        { type: "select", name: "qualifier", label: words("Qualifier", "Précision"), choices: QUALIFIERS },
        { type: "text", name: "unit", label: words("Unit", "Unité") },
        { type: "localized", name: "label", required: true, label: words("Label", "Libellé") },
      ] },
    { type: "group", name: "openingHours", label: words("Opening hours", "Horaires d'ouverture"), itemLabel: words("Opening hours", "Horaires"),
      addLabel: words("Add opening hours", "Ajouter des horaires"), fields: [
        { type: "checkboxes", name: "days", required: true, label: words("Days", "Jours"), choices: WEEKDAYS },
        { type: "time", name: "opens", required: true, label: words("Opens at", "Ouvre à") },
        { type: "time", name: "closes", required: true, label: words("Closes at", "Ferme à") },
        { type: "date", name: "validFrom", label: words("Valid from", "Valable à partir du") },
        { type: "date", name: "validUntil", label: words("Valid until", "Valable jusqu'au") },
      ] },
    { type: "group", name: "openingExceptions", label: words("Closures and special hours", "Fermetures et horaires exceptionnels"),
      itemLabel: words("Exception", "Exception"), addLabel: words("Add a closure or special hours", "Ajouter une fermeture ou des horaires exceptionnels"), fields: [
        { type: "date", name: "startsOn", required: true, label: words("First day", "Premier jour") },
        { type: "date", name: "endsOn", required: true, label: words("Last day", "Dernier jour") },
        { type: "checkbox", name: "closed", label: words("Closed", "Fermé") },
        { type: "time", name: "opens", label: words("Opens at (special hours)", "Ouvre à (horaires exceptionnels)") },
        { type: "time", name: "closes", label: words("Closes at (special hours)", "Ferme à (horaires exceptionnels)") },
        { type: "localized", name: "reason", label: words("Reason", "Motif") },
      ] },
    { type: "group", name: "admission", label: words("Admission", "Tarifs"), itemLabel: words("Offer", "Offre"),
      addLabel: words("Add an admission offer", "Ajouter une offre tarifaire"), fields: [
        { type: "select", name: "covers", required: true, label: words("Covers", "Donne accès à"), choices: COVERS },
        { type: "reference", name: "exhibition", label: words("Exhibition (when the offer covers one)", "Exposition (si l'offre en couvre une)"), choices: choices.exhibitions },
        { type: "localized", name: "label", required: true, label: words("Label", "Libellé") },
        { type: "checkbox", name: "isFree", label: words("Free", "Gratuit") },
        { type: "money", name: "priceCents", label: words("Price", "Prix"), hint: words("In the currency below, e.g. 12.50", "Dans la devise ci-dessous, par ex. 12,50") },
        { type: "text", name: "currency", label: words("Currency", "Devise"), hint: words("Three letters, e.g. EUR.", "Trois lettres, par ex. EUR.") },
        { type: "checkbox", name: "isReducedRate", label: words("Reduced rate", "Tarif réduit") },
        ...ageFields(),
        { type: "localized", name: "conditions", label: words("Conditions", "Conditions") },
      ] },
    { type: "group", name: "audience", label: words("Audience", "Publics"), itemLabel: words("Audience", "Public"),
      addLabel: words("Add an audience", "Ajouter un public"), fields: [
        { type: "select", name: "audience", required: true, label: words("Audience", "Public"), choices: AUDIENCES },
        { type: "checkbox", name: "recommended", label: words("Recommended", "Recommandé") },
        ...ageFields(),
        { type: "localized", name: "text", required: true, label: words("Text", "Texte") },
      ] },
    { type: "group", name: "accessibility", label: words("Accessibility", "Accessibilité"), itemLabel: words("Fact", "Information"),
      addLabel: words("Add an accessibility fact", "Ajouter une information d'accessibilité"), fields: [
        { type: "select", name: "feature", required: true, label: words("Feature", "Élément"), choices: ACCESS_FEATURES },
        { type: "reference", name: "room", label: words("Room (identifier)", "Salle (identifiant)"), choices: choices.rooms },
        { type: "number", name: "value", label: words("Value", "Valeur") },
        { type: "text", name: "unit", label: words("Unit", "Unité") },
        { type: "localized", name: "text", required: true, label: words("Text", "Texte") },
      ] },
    { type: "group", name: "partners", label: words("Partners", "Partenaires"), itemLabel: words("Partner", "Partenaire"),
      addLabel: words("Add a partner", "Ajouter un partenaire"), fields: [
        { type: "reference", name: "place", required: true, label: words("Place (identifier)", "Lieu (identifiant)"), choices: choices.places },
        { type: "select", name: "kind", label: words("Kind", "Type"), choices: PARTNER_KINDS },
        { type: "localized", name: "note", label: words("Note", "Note") },
      ] },
    { type: "group", name: "suggestions", label: words("Suggestions", "Suggestions"), itemLabel: words("Suggestion", "Suggestion"),
      addLabel: words("Add a suggestion", "Ajouter une suggestion"), fields: [
        { type: "reference", name: "place", label: words("Place (identifier)", "Lieu (identifiant)"), choices: choices.places },
        { type: "localized", name: "title", required: true, label: words("Title", "Titre") },
        { type: "localized", name: "text", label: words("Text", "Texte"), multiline: true },
        { type: "text", name: "url", inputType: "url", label: words("Web address", "Adresse web") },
      ] },
    visitsField(),
    themesField(ctx),
    mediaField(),
  ];
}
