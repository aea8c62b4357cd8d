/** Offers, slots and bookings as the API shows them, in one language. */
import { DateTime } from "luxon";
import type { Locale } from "../../lib/locales.ts";
import { createLocalizer } from "../../lib/localized-text.ts";
import type { z } from "zod";
import { languageOf, present } from "../../web/presenting.ts";
import { displayCode } from "./booking-code.ts";
import { bookingLinks } from "./booking-notifications.ts";
import type { Booking, BookingConfirmation, Offer, Slot } from "./booking.api-schemas.ts";
import type { BookingRow, BookOutcome, OfferRow, SlotView } from "./booking.service.ts";
import { apiPaths } from "../../web/paths.ts";

/** An instant as ISO 8601 with the place's offset at that instant. */
export const localIso = (instant: Date, timeZone: string) => DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;

export function presentOffer(offer: OfferRow, locale: Locale): z.input<typeof Offer> {
  const l = createLocalizer(locale);
  const r = offer.requirements;
  return present({
    id: offer.id,
    place: offer.placeSlug,
    placeName: l.required("placeName", offer.placeName),
    slug: offer.slug,
    title: l.required("title", offer.title),
    description: l.text("description", offer.description),
    durationMinutes: offer.durationMinutes,
    capacity: offer.capacity,
    partySize: { min: offer.minParty, max: offer.maxParty },
    languages: offer.languages,
    price: offer.isFree ? { free: true } : offer.priceCents === null ? { free: false, stated: false } : { free: false, amountCents: offer.priceCents, currency: "EUR" },
    requirements: present({
      steps: r.steps, stepFree: r.stepFree, minimumAge: r.minimumAge, headset: r.headset, notes: l.text("requirements.notes", r.notes),
    }),
    channels: offer.channels,
    bookingHorizonDays: offer.bookingHorizonDays,
    timeZone: offer.timeZone,
    links: { slots: apiPaths.offerSlots(offer.id), place: apiPaths.place(offer.placeSlug) },
    ...languageOf(l),
  });
}

export function presentSlot(slot: SlotView): z.input<typeof Slot> {
  return {
    id: slot.id, start: slot.startIso, end: slot.endIso, capacity: slot.capacity, remaining: slot.remaining, availability: slot.availability,
  };
}

/** A booking for the visitor who made it (or the desk): never shown without its secret or a staff role. */
export function presentBooking(row: BookingRow, offer: OfferRow, locale: Locale): z.input<typeof Booking> {
  const l = createLocalizer(locale);
  const b = row.booking;
  return present({
    code: b.code,
    displayCode: displayCode(b.code),
    status: b.status,
    partySize: b.partySize,
    name: b.name,
    email: b.email,
    lang: b.lang as Locale,
    slot: { id: row.slot.id, start: localIso(row.slot.startsAt, offer.timeZone), end: localIso(row.slot.endsAt, offer.timeZone) },
    offer: { id: offer.id, title: l.required("offer.title", offer.title) },
    place: { slug: offer.placeSlug, name: l.required("place.name", offer.placeName), timeZone: offer.timeZone },
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString(),
    checkedInAt: b.checkedInAt?.toISOString(),
  });
}

export type BookingConfirmationReply = z.input<typeof BookingConfirmation>;

/** The answer to a booking: the booking, its secret (needed to cancel) and links to the ticket, calendar and cancellation. */
export function presentBookingConfirmation(booked: Extract<BookOutcome, { kind: "booked" }>, siteUrl: string): BookingConfirmationReply {
  const lang = booked.booking.booking.lang as Locale;
  return { ...presentBooking(booked.booking, booked.offer, lang), secret: booked.secret, links: bookingLinks(booked.booking.booking, booked.secret, siteUrl) };
}
