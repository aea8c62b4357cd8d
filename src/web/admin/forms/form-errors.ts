/**
 * Validation issues in the editor's language. Issues carry a code (Zod's, or the record store's
 * `unknown_reference`, `slug_taken`, `slug_locked`) and an English message; the dataset schemas'
 * own messages are known sentences, Zod's are recognised by code and shape. Anything unknown reads
 * "This value is not valid" followed by the English text, so no message is ever lost.
 */
import type { Locale } from "../../../lib/locales.ts";
import type { FieldErrors, Words } from "./form-types.ts";

export interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/** The dataset schemas' custom messages (the dataset capability's dataset.schemas.ts, lib/slug.ts). */
const KNOWN_MESSAGES: Record<string, Words> = {
  "must not be empty": { en: "Must not be empty.", fr: "Ne doit pas être vide." },
  "give the text in at least one language (en, fr)": {
    en: "Give the text in English, in French, or in both.",
    fr: "Donnez le texte en anglais, en français ou dans les deux langues.",
  },
  "must be a date written YYYY-MM-DD": { en: "Enter a date written YYYY-MM-DD, e.g. 1944-08-25.", fr: "Saisissez une date écrite AAAA-MM-JJ, par ex. 1944-08-25." },
  "must be a time written HH:MM, e.g. 10:00": { en: "Enter a time written HH:MM, e.g. 10:00.", fr: "Saisissez une heure écrite HH:MM, par ex. 10:00." },
  "an image needs altText": { en: "An image needs an alternative text.", fr: "Une image a besoin d'un texte alternatif." },
  "opens must be before closes": { en: "The closing time must be after the opening time.", fr: "L'heure de fermeture doit suivre l'heure d'ouverture." },
  "endsOn must not be before startsOn": { en: "The last day must not be before the first day.", fr: "Le dernier jour ne doit pas précéder le premier." },
  "a closure has no hours; special hours need both opens and closes": {
    en: "A closure has no hours; special hours need both an opening and a closing time.",
    fr: "Une fermeture n'a pas d'horaires ; des horaires exceptionnels demandent une heure d'ouverture et une heure de fermeture.",
  },
  "a free offer has no price": { en: "A free offer has no price.", fr: "Une offre gratuite n'a pas de prix." },
  "give exhibition exactly when covers is exhibition": {
    en: "Name the exhibition when, and only when, the offer covers one exhibition.",
    fr: "Indiquez l'exposition si, et seulement si, l'offre couvre une exposition.",
  },
  // Timed visits (visitSchema).
  "choose at least one day": { en: "Choose at least one day.", fr: "Choisissez au moins un jour." },
  "give at least one start time": { en: "Give at least one start time, e.g. 10:00.", fr: "Indiquez au moins une heure de départ, par ex. 10:00." },
  "validUntil must not be before validFrom": { en: "The last day must not be before the first day.", fr: "Le dernier jour ne doit pas précéder le premier." },
  "a free visit has no price": { en: "A free visit has no price.", fr: "Une visite gratuite n'a pas de prix." },
  "give amountCents, or free: true (leave price out when it is not stated)": {
    en: "Give a price, or tick Free (leave both empty when the price is given at the museum).",
    fr: "Indiquez un prix, ou cochez Gratuite (laissez les deux vides si le prix est donné au musée).",
  },
  "a step-free visit has no steps": { en: "A step-free visit has no steps.", fr: "Une visite de plain-pied n'a pas de marches." },
  "the smallest party must not be larger than the largest": {
    en: "The smallest party must not be larger than the largest.", fr: "Le groupe minimum ne doit pas dépasser le groupe maximum.",
  },
  "the largest party must not be larger than the capacity of a slot": {
    en: "The largest party must not be larger than the places per slot.", fr: "Le groupe maximum ne doit pas dépasser le nombre de places par créneau.",
  },
  "must be a two-letter language code, e.g. fr": { en: "Use a two-letter language code, e.g. fr.", fr: "Utilisez un code de langue à deux lettres, par ex. fr." },
  "choose at least one channel: online or onsite": {
    en: "Choose at least one way to book: online, or at the museum.", fr: "Choisissez au moins un mode de réservation\u00a0: en ligne, ou au musée.",
  },
  // The record store's own rules (the editing capability's record-validation.ts).
  "closesOn must not be before opensOn": {
    en: "The closing date must not be before the opening date.",
    fr: "La date de fermeture ne doit pas précéder la date d'ouverture.",
  },
  "a place cannot be its own partner": { en: "A place cannot be its own partner.", fr: "Un lieu ne peut pas être son propre partenaire." },
  "an object cannot be part of itself": { en: "An object cannot be part of itself.", fr: "Un objet ne peut pas faire partie de lui-même." },
  "must be lowercase letters, digits and single hyphens, e.g. musee-liberation-paris": {
    en: "Use lowercase letters, digits and single hyphens, e.g. musee-liberation-paris.",
    fr: "Utilisez des minuscules sans accents, des chiffres et des tirets simples, par ex. musee-liberation-paris.",
  },
};

