/**
 * Validation issues in the editor's language, chosen by the issue's code and parameters, never by
 * its English words: Zod's own codes (`too_small` with `minimum` and `origin`, `invalid_format`
 * with `format`...), the stable codes the dataset schemas put in a custom issue's `params.code`
 * (`empty_text`, `clock_time`, a fuzzy date's `date_month`...) and the record store's codes
 * (`unknown_reference`, `slug_taken`, `slug_locked`...). Anything unknown reads "This value is not
 * valid" followed by the English text, so no message is ever lost.
 */
import type { Locale } from "../../../lib/locales.ts";
import { SLUG_PATTERN } from "../../../lib/slug.ts";
import type { FieldErrors, Words } from "./form-types.ts";

/** A Zod issue, or the record store's: Zod's parameters sit on the issue, the others in `params`. */
export interface Issue {
  path: readonly PropertyKey[];
  /** English; shown only when the issue is not known. */
  message: string;
  code?: string;
  params?: Record<string, unknown>;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  expected?: string;
  format?: string;
  pattern?: string;
  keys?: readonly string[];
  /** The value Zod read (when parsed with `reportInput`); `params.received` says the same as a type name. */
  input?: unknown;
}

/** Every parameter of an issue, Zod's and `params`, in one record. */
type Params = Record<string, unknown>;

const REQUIRED: Words = { en: "This field is required.", fr: "Ce champ est obligatoire." };
const PERIOD_ORDER: Words = { en: "The last day must not be before the first day.", fr: "Le dernier jour ne doit pas précéder le premier." };

/** The dataset schemas' rules (the dataset capability's dataset.schemas.ts), by the code in their `params`. */
const RULES: Record<string, Words> = {
  control_characters: {
    en: "Remove the invisible control characters (only long texts may hold tabs and line breaks).",
    fr: "Retirez les caractères de contrôle invisibles (seuls les textes longs admettent tabulations et retours à la ligne).",
  },
  empty_text: { en: "Must not be empty.", fr: "Ne doit pas être vide." },
  text_language: {
    en: "Give the text in English, in French, or in both.",
    fr: "Donnez le texte en anglais, en français ou dans les deux langues.",
  },
  clock_time: { en: "Enter a time written HH:MM, e.g. 10:00.", fr: "Saisissez une heure écrite HH:MM, par ex. 10:00." },
  image_alt_text: { en: "An image needs an alternative text.", fr: "Une image a besoin d'un texte alternatif." },
  hours_order: { en: "The closing time must be after the opening time.", fr: "L'heure de fermeture doit suivre l'heure d'ouverture." },
  period_order: PERIOD_ORDER,
  special_hours: {
    en: "A closure has no hours; special hours need both an opening and a closing time.",
    fr: "Une fermeture n'a pas d'horaires ; des horaires exceptionnels demandent une heure d'ouverture et une heure de fermeture.",
  },
  free_offer_price: { en: "A free offer has no price.", fr: "Une offre gratuite n'a pas de prix." },
  offer_exhibition: {
    en: "Name the exhibition when, and only when, the offer covers one exhibition.",
    fr: "Indiquez l'exposition si, et seulement si, l'offre couvre une exposition.",
  },
  // Timed visits (visitSchema).
  visit_days: { en: "Choose at least one day.", fr: "Choisissez au moins un jour." },
  visit_times: { en: "Give at least one start time, e.g. 10:00.", fr: "Indiquez au moins une heure de départ, par ex. 10:00." },
  free_visit_price: { en: "A free visit has no price.", fr: "Une visite gratuite n'a pas de prix." },
  visit_price: {
    en: "Give a price, or tick Free (leave both empty when the price is given at the museum).",
    fr: "Indiquez un prix, ou cochez Gratuite (laissez les deux vides si le prix est donné au musée).",
  },
  step_free_steps: { en: "A step-free visit has no steps.", fr: "Une visite de plain-pied n'a pas de marches." },
  party_order: {
    en: "The smallest party must not be larger than the largest.", fr: "Le groupe minimum ne doit pas dépasser le groupe maximum.",
  },
  party_capacity: {
    en: "The largest party must not be larger than the places per slot.", fr: "Le groupe maximum ne doit pas dépasser le nombre de places par créneau.",
  },
  language_code: { en: "Use a two-letter language code, e.g. fr.", fr: "Utilisez un code de langue à deux lettres, par ex. fr." },
  booking_channels: {
    en: "Choose at least one way to book: online, or at the museum.", fr: "Choisissez au moins un mode de réservation\u00a0: en ligne, ou au musée.",
  },
  // The record store's own rules (the editing capability's record-validation.ts).
  date_order: {
    en: "The closing date must not be before the opening date.",
    fr: "La date de fermeture ne doit pas précéder la date d'ouverture.",
  },
  slug_reserved: { en: "This identifier is reserved; choose another.", fr: "Cet identifiant est réservé ; choisissez-en un autre." },
  slug_taken: { en: "Another record of this kind already has this identifier.", fr: "Un autre enregistrement de ce type porte déjà cet identifiant." },
};

