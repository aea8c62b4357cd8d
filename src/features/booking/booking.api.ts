/**
 * The booking API declared once: each route's path, parameters, body and answers (with examples),
 * from which booking.routes.ts validates and /api/openapi.json is written.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { ApiError } from "../../web/api-schemas.ts";
import { documentedQuery, errorResponse, jsonResponse, pathParam, responseRef, tooManyRequestsResponse } from "../../web/api-routes.ts";
import { detailQuery } from "../../web/validation.ts";
import { Booking, BookingConfirmation, Offer, OfferPage, SlotList, SoldOut } from "./booking.api-schemas.ts";
import { bookingCode, bookingSecretQuery, idempotencyKeyHeader, MAX_SLOT_RANGE_DAYS, offerIdParam, offerListQuery, slotsQuery } from "./booking.schemas.ts";
import { IDEMPOTENCY_TTL_MS } from "./booking.service.ts";

/** Slots listed when no `to` is given: two weeks. */
export const DEFAULT_SLOT_DAYS = 13;

const KEY_HOURS = IDEMPOTENCY_TTL_MS / 3_600_000;

export const bookingsTag = { name: "bookings", description: "Timed visits: offers, their times, booking, cancelling." };

// Offers ------------------------------------------------------------------------------------------

const offerId = z.object({ id: pathParam(offerIdParam.shape.id, "The offer's id (see /api/offers).", 1) });
const offerNotFoundAnswer = errorResponse("No bookable offer has this id.", {
  not_found: { error: "not_found", message: "No bookable offer has the id 999. List them at /api/offers." },
});

