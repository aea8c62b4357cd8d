/**
 * A booking's ticket facts, links and messages: the confirmation (with its .ics) and the
 * cancellation go to the outbox in the transaction of the booking, so a rolled-back booking sends nothing.
 */
import type { Transaction } from "../../db/database.ts";
import type { bookings } from "../../db/schema/bookings.ts";
import type { Locale } from "../../lib/locales.ts";
import type { SecretKeyring } from "../../lib/secret-key.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import { apiPaths, paths } from "../../web/paths.ts";
import { queueMessage } from "../outbox/outbox.service.ts";
import { displayCode } from "./booking-code.ts";
import { bookingIcs, type BookingEventState } from "./booking-calendar.ts";
import { bookingCancelledMessage, bookingConfirmedMessage } from "./booking-messages.ts";
import type { BookingRow, OfferRow } from "./booking.service.ts";
import type { TicketFacts } from "./ticket-facts.ts";
import { localDateText, localTimeText, requirementLines } from "./visit-words.ts";

type Booking = typeof bookings.$inferSelect;

/** Where a visitor sees their ticket (and cancels), and downloads the .ics: both need the secret. */
export function bookingLinks(booking: Pick<Booking, "code" | "lang">, secret: string, siteUrl: string) {
  const lang = booking.lang as Locale;
  return {
    ticket: `${siteUrl}${paths.booking(lang, booking.code, secret)}`,
    cancel: `${siteUrl}${paths.bookingCancel(lang, booking.code, secret)}`,
    calendar: `${siteUrl}${apiPaths.bookingCalendar(booking.code, secret)}`,
  };
}

/** Everything a ticket says, in the booking's language and the place's time zone. */
export function ticketFactsOf(row: BookingRow, offer: OfferRow, secret: string, siteUrl: string): TicketFacts {
  const lang = row.booking.lang as Locale;
  const l = createLocalizer(lang);
  const links = bookingLinks(row.booking, secret, siteUrl);
  const address = [l.text("street", offer.streetAddress), [offer.postalCode, offer.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return {
    code: displayCode(row.booking.code),
    lang,
    offerTitle: l.text("title", offer.title) ?? offer.slug,
    placeName: l.text("place", offer.placeName) ?? offer.placeSlug,
    placeAddress: address || undefined,
    timeZone: offer.timeZone,
    start: row.slot.startsAt,
    end: row.slot.endsAt,
    localDateText: localDateText(row.slot.startsAt, offer.timeZone, lang),
    localTimeText: localTimeText(row.slot.startsAt, offer.timeZone),
    partySize: row.booking.partySize,
    name: row.booking.name,
    requirements: requirementLines(offer.requirements, lang),
    ticketUrl: links.ticket,
    cancelUrl: links.cancel,
    onsite: !offer.channels.includes("online"),
  };
}

/**
 * What a calendar knows of a booking: cancelled or not, since when. Being admitted or marked absent
 * changes nothing in the visitor's calendar, so those keep the booking's own time.
 */
export const calendarStateOf = (row: BookingRow): BookingEventState => ({
  cancelled: row.booking.status === "cancelled",
  changedAt: row.booking.cancelledAt ?? row.booking.createdAt,
});

/** The .ics a visitor downloads: made from the booking alone, so the same booking gives the same file. */
export const ticketCalendar = (row: BookingRow, offer: OfferRow, secret: string, siteUrl: string) =>
  bookingIcs(ticketFactsOf(row, offer, secret, siteUrl), calendarStateOf(row));

/** The confirmation (and its .ics) is made when the booking is: it carries the booking's own time. */
export async function notifyBookingConfirmed(tx: Transaction, secrets: SecretKeyring, row: BookingRow, offer: OfferRow, secret: string, siteUrl: string) {
  if (!row.booking.email) return;
  await queueMessage(tx, secrets, bookingConfirmedMessage(ticketFactsOf(row, offer, secret, siteUrl), row.booking.email, calendarStateOf(row)));
}

/** The cancellation notice carries no secret: the booking is over, there is nothing left to open; its .ics cancels the event. */
export async function notifyBookingCancelled(tx: Transaction, secrets: SecretKeyring, row: BookingRow, offer: OfferRow, siteUrl: string) {
  if (!row.booking.email) return;
  await queueMessage(tx, secrets, bookingCancelledMessage(ticketFactsOf(row, offer, "", siteUrl), row.booking.email, calendarStateOf(row)));
}