type Translate = (m: RegExpMatchArray) => Words;

/** Messages with a variable part: fuzzy dates (lib/fuzzy-date.ts) and Zod's own. */
const PATTERNS: [RegExp, Translate][] = [
  [/^month (\S+) does not exist in "(.*)"$/, (m) => ({ en: `Month ${m[1]} does not exist in "${m[2]}".`, fr: `Le mois ${m[1]} n'existe pas dans « ${m[2]} ».` })],
  [/^day (\S+) does not exist in "(.*)"$/, (m) => ({ en: `Day ${m[1]} does not exist in "${m[2]}".`, fr: `Le jour ${m[1]} n'existe pas dans « ${m[2]} ».` })],
  [/^"(.*)" is not a date; write e\.g\. (.*)$/, (m) => ({
    en: `"${m[1]}" is not a date; write e.g. ${m[2]}.`,
    fr: `« ${m[1]} » n'est pas une date ; écrivez par ex. ${m[2]}.`,
  })],
  [/^"(.*)" ends before it starts$/, (m) => ({ en: `"${m[1]}" ends before it starts.`, fr: `« ${m[1]} » se termine avant de commencer.` })],
  [/^"(.*)" has more than one "\/"; a range has two ends$/, (m) => ({
    en: `"${m[1]}" has more than one "/"; a range has two ends.`,
    fr: `« ${m[1]} » contient plus d'un « / » ; une période a deux bornes.`,
  })],
  [/^\w+ "(.*)" is listed twice$/, (m) => ({ en: `"${m[1]}" is listed twice.`, fr: `« ${m[1]} » figure deux fois.` })],
  [/^must be at most (\d+)$/, (m) => ({ en: `Must be at most ${m[1]}.`, fr: `Doit valoir au plus ${m[1]}.` })],
  [/^Invalid input: expected (\w+), received undefined$/, () => ({ en: "This field is required.", fr: "Ce champ est obligatoire." })],
  [/^Invalid input: expected (number|int), received (\w+)$/, (m) => (m[1] === "int"
    ? { en: "Enter a whole number.", fr: "Saisissez un nombre entier." }
    : { en: "Enter a number.", fr: "Saisissez un nombre." })],
  [/^Invalid input: expected (boolean), received (\w+)$/, () => ({ en: "Tick or untick the box.", fr: "Cochez ou décochez la case." })],
  [/^Too small: expected (?:number|int) to be >=?(-?[\d.]+)$/, (m) => ({ en: `Must be at least ${m[1]}.`, fr: `Doit valoir au moins ${m[1]}.` })],
  [/^Too small: expected (?:number|int) to be >(-?[\d.]+)$/, (m) => ({ en: `Must be more than ${m[1]}.`, fr: `Doit être supérieur à ${m[1]}.` })],
  [/^Too big: expected (?:number|int) to be <=?(-?[\d.]+)$/, (m) => ({ en: `Must be at most ${m[1]}.`, fr: `Doit valoir au plus ${m[1]}.` })],
  [/^Too small: expected string to have >=1 characters$/, () => ({ en: "This field is required.", fr: "Ce champ est obligatoire." })],
  [/^Too (?:small|big): expected string to have exactly (\d+) characters$/, (m) => ({ en: `Must be exactly ${m[1]} characters long.`, fr: `Doit compter exactement ${m[1]} caractères.` })],
  [/^Too small: expected array to have >=(\d+) items?$/, (m) => ({ en: `Choose at least ${m[1]}.`, fr: `Choisissez-en au moins ${m[1]}.` })],
  [/^Invalid email address$/, () => ({ en: "Enter an email address, e.g. contact@example.org.", fr: "Saisissez une adresse électronique, par ex. contact@example.org." })],
  [/^Invalid URL$/, () => ({ en: "Enter a web address starting with https://.", fr: "Saisissez une adresse web commençant par https://." })],
  [/^Invalid option: expected one of /, () => ({ en: "Choose one of the options.", fr: "Choisissez l'une des options." })],
];

