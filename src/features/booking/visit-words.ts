/**
 * Words about a visit that the ticket, the confirmation message, the .ics file and the booking pages
 * all say the same way: the requirements, the price, the date and time at the place.
 */
import { DateTime } from "luxon";
import type { Locale } from "../../lib/locales.ts";
import type { VisitRequirements } from "../../db/schema/bookings.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { formatCents } from "../../web/i18n/format.ts";

const LANGUAGE_NAMES: Record<Locale, Record<string, string>> = {
  en: { en: "English", fr: "French", de: "German", es: "Spanish", it: "Italian", nl: "Dutch" },
  fr: { en: "anglais", fr: "français", de: "allemand", es: "espagnol", it: "italien", nl: "néerlandais" },
};

/** "English, French" / "français, anglais". */
export const languageNames = (codes: readonly string[], lang: Locale) => codes.map((c) => LANGUAGE_NAMES[lang][c] ?? c).join(", ");

/** What a visitor must know before booking, one sentence each, in `lang`. */
export function requirementLines(r: VisitRequirements, lang: Locale): string[] {
  const fr = lang === "fr";
  const lines: string[] = [];
  if (r.steps !== undefined && r.steps > 0) {
    lines.push(fr ? `${r.steps} marches à descendre et à remonter.` : `${r.steps} steps to go down and back up.`);
  }
  if (!r.stepFree) lines.push(fr ? "Visite non accessible sans marches (pas d'accès en fauteuil roulant)." : "Not step-free (no wheelchair access).");
  if (r.minimumAge !== undefined) lines.push(fr ? `À partir de ${r.minimumAge}\u00a0ans.` : `Minimum age: ${r.minimumAge}.`);
  if (r.headset) lines.push(fr ? "Visite avec un casque (fourni)." : "The visit uses a headset (provided).");
  const notes = createLocalizer(lang).text("notes", r.notes);
  if (notes) lines.push(notes);
  return lines;
}

/** The price per person: "Free", "€12.50 per person", or "Price given at the museum". */
export function priceText(offer: { isFree: boolean; priceCents: number | null }, lang: Locale): string {
  if (offer.isFree) return lang === "fr" ? "Gratuit" : "Free";
  if (offer.priceCents === null) return lang === "fr" ? "Tarif indiqué au musée" : "Price given at the museum";
  const amount = formatCents(lang, offer.priceCents);
  return lang === "fr" ? `${amount} par personne` : `${amount} per person`;
}

/** "Saturday 28 March 2026" / "samedi 28 mars 2026", at the place. */
export const localDateText = (instant: Date, timeZone: string, lang: Locale) =>
  DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(lang === "fr" ? "fr-FR" : "en-GB").toFormat("cccc d LLLL yyyy");

/** "10:00", at the place (24-hour clock in both languages, as museums post their times). */
export const localTimeText = (instant: Date, timeZone: string) => DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("HH:mm");
