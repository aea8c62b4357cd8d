/** The booking API: offers and their times, booking with an Idempotency-Key, reading and cancelling with the secret. */
import { DEFAULT_SLOT_DAYS } from "../../features/booking/booking.routes.ts";
import {
  bookingCode, bookingSecretQuery, idempotencyKeyHeader, MAX_SLOT_RANGE_DAYS, offerIdParam, offerListQuery, slotsQuery,
} from "../../features/booking/booking.schemas.ts";
import { IDEMPOTENCY_TTL_MS } from "../../features/booking/booking.service.ts";
import { detailQuery } from "../validation.ts";
import { ApiError } from "./api-shapes.ts";
import { Booking, BookingConfirmation, BookingRequest, Offer, OfferPage, SlotList, SoldOut } from "./booking-shapes.ts";
import type { Parameter, PathItem } from "./openapi-types.ts";
import { errorResponse, inputSchema, jsonResponse, pathParameter, queryParameters, responseRef, schemaRef } from "./operations.ts";

const KEY_HOURS = IDEMPOTENCY_TTL_MS / 3_600_000;

const offerId = pathParameter("id", offerIdParam.shape.id, "The offer's id (see /api/offers).", 1);
const code = pathParameter("code", bookingCode, "The booking's code, in any case, with or without its hyphen or spaces (K7QM-3XPD, k7qm3xpd).", "K7QM-3XPD");
const secretHeader: Parameter = {
  name: "Booking-Secret",
  in: "header",
  required: false,
  description: "The secret from the booking confirmation, when not given as ?secret= (keeps it out of logs and browser history).",
  schema: { type: "string", minLength: 1 },
};

const bookingNotFound = errorResponse("No booking has this code with this secret.", {
  not_found: { error: "not_found", message: "No booking has this code with this secret. Check the link in your confirmation." },
});
const offerNotFound = errorResponse("No bookable offer has this id.", {
  not_found: { error: "not_found", message: "No bookable offer has the id 999. List them at /api/offers." },
});

