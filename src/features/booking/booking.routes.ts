/**
 * The booking API: `/api/offers` (offers and their slots) and `/api/bookings` (book with an optional
 * Idempotency-Key, read, cancel with the secret from the confirmation, the .ics of a visit).
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError, invalidInput } from "../../lib/errors.ts";
import { ApiError } from "../../web/api-schemas.ts";
import { apiRouter, documentedQuery, errorResponse, jsonResponse, pathParam, responseRef } from "../../web/api-routes.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { pageOf, offsetOf } from "../../web/paging.ts";
import { detailQuery, parseInput, requestLocale } from "../../web/validation.ts";
import { siteUrlOf } from "../../web/site.tsx";
import { Booking, BookingConfirmation, BookingRequest, Offer, OfferPage, SlotList, SoldOut } from "./booking.api-schemas.ts";
import { findPublicOffers, findOfferById } from "./booking.repository.ts";
import {
  bookingCode, bookingRequest, bookingSecretQuery, idempotencyKeyHeader, MAX_SLOT_RANGE_DAYS, offerIdParam, offerListQuery, slotsQuery,
} from "./booking.schemas.ts";
import { bookOnline } from "./booking.commands.ts";
import { presentBooking, presentOffer, presentSlot } from "./booking.presenter.ts";
import { cancelBooking, findOwnBooking, IDEMPOTENCY_TTL_MS, isPublicOffer, localToday, plusDays, slotsOfOffer, type BookOutcome } from "./booking.service.ts";
import { notifyBookingCancelled, ticketCalendar } from "./booking-notifications.ts";

/** Slots listed when no `to` is given: two weeks. */
export const DEFAULT_SLOT_DAYS = 13;

const KEY_HOURS = IDEMPOTENCY_TTL_MS / 3_600_000;

export const bookingsTag = { name: "bookings", description: "Timed visits: offers, their times, booking, cancelling." };

const offerNotFound = (id: number) => new AppError(404, "not_found", `No bookable offer has the id ${id}. List them at /api/offers.`);
const bookingNotFound = () => new AppError(404, "not_found", "No booking has this code with this secret. Check the link in your confirmation.");

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError(400, "invalid_json", "The body must be JSON, e.g. {\"slotId\": 12, \"partySize\": 2, \"name\": \"Ada\", \"email\": \"ada@example.org\", \"lang\": \"en\"}.");
  }
}