/** The record store's kinds, as a French sentence names them ("Aucune personne n'a..."). */
const KIND_WORDS: Record<string, { en: string; fr: string }> = {
  place: { en: "place", fr: "Aucun lieu" }, exhibition: { en: "exhibition", fr: "Aucune exposition" },
  room: { en: "room", fr: "Aucune salle" }, object: { en: "object", fr: "Aucun objet" },
  person: { en: "person", fr: "Aucune personne" }, event: { en: "event", fr: "Aucun événement" }, theme: { en: "theme", fr: "Aucun thème" },
};

/** "no person has the slug "x"", "\"x\" is not a room of this place": the record store's reference problems. */
function unknownReference(message: string): Words {
  const missing = /^no (\w+) has the slug "(.*)"$/.exec(message);
  const kind = missing ? KIND_WORDS[missing[1]!] : undefined;
  if (missing && kind) return { en: `No ${kind.en} has the identifier "${missing[2]}".`, fr: `${kind.fr} n'a l'identifiant « ${missing[2]} ».` };
  const elsewhere = /^"(.*)" is not an? (exhibition|room) of this place$/.exec(message);
  if (elsewhere) {
    return elsewhere[2] === "room"
      ? { en: `"${elsewhere[1]}" is not a room of this place.`, fr: `« ${elsewhere[1]} » n'est pas une salle de ce lieu.` }
      : { en: `"${elsewhere[1]}" is not an exhibition of this place.`, fr: `« ${elsewhere[1]} » n'est pas une exposition de ce lieu.` };
  }
  return { en: `No such record: ${message}`, fr: `Enregistrement introuvable (${message})` };
}

/** Codes whose meaning does not depend on the message alone (the record store's reference checks). */
const BY_CODE: Record<string, (message: string) => Words> = {
  unknown_reference: unknownReference,
  slug_reserved: () => ({ en: "This identifier is reserved; choose another.", fr: "Cet identifiant est réservé ; choisissez-en un autre." }),
  slug_taken: () => ({ en: "Another record of this kind already has this identifier.", fr: "Un autre enregistrement de ce type porte déjà cet identifiant." }),
  slug_locked: (message) => {
    if (message.startsWith("a room stays")) return { en: "A room stays in the exhibition it was created in.", fr: "Une salle reste dans l'exposition où elle a été créée." };
    if (message.startsWith("an exhibition stays")) return { en: "An exhibition stays at the place it was created for.", fr: "Une exposition reste au lieu pour lequel elle a été créée." };
    return { en: "The identifier of a record cannot change once created.", fr: "L'identifiant d'un enregistrement ne peut plus changer après sa création." };
  },
  unrecognized_keys: (message) => ({ en: `Unexpected field: ${message}`, fr: `Champ inattendu : ${message}` }),
};

const GENERIC: Words = { en: "This value is not valid", fr: "Cette valeur n'est pas valide" };

/** One issue's message in `locale`. */
export function translateIssue(issue: Issue, locale: Locale): string {
  const known = KNOWN_MESSAGES[issue.message];
  if (known) return known[locale];
  for (const [pattern, translate] of PATTERNS) {
    const m = issue.message.match(pattern);
    if (m) return translate(m)[locale];
  }
  const byCode = issue.code ? BY_CODE[issue.code] : undefined;
  if (byCode) return byCode(issue.message)[locale];
  return `${GENERIC[locale]} (${issue.message}).`;
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
