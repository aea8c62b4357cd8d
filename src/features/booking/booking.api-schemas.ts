/** Offers, slots and bookings as the API shows them (features/booking/booking.presenter.ts), and the booking request. */
import { z } from "@hono/zod-openapi";
import { BOOKING_CHANNELS, bookingStatus } from "../../db/schema/bookings.ts";
import type { Availability } from "./availability.ts";
import { bookingRequest } from "./booking.schemas.ts";
import { openApiOf } from "../../web/api-routes.ts";
import { apiPath, calendarDate, dateTime, inLanguage, Language, pageOf } from "../../web/api-schemas.ts";

const localInstant = dateTime.describe("An instant with the place's UTC offset at that instant, e.g. 2026-11-24T10:00:00+01:00.");
const AVAILABILITIES = ["available", "few_left", "sold_out"] as const satisfies readonly Availability[];

/** The request body, described from the Zod schema the route validates it with (as clients send it). */
export const BookingRequest = openApiOf(bookingRequest).openapi("BookingRequest");

export const Offer = z.object({
  id: z.int().describe("The offer's id, for /api/offers/{id}/slots."),
  place: z.string().describe("Slug of the place."),
  placeName: z.string(),
  slug: z.string().describe("The offer's slug within its place."),
  title: z.string(),
  description: z.string().optional(),
  durationMinutes: z.int().min(1),
  capacity: z.int().min(1).describe("Places per time slot."),
  partySize: z.object({ min: z.int().min(1), max: z.int().min(1) }).describe("How many people one booking may be for."),
  languages: z.array(z.string()).describe("Languages the visit is given in (BCP 47 codes)."),
  price: z.union([
    z.object({ free: z.literal(true) }),
    z.object({ free: z.literal(false), stated: z.literal(false) }).describe("Paid; the price is given at the museum."),
    z.object({ free: z.literal(false), amountCents: z.int().min(0).describe("Per person."), currency: z.literal("EUR") }),
  ]),
  requirements: z.object({
    steps: z.int().optional().describe("Steps to climb or descend."),
    stepFree: z.boolean(),
    minimumAge: z.int().optional(),
    headset: z.boolean().describe("Visitors wear a headset."),
    notes: z.string().optional(),
  }).describe("What a visitor must know before booking."),
  channels: z.array(z.enum(BOOKING_CHANNELS))
    .describe("online: bookable through this API and the website; onsite: at the museum's desk only (POST /api/bookings answers 403 onsite_only)."),
  bookingHorizonDays: z.int().describe("How many days ahead times can be booked."),
  timeZone: z.string().describe("The place's IANA time zone: slot times are local to it."),
  links: z.object({ slots: apiPath, place: apiPath }),
  ...inLanguage,
}).describe("A timed visit a place offers.").openapi("Offer");

export const OfferPage = pageOf("OfferPage", Offer, "bookable offers");

export const Slot = z.object({
  id: z.int().describe("The slotId to book."),
  start: localInstant,
  end: localInstant,
  capacity: z.int(),
  remaining: z.int().min(0).describe("Places left."),
  availability: z.enum(AVAILABILITIES).describe("available; few_left (a fifth of the places or fewer, at least 2); sold_out."),
}).describe("A bookable time of an offer.").openapi("Slot");

export const SlotList = z.object({
  offer: z.int().describe("The offer's id."),
  timeZone: z.string(),
  from: calendarDate.describe("First local day listed."),
  to: calendarDate.describe("Last local day listed (inclusive)."),
  items: z.array(Slot).describe("Times not yet started, in order."),
}).describe("The times of an offer over a range of local days.").openapi("SlotList");

export const Booking = z.object({
  code: z.string().describe("The booking's code, 8 letters and digits, e.g. K7QM3XPD."),
  displayCode: z.string().describe("The code as shown on tickets, e.g. K7QM-3XPD (either form is accepted in paths)."),
  status: z.enum(bookingStatus.enumValues),
  partySize: z.int().min(1),
  name: z.string(),
  email: z.string().optional(),
  lang: Language.describe("The language of the booking's messages and links."),
  slot: z.object({ id: z.int(), start: localInstant, end: localInstant }),
  offer: z.object({ id: z.int(), title: z.string() }),
  place: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }),
  createdAt: dateTime,
  cancelledAt: dateTime.optional(),
  checkedInAt: dateTime.optional(),
}).describe("A booking, shown only to whoever has its secret.").openapi("Booking");

export const BookingConfirmation = z.object({
  ...Booking.shape,
  secret: z.string().describe("Needed to see or cancel the booking: keep it, it is shown only here and in the links."),
  links: z.object({
    ticket: z.string().meta({ format: "uri" }).describe("The ticket page, in the booking's language."),
    cancel: z.string().meta({ format: "uri" }).describe("The page to cancel the booking."),
    calendar: z.string().meta({ format: "uri" }).describe("The visit as an iCalendar file."),
  }),
}).describe("The answer to a booking: the booking, its secret and links carrying the secret.").openapi("BookingConfirmation");

export const SoldOut = z.object({
  error: z.literal("sold_out"),
  message: z.string(),
  remaining: z.int().min(0).describe("Places left at the time asked (fewer than the party)."),
  next: z.array(Slot).describe("The next times with room for the whole party."),
}).describe("The time asked has no room for the party.").openapi("SoldOut");