export const listOffers = createRoute({
  method: "get", path: "/", operationId: "listOffers", summary: "Timed visits that can be booked",
  description: "Offers of published places, by place then in the place's order. `channels` says whether one is booked online or only at the desk.",
  tags: ["bookings"],
  request: { query: documentedQuery(offerListQuery, { place: "Only the offers of this place (its slug)." }) },
  responses: { 200: jsonResponse("A page of offers.", OfferPage, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput") },
});

export const getOffer = createRoute({
  method: "get", path: "/{id}", operationId: "getOffer", summary: "One offer", tags: ["bookings"],
  request: { params: offerId, query: documentedQuery(detailQuery) },
  responses: {
    200: jsonResponse("The offer.", Offer, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput"), 404: offerNotFoundAnswer,
  },
});

export const listSlots = createRoute({
  method: "get", path: "/{id}/slots", operationId: "listSlots", summary: "The times of an offer, with the places left",
  description: `Local days \`from\` to \`to\` at the place (at most ${MAX_SLOT_RANGE_DAYS} days apart). Times already started are left out. Not cached: places left change with every booking.`,
  tags: ["bookings"],
  request: {
    params: offerId,
    query: documentedQuery(slotsQuery, {
      from: "First local day at the place (YYYY-MM-DD); default: today there.",
      to: `Last local day, inclusive (YYYY-MM-DD); default: ${DEFAULT_SLOT_DAYS} days after \`from\` (two weeks); at most ${MAX_SLOT_RANGE_DAYS} days after it.`,
      lang: "Accepted for symmetry with the other endpoints; slots have no text.",
    }),
  },
  responses: { 200: jsonResponse("The times.", SlotList, { cached: false }), 400: responseRef("InvalidInput"), 404: offerNotFoundAnswer },
});

// Bookings ----------------------------------------------------------------------------------------

const bookingCodeParam = z.object({
  code: pathParam(bookingCode, "The booking's code, in any case, with or without its hyphen or spaces (K7QM-3XPD, k7qm3xpd).", "K7QM-3XPD"),
});
// Documented, not refused when empty: an empty secret is no secret (404, or 400 when cancelling), as with ?secret=.
const secretHeader = z.object({
  "Booking-Secret": z.string().optional().openapi({
    minLength: 1,
    param: { description: "The secret from the booking confirmation, when not given as ?secret= (keeps it out of logs and browser history)." },
  }),
});
const ownBooking = (lang?: string) => ({
  params: bookingCodeParam, query: documentedQuery(bookingSecretQuery, lang ? { lang } : {}), headers: secretHeader,
});
const bookingNotFoundAnswer = errorResponse("No booking has this code with this secret.", {
  not_found: { error: "not_found", message: "No booking has this code with this secret. Check the link in your confirmation." },
});

// Every API write (web/api-cross-origin.ts): JSON only, and not from another site's pages.
const crossSiteExample = {
  error: "cross_site_request",
  message: "Writes to this API are not accepted from pages of other sites. Call it from your server (without an Origin header) or from this site's own pages.",
};
const unsupportedMediaType = errorResponse("The body is not sent as `Content-Type: application/json`.", {
  unsupported_media_type: { error: "unsupported_media_type", message: "Send the body as JSON with the header Content-Type: application/json (not text/plain)." },
});

const exampleRequest = { slotId: 12, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" };

export const createBooking = createRoute({
  method: "post", path: "/", operationId: "createBooking", summary: "Book a time for a party",
  description: [
    "Books `partySize` places on the time `slotId` (see /api/offers/{id}/slots) of an offer sold online, all or nothing.",
    "The answer holds the booking's `code` and `secret`: the secret is needed to see or cancel the booking and is shown only here",
    "(and in the confirmation e-mail's links). Times already started, times beyond the offer's booking horizon and parties that",
    "do not fit are refused.",
    "",
    `**Retries.** Send an \`Idempotency-Key\` (e.g. a UUID) to make retries safe: the same key with the same body answers the`,
    "same 201 again (with `Idempotent-Replayed: true`) and books once; the same key with another body is refused with 422.",
    `Keys are kept ${KEY_HOURS} hours.`,
    "",
    "**Limits.** Bookings are counted per client address, per e-mail and per day of the visit; past a threshold a proof of work",
    "is asked (429 `proof_of_work_required`), past the limit the answer is 429 `too_many_requests` with Retry-After. One e-mail",
    "address may hold a bounded number of places on one visit's day (409 `places_per_email`): a family's booking meets none of these.",
  ].join("\n"),
  tags: ["bookings"],
  request: {
    headers: z.object({
      "Idempotency-Key": idempotencyKeyHeader.optional().openapi({
        param: { description: `A key of the client's choosing for this booking attempt, kept ${KEY_HOURS} hours.`, example: "5f0c6a0e-8a53-4c4e-9d1e-2f1f3b6f0a77" },
      }),
      Altcha: z.string().optional().openapi({
        param: { description: "A solved proof of work (ALTCHA payload, base64), when a 429 `proof_of_work_required` asked for one: see /api/proof-of-work/challenge." },
      }),
    }),
    // By reference: the handler reads the body itself (invalid JSON is its own 400, and the raw body is what a key is held to).
    body: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BookingRequest" }, examples: { booking: { value: exampleRequest } } } } },
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
    403: errorResponse("This visit is booked only at the museum's desk, or the request came from a page of another site.", {
      onsite_only: { error: "onsite_only", message: "This visit is booked only at the museum's desk, not online. Ask at the desk when you arrive." },
      cross_site_request: crossSiteExample,
    }),
    404: errorResponse("No bookable time has this slotId.", {
      not_found: { error: "not_found", message: "No bookable time has this slotId.", fields: { slotId: "is not a bookable time" } },
    }),
    409: {
      description: "The time cannot be booked: `sold_out` (no room for the party; `next` lists the next times with room), "
        + "`slot_started` (the visit has begun), `beyond_horizon` (not open for booking yet) or `places_per_email` "
        + "(this e-mail already holds as many places on this visit's day as one address may).",
      content: {
        "application/json": {
          schema: z.union([SoldOut, ApiError]),
          examples: {
            sold_out: { value: { error: "sold_out", message: "This time is sold out. The next times with room for the whole party are under \"next\".", remaining: 0, next: [
              { id: 13, start: "2026-11-24T11:00:00+01:00", end: "2026-11-24T11:45:00+01:00", capacity: 20, remaining: 8, availability: "available" },
            ] } },
            slot_started: { value: { error: "slot_started", message: "This visit has already started; choose a later time." } },
            beyond_horizon: { value: { error: "beyond_horizon", message: "This time cannot be booked yet: visits open for booking 60 days ahead." } },
            places_per_email: { value: {
              error: "places_per_email", message: "This e-mail address already holds 36 place(s) for this visit on this day, and one address may hold at most 40: book at most 4 more, or ask the museum for a group booking.",
              fields: { partySize: "must be at most 4 for this e-mail address on this day" },
            } },
          },
        },
      },
    },
    415: unsupportedMediaType,
    429: tooManyRequestsResponse("bookings", { proof: true }),
    422: errorResponse("This Idempotency-Key was used with a different body.", {
      idempotency_key_reused: {
        error: "idempotency_key_reused", message: "This Idempotency-Key was already used with a different request. Use a new key for a new booking.",
      },
    }),
  },
});

export const getBooking = createRoute({
  method: "get", path: "/{code}", operationId: "getBooking", summary: "A booking, for whoever has its secret", tags: ["bookings"],
  request: ownBooking(),
  responses: { 200: jsonResponse("The booking.", Booking, { localized: true, cached: false }), 400: responseRef("InvalidInput"), 404: bookingNotFoundAnswer },
});

export const getBookingCalendar = createRoute({
  method: "get", path: "/{code}/calendar.ics", operationId: "getBookingCalendar", summary: "The visit as an iCalendar file, to add to a calendar",
  tags: ["bookings"],
  request: ownBooking("Accepted; the calendar is in the booking's language."),
  responses: {
    200: { description: "An iCalendar (RFC 5545) file with the visit at the place's time (with its VTIMEZONE). The same booking gives the same file and ETag; a cancelled one says STATUS:CANCELLED with a higher SEQUENCE.", content: { "text/calendar": { schema: z.string() } } },
    400: responseRef("InvalidInput"),
    404: bookingNotFoundAnswer,
  },
});

export const cancelOwnBooking = createRoute({
  method: "delete", path: "/{code}", operationId: "cancelBooking", summary: "Cancel a booking with its secret",
  description: "Frees the booking's places at once and e-mails a cancellation notice to the booking's address. Cancelling an already cancelled booking answers it again. A visit that has started can no longer be cancelled.",
  tags: ["bookings"],
  request: ownBooking(),
  responses: {
    200: jsonResponse("The booking, now cancelled.", Booking, { localized: true, cached: false }),
    400: errorResponse("No secret was given, or the code cannot be a booking code.", {
      secret_required: {
        error: "invalid_input", message: "Give the secret from the confirmation, as ?secret= or a Booking-Secret header.", fields: { secret: "is required" },
      },
    }),
    403: errorResponse("The request came from a page of another site.", { cross_site_request: crossSiteExample }),
    404: bookingNotFoundAnswer,
    429: tooManyRequestsResponse("cancellations"),
    409: errorResponse("The visit has started or is over.", {
      too_late: { error: "too_late", message: "This visit has started, is over or its visitors were admitted; it can no longer be cancelled." },
    }),
  },
});