/** The answer to a booking attempt that did not book (booked ones are answered by the caller). */
export function refusalOf(outcome: Exclude<BookOutcome, { kind: "booked" | "replayed" }>): AppError | { status: 409; body: z.input<typeof SoldOut> } {
  switch (outcome.kind) {
    case "sold_out":
      return { status: 409, body: {
        error: "sold_out",
        message: outcome.remaining > 0
          ? `Only ${outcome.remaining} place(s) are left at this time. The next times with room for the whole party are under "next".`
          : "This time is sold out. The next times with room for the whole party are under \"next\".",
        remaining: outcome.remaining,
        next: outcome.next.map(presentSlot),
      } };
    case "onsite_only":
      return new AppError(403, "onsite_only", "This visit is booked only at the museum's desk, not online. Ask at the desk when you arrive.");
    case "slot_not_found":
      return new AppError(404, "not_found", "No bookable time has this slotId. List the current times at /api/offers/{id}/slots.", { slotId: "is not a bookable time" });
    case "started":
      return new AppError(409, "slot_started", "This visit has already started; choose a later time.");
    case "beyond_horizon":
      return new AppError(409, "beyond_horizon", `This time cannot be booked yet: visits open for booking ${outcome.offer.bookingHorizonDays} days ahead.`);
    case "party_size":
      return new AppError(400, "invalid_input", `partySize must be between ${outcome.min} and ${outcome.max} for this visit.`,
        { partySize: `must be between ${outcome.min} and ${outcome.max} for this visit` });
    case "key_reused":
      return new AppError(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request. Use a new key for a new booking.");
  }
}

// Offers ------------------------------------------------------------------------------------------

const offerId = z.object({ id: pathParam(offerIdParam.shape.id, "The offer's id (see /api/offers).", 1) });
const offerNotFoundAnswer = errorResponse("No bookable offer has this id.", {
  not_found: { error: "not_found", message: "No bookable offer has the id 999. List them at /api/offers." },
});

const listOffers = createRoute({
  method: "get", path: "/", operationId: "listOffers", summary: "Timed visits that can be booked",
  description: "Offers of published places, by place then in the place's order. `channels` says whether one is booked online or only at the desk.",
  tags: ["bookings"],
  request: { query: documentedQuery(offerListQuery, { place: "Only the offers of this place (its slug)." }) },
  responses: { 200: jsonResponse("A page of offers.", OfferPage, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput") },
});

const getOffer = createRoute({
  method: "get", path: "/{id}", operationId: "getOffer", summary: "One offer", tags: ["bookings"],
  request: { params: offerId, query: documentedQuery(detailQuery) },
  responses: {
    200: jsonResponse("The offer.", Offer, { localized: true }), 304: responseRef("NotModified"), 400: responseRef("InvalidInput"), 404: offerNotFoundAnswer,
  },
});

const listSlots = createRoute({
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

export function offerRoutes({ db, now }: AppDeps) {
  return apiRouter()
    .openapi(listOffers, async (c) => {
      const { lang, page, pageSize, place } = c.req.valid("query");
      const locale = requestLocale(c, lang);
      const { rows, total } = await findPublicOffers(db, { placeSlug: place, limit: pageSize, offset: offsetOf({ page, pageSize }) });
      return c.json(pageOf(rows.map((o) => presentOffer(o, locale)), total, { page, pageSize }, c.req.url), 200);
    })
    .openapi(getOffer, async (c) => {
      const { id } = c.req.valid("param");
      const locale = requestLocale(c, c.req.valid("query").lang);
      const offer = await findOfferById(db, id);
      if (!offer || !isPublicOffer(offer)) throw offerNotFound(id);
      return c.json(presentOffer(offer, locale), 200);
    })
    .openapi(listSlots, async (c) => {
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      const offer = await findOfferById(db, id);
      if (!offer || !isPublicOffer(offer)) throw offerNotFound(id);
      const from = query.from ?? localToday(offer.timeZone, now());
      const to = query.to ?? plusDays(from, DEFAULT_SLOT_DAYS);
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (span < 0) throw invalidInput({ to: `must be on or after from (${from})` });
      if (span > MAX_SLOT_RANGE_DAYS) throw invalidInput({ to: `must be at most ${MAX_SLOT_RANGE_DAYS} days after from (${from})` });
      const slots = await slotsOfOffer(db, offer, from, to, now());
      c.header("Cache-Control", "no-store");
      return c.json({ offer: offer.id, timeZone: offer.timeZone, from, to, items: slots.map(presentSlot) }, 200);
    });
}

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

const exampleRequest = { slotId: 12, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" };

const createBooking = createRoute({
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
  ].join("\n"),
  tags: ["bookings"],
  request: {
    headers: z.object({
      "Idempotency-Key": idempotencyKeyHeader.optional().openapi({
        param: { description: `A key of the client's choosing for this booking attempt, kept ${KEY_HOURS} hours.`, example: "5f0c6a0e-8a53-4c4e-9d1e-2f1f3b6f0a77" },
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
          schema: z.union([SoldOut, ApiError]),
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
});

const getBooking = createRoute({
  method: "get", path: "/{code}", operationId: "getBooking", summary: "A booking, for whoever has its secret", tags: ["bookings"],
  request: ownBooking(),
  responses: { 200: jsonResponse("The booking.", Booking, { localized: true, cached: false }), 400: responseRef("InvalidInput"), 404: bookingNotFoundAnswer },
});

const getBookingCalendar = createRoute({
  method: "get", path: "/{code}/calendar.ics", operationId: "getBookingCalendar", summary: "The visit as an iCalendar file, to add to a calendar",
  tags: ["bookings"],
  request: ownBooking("Accepted; the calendar is in the booking's language."),
  responses: {
    200: { description: "An iCalendar (RFC 5545) file with the visit.", content: { "text/calendar": { schema: z.string() } } },
    400: responseRef("InvalidInput"),
    404: bookingNotFoundAnswer,
  },
});

const cancelOwnBooking = createRoute({
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
    404: bookingNotFoundAnswer,
    409: errorResponse("The visit has started or is over.", {
      too_late: { error: "too_late", message: "This visit has started, is over or its visitors were admitted; it can no longer be cancelled." },
    }),
  },
});

export function bookingRoutes(deps: AppDeps) {
  const { db, now } = deps;
  const router = apiRouter();
  router.openAPIRegistry.register("BookingRequest", BookingRequest);
  return router
    .openapi(createBooking, async (c) => {
      const body = await readJson(c);
      const key = c.req.valid("header")["Idempotency-Key"];
      const input = parseInput(bookingRequest, body);
      const outcome = await bookOnline(input, {
        db, now: now(), settings: deps.booking, siteUrl: siteUrlOf(c, deps), idempotency: key === undefined ? undefined : { key, body },
      });
      c.header("Cache-Control", "no-store");
      if (outcome.kind === "booked") return c.json(outcome.reply, 201);
      if (outcome.kind === "replayed") {
        c.header("Idempotent-Replayed", "true");
        return c.json(outcome.response as z.input<typeof BookingConfirmation>, outcome.statusCode as 201);
      }
      const refusal = refusalOf(outcome);
      if (refusal instanceof AppError) throw refusal;
      return c.json(refusal.body, refusal.status);
    })
    .openapi(getBooking, async (c) => {
      const { code } = c.req.valid("param");
      const { secret, lang } = c.req.valid("query");
      const locale = requestLocale(c, lang);
      const found = await findOwnBooking(db, code, secret ?? c.req.header("booking-secret") ?? "");
      if (!found) throw bookingNotFound();
      c.header("Cache-Control", "no-store");
      return c.json(presentBooking(found.booking, found.offer, locale), 200);
    })
    .openapi(getBookingCalendar, async (c) => {
      const { code } = c.req.valid("param");
      const { secret } = c.req.valid("query");
      const given = secret ?? c.req.header("booking-secret") ?? "";
      const found = await findOwnBooking(db, code, given);
      if (!found) throw bookingNotFound();
      c.header("Cache-Control", "no-store");
      c.header("Content-Type", "text/calendar; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="visit-${code}.ics"`);
      return c.body(ticketCalendar(found.booking, found.offer, given, siteUrlOf(c, deps)));
    })
    .openapi(cancelOwnBooking, async (c) => {
      const { code } = c.req.valid("param");
      const { secret, lang } = c.req.valid("query");
      const locale = requestLocale(c, lang);
      const given = secret ?? c.req.header("booking-secret");
      if (!given) throw new AppError(400, "invalid_input", "Give the secret from the confirmation, as ?secret= or a Booking-Secret header.", { secret: "is required" });
      const siteUrl = siteUrlOf(c, deps);
      const outcome = await cancelBooking(db, code, {
        now: now(), secret: given,
        onCancelled: (tx, cancelled) => notifyBookingCancelled(tx, cancelled.booking, cancelled.offer, siteUrl),
      });
      c.header("Cache-Control", "no-store");
      if (outcome.kind === "not_found") throw bookingNotFound();
      if (outcome.kind === "too_late") throw new AppError(409, "too_late", "This visit has started, is over or its visitors were admitted; it can no longer be cancelled.");
      return c.json(presentBooking(outcome.booking, outcome.offer, locale), 200);
    });
}