type Translate = (p: Params, issue: Issue) => Words | undefined;

/** Fuzzy dates (lib/fuzzy-date.ts): the parser's codes and the parts of the notation it names. */
const DATES: Record<string, Translate> = {
  date_month: (p) => ({ en: `Month ${p.month} does not exist in "${p.text}".`, fr: `Le mois ${p.month} n'existe pas dans « ${p.text} ».` }),
  date_day: (p) => ({ en: `Day ${p.day} does not exist in "${p.text}".`, fr: `Le jour ${p.day} n'existe pas dans « ${p.text} ».` }),
  date_notation: (p) => ({
    en: `"${p.text}" is not a date; write e.g. ${p.examples}.`,
    fr: `« ${p.text} » n'est pas une date ; écrivez par ex. ${p.examples}.`,
  }),
  date_range_order: (p) => ({ en: `"${p.text}" ends before it starts.`, fr: `« ${p.text} » se termine avant de commencer.` }),
  date_range_ends: (p) => ({
    en: `"${p.text}" has more than one "/"; a range has two ends.`,
    fr: `« ${p.text} » contient plus d'un « / » ; une période a deux bornes.`,
  }),
};

/** The record store's kinds, as a French sentence names them ("Aucune personne n'a..."). */
const KIND_WORDS: Record<string, { en: string; fr: string }> = {
  place: { en: "place", fr: "Aucun lieu" }, exhibition: { en: "exhibition", fr: "Aucune exposition" },
  room: { en: "room", fr: "Aucune salle" }, object: { en: "object", fr: "Aucun objet" },
  person: { en: "person", fr: "Aucune personne" }, event: { en: "event", fr: "Aucun événement" }, theme: { en: "theme", fr: "Aucun thème" },
};

/** A reference to a record that does not exist (`kind`, `slug`), or that belongs to another place (`elsewhere`). */
const unknownReference: Translate = (p, issue) => {
  if (p.elsewhere === true && p.kind === "room") {
    return { en: `"${p.slug}" is not a room of this place.`, fr: `« ${p.slug} » n'est pas une salle de ce lieu.` };
  }
  if (p.elsewhere === true && p.kind === "exhibition") {
    return { en: `"${p.slug}" is not an exhibition of this place.`, fr: `« ${p.slug} » n'est pas une exposition de ce lieu.` };
  }
  const kind = typeof p.kind === "string" ? KIND_WORDS[p.kind] : undefined;
  if (kind && p.slug !== undefined) return { en: `No ${kind.en} has the identifier "${p.slug}".`, fr: `${kind.fr} n'a l'identifiant « ${p.slug} ».` };
  return { en: `No such record: ${issue.message}`, fr: `Enregistrement introuvable (${issue.message})` };
};

/** Which identifier may not change: the field the issue is on says it. */
const slugLocked: Translate = (_p, issue) => {
  if (issue.path[0] === "exhibition") return { en: "A room stays in the exhibition it was created in.", fr: "Une salle reste dans l'exposition où elle a été créée." };
  if (issue.path[0] === "place") return { en: "An exhibition stays at the place it was created for.", fr: "Une exposition reste au lieu pour lequel elle a été créée." };
  return { en: "The identifier of a record cannot change once created.", fr: "L'identifiant d'un enregistrement ne peut plus changer après sa création." };
};

const selfReference: Translate = (p) => (p.kind === "place"
  ? { en: "A place cannot be its own partner.", fr: "Un lieu ne peut pas être son propre partenaire." }
  : p.kind === "object" ? { en: "An object cannot be part of itself.", fr: "Un objet ne peut pas faire partie de lui-même." } : undefined);

const duplicate: Translate = (p) => (p.value === undefined ? undefined : { en: `"${p.value}" is listed twice.`, fr: `« ${p.value} » figure deux fois.` });

const isNumeric = (origin: unknown) => origin === "number" || origin === "int" || origin === "bigint" || origin === undefined;