const exampleRequest = { slotId: 12, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" };

const postBooking = {
  operationId: "createBooking",
  summary: "Book a time for a party",
  description: [
    "Books `partySize` places on the time `slotId` (see /api/offers/{id}/slots) of an offer sold online, all or nothing.",
    "The answer holds the booking's `code` and `secret`: the secret is needed to see or cancel the booking and is shown only here",
    "(and in the confirmation e-mail's links). Times already started, times beyond the offer's booking horizon and parties that",
    "do not fit are refused.",
    "",
    `**Retries.** Send an \`Idempotency-Key\` (e.g. a UUID) to make retries safe: the same key with the same body answers the`,
    "same 201 again (with `Idempotent-Replayed: true`) and books once; the same key with another body is refused with 422.",
    `Keys are kept ${KEY_HOURS} hours.`,
  ].join("\n"),
  tags: ["bookings"],
  parameters: [{
    name: "Idempotency-Key",
    in: "header" as const,
    required: false,
    description: `A key of the client's choosing for this booking attempt, kept ${KEY_HOURS} hours.`,
    schema: inputSchema(idempotencyKeyHeader),
    example: "5f0c6a0e-8a53-4c4e-9d1e-2f1f3b6f0a77",
  }],
  requestBody: {
    required: true,
    content: { "application/json": { schema: schemaRef(BookingRequest), examples: { booking: { value: exampleRequest } } } },
  },
  responses: {
    201: {
      ...jsonResponse("Booked (or the replay of the booking made earlier with this Idempotency-Key).", BookingConfirmation, { cached: false }),
      headers: {
        "Idempotent-Replayed": { description: "`true` when this answer repeats the one given earlier for this Idempotency-Key.", schema: { type: "string", enum: ["true"] } },
      },
    },
    400: errorResponse("The body is not JSON, a field is not valid, or the party does not fit the offer's party sizes.", {
      invalid_input: {
        error: "invalid_input",
        message: "Some parameters are not valid: email must be an e-mail address, e.g. name@example.org.",
        fields: { email: "must be an e-mail address, e.g. name@example.org" },
      },
      party_size: {
        error: "invalid_input", message: "partySize must be between 1 and 6 for this visit.", fields: { partySize: "must be between 1 and 6 for this visit" },
      },
      invalid_json: { error: "invalid_json", message: "The body must be JSON, e.g. {\"slotId\": 12, \"partySize\": 2, …}." },
    }),
    403: errorResponse("This visit is booked only at the museum's desk.", {
      onsite_only: { error: "onsite_only", message: "This visit is booked only at the museum's desk, not online. Ask at the desk when you arrive." },
    }),
    404: errorResponse("No bookable time has this slotId.", {
      not_found: { error: "not_found", message: "No bookable time has this slotId.", fields: { slotId: "is not a bookable time" } },
    }),
    409: {
      description: "The time cannot be booked: `sold_out` (no room for the party; `next` lists the next times with room), "
        + "`slot_started` (the visit has begun) or `beyond_horizon` (not open for booking yet).",
      content: {
        "application/json": {
          schema: { anyOf: [schemaRef(SoldOut), schemaRef(ApiError)] },
          examples: {
            sold_out: { value: { error: "sold_out", message: "This time is sold out. The next times with room for the whole party are under \"next\".", remaining: 0, next: [
              { id: 13, start: "2026-11-24T11:00:00+01:00", end: "2026-11-24T11:45:00+01:00", capacity: 20, remaining: 8, availability: "available" },
            ] } },
            slot_started: { value: { error: "slot_started", message: "This visit has already started; choose a later time." } },
            beyond_horizon: { value: { error: "beyond_horizon", message: "This time cannot be booked yet: visits open for booking 60 days ahead." } },
          },
        },
      },
    },
    422: errorResponse("This Idempotency-Key was used with a different body.", {
      idempotency_key_reused: {
        error: "idempotency_key_reused", message: "This Idempotency-Key was already used with a different request. Use a new key for a new booking.",
      },
    }),
  },
};

const ownBookingParameters = (lang?: string): Parameter[] => [code, ...queryParameters(bookingSecretQuery, lang ? { lang } : {}), secretHeader];

export const bookingPaths = (): Record<string, PathItem> => ({
  "/api/offers": {
    get: {
      operationId: "listOffers",
      summary: "Timed visits that can be booked",
      description: "Offers of published places, by place then in the place's order. `channels` says whether one is booked online or only at the desk.",
      tags: ["bookings"],
      parameters: queryParameters(offerListQuery, { place: "Only the offers of this place (its slug)." }),
      responses: { 200: jsonResponse("A page of offers.", OfferPage, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput") },
    },
  },
  "/api/offers/{id}": {
    get: {
      operationId: "getOffer",
      summary: "One offer",
      tags: ["bookings"],
      parameters: [offerId, ...queryParameters(detailQuery)],
      responses: { 200: jsonResponse("The offer.", Offer, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput"), 404: offerNotFound },
    },
  },
  "/api/offers/{id}/slots": {
    get: {
      operationId: "listSlots",
      summary: "The times of an offer, with the places left",
      description: `Local days \`from\` to \`to\` at the place (at most ${MAX_SLOT_RANGE_DAYS} days apart). Times already started are left out. Not cached: places left change with every booking.`,
      tags: ["bookings"],
      parameters: [offerId, ...queryParameters(slotsQuery, {
        from: "First local day at the place (YYYY-MM-DD); default: today there.",
        to: `Last local day, inclusive (YYYY-MM-DD); default: ${DEFAULT_SLOT_DAYS} days after \`from\` (two weeks); at most ${MAX_SLOT_RANGE_DAYS} days after it.`,
        lang: "Accepted for symmetry with the other endpoints; slots have no text.",
      })],
      responses: { 200: jsonResponse("The times.", SlotList, { cached: false }), 400: responseRef("InvalidInput"), 404: offerNotFound },
    },
  },
  "/api/bookings": { post: postBooking },
  "/api/bookings/{code}": {
    get: {
      operationId: "getBooking",
      summary: "A booking, for whoever has its secret",
      tags: ["bookings"],
      parameters: ownBookingParameters(),
      responses: { 200: jsonResponse("The booking.", Booking, { localized: true, cached: false }), 400: responseRef("InvalidInput"), 404: bookingNotFound },
    },
    delete: {
      operationId: "cancelBooking",
      summary: "Cancel a booking with its secret",
      description: "Frees the booking's places at once and e-mails a cancellation notice to the booking's address. Cancelling an already cancelled booking answers it again. A visit that has started can no longer be cancelled.",
      tags: ["bookings"],
      parameters: ownBookingParameters(),
      responses: {
        200: jsonResponse("The booking, now cancelled.", Booking, { localized: true, cached: false }),
        400: errorResponse("No secret was given, or the code cannot be a booking code.", {
          secret_required: {
            error: "invalid_input", message: "Give the secret from the confirmation, as ?secret= or a Booking-Secret header.", fields: { secret: "is required" },
          },
        }),
        404: bookingNotFound,
        409: errorResponse("The visit has started or is over.", {
          too_late: { error: "too_late", message: "This visit has started, is over or its visitors were admitted; it can no longer be cancelled." },
        }),
      },
    },
  },
  "/api/bookings/{code}/calendar.ics": {
    get: {
      operationId: "getBookingCalendar",
      summary: "The visit as an iCalendar file, to add to a calendar",
      tags: ["bookings"],
      parameters: ownBookingParameters("Accepted; the calendar is in the booking's language."),
      responses: {
        200: { description: "An iCalendar (RFC 5545) file with the visit.", content: { "text/calendar": { schema: { type: "string" } } } },
        400: responseRef("InvalidInput"),
        404: bookingNotFound,
      },
    },
  },
});