const tooSmall: Translate = (p) => {
  const n = p.minimum;
  if (p.origin === "string") {
    if (p.exact === true) return { en: `Must be exactly ${n} characters long.`, fr: `Doit compter exactement ${n} caractères.` };
    return n === 1 ? REQUIRED : undefined;
  }
  if (p.origin === "array" || p.origin === "set") return p.inclusive === false ? undefined : { en: `Choose at least ${n}.`, fr: `Choisissez-en au moins ${n}.` };
  if (!isNumeric(p.origin)) return undefined;
  return p.inclusive === false
    ? { en: `Must be more than ${n}.`, fr: `Doit être supérieur à ${n}.` }
    : { en: `Must be at least ${n}.`, fr: `Doit valoir au moins ${n}.` };
};

const tooBig: Translate = (p) => {
  if (p.origin === "string" && p.exact === true) return { en: `Must be exactly ${p.maximum} characters long.`, fr: `Doit compter exactement ${p.maximum} caractères.` };
  return isNumeric(p.origin) ? { en: `Must be at most ${p.maximum}.`, fr: `Doit valoir au plus ${p.maximum}.` } : undefined;
};

/** A value of the wrong type; a missing one (Zod reads `undefined`) is a required field left empty. */
const invalidType: Translate = (p, issue) => {
  const received = p.received ?? ("input" in issue ? (issue.input === undefined ? "undefined" : typeof issue.input) : undefined);
  if (received === "undefined") return REQUIRED;
  if (p.expected === "int") return { en: "Enter a whole number.", fr: "Saisissez un nombre entier." };
  if (p.expected === "number") return { en: "Enter a number.", fr: "Saisissez un nombre." };
  if (p.expected === "boolean") return { en: "Tick or untick the box.", fr: "Cochez ou décochez la case." };
  // Forms send text for every other field, so without the value read, a missing one is what Zod saw.
  return received === undefined ? REQUIRED : undefined;
};

const invalidFormat: Translate = (p) => {
  switch (p.format) {
    case "email": return { en: "Enter an email address, e.g. contact@example.org.", fr: "Saisissez une adresse électronique, par ex. contact@example.org." };
    case "url": return { en: "Enter a web address starting with https://.", fr: "Saisissez une adresse web commençant par https://." };
    case "date": return { en: "Enter a date written YYYY-MM-DD, e.g. 1944-08-25.", fr: "Saisissez une date écrite AAAA-MM-JJ, par ex. 1944-08-25." };
    case "regex": return p.pattern === String(SLUG_PATTERN) ? {
      en: "Use lowercase letters, digits and single hyphens, e.g. musee-liberation-paris.",
      fr: "Utilisez des minuscules sans accents, des chiffres et des tirets simples, par ex. musee-liberation-paris.",
    } : undefined;
    default: return undefined;
  }
};

/** Issues by code: Zod's own, then the record store's. */
const BY_CODE: Record<string, Translate> = {
  too_small: tooSmall,
  too_big: tooBig,
  invalid_type: invalidType,
  invalid_format: invalidFormat,
  invalid_value: () => ({ en: "Choose one of the options.", fr: "Choisissez l'une des options." }),
  unrecognized_keys: (p, issue) => {
    const keys = Array.isArray(p.keys) ? p.keys.join(", ") : issue.message;
    return { en: `Unexpected field: ${keys}`, fr: `Champ inattendu : ${keys}` };
  },
  duplicate,
  self_reference: selfReference,
  unknown_reference: unknownReference,
  slug_locked: slugLocked,
};

const GENERIC: Words = { en: "This value is not valid", fr: "Cette valeur n'est pas valide" };

/** The words of an issue: a custom issue by the code in its `params`, any other by its own code. */
function wordsOf(issue: Issue): Words | undefined {
  const p: Params = { ...issue, ...issue.params };
  const code = typeof issue.params?.code === "string" ? issue.params.code : issue.code;
  if (code === undefined) return undefined;
  return RULES[code] ?? (DATES[code] ?? BY_CODE[code])?.(p, issue);
}

/** One issue's message in `locale`. */
export function translateIssue(issue: Issue, locale: Locale): string {
  const words = wordsOf(issue);
  return words ? words[locale] : `${GENERIC[locale]} (${issue.message}).`;
}

/** Messages by dotted path ("highlights.0.text.en"); several issues on one path are joined. */
export function issuesToFieldErrors(issues: readonly Issue[], locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    const message = translateIssue(issue, locale);
    errors[key] = errors[key] && !errors[key].includes(message) ? `${errors[key]} ${message}` : message;
  }
  return errors;
}
